package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.testing.Escapes;
import org.minutes.sdk.testing.NotesCorpus;
import org.minutes.sdk.testing.ParseInvariants;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Totality (D6): whatever the input, {@link MinutesParser} returns a result whose every node has a span nested in
 * its parent's and every diagnostic lies in the source (see {@link ParseInvariants}). The example count per property
 * comes from the system property {@code minutes.examples} (default 10 000); a failure prints the shrunk input and
 * QuickTheories' seed, which {@code -DQT_SEED=...} replays.
 */
class TotalityProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    private static final MinutesParser PARSER = MinutesParser.create();

    /**
     * Pieces of the dialect's syntax (headings D13, markers D37, checkboxes D45, speakers D49, tables D27, quotes
     * D64, fences D63, comments D62, breaks D65, inlines D54–D61), the white space it treats specially (D3, D4), line
     * ends (D2), the BOM (D1), characters outside the BMP and lone surrogates (a {@code String} may hold them).
     */
    private static final List<String> TOKENS = List.of(
            "#", "##", "######", "#######", "# ", "## ",
            "-", "- ", "* ", "*", "**", "***", "_", "__", "~", "~~", "1.", "1. ", "10.", "123456789.", "1234567890.",
            "  - ", "    * ", "\t- ", "- [ ] ", "* [x] ",
            "|", "| ", " |", "||", "| --- |", ":---:",
            ">", "> ",
            "[", "]", "(", ")", "[ ]", "[x]", "[X]", "[]", "[-]", "](", "![", "](https://example.org/a)",
            ":", ":tada:", "@", "@qexample", "@acme/core-team", "QE", "QE:", "(QE)", "QE/RT:", "(QE, away)", "MvV",
            "`", "``", "```", "````", "~~~", "```yaml=",
            "<!--", "-->", "--->", "---", "***", "___", "x---",
            " ", "  ", "    ", "\t", "\u00A0",
            "\r", "\n", "\r\n",
            "\uD83D\uDE00", "\uD83E\uDD1D", "\uFEFF", "\uD83D", "\uDE00",
            "x", "word", "Attendees", "Notes", "Action items", "2031-05-14", "DRAFT - ", "17:00 UTC",
            "https://example.org/a_(b)", "http://", "tags: [a]", "\\", "<", "<3", ".", ",", "31 people in total");

    /** A line end (D2), or none so that tokens of two lines run together. */
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r", "");

    /** Markup lines that the mutation property inserts; each opens, closes or interrupts some construct. */
    private static final List<String> MARKUP_LINES = List.of(
            "", "---", "x---", "tags: [a, b", "# 2031-05-14 Team Sync", "# DRAFT - Team Sync", "## Attendees",
            "## Action items", "####### seven", "<!--", "-->", "<!-- one line -->", "```", "```yaml=", "~~~", "    ```",
            "****", "| Name | Initials |", "| --- | --- |", "| Quinn Example | QE |", "|", "| | |\u00A0| |",
            "31 people in total", "- [ ] QE: open item", "* [x] (QE) done", "- [] Pat: malformed", "1. QE: Quinn",
            "10.", "- - - x", "* * * * * * text", "        - over-indented", "\t* tab", " * one space",
            "> quote", ">", "- ", "*\u00A0", "[link](https://example.org/doc", ") tail", "`open code",
            "\uFEFF# BOM mid-file", "\uD83D\uDE00 \uD83D\uDE00");

    /** Multi-line constructs that random lines would rarely line up by chance; the soup mixes them in. */
    private static final List<String> SNIPPETS = List.of(
            "| Name | Initials |\n| --- | --- |\n| Quinn Example | QE |", "|a|b\n|-|-", "---\ntags: [a]\n---",
            "```\n## code\n```", "~~~~ sh\n~~~\n~~~~", "<!--\n- not an item\n-->", "> a\n>\n> b",
            "- a\n  - b\n    - c\n        - d\n - e");

    private static final List<String> INDENTS = List.of(" ", "  ", "    ", "\t", "\u00A0");

    /** Random strings rich in syntax characters never break the parser. */
    @Test
    void randomSyntaxSoupIsParsedTotally() {
        qt().withExamples(EXAMPLES)
                .forAll(syntaxSoup())
                .checkAssert(input -> ParseInvariants.assertWellFormed(PARSER.parse(input), input));
    }

    /**
     * Random bytes, syntax mixed with malformed UTF-8, never break the byte entry point; each malformed sequence
     * becomes one U+FFFD with its own {@code envelope/invalid-utf8} warning (D1).
     */
    @Test
    void randomBytesAreParsedTotally() {
        qt().withExamples(EXAMPLES)
                .forAll(garbage())
                .checkAssert(input -> {
                    ParseResult result = PARSER.parse(input);
                    String source = result.sourceMap().source();
                    ParseInvariants.assertWellFormed(result, new String(input, StandardCharsets.UTF_8));
                    // No chunk encodes U+FFFD itself, so every U+FFFD in the source stands for malformed input.
                    TreeSet<Integer> replaced = IntStream.range(0, source.length())
                            .filter(i -> source.charAt(i) == '\uFFFD').boxed()
                            .collect(Collectors.toCollection(TreeSet::new));
                    List<Diagnostic> warnings = result.diagnostics(DiagnosticCode.ENVELOPE_INVALID_UTF8);
                    TreeSet<Integer> warned = warnings.stream()
                            .map(d -> d.span().start())
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(replaced, warned, "offsets of U+FFFD vs. of envelope/invalid-utf8 warnings (D1)");
                    assertEquals(replaced.size(), warnings.size(), "one warning per malformed sequence (D1)");
                });
    }

    /** Line-level mutations of the real samples and the hard-case examples never break the parser. */
    @Test
    void mutatedNotesAreParsedTotally() {
        qt().withExamples(EXAMPLES)
                .forAll(mutatedNotes())
                .checkAssert(m -> ParseInvariants.assertWellFormed(PARSER.parse(m.text()), m.text()));
    }

    /**
     * The generators are worth only the syntax they reach: with a fixed seed (so the check is deterministic) each
     * makes the parser build every node type at least once.
     */
    @Test
    void generatorsReachEveryNodeType() {
        Set<Class<?>> records = nodeRecords();
        assertTrue(records.size() >= 20, () -> "too few node records found: " + records);
        Set<Class<?>> fromSoup = new HashSet<>();
        qt().withFixedSeed(20310514L).withExamples(3_000)
                .forAll(syntaxSoup())
                .checkAssert(input -> Nodes.walk(PARSER.parse(input).document(), n -> fromSoup.add(n.getClass())));
        assertEquals(names(records), names(fromSoup), "node types built from the syntax soup");
        Set<Class<?>> fromMutations = new HashSet<>();
        qt().withFixedSeed(20310514L).withExamples(1_000)
                .forAll(mutatedNotes())
                .checkAssert(m -> Nodes.walk(PARSER.parse(m.text()).document(), n -> fromMutations.add(n.getClass())));
        assertEquals(names(records), names(fromMutations), "node types built from mutated notes");
    }

    /** Lines of random tokens, some starting as a markup line, joined by random line ends, maybe after a BOM. */
    private static Gen<String> syntaxSoup() {
        Gen<String> tokens = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 10)
                .map(list -> String.join("", list));
        // Whole markup lines make multi-line structure (tables, front matter, fences) likely enough to be reached.
        List<String> markupLines = new ArrayList<>(MARKUP_LINES);
        markupLines.addAll(SNIPPETS);
        Gen<String> markup = Generate.pick(markupLines)
                .zip(Generate.frequency(List.of(Pair.of(1, Generate.constant("")), Pair.of(1, tokens))),
                        String::concat);
        Gen<String> line = Generate.frequency(List.of(Pair.of(2, tokens), Pair.of(1, markup)))
                .zip(Generate.pick(LINE_ENDS), String::concat);
        return Generate.pick(List.of("", "\uFEFF"))
                .zip(lists().of(line).ofSizeBetween(0, 16), (bom, lines) -> bom + String.join("", lines))
                .describedAs(Escapes::javaLiteral);
    }

    /** Chunks of UTF-8 syntax and malformed sequences. */
    private static Gen<byte[]> garbage() {
        List<byte[]> chunks = new ArrayList<>();
        for (String token : TOKENS) {
            if (token.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
                chunks.add(token.getBytes(StandardCharsets.UTF_8));
            }
        }
        chunks.addAll(List.of(
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0x00}));
        return lists().of(Generate.pick(chunks)).ofSizeBetween(0, 80)
                .map(TotalityProperties::concat)
                .describedAs(Escapes::byteArray);
    }

    /** One of the five samples or the examples, after one to eight line-level mutations. */
    private static Gen<Mutated> mutatedNotes() {
        List<NotesCorpus.Note> notes = new ArrayList<>(NotesCorpus.samples());
        assertEquals(5, notes.size(), "the five sample notes");
        notes.addAll(NotesCorpus.examples());
        Gen<Mutation> mutation = Generate.enumValues(Kind.class)
                .zip(integers().between(0, 999), integers().between(0, 999), Mutation::new);
        return integers().between(0, notes.size() - 1)
                .zip(lists().of(mutation).ofSizeBetween(1, 8), (index, mutations) -> {
                    NotesCorpus.Note note = notes.get(index);
                    return new Mutated(note.name(), mutations, apply(note.text(), mutations));
                })
                .describedAs(Mutated::describe);
    }

    private static Set<Class<?>> nodeRecords() {
        Set<Class<?>> records = new HashSet<>();
        List<Class<?>> pending = new ArrayList<>(List.of(Node.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove(pending.size() - 1);
            if (type.isRecord()) {
                records.add(type);
            } else {
                pending.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        return records;
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The kinds of line-level mutation. */
    enum Kind {
        DELETE, DUPLICATE, SWAP, INDENT, DEDENT, INSERT
    }

    /**
     * One mutation: what, at which line (modulo the line count), and a free argument (another line, an indent or a
     * markup line, modulo their counts).
     */
    record Mutation(Kind kind, int at, int argument) {
    }

    /** A mutated note, described by its origin, its mutations and the exact text parsed. */
    record Mutated(String name, List<Mutation> mutations, String text) {

        String describe() {
            return name + " after " + mutations + ":\n" + Escapes.javaLiteral(text);
        }
    }

    /** Applies mutations to lines that keep their own line ends, so CRLF and lone-CR notes stay as they were. */
    static String apply(String text, List<Mutation> mutations) {
        List<String> lines = splitKeepingEnds(text);
        for (Mutation m : mutations) {
            int size = lines.size();
            int at = size == 0 ? 0 : m.at() % size;
            switch (m.kind()) {
                case DELETE -> {
                    if (size > 0) {
                        lines.remove(at);
                    }
                }
                case DUPLICATE -> {
                    if (size > 0) {
                        lines.add(at, lines.get(at));
                    }
                }
                case SWAP -> {
                    if (size > 0) {
                        int other = m.argument() % size;
                        String line = lines.get(at);
                        lines.set(at, lines.get(other));
                        lines.set(other, line);
                    }
                }
                case INDENT -> {
                    if (size > 0) {
                        lines.set(at, INDENTS.get(m.argument() % INDENTS.size()) + lines.get(at));
                    }
                }
                case DEDENT -> {
                    if (size > 0) {
                        lines.set(at, dedent(lines.get(at), 1 + m.argument() % 4));
                    }
                }
                case INSERT -> {
                    String end = LINE_ENDS.get(m.argument() % 3);
                    lines.add(at, MARKUP_LINES.get(m.argument() % MARKUP_LINES.size()) + end);
                }
            }
        }
        return String.join("", lines);
    }

    private static String dedent(String line, int columns) {
        int i = 0;
        while (i < line.length() && i < columns && (line.charAt(i) == ' ' || line.charAt(i) == '\t'
                || line.charAt(i) == '\u00A0')) {
            i++;
        }
        return line.substring(i);
    }

    private static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static byte[] concat(List<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The mutation helper itself must do what the property relies on, or the property tests less than it claims. */
    @Test
    void mutationsActOnWholeLinesAndKeepLineEnds() {
        String text = "a\r\nb\nc\rd";
        assertEquals("b\nc\rd", apply(text, List.of(new Mutation(Kind.DELETE, 0, 0))));
        assertEquals("a\r\nb\nb\nc\rd", apply(text, List.of(new Mutation(Kind.DUPLICATE, 1, 0))));
        assertEquals("db\nc\ra\r\n", apply(text, List.of(new Mutation(Kind.SWAP, 0, 3))));
        assertEquals("a\r\n\tb\nc\rd", apply(text, List.of(new Mutation(Kind.INDENT, 1, 3))));
        assertEquals("a\r\nb\nc\rx", apply("a\r\nb\nc\r  \tx", List.of(new Mutation(Kind.DEDENT, 3, 2))));
        String inserted = apply(text, List.of(new Mutation(Kind.INSERT, 2, 4)));
        assertEquals("a\r\nb\n" + MARKUP_LINES.get(4) + "\r\nc\rd", inserted);
        assertTrue(apply("", List.of(new Mutation(Kind.DELETE, 5, 5))).isEmpty());
    }
}
