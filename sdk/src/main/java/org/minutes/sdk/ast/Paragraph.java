package org.minutes.sdk.ast;

import java.util.List;

/**
 * A paragraph: consecutive text lines, joined by soft breaks (D8, D42).
 *
 * <pre>
 * Various parts of the conda ecosystem gather on a regular basis.
 * </pre>
 *
 * @param content the inline content
 */
public record Paragraph(List<Inline> content) implements Block, InlineText {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Paragraph {
        content = Checks.list(content, "content");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a paragraph must not be empty (D8)");
        }
        Inlines.checkBlockContent(content, "paragraph", Inlines.Lines.BLOCK);
    }

    /** {@return the content as plain text (D54)} */
    public String plainText() {
        return Inlines.plainText(content);
    }

    /**
     * {@return the same paragraph with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public Paragraph withContent(List<Inline> content) { return new Paragraph(content); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
