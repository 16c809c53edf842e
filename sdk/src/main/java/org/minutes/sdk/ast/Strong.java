package org.minutes.sdk.ast;

import java.util.List;

/**
 * Strong emphasis (D58): {@code **x**}.
 *
 * @param content the content, not empty
 */
public record Strong(List<Inline> content) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Strong {
        content = Checks.list(content, "content");
        Inlines.checkDelimited(content, "strong emphasis");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
