package org.minutes.bench;

import java.util.function.IntFunction;

/**
 * The pathological input shapes of the SDK's {@code PathologicalTest} (issue 10, point 3), in the style of cmark's
 * {@code pathological_tests.py}, each built for a repetition count n, so that {@link PathologicalBenchmark} can
 * show how parse time grows with n. The texts are those of the test at n = 10⁵.
 */
public enum Shape {

    /** A table of n rows (D27). */
    TABLE_ROWS(n -> "| Name | Initials |\n| --- | --- |\n" + "| Quinn Example | QE |\n".repeat(n)),
    /** A table whose n rows are dash rows and text-like rows (D29). */
    TABLE_DASH_AND_TEXT_ROWS(n -> "| a |\n| - |\n" + "| --- |\n|x\n".repeat(n / 2)),
    /** A table of n / 10 columns: header, delimiter row and 10 rows (D27). */
    TABLE_COLUMNS(n -> "|" + " h |".repeat(n / 10) + "\n|" + " --- |".repeat(n / 10) + "\n"
            + ("|" + " c |".repeat(n / 10) + "\n").repeat(10)),
    /** Pipe lines without a delimiter row. */
    PIPE_LINES(n -> "| a | b |\n".repeat(n)),
    /** Tables one after another. */
    TABLES(n -> "| a |\n| - |\n| b |\n\n".repeat(n / 4)),
    /** Bullets nested 0 to 99 levels deep, again and again (D39, D41). */
    NESTED_BULLETS(Shape::nestedBullets),
    /** {@code > > > … x} (D64). */
    NESTED_QUOTES(n -> "> ".repeat(n) + "x\n"),
    /** {@code [[[…x](y)](y)…} (D56). */
    NESTED_BRACKETS(n -> "[".repeat(n) + "x" + "](y)".repeat(n) + "\n"),
    /** {@code *a **b *a **b …} (D57, D58). */
    NESTED_EMPHASIS(n -> "*a **b ".repeat(n / 4) + "\n"),
    /** One line of n words. */
    LONG_LINE(n -> "word ".repeat(n) + "\n"),
    /** n unclosed {@code [}. */
    UNCLOSED_BRACKETS(n -> "[".repeat(n) + "\n"),
    /** n unclosed {@code [a](}. */
    UNCLOSED_LINKS(n -> "[a](".repeat(n) + "\n"),
    /** A run of n {@code *}. */
    STAR_RUN(n -> "*".repeat(n) + "a\n"),
    /** {@code *a *a *a …}. */
    ALTERNATING_STARS(n -> "*a ".repeat(n) + "\n"),
    /** A run of n backticks (D55). */
    BACKTICK_RUN(n -> "`".repeat(n) + "a\n"),
    /** Backtick runs of length 1, 2, 3, … up to n characters (D55). */
    RISING_BACKTICKS(Shape::risingBackticks),
    /** n lines {@code <!--} with no closer (D62). */
    UNCLOSED_COMMENT_OPENERS(n -> "<!--\n".repeat(n)),
    /** n {@code <!-- } on one line (D62). */
    COMMENT_OPENERS_ON_A_LINE(n -> "<!-- ".repeat(n) + "\n"),
    /** n emoji in a row. */
    EMOJI_RUNS(n -> "\uD83D\uDE00".repeat(n) + "\n"),
    /** n {@code :tada:} in a row (D60). */
    SHORTCODE_RUNS(n -> ":tada:".repeat(n) + "\n"),
    /** n {@code :a} in a row (D60). */
    UNCLOSED_SHORTCODES(n -> ":a".repeat(n) + "\n"),
    /** {@code - QE/QE/…/RT: x} (D47). */
    LONG_JOINT_SPEAKER_PREFIX(n -> "- " + "QE/".repeat(n) + "RT: x\n"),
    /** {@code - QE (away away …): x} (D47). */
    LONG_QUALIFIER(n -> "- QE (" + "away ".repeat(n) + "): x\n"),
    /** {@code - (QE, QE, …, RT) x} (D47). */
    LONG_BRACKETED_PREFIX(n -> "- (" + "QE, ".repeat(n) + "RT) x\n"),
    /** n items with a speaker (D47). */
    SPEAKER_ITEMS(n -> "- QE: x\n".repeat(n)),
    /** Front matter of n keys (D9, D10). */
    LONG_FRONT_MATTER(n -> "---\n" + "key: value\n".repeat(n) + "---\n# T\n"),
    /** Front matter with a list of n tags (D9). */
    LONG_FRONT_MATTER_LIST(n -> "---\ntags:\n" + "  - a\n".repeat(n) + "---\n# T\n"),
    /** Front matter never closed, n lines (D12). */
    UNCLOSED_FRONT_MATTER(n -> "---\n" + "x\n".repeat(n)),
    /** n headings (D13). */
    HEADINGS(n -> "## h\n".repeat(n)),
    /** Two items with n blank lines between them (D44). */
    BLANK_LINES_BETWEEN_ITEMS(n -> "- a\n" + "\n".repeat(n) + "- b\n"),
    /** An item, n blank lines and a paragraph (D42). */
    BLANK_LINES_AFTER_A_LIST(n -> "- a\n" + "\n".repeat(n) + "text\n"),
    /** An item with n lazy continuation lines (D42). */
    LAZY_CONTINUATION_LINES(n -> "- a\n" + "b\n".repeat(n)),
    /** n bare URLs with shed trailers (D57). */
    BARE_URLS(n -> "http://x.org/( ".repeat(n) + "\n"),
    /** n mentions (D59). */
    MENTIONS(n -> "@a ".repeat(n) + "\n"),
    /** n U+2028 inside one line (D2, D3). */
    LINE_SEPARATORS(n -> "a\u2028".repeat(n) + "\n");

    private final IntFunction<String> text;

    Shape(IntFunction<String> text) {
        this.text = text;
    }

    /**
     * Builds the shape.
     *
     * @param n the repetition count
     * @return the text
     */
    public String text(int n) {
        return text.apply(n);
    }

    private static String nestedBullets(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("  ".repeat(i % 100)).append("- x\n");
        }
        return text.toString();
    }

    private static String risingBackticks(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < n; i++) {
            text.append("`".repeat(i)).append('a');
        }
        return text.append('\n').toString();
    }
}
