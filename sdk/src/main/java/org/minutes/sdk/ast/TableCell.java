package org.minutes.sdk.ast;

import java.util.List;

/**
 * A table cell (D28): trimmed, inline-parsed content.
 *
 * @param content the inline content, possibly empty
 */
public record TableCell(List<Inline> content) implements Node, InlineText {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public TableCell {
        content = Checks.list(content, "content");
        Inlines.checkBlockContent(content, "cell", Inlines.Lines.ONE);
        for (Inline inline : content) {
            inline.accept(NO_PIPES);
        }
    }

    /** D28: a destination or bare URL in a cell holds no unescaped {@code |}, which would split the cell. */
    private static final DescendingVisitor NO_PIPES = new DescendingVisitor() {
        @Override
        public Void visit(Link link) {
            check(link.destination());
            return super.visit(link);
        }

        @Override
        public Void visit(Image image) {
            check(image.destination());
            return super.visit(image);
        }

        @Override
        public Void visit(BareUrl bareUrl) {
            check(bareUrl.url());
            return null;
        }

        private static void check(String raw) {
            for (int k = 0; k < raw.length(); k++) {
                if (raw.charAt(k) == '\\') {
                    k++;
                } else if (raw.charAt(k) == '|') {
                    throw new IllegalArgumentException("cell destination or URL " + Checks.quote(raw)
                            + " holds a | that would split the cell (D28)");
                }
            }
        }
    };

    /** {@return the content as plain text (D54)} */
    public String plainText() {
        return Inlines.plainText(content);
    }

    /**
     * {@return the same cell with other content}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override public TableCell withContent(List<Inline> content) { return new TableCell(content); }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
