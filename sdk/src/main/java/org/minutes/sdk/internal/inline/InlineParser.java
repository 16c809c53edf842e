package org.minutes.sdk.internal.inline;

import java.util.List;

import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.internal.SpanSink;

/** Parses inline syntax (D54–D61). To be implemented. */
public final class InlineParser {

    private InlineParser() {
    }

    /**
     * Parses the inline content of one paragraph, item text, heading or cell.
     *
     * @param segments the lines, in order; a soft break separates consecutive ones
     * @param spans    receives a span for every inline node built, nested ones included
     * @return the inlines; adjacent text is merged into one {@code Text}
     */
    public static List<Inline> parse(List<Segment> segments, SpanSink spans) {
        throw new UnsupportedOperationException("not yet");
    }
}
