package org.minutes.sdk.ast;

import java.util.List;

/**
 * Emphasis (D58): {@code *x*} or {@code _x_}, the delimiter kept.
 *
 * @param delimiter {@code *} (the default for nodes built in code) or {@code _}
 * @param content   the emphasised content, not empty
 */
public record Emphasis(char delimiter, List<Inline> content) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Emphasis {
        if (delimiter != '*' && delimiter != '_') {
            throw new IllegalArgumentException("delimiter '" + delimiter + "' must be * or _");
        }
        content = Checks.list(content, "content");
        Inlines.checkDelimited(content, "emphasis");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
