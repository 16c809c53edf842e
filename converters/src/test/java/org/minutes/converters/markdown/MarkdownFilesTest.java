package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.sdk.ast.Documents;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;

/**
 * The done-when of the Markdown renderers over every sample and example file: the canonical round trip holds and is
 * idempotent (D72), the edit-preserving render of an untouched parse is the input byte for byte, and toggling any
 * single checkbox changes exactly one line (D73).
 */
class MarkdownFilesTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer CANONICAL = MarkdownRenderer.create();
    private static final EditPreservingRenderer PRESERVING = EditPreservingRenderer.create();

    static Stream<Path> files() {
        return NoteFiles.all().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void canonicalRoundTripIsEqualAndIdempotent(Path file) throws IOException {
        Document document = PARSER.parse(file).document();
        String markdown = CANONICAL.convert(document);
        Document reparsed = PARSER.parse(markdown).document();
        assertEquals(document, reparsed, () -> "D72 round trip of " + file + ":\n" + markdown);
        assertEquals(markdown, CANONICAL.convert(reparsed), "D72 idempotence");
        assertFalse(markdown.contains("\r") || markdown.startsWith("\uFEFF"), "D71: LF, no BOM");
        assertEquals('\n', markdown.charAt(markdown.length() - 1), "D71: final newline");
    }

    @ParameterizedTest
    @MethodSource("files")
    void formattingInTheSourceStyleKeepsTheDocumentAndIsIdempotent(Path file) throws IOException {
        // Done-when 5: fmt = canonical rendering in the style read from the source (D71).
        ParseResult parsed = PARSER.parse(file);
        String formatted = CANONICAL.convert(parsed.document(), MarkdownStyle.of(parsed));
        ParseResult reparsed = PARSER.parse(formatted);
        assertEquals(parsed.document(), reparsed.document(), () -> "D72 parse(fmt(x)) == parse(x) for " + file
                + ":\n" + formatted);
        assertEquals(formatted, CANONICAL.convert(reparsed.document(), MarkdownStyle.of(reparsed)),
                "D71 fmt(fmt(x)) == fmt(x)");
        assertFalse(formatted.contains("\r") || formatted.startsWith("\uFEFF"), "D71: LF, no BOM");
    }

    @ParameterizedTest
    @MethodSource("files")
    void untouchedDocumentComesBackByteForByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ParseResult parsed = PARSER.parse(bytes);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), PRESERVING.convert(parsed, parsed.document()));
    }

    @ParameterizedTest
    @MethodSource("files")
    void togglingOneCheckboxChangesExactlyThatLine(Path file) throws IOException {
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        ParseResult parsed = PARSER.parse(source);
        for (ListItem item : MarkdownProperties.boxed(parsed.document())) {
            Document edited = Documents.toggleCheckbox(parsed.document(), item);
            String rendered = PRESERVING.convert(parsed, edited);
            List<String> before = source.lines().toList();
            List<String> after = rendered.lines().toList();
            assertEquals(before.size(), after.size(), () -> "line count after toggling in " + file + ":\n" + rendered);
            int changed = 0;
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed++;
                    assertEquals(before.get(i).replaceFirst("\\[[ xX\\t\\u00A0]]", "[]"),
                            after.get(i).replaceFirst("\\[[ xX]]", "[]"), "only the box letter changes");
                }
            }
            assertEquals(1, changed, () -> "changed lines in " + file + ":\n" + rendered);
            assertEquals(edited, PARSER.parse(rendered).document(), "the edit parses back (D72, D73)");
            assertEquals(source.length(), rendered.length(), "line ends and BOM are kept");
        }
    }
}
