package org.minutes.sdk.ast;

/**
 * A visitor of a document's structure above inline content: the document, front matter, title, sections, blocks,
 * list items, table rows and cells. It must handle each of those records, so a new one fails to compile in each
 * subclass until handled; an {@link Inline} never reaches one (inline content is {@link InlineVisitor}'s), and if
 * it did, it is refused loudly rather than skipped. No default: it only takes the visit methods of the inline types
 * off its subclasses.
 *
 * @param <R> the result type
 */
public abstract class BlockVisitor<R> implements Visitor<R> {

    /** For subclasses. */
    protected BlockVisitor() {
    }

    private static IllegalStateException notStructural(Inline inline) {
        return new IllegalStateException(inline.getClass().getSimpleName() + " is inline content, no block");
    }

    @Override
    public final R visit(Text text) {
        throw notStructural(text);
    }

    @Override
    public final R visit(SoftBreak softBreak) {
        throw notStructural(softBreak);
    }

    @Override
    public final R visit(Code code) {
        throw notStructural(code);
    }

    @Override
    public final R visit(Link link) {
        throw notStructural(link);
    }

    @Override
    public final R visit(Image image) {
        throw notStructural(image);
    }

    @Override
    public final R visit(BareUrl bareUrl) {
        throw notStructural(bareUrl);
    }

    @Override
    public final R visit(Emphasis emphasis) {
        throw notStructural(emphasis);
    }

    @Override
    public final R visit(Strong strong) {
        throw notStructural(strong);
    }

    @Override
    public final R visit(Strikethrough strikethrough) {
        throw notStructural(strikethrough);
    }

    @Override
    public final R visit(Emoji emoji) {
        throw notStructural(emoji);
    }

    @Override
    public final R visit(Mention mention) {
        throw notStructural(mention);
    }
}
