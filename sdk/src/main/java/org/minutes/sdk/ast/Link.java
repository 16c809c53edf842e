package org.minutes.sdk.ast;

import java.util.List;

/**
 * A link (D56). The destination is kept as written and may be empty.
 *
 * <pre>
 * [Zoom link](https://zoom.us/j/1)
 * </pre>
 *
 * @param content     the link text: no links inside
 * @param destination the destination, without white space
 */
public record Link(List<Inline> content, String destination) implements Inline, Linked {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Link {
        content = Checks.list(content, "content");
        Inlines.checkLinkDestination(destination);
        Inlines.checkLinkText(content);
    }

    /** {@return the link text as plain text (D54)} */
    public String plainText() {
        return Inlines.plainText(content);
    }

    /**
     * {@return the same link with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Link withContent(List<Inline> content) { return new Link(content, destination); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
