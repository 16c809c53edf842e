package org.minutes.sdk.ast;

import java.util.List;

/**
 * Strikethrough (D58): {@code ~~x~~}.
 *
 * @param content the content, not empty
 */
public record Strikethrough(List<Inline> content) implements Inline, Delimited {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Strikethrough {
        content = Delimited.checked(content, "strikethrough");
    }

    /**
     * {@return the same strikethrough with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Strikethrough withContent(List<Inline> content) { return new Strikethrough(content); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
