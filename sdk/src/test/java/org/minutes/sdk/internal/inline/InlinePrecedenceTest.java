package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.internal.SpanSink;

/** D54's precedence where tokens overlap: a bare URL beats an emoji shortcode that would swallow its scheme. */
class InlinePrecedenceTest {

    private static List<Inline> parse(String text) {
        return InlineParser.parse(List.of(new Segment(text, 0)), SpanSink.NONE);
    }

    @Test
    void urlSchemeAfterAColonIsNoEmojiD54D57D59() {
        assertEquals(List.of(new Text(":"), new BareUrl("http://x.org/a")), parse(":http://x.org/a"));
        assertEquals(List.of(new Text("see :"), new BareUrl("https://x.org"), new Text(" and "), new Emoji("tada")),
                parse("see :https://x.org and :tada:"));
        // Without `//` it stays an emoji (D59).
        assertEquals(List.of(new Emoji("http"), new Text(" x")), parse(":http: x"));
    }
}
