package org.minutes.sdk.ast;

/**
 * A visitor of inline content (D54–D61): it must handle every {@link Inline} record, so a new inline type fails to
 * compile in each subclass until handled; a node that is no inline never reaches one, and if it did, it is refused
 * loudly rather than skipped. No default: it only takes the visit methods of the other node types off its
 * subclasses. {@link BlockVisitor} is its counterpart for blocks.
 *
 * @param <R> the result type
 */
public abstract class InlineVisitor<R> implements Visitor<R> {

    /** For subclasses. */
    protected InlineVisitor() {
    }

    private static IllegalStateException notInline(Node node) {
        return new IllegalStateException(node.getClass().getSimpleName() + " is no inline node");
    }

    @Override
    public final R visit(Document document) {
        throw notInline(document);
    }

    @Override
    public final R visit(FrontMatter frontMatter) {
        throw notInline(frontMatter);
    }

    @Override
    public final R visit(Title title) {
        throw notInline(title);
    }

    @Override
    public final R visit(Section section) {
        throw notInline(section);
    }

    @Override
    public final R visit(Paragraph paragraph) {
        throw notInline(paragraph);
    }

    @Override
    public final R visit(HeadCount headCount) {
        throw notInline(headCount);
    }

    @Override
    public final R visit(ListBlock listBlock) {
        throw notInline(listBlock);
    }

    @Override
    public final R visit(ListItem listItem) {
        throw notInline(listItem);
    }

    @Override
    public final R visit(Table table) {
        throw notInline(table);
    }

    @Override
    public final R visit(TableRow tableRow) {
        throw notInline(tableRow);
    }

    @Override
    public final R visit(TableCell tableCell) {
        throw notInline(tableCell);
    }

    @Override
    public final R visit(CodeBlock codeBlock) {
        throw notInline(codeBlock);
    }

    @Override
    public final R visit(Comment comment) {
        throw notInline(comment);
    }

    @Override
    public final R visit(BlockQuote blockQuote) {
        throw notInline(blockQuote);
    }

    @Override
    public final R visit(ThematicBreak thematicBreak) {
        throw notInline(thematicBreak);
    }
}
