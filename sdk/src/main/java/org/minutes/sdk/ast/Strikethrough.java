package org.minutes.sdk.ast;

import java.util.List;

/**
 * Strikethrough (D58): {@code ~~x~~}.
 *
 * @param content the content, not empty
 */
public record Strikethrough(List<Inline> content) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Strikethrough {
        content = Checks.list(content, "content");
        Inlines.checkDelimited(content, "strikethrough");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
