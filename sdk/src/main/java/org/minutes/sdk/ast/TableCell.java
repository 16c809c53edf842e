package org.minutes.sdk.ast;

import java.util.List;

/**
 * A table cell (D28): trimmed, inline-parsed content.
 *
 * @param content the inline content, possibly empty
 */
public record TableCell(List<Inline> content) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public TableCell {
        content = Checks.list(content, "content");
    }

    /** {@return the content as plain text (D54)} */
    public String plainText() {
        return Inlines.plainText(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
