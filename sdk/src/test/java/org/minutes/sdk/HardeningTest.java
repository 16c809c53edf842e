package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.testing.ParseInvariants;

/**
 * Inputs that break parsers by size, depth or pathological repetition (D6). Each runs under a generous
 * {@link #HANG_GUARD}: a guard against hangs and quadratic blow-ups, not a speed measurement. The guard runs the
 * parse on a thread of its own, whose default stack is smaller than the main thread's, so recursion that only
 * survives on a big stack fails here too.
 */
class HardeningTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final MinutesParser PARSER = MinutesParser.create();

    private static final int MIB = 1 << 20;

    /** D6's own example: empty input gives an empty document and a {@code title/missing} warning. */
    @Test
    void emptyInputGivesAnEmptyDocumentAndAMissingTitleWarning() {
        for (ParseResult result : List.of(PARSER.parse(""), PARSER.parse(new byte[0]))) {
            Document document = result.document();
            assertTrue(document.frontMatter().isEmpty());
            assertTrue(document.lead().isEmpty());
            assertTrue(document.title().isEmpty());
            assertTrue(document.preamble().isEmpty());
            assertTrue(document.sections().isEmpty());
            assertEquals(1, result.diagnostics(DiagnosticCode.TITLE_MISSING).size(), () -> result.diagnostics()
                    .toString());
            ParseInvariants.assertWellFormed(result, "");
        }
    }

    /** Random bytes: malformed UTF-8 everywhere, control characters, stray line ends (D1, D2, D6). */
    @Test
    void binaryGarbageIsParsedWithInvalidUtf8Warnings() {
        byte[] garbage = new byte[256 * 1024];
        new Random(20310514L).nextBytes(garbage);
        ParseResult result = guarded(() -> PARSER.parse(garbage));
        ParseInvariants.assertWellFormed(result, new String(garbage, StandardCharsets.UTF_8));
        assertFalse(result.diagnostics(DiagnosticCode.ENVELOPE_INVALID_UTF8).isEmpty());
    }

    /** D1: a malformed byte becomes U+FFFD, with a warning at its own line:column. */
    @Test
    void malformedByteBecomesReplacementCharacterWithWarningAtItsColumn() {
        ParseResult result = PARSER.parse(new byte[] {'a', (byte) 0xFF, 'b'});
        assertEquals("a\uFFFDb", result.sourceMap().source());
        List<Diagnostic> warnings = result.diagnostics(DiagnosticCode.ENVELOPE_INVALID_UTF8);
        assertEquals(1, warnings.size(), () -> result.diagnostics().toString());
        assertEquals(new Position(1, 2), warnings.get(0).start());
        ParseInvariants.assertWellFormed(result);
    }

    /** A 1 MiB line of words is one paragraph holding all of it, its trailing space trivia (D5). */
    @Test
    void megabyteLineOfWordsIsOneParagraph() {
        String line = "word ".repeat(MIB / 5);
        ParseResult result = guarded(() -> PARSER.parse(line));
        ParseInvariants.assertWellFormed(result, line);
        List<Block> preamble = result.document().preamble();
        assertEquals(1, preamble.size());
        Paragraph paragraph = assertInstanceOf(Paragraph.class, preamble.get(0));
        assertEquals(line.substring(0, line.length() - 1), Inlines.plainText(paragraph.content()));
    }

    /**
     * A 1 MiB line of unmatched inline openers: the classic quadratic case of delimiter and bracket matching (D54–D61).
     *
     * @param unit the repeated piece
     */
    @ParameterizedTest
    @ValueSource(strings = {"[*_`~~@:<!--(", "[", "*a _b ~~c `d ", "![x](", ":a", "https://x.org/("})
    void megabyteLineOfUnmatchedOpenersStaysFast(String unit) {
        String line = "- " + unit.repeat(MIB / unit.length());
        ParseResult result = guarded(() -> PARSER.parse(line));
        ParseInvariants.assertWellFormed(result, line);
    }

    /** 100 000 sibling items form one list of 100 000 items (D37, D44). */
    @Test
    void hundredThousandItemsFormOneList() {
        int count = 100_000;
        StringBuilder text = new StringBuilder("# 2031-05-14 Team Sync\n## Notes\n");
        for (int i = 0; i < count; i++) {
            text.append("- [ ] QE: item ").append(i).append('\n');
        }
        String source = text.toString();
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        List<Section> sections = result.document().sections();
        assertEquals(1, sections.size());
        assertEquals(1, sections.get(0).blocks().size());
        ListBlock list = assertInstanceOf(ListBlock.class, sections.get(0).blocks().get(0));
        assertEquals(count, list.items().size());
        assertEquals("item 0", list.items().get(0).plainText());
        assertEquals("item 99999", list.items().get(count - 1).plainText());
    }

    /**
     * D41: 10 000 lines, each marker indented 2 more than the last, nest 64 deep; every later marker line is
     * continuation text of item 64 (D42), with a {@code list/too-deep} warning.
     */
    @Test
    void tenThousandIndentedMarkersNestSixtyFourDeep() {
        int lines = 10_000;
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append(" ".repeat(2 * (i - 1))).append("- level").append(i).append('\n');
        }
        String source = text.toString();
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        assertEquals(64, maxItemDepth(result.document()));
        ListItem deepest = deepestItem(result.document());
        String deepestText = deepest.plainText();
        assertTrue(deepestText.startsWith("level64 "), () -> abbreviate(deepestText));
        assertTrue(deepestText.contains("- level65 "), () -> abbreviate(deepestText));
        assertTrue(deepestText.endsWith("- level10000"), () -> abbreviate(deepestText));
        assertTrue(deepest.children().isEmpty());
        assertFalse(result.diagnostics(DiagnosticCode.LIST_TOO_DEEP).isEmpty());
    }

    /**
     * D41 bounds D43 under nested lines too: the lines nested under a marker after a marker hang under its innermost
     * item, so a chain that would take them past 64 stays text. Found by fuzzing (the round trip of
     * {@code RoundTripFuzzTest}: the canonical Markdown of a 65-deep document parsed back 64 deep).
     */
    @ParameterizedTest
    @ValueSource(ints = {10, 63, 64, 70})
    void aMarkerAfterAMarkerTakesNoNestedItemPastTheCap(int lines) {
        StringBuilder text = new StringBuilder("# 2031-05-14 Team Sync\n## Notes\n");
        for (int i = 1; i <= lines; i++) {
            text.append(" ".repeat(2 * (i - 1))).append(i == 8 ? "- - level" : "- level").append(i).append('\n');
        }
        String source = text.toString();
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        // The chain opens its child while the deepest nested line still fits: up to 63 lines, 64 levels.
        int expected = lines <= 63 ? lines + 1 : 64;
        assertEquals(expected, maxItemDepth(result.document()));
        ListItem eighth = itemAtDepth(result.document(), 8);
        assertEquals(lines <= 63 ? "" : "- level8", eighth.plainText());
    }

    /** {@return the first item at {@code depth} (1 for a top-level one) on the path of first children} */
    private static ListItem itemAtDepth(Document document, int depth) {
        ListItem item = ((ListBlock) document.sections().get(0).blocks().get(0)).items().get(0);
        for (int level = 1; level < depth; level++) {
            item = ((ListBlock) item.children().get(0)).items().get(0);
        }
        return item;
    }

    /** D43 recursion on one line of 10 000 markers is bounded by D41's cap too. */
    @Test
    void tenThousandMarkersOnOneLineNestAtMostSixtyFourDeep() {
        String source = "- ".repeat(10_000) + "x\n";
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        assertEquals(64, maxItemDepth(result.document()));
    }

    /**
     * Inline nesting 10 000 deep: emphasis inside emphasis, brackets inside brackets, parentheses inside a URL.
     *
     * @param kind which nesting
     */
    @ParameterizedTest
    @ValueSource(strings = {"emphasis", "brackets", "parentheses", "strike"})
    void inlineNestingTenThousandDeepIsParsed(String kind) {
        int depth = 10_000;
        String source = switch (kind) {
            case "emphasis" -> "*_".repeat(depth / 2) + "x" + "_*".repeat(depth / 2);
            case "brackets" -> "[".repeat(depth) + "x" + "]".repeat(depth) + "(https://example.org)";
            case "parentheses" -> "https://example.org/" + "(".repeat(depth) + ")".repeat(depth);
            case "strike" -> "~~*".repeat(depth / 2) + "x" + "*~~".repeat(depth / 2);
            default -> throw new IllegalArgumentException(kind);
        };
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
    }

    /** D62: 50 000 {@code <!--} lines without a closer are text, each with a {@code comment/unclosed} warning. */
    @Test
    void fiftyThousandUnclosedCommentOpenersAreTextAndStayFast() {
        int count = 50_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("<!-- note ").append(i).append('\n');
        }
        String source = text.toString();
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        assertEquals(0, countNodes(result.document(), Comment.class::isInstance));
        assertEquals(count, result.diagnostics(DiagnosticCode.COMMENT_UNCLOSED).size());
    }

    /**
     * D63: 50 000 fence openers with info strings, so that none closes another, are text, each with a
     * {@code code/unclosed-fence} warning.
     */
    @Test
    void fiftyThousandUnclosedFenceOpenersAreTextAndStayFast() {
        int count = 50_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i % 2 == 0 ? "```yaml" : "~~~~ sh").append(i).append('\n');
        }
        String source = text.toString();
        ParseResult result = guarded(() -> PARSER.parse(source));
        ParseInvariants.assertWellFormed(result, source);
        assertEquals(0, countNodes(result.document(), CodeBlock.class::isInstance));
        assertEquals(count, result.diagnostics(DiagnosticCode.CODE_UNCLOSED_FENCE).size());
    }

    private static ParseResult guarded(Supplier<ParseResult> parse) {
        return assertTimeoutPreemptively(HANG_GUARD, parse::get);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 40) + " … " + text.substring(text.length() - 40);
    }

    private static int countNodes(Node root, Predicate<Node> which) {
        AtomicInteger count = new AtomicInteger();
        Nodes.walk(root, node -> {
            if (which.test(node)) {
                count.incrementAndGet();
            }
        });
        return count.get();
    }

    private static int maxItemDepth(Node root) {
        return itemDepths(root).stream().mapToInt(ItemDepth::depth).max().orElse(0);
    }

    private static ListItem deepestItem(Node root) {
        return itemDepths(root).stream().max(Comparator.comparingInt(ItemDepth::depth)).orElseThrow()
                .item();
    }

    private record ItemDepth(ListItem item, int depth) {
    }

    /** Depth of every item, 1 for top-level items; iterative, as the tree may be deep. */
    private static List<ItemDepth> itemDepths(Node root) {
        List<ItemDepth> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(List.of(root));
        List<Integer> depths = new ArrayList<>(List.of(0));
        while (!nodes.isEmpty()) {
            Node node = nodes.remove(nodes.size() - 1);
            int depth = depths.remove(depths.size() - 1);
            if (node instanceof ListItem item) {
                depth++;
                out.add(new ItemDepth(item, depth));
            }
            for (Node child : Nodes.children(node)) {
                nodes.add(child);
                depths.add(depth);
            }
        }
        return out;
    }
}
