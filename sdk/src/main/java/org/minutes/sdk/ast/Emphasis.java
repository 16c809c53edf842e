package org.minutes.sdk.ast;

import java.util.List;

/**
 * Emphasis (D58): {@code *x*} or {@code _x_}, the delimiter kept.
 *
 * @param delimiter {@code *} (the default for nodes built in code) or {@code _}
 * @param content   the emphasised content, not empty
 */
public record Emphasis(char delimiter, List<Inline> content) implements Inline, Delimited {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Emphasis {
        if (delimiter != '*' && delimiter != '_') {
            throw new IllegalArgumentException("delimiter '" + delimiter + "' must be * or _");
        }
        content = Delimited.checked(content, "emphasis");
    }

    /**
     * {@return the same emphasis with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Emphasis withContent(List<Inline> content) { return new Emphasis(delimiter, content); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
