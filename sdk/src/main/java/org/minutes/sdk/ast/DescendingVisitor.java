package org.minutes.sdk.ast;

import java.util.List;

/**
 * A visitor that descends into every child in document order, as commonmark's {@code AbstractVisitor} does.
 * Override the {@code visit} methods of the types you care about and call {@code super.visit(node)} (or
 * {@link #visitChildren(Node)}) to keep descending.
 *
 * <pre>{@code
 * List<ListItem> items = new ArrayList<>();
 * document.accept(new DescendingVisitor() {
 *     @Override
 *     public Void visit(ListItem item) {
 *         items.add(item);
 *         return super.visit(item);
 *     }
 * });
 * }</pre>
 */
public abstract class DescendingVisitor implements Visitor<Void> {

    /**
     * Visits every child of {@code node} in document order.
     *
     * @param node the parent
     */
    protected final void visitChildren(Node node) {
        for (Node child : Nodes.children(node)) {
            child.accept(this);
        }
    }

    @Override
    public Void visit(Document document) {
        visitChildren(document);
        return null;
    }

    @Override
    public Void visit(FrontMatter frontMatter) {
        visitChildren(frontMatter);
        return null;
    }

    @Override
    public Void visit(Title title) {
        visitChildren(title);
        return null;
    }

    @Override
    public Void visit(Section section) {
        visitChildren(section);
        return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        return null;
    }

    @Override
    public Void visit(HeadCount headCount) {
        visitChildren(headCount);
        return null;
    }

    @Override
    public Void visit(ListBlock listBlock) {
        visitChildren(listBlock);
        return null;
    }

    @Override
    public Void visit(ListItem listItem) {
        visitChildren(listItem);
        return null;
    }

    @Override
    public Void visit(Table table) {
        visitChildren(table);
        return null;
    }

    @Override
    public Void visit(TableRow tableRow) {
        visitChildren(tableRow);
        return null;
    }

    @Override
    public Void visit(TableCell tableCell) {
        visitChildren(tableCell);
        return null;
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
        visitChildren(codeBlock);
        return null;
    }

    @Override
    public Void visit(Comment comment) {
        visitChildren(comment);
        return null;
    }

    @Override
    public Void visit(BlockQuote blockQuote) {
        visitChildren(blockQuote);
        return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
        visitChildren(thematicBreak);
        return null;
    }

    @Override
    public Void visit(Text text) {
        visitChildren(text);
        return null;
    }

    @Override
    public Void visit(SoftBreak softBreak) {
        visitChildren(softBreak);
        return null;
    }

    @Override
    public Void visit(Code code) {
        visitChildren(code);
        return null;
    }

    @Override
    public Void visit(Link link) {
        visitChildren(link);
        return null;
    }

    @Override
    public Void visit(Image image) {
        visitChildren(image);
        return null;
    }

    @Override
    public Void visit(BareUrl bareUrl) {
        visitChildren(bareUrl);
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        visitChildren(emphasis);
        return null;
    }

    @Override
    public Void visit(Strong strong) {
        visitChildren(strong);
        return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
        visitChildren(strikethrough);
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        visitChildren(emoji);
        return null;
    }

    @Override
    public Void visit(Mention mention) {
        visitChildren(mention);
        return null;
    }
}
