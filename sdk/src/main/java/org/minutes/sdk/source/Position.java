package org.minutes.sdk.source;

/**
 * A position for people (D69): 1-based line and column, the column counting code points (a tab counts 1, the BOM
 * none).
 *
 * @param line   the line, from 1
 * @param column the column, from 1
 */
public record Position(int line, int column) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("position " + line + ":" + column + " must be 1-based");
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
