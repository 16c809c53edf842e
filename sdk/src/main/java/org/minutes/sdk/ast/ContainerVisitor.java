package org.minutes.sdk.ast;

/**
 * A visitor that tells the nodes with children apart, treats every node holding only inline content alike (in
 * {@link #content}) and treats every leaf alike: front matter, head counts, code
 * blocks, comments, thematic breaks, text, soft breaks, code spans, bare URLs, emoji and mentions, whose records hold
 * no node. Each subclass says what a leaf gives in {@link #leaf}, and handles each other node type in its own
 * {@code visit} method, so a new node type still fails to compile in each subclass until it is handled here as a
 * leaf or there.
 *
 * @param <R> the result type
 */
abstract class ContainerVisitor<R> implements Visitor<R> {

    /**
     * Visits a node that holds no other node.
     *
     * @param leaf the node
     * @return the result
     */
    abstract R leaf(Node leaf);

    /**
     * Visits a node whose only children are its inline content: a paragraph, table cell, link, image, emphasis,
     * strong emphasis or strikethrough. (A list item holds blocks too, so it has a {@code visit} method of its own.)
     *
     * @param holder the node
     * @param <N>    its type
     * @return the result
     */
    abstract <N extends Node & InlineContent> R content(N holder);

    @Override
    public final R visit(Paragraph paragraph) {
        return content(paragraph);
    }

    @Override
    public final R visit(TableCell tableCell) {
        return content(tableCell);
    }

    @Override
    public final R visit(Link link) {
        return content(link);
    }

    @Override
    public final R visit(Image image) {
        return content(image);
    }

    @Override
    public final R visit(Emphasis emphasis) {
        return content(emphasis);
    }

    @Override
    public final R visit(Strong strong) {
        return content(strong);
    }

    @Override
    public final R visit(Strikethrough strikethrough) {
        return content(strikethrough);
    }

    @Override
    public final R visit(FrontMatter frontMatter) {
        return leaf(frontMatter);
    }

    @Override
    public final R visit(HeadCount headCount) {
        return leaf(headCount);
    }

    @Override
    public final R visit(CodeBlock codeBlock) {
        return leaf(codeBlock);
    }

    @Override
    public final R visit(Comment comment) {
        return leaf(comment);
    }

    @Override
    public final R visit(ThematicBreak thematicBreak) {
        return leaf(thematicBreak);
    }

    @Override
    public final R visit(Text text) {
        return leaf(text);
    }

    @Override
    public final R visit(SoftBreak softBreak) {
        return leaf(softBreak);
    }

    @Override
    public final R visit(Code code) {
        return leaf(code);
    }

    @Override
    public final R visit(BareUrl bareUrl) {
        return leaf(bareUrl);
    }

    @Override
    public final R visit(Emoji emoji) {
        return leaf(emoji);
    }

    @Override
    public final R visit(Mention mention) {
        return leaf(mention);
    }
}
