package org.minutes.sdk.ast;

/**
 * A {@link BlockVisitor} that gives one value for every node it does not override: for the questions that single out
 * a few node types ("is it a table or a list?"), asked without {@code instanceof} chains. The defaults are a table,
 * one line per node type.
 *
 * @param <R> the result type
 */
abstract class BlockRoles<R> extends BlockVisitor<R> {

    private final R otherwise;

    /**
     * For subclasses.
     *
     * @param otherwise the value of every node type not overridden
     */
    BlockRoles(R otherwise) {
        this.otherwise = otherwise;
    }

    @Override public R visit(Document document) { return otherwise; }
    @Override public R visit(FrontMatter frontMatter) { return otherwise; }
    @Override public R visit(Title title) { return otherwise; }
    @Override public R visit(Section section) { return otherwise; }
    @Override public R visit(Paragraph paragraph) { return otherwise; }
    @Override public R visit(HeadCount headCount) { return otherwise; }
    @Override public R visit(ListBlock listBlock) { return otherwise; }
    @Override public R visit(ListItem listItem) { return otherwise; }
    @Override public R visit(Table table) { return otherwise; }
    @Override public R visit(TableRow tableRow) { return otherwise; }
    @Override public R visit(TableCell tableCell) { return otherwise; }
    @Override public R visit(CodeBlock codeBlock) { return otherwise; }
    @Override public R visit(Comment comment) { return otherwise; }
    @Override public R visit(BlockQuote blockQuote) { return otherwise; }
    @Override public R visit(ThematicBreak thematicBreak) { return otherwise; }
}
