package org.minutes.sdk.ast;

import java.util.OptionalInt;

import org.minutes.sdk.syntax.HeadCounts;
import org.minutes.sdk.syntax.Whitespace;

/**
 * A one-line head-count paragraph (D36).
 *
 * <pre>
 * 15 people in total
 * X people in total
 * </pre>
 *
 * @param text the line as written, trimmed
 */
public record HeadCount(String text) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public HeadCount {
        Checks.singleLine(text, "text");
        if (text.isEmpty() || Whitespace.is(text.charAt(0)) || Whitespace.is(text.charAt(text.length() - 1))) {
            throw new IllegalArgumentException("text " + Checks.quote(text) + " must be trimmed (D5, D36)");
        }
        if (!HeadCounts.matches(text)) {
            throw new IllegalArgumentException("text " + Checks.quote(text) + " is no head count (D36)");
        }
    }

    /**
     * Tells whether a line reads as a head count (D36).
     *
     * @param line a line of text, trimmed
     * @return whether a one-line paragraph of that text would be a head-count block
     */
    public static boolean isHeadCount(String line) {
        return HeadCounts.matches(line);
    }

    /** {@return the number of people, or empty for an {@code X} placeholder} */
    public OptionalInt count() {
        return HeadCounts.count(text);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
