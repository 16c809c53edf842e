package org.minutes.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse time by list nesting depth, 1 to 64 (issue 12, point 5; D41 allows 64 levels), with commonmark-java on the
 * same text: one file of about 1 MB made of chains of speaker items, each chain nesting {@code depth} levels deep
 * (four spaces per level, D39), so that time per byte should stay flat across depths. Every text ends at the first
 * line that reaches 1 MB, so their lengths differ by under one line.
 */
@State(Scope.Benchmark)
public class NestingBenchmark extends TimedPerParse {

    /** The size the texts reach, in characters (all ASCII, so bytes too). */
    static final int SIZE = 1_000_000;

    /** How deep each chain of items nests. */
    @Param({"1", "4", "16", "64"})
    public int depth;

    /** Builds the text, outside the measurement. */
    @Setup(Level.Trial)
    public void build() {
        text = text(depth);
    }

    /**
     * Builds chains of nested items up to {@link #SIZE} characters.
     *
     * @param depth the levels of each chain, 1 to 64
     * @return the text: a title, an attendee table, then chains up to the first line that reaches the size
     */
    static String text(int depth) {
        StringBuilder text = new StringBuilder("# 2031-05-14 Nesting\n\n## Attendees\n\n| Name | Initials |\n"
                + "| --- | --- |\n| Quinn Example | QE |\n\n## Discussion\n\n");
        for (int chain = 0; text.length() < SIZE; chain++) {
            for (int level = 0; level < depth && text.length() < SIZE; level++) {
                text.append("    ".repeat(level)).append("- QE: point ").append(chain).append('.').append(level)
                        .append(" with a [link](https://example.org/").append(level).append(") and `code`\n");
            }
        }
        return text.toString();
    }
}
