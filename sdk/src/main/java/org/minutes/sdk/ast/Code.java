package org.minutes.sdk.ast;

/**
 * A code span (D55): literal content.
 *
 * <pre>
 * `add &lt;pkg&gt;`
 * </pre>
 *
 * @param literal the content, on one line
 */
public record Code(String literal) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Code {
        Checks.singleLine(literal, "literal");
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("a code span must not be empty (D55)");
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
