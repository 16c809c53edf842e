package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Documents;
import org.minutes.converters.testing.AstGenerators;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Nodes;

/**
 * Property tests of the Markdown renderers (D72, D73) over generated documents and arbitrary text. The number of
 * examples is the system property {@code minutes.examples} (10 000 in CI, 100 000 locally).
 */
class MarkdownProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer CANONICAL = MarkdownRenderer.create();
    private static final EditPreservingRenderer PRESERVING = EditPreservingRenderer.create();

    @Test
    void canonicalRenderingParsesBackToTheSameDocument() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents())
                .checkAssert(document -> {
                    String markdown = CANONICAL.convert(document);
                    assertEquals(document, PARSER.parse(markdown).document(), () -> "D72 round trip of:\n" + markdown);
                });
    }

    /**
     * Issue 10, defect 3 (D57, D72): documents in which a bare URL stands right before what its end loses
     * ({@code )}, {@code :} and the other trailers), in items that read like a speaker prefix too, render so that
     * every URL reads back whole, whatever the style.
     */
    @Test
    void urlsBeforeTheirTrailersRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documentsWithUrlsBeforeTrailers(), longs().all())
                .checkAssert(MarkdownProperties::assertStyledRoundTrip);
    }

    @Test
    void canonicalRenderingIsIdempotent() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents())
                .checkAssert(document -> {
                    String markdown = CANONICAL.convert(document);
                    assertEquals(markdown, CANONICAL.convert(PARSER.parse(markdown).document()), "D72 idempotence");
                });
    }

    @Test
    void parsedTextRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.markdownText())
                .checkAssert(text -> {
                    Document parsed = PARSER.parse(text).document();
                    String markdown = CANONICAL.convert(parsed);
                    assertEquals(parsed, PARSER.parse(markdown).document(), () -> "D72 round trip of parse("
                            + text.replace("\r", "\\r") + ") rendered as:\n" + markdown);
                });
    }

    @Test
    void formattingTextInItsOwnStyleKeepsTheDocumentAndIsIdempotent() {
        // D71, D72: fmt(x) = render(parse(x), style of x); parse(fmt(x)) == parse(x) and fmt(fmt(x)) == fmt(x).
        qt().withExamples(EXAMPLES).forAll(AstGenerators.markdownText())
                .checkAssert(text -> {
                    ParseResult parsed = PARSER.parse(text);
                    String formatted = CANONICAL.convert(parsed.document(), MarkdownStyle.of(parsed));
                    ParseResult reparsed = PARSER.parse(formatted);
                    assertEquals(parsed.document(), reparsed.document(), () -> "D72 round trip of fmt("
                            + text.replace("\r", "\\r") + "):\n" + formatted);
                    assertEquals(formatted, CANONICAL.convert(reparsed.document(), MarkdownStyle.of(reparsed)),
                            () -> "D71 idempotence of fmt(" + text.replace("\r", "\\r") + ")");
                });
    }

    @Test
    void renderingInAGeneratedStyleParsesBackAndReadsTheStyleBack() {
        // D71, D72: whatever the style (numbering, nesting step, speaker spelling, looseness, alignment), the
        // rendering parses back to the document, and the style read from it renders the same text.
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents(), longs().all())
                .checkAssert(MarkdownProperties::assertStyledRoundTrip);
    }

    /** D71, D72: rendered in a generated style, the document parses back, and the style reads back the same text. */
    static void assertStyledRoundTrip(Document document, long seed) {
        String markdown = CANONICAL.convert(document, Styles.generate(document, seed));
        ParseResult reparsed = PARSER.parse(markdown);
        assertEquals(document, reparsed.document(), () -> "D72 round trip of:\n" + markdown);
        assertEquals(markdown, CANONICAL.convert(reparsed.document(), MarkdownStyle.of(reparsed)),
                () -> "D71 the style reads back from:\n" + markdown);
    }

    @Test
    void untouchedTextComesBackAndEveryToggleChangesOneLine() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.markdownText())
                .checkAssert(MarkdownProperties::assertEditPreserving);
    }

    /** D73: the untouched parse comes back byte for byte; toggling any box changes one line and parses back. */
    static void assertEditPreserving(String text) {
        ParseResult parsed = PARSER.parse(text);
        assertEquals(text, PRESERVING.convert(parsed, parsed.document()), "D73 byte for byte");
        for (ListItem item : boxed(parsed.document())) {
            Document edited = Documents.toggleCheckbox(parsed.document(), item);
            String rendered = PRESERVING.convert(parsed, edited);
            assertEquals(edited, PARSER.parse(rendered).document(), () -> "D73 toggle in:\n" + text
                    + "\nrendered as:\n" + rendered);
            assertEquals(1, changedLines(text, rendered), () -> "D73 one line changes:\n" + rendered);
        }
    }

    /** {@return the items with a checkbox, in walk order} */
    static List<ListItem> boxed(Document document) {
        List<ListItem> boxed = new ArrayList<>();
        Nodes.walk(document, node -> {
            if (node instanceof ListItem item && item.checkbox().isPresent()) {
                boxed.add(item);
            }
        });
        return boxed;
    }

    private static int changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if (a.size() != b.size()) {
            return -1;
        }
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            changed += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        return changed;
    }
}
