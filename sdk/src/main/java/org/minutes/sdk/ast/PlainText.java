package org.minutes.sdk.ast;

import java.util.List;

/**
 * Writes inline content as its plain text (D54): markup dropped; text, code content, the text of links and images,
 * URLs, {@code :name:} and {@code @handle} as written; one space per soft break. {@link Inlines#plainText} is this
 * visitor; a subclass overrides the inline types it shows otherwise (say, a link followed by its destination) and
 * inherits D54 for the rest.
 *
 * <pre>{@code
 * String text = new PlainText().append(paragraph.content()).text();
 * }</pre>
 */
public class PlainText extends InlineVisitor<Void> {

    private final StringBuilder out = new StringBuilder();

    /** Starts with no text. */
    public PlainText() {
    }

    /**
     * Appends the plain text of inline content.
     *
     * @param content the inline content
     * @return this
     */
    public final PlainText append(List<Inline> content) {
        content.forEach(inline -> inline.accept(this));
        return this;
    }

    /**
     * Appends text as it stands, for subclasses that show a node otherwise.
     *
     * @param text the text
     * @return this
     */
    protected final PlainText append(String text) {
        out.append(text);
        return this;
    }

    /** {@return the text appended so far} */
    public final String text() {
        return out.toString();
    }

    @Override
    public Void visit(Text text) {
        append(text.literal());
        return null;
    }

    @Override
    public Void visit(SoftBreak softBreak) {
        append(" ");
        return null;
    }

    @Override
    public Void visit(Code code) {
        append(code.literal());
        return null;
    }

    @Override
    public Void visit(Link link) {
        append(link.content());
        return null;
    }

    @Override
    public Void visit(Image image) {
        append(image.content());
        return null;
    }

    @Override
    public Void visit(BareUrl bareUrl) {
        append(bareUrl.url());
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        append(emphasis.content());
        return null;
    }

    @Override
    public Void visit(Strong strong) {
        append(strong.content());
        return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
        append(strikethrough.content());
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        append(":" + emoji.name() + ":");
        return null;
    }

    @Override
    public Void visit(Mention mention) {
        append("@" + mention.path());
        return null;
    }
}
