package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.converters.json.JsonConverter;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Text;

/**
 * Issue 10, defect 3 (D57, D72): a bare URL followed by {@code )} and {@code :} keeps its end through {@code fmt}. A
 * backslash written inside a URL's run (before the next WS) is no D57 trailer, so the URL would swallow it and every
 * trailer before it: {@code (https://example.org/doc)\:} reads back as the URL {@code https://example.org/doc)\}.
 */
class UrlTrailerTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();
    private static final String URL = "https://example.org/doc";

    private static String fmt(String text) {
        ParseResult parsed = PARSER.parse(text);
        return RENDERER.convert(parsed.document(), MarkdownStyle.of(parsed));
    }

    private static Document itemDocument(Inline... content) {
        ListItem item = new ListItem(Marker.DASH, Optional.empty(), Optional.empty(), List.of(content), List.of());
        return new Document(Optional.empty(), List.of(), Optional.empty(), List.<Block>of(new ListBlock(List.of(item))),
                List.of());
    }

    @Test
    void theIssuesLineIsCanonicalAlready() {
        // The probe's input: fmt changed it to `(https://example.org/doc)\:` on the main of that day. It has no
        // speaker (Doc is no initials token, D48), so nothing in it needs an escape (D71).
        String text = "- Doc (https://example.org/doc): please review\n";
        assertEquals(text, fmt(text));
        Document document = PARSER.parse(fmt(text)).document();
        assertEquals(itemDocument(new Text("Doc ("), new BareUrl(URL), new Text("): please review")), document);
    }

    @Test
    void aSpeakerLookAlikeWhoseQualifierEndsInAUrlIsEscapedAtItsParenthesis() {
        // D49 `WHO (Q):` with Q a bare URL, in an item without a speaker (built in code or read from JSON): the colon
        // the vocabulary would escape ends the URL's run, so the opening parenthesis is escaped instead (D61).
        Document document = itemDocument(new Text("QE ("), new BareUrl(URL), new Text("): please review"));
        String markdown = RENDERER.convert(document);
        assertEquals("- QE \\(https://example.org/doc): please review\n", markdown);
        assertEquals(document, PARSER.parse(markdown).document(), "D72");
        assertEquals(markdown, fmt(markdown), "D71 idempotence");
    }

    @Test
    void theLookAlikeReadFromJsonKeepsItsUrlInMarkdown() {
        // convert --from json --to md: the same document as JSON.
        Document document = itemDocument(new Text("RT/QE ("), new BareUrl(URL), new Text("): please review"));
        Document fromJson = JsonConverter.create().fromJson(JsonConverter.create().convert(document));
        String markdown = RENDERER.convert(fromJson);
        assertEquals("- RT/QE \\(https://example.org/doc): please review\n", markdown);
        assertEquals(document, PARSER.parse(markdown).document(), "D72");
    }

    /** D57's trailers and unpartnered closers, each right after the URL and before the colon of the look-alike. */
    @ParameterizedTest
    @ValueSource(strings = {".", ",", ";", ":", "!", "?", "'", "\"", "*", "_", "~", "]", ").", ")]"})
    void everyTrailerBetweenTheUrlAndTheColonStaysOutsideTheUrl(String trailers) {
        Document document = itemDocument(new Text("QE ("), new BareUrl(URL), new Text(trailers + "): ok"));
        String markdown = RENDERER.convert(document);
        assertEquals(document, PARSER.parse(markdown).document(), () -> "D72 round trip of:\n" + markdown);
    }
}
