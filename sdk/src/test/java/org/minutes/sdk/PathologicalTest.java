package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.testing.ParseInvariants;

/**
 * Pathological inputs in the style of commonmark-java's {@code PathologicalTest} and cmark's
 * {@code pathological_tests.py} (issue 10, point 3): each shape at 10⁵ repetitions must parse within
 * {@link #BOUND}. The bound is generous, since the machine may be loaded: it catches quadratic behaviour (10⁵ squared
 * is 10¹⁰ steps, minutes), it does not time the code. A linear parse of each takes well under a second.
 */
class PathologicalTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final int N = 100_000;

    private static final MinutesParser PARSER = MinutesParser.create();

    /** A table of 10⁵ rows is one table of 10⁵ rows: rows are not predicted by look-ahead over the table (D27). */
    @Test
    void tableOfHundredThousandRows() {
        String source = "| Name | Initials |\n| --- | --- |\n" + "| Quinn Example | QE |\n".repeat(N);
        ParseResult result = bounded(source);
        Table table = assertInstanceOf(Table.class, result.document().preamble().get(0));
        assertEquals(N, table.rows().size());
    }

    /** Rows that are dash rows are rows too (D29), as are rows that would read as text outside the table. */
    @Test
    void tableOfHundredThousandDashAndTextLikeRows() {
        String source = "| a |\n| - |\n" + "| --- |\n|x\n".repeat(N / 2);
        ParseResult result = bounded(source);
        Table table = assertInstanceOf(Table.class, result.document().preamble().get(0));
        assertEquals(N, table.rows().size());
    }

    /** A table of 10⁴ columns, header, delimiter row and 10 rows (D27). */
    @Test
    void tableOfTenThousandColumns() {
        int columns = 10_000;
        String source = "|" + " h |".repeat(columns) + "\n|" + " --- |".repeat(columns) + "\n"
                + ("|" + " c |".repeat(columns) + "\n").repeat(10);
        ParseResult result = bounded(source);
        Table table = assertInstanceOf(Table.class, result.document().preamble().get(0));
        assertEquals(columns, table.header().cells().size());
        assertEquals(10, table.rows().size());
    }

    /**
     * Each shape, repeated 10⁵ times, parses within the bound.
     *
     * @param name   the shape's name
     * @param source the input
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shapeParsesWithinBound(String name, String source) {
        bounded(source);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("pipe lines without a table", "| a | b |\n".repeat(N)),
                Arguments.of("tables one after another", "| a |\n| - |\n| b |\n\n".repeat(N / 4)),
                Arguments.of("nested bullets", nestedBullets()),
                Arguments.of("nested quotes", "> ".repeat(N) + "x\n"),
                Arguments.of("nested brackets", "[".repeat(N) + "x" + "](y)".repeat(N) + "\n"),
                Arguments.of("nested emphasis", "*a **b ".repeat(N / 4) + "\n"),
                Arguments.of("long line", "word ".repeat(N) + "\n"),
                Arguments.of("unclosed brackets", "[".repeat(N) + "\n"),
                Arguments.of("unclosed links", "[a](".repeat(N) + "\n"),
                Arguments.of("star run", "*".repeat(N) + "a\n"),
                Arguments.of("alternating stars", "*a ".repeat(N) + "\n"),
                Arguments.of("backtick run", "`".repeat(N) + "a\n"),
                Arguments.of("backtick runs of rising length", risingBackticks()),
                Arguments.of("unclosed comment openers", "<!--\n".repeat(N)),
                Arguments.of("comment openers on a line", "<!-- ".repeat(N) + "\n"),
                Arguments.of("emoji runs", "\uD83D\uDE00".repeat(N) + "\n"),
                Arguments.of("shortcode runs", ":tada:".repeat(N) + "\n"),
                Arguments.of("unclosed shortcodes", ":a".repeat(N) + "\n"),
                Arguments.of("long joint speaker prefix", "- " + "QE/".repeat(N) + "RT: x\n"),
                Arguments.of("long qualifier", "- QE (" + "away ".repeat(N) + "): x\n"),
                Arguments.of("long bracketed prefix", "- (" + "QE, ".repeat(N) + "RT) x\n"),
                Arguments.of("speaker items", "- QE: x\n".repeat(N)),
                Arguments.of("long front matter", "---\n" + "key: value\n".repeat(N) + "---\n# T\n"),
                Arguments.of("long front matter list", "---\ntags:\n" + "  - a\n".repeat(N) + "---\n# T\n"),
                Arguments.of("unclosed front matter", "---\n" + "x\n".repeat(N)),
                Arguments.of("headings", "## h\n".repeat(N)),
                Arguments.of("blank lines between items", "- a\n" + "\n".repeat(N) + "- b\n"),
                Arguments.of("blank lines after a list", "- a\n" + "\n".repeat(N) + "text\n"),
                Arguments.of("lazy continuation lines", "- a\n" + "b\n".repeat(N)),
                Arguments.of("bare URLs", "http://x.org/( ".repeat(N) + "\n"),
                Arguments.of("mentions", "@a ".repeat(N) + "\n"),
                Arguments.of("line separators", "a\u2028".repeat(N) + "\n"));
    }

    private static String nestedBullets() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < N; i++) {
            text.append("  ".repeat(i % 100)).append("- x\n");
        }
        return text.toString();
    }

    private static String risingBackticks() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < N; i++) {
            text.append("`".repeat(i)).append('a');
        }
        return text.append('\n').toString();
    }

    private static ParseResult bounded(String source) {
        Supplier<ParseResult> parse = () -> PARSER.parse(source);
        ParseResult result = assertTimeoutPreemptively(BOUND, parse::get);
        ParseInvariants.assertWellFormed(result, source);
        return result;
    }
}
