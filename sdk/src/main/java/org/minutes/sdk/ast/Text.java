package org.minutes.sdk.ast;

/**
 * Literal text (D54, D61), escapes resolved.
 *
 * @param literal the text, on one line, never empty
 */
public record Text(String literal) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Text {
        Checks.singleLine(literal, "literal");
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
