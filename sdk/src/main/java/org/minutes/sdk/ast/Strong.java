package org.minutes.sdk.ast;

import java.util.List;

/**
 * Strong emphasis (D58): {@code **x**}.
 *
 * @param content the content, not empty
 */
public record Strong(List<Inline> content) implements Inline, Delimited {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Strong {
        content = Delimited.checked(content, "strong emphasis");
    }

    /**
     * {@return the same strong emphasis with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Strong withContent(List<Inline> content) { return new Strong(content); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
