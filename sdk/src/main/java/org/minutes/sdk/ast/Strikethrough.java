package org.minutes.sdk.ast;

import java.util.List;

/**
 * Strikethrough (D58): {@code ~~x~~}.
 *
 * @param content the content, not empty
 */
public record Strikethrough(List<Inline> content) implements Inline {

    public Strikethrough {
        content = Checks.list(content, "content");
        Inlines.checkDelimited(content, "strikethrough");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
