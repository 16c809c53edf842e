package org.minutes.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.json.JsonOptions;
import org.minutes.converters.markdown.EditPreservingRenderer;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.converters.markdown.MarkdownStyle;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Documents;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Nodes;

/**
 * The round trips the converters promise for parsed text, as the converters' property tests state them
 * ({@code MarkdownProperties}, {@code JsonProperties}), over text a file can hold ({@link Inputs#file}): the JSON
 * contract leaves out lone surrogates, and so, to compare like with like, do these.
 */
class RoundTripFuzzTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer CANONICAL = MarkdownRenderer.create();
    private static final EditPreservingRenderer PRESERVING = EditPreservingRenderer.create();
    private static final JsonConverter JSON = JsonConverter.create();
    private static final JsonConverter JSON_WITH_EXTRAS = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true)
            .withDiagnostics(true));

    /**
     * D72: parse(render(parse(x))) equals parse(x), canonical and in the text's own style (fmt); D71: fmt is
     * idempotent; D73: the untouched parse renders back byte for byte, and toggling any box changes one line and
     * parses back to the edited document.
     *
     * <p>Its inputs directory keeps the crashes it found and their minimized forms, each a D72 failure of the
     * canonical rendering, fixed since: {@code **s*e*x*} (an emphasis holding an emphasis of the same delimiter) read
     * back as two emphases, and {@code [](http://]()} (text {@code [](} before a bare URL) read back as a link.
     */
    @DictionaryFile(resourcePath = "minutes.dict")
    @FuzzTest(maxDuration = "10m")
    void markdownRoundTrips(byte[] data) {
        String text = Inputs.file(data);
        ParseResult parsed = PARSER.parse(text);
        String canonical = CANONICAL.convert(parsed.document());
        assertEquals(parsed.document(), PARSER.parse(canonical).document(), () -> "D72 round trip of parse("
                + shown(text) + ") rendered as:\n" + canonical);

        String formatted = CANONICAL.convert(parsed.document(), MarkdownStyle.of(parsed));
        ParseResult reparsed = PARSER.parse(formatted);
        assertEquals(parsed.document(), reparsed.document(), () -> "D72 round trip of fmt(" + shown(text) + "):\n"
                + formatted);
        assertEquals(formatted, CANONICAL.convert(reparsed.document(), MarkdownStyle.of(reparsed)),
                () -> "D71 idempotence of fmt(" + shown(text) + ")");

        assertEquals(text, PRESERVING.convert(parsed, parsed.document()), "D73 byte for byte");
        Nodes.walk(parsed.document(), node -> {
            if (node instanceof ListItem item && item.checkbox().isPresent()) {
                assertToggleChangesOneLine(parsed, text, item);
            }
        });
    }

    /** D73: toggling the box of {@code item} changes one line of {@code text}, which parses back to the edit. */
    private static void assertToggleChangesOneLine(ParseResult parsed, String text, ListItem item) {
        Document edited = Documents.toggleCheckbox(parsed.document(), item);
        String rendered = PRESERVING.convert(parsed, edited);
        assertEquals(edited, PARSER.parse(rendered).document(), () -> "D73 toggle in:\n" + shown(text)
                + "\nrendered as:\n" + rendered);
        List<String> before = text.lines().toList();
        List<String> after = rendered.lines().toList();
        assertEquals(before.size(), after.size(), () -> "D73 same lines:\n" + rendered);
        assertEquals(1, IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count(),
                () -> "D73 one line changes:\n" + rendered);
    }

    /** JSON is lossless: reading what was written, with or without spans and diagnostics, gives the document. */
    @DictionaryFile(resourcePath = "minutes.dict")
    @FuzzTest(maxDuration = "10m")
    void jsonRoundTrips(byte[] data) {
        ParseResult parsed = PARSER.parse(Inputs.file(data));
        String json = JSON.convert(parsed.document());
        assertEquals(parsed.document(), JSON.fromJson(json), () -> "JSON round trip; JSON: " + json);
        String withExtras = JSON_WITH_EXTRAS.convert(parsed);
        assertEquals(parsed.document(), JSON.fromJson(withExtras), () -> "JSON round trip; JSON: " + withExtras);
    }

    private static String shown(String text) {
        return text.replace("\r", "\\r");
    }
}
