package org.minutes.sdk.ast;

import java.util.List;

/**
 * An image (D56).
 *
 * <pre>
 * ![screenshot](https://example.org/a.png)
 * </pre>
 *
 * @param content     the alternative text: no links inside
 * @param destination the destination, without white space
 */
public record Image(List<Inline> content, String destination) implements Inline, Linked {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Image {
        content = Checks.list(content, "content");
        Inlines.checkLinkDestination(destination);
        Inlines.checkLinkText(content);
    }

    /**
     * {@return the same image with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Image withContent(List<Inline> content) { return new Image(content, destination); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
