package org.minutes.sdk.source;

/**
 * A region of the source text: 0-based, half-open UTF-16 offsets, usable with {@link String#substring(int, int)}.
 *
 * @param start the first offset
 * @param end   the offset after the last character, at least {@code start}
 */
public record Span(int start, int end) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end + " must have 0 <= start <= end");
        }
    }

    /** {@return whether {@code other} lies within this span} */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** {@return the number of UTF-16 units covered} */
    public int length() {
        return end - start;
    }
}
