package org.minutes.sdk.ast;

/**
 * A visitor over every node type: one {@code visit} method per record, so that a new node type fails to compile
 * in every visitor. {@link DescendingVisitor} descends into children for visitors that care about a few types.
 *
 * @param <R> the result type
 */
public interface Visitor<R> {

    /**
     * Visits a {@link Document}.
     *
     * @param document the node
     * @return the result
     */
    R visit(Document document);

    /**
     * Visits a {@link FrontMatter}.
     *
     * @param frontMatter the node
     * @return the result
     */
    R visit(FrontMatter frontMatter);

    /**
     * Visits a {@link Title}.
     *
     * @param title the node
     * @return the result
     */
    R visit(Title title);

    /**
     * Visits a {@link Section}.
     *
     * @param section the node
     * @return the result
     */
    R visit(Section section);

    /**
     * Visits a {@link Paragraph}.
     *
     * @param paragraph the node
     * @return the result
     */
    R visit(Paragraph paragraph);

    /**
     * Visits a {@link HeadCount}.
     *
     * @param headCount the node
     * @return the result
     */
    R visit(HeadCount headCount);

    /**
     * Visits a {@link ListBlock}.
     *
     * @param listBlock the node
     * @return the result
     */
    R visit(ListBlock listBlock);

    /**
     * Visits a {@link ListItem}.
     *
     * @param listItem the node
     * @return the result
     */
    R visit(ListItem listItem);

    /**
     * Visits a {@link Table}.
     *
     * @param table the node
     * @return the result
     */
    R visit(Table table);

    /**
     * Visits a {@link TableRow}.
     *
     * @param tableRow the node
     * @return the result
     */
    R visit(TableRow tableRow);

    /**
     * Visits a {@link TableCell}.
     *
     * @param tableCell the node
     * @return the result
     */
    R visit(TableCell tableCell);

    /**
     * Visits a {@link CodeBlock}.
     *
     * @param codeBlock the node
     * @return the result
     */
    R visit(CodeBlock codeBlock);

    /**
     * Visits a {@link Comment}.
     *
     * @param comment the node
     * @return the result
     */
    R visit(Comment comment);

    /**
     * Visits a {@link BlockQuote}.
     *
     * @param blockQuote the node
     * @return the result
     */
    R visit(BlockQuote blockQuote);

    /**
     * Visits a {@link ThematicBreak}.
     *
     * @param thematicBreak the node
     * @return the result
     */
    R visit(ThematicBreak thematicBreak);

    /**
     * Visits a {@link Text}.
     *
     * @param text the node
     * @return the result
     */
    R visit(Text text);

    /**
     * Visits a {@link SoftBreak}.
     *
     * @param softBreak the node
     * @return the result
     */
    R visit(SoftBreak softBreak);

    /**
     * Visits a {@link Code}.
     *
     * @param code the node
     * @return the result
     */
    R visit(Code code);

    /**
     * Visits a {@link Link}.
     *
     * @param link the node
     * @return the result
     */
    R visit(Link link);

    /**
     * Visits a {@link Image}.
     *
     * @param image the node
     * @return the result
     */
    R visit(Image image);

    /**
     * Visits a {@link BareUrl}.
     *
     * @param bareUrl the node
     * @return the result
     */
    R visit(BareUrl bareUrl);

    /**
     * Visits a {@link Emphasis}.
     *
     * @param emphasis the node
     * @return the result
     */
    R visit(Emphasis emphasis);

    /**
     * Visits a {@link Strong}.
     *
     * @param strong the node
     * @return the result
     */
    R visit(Strong strong);

    /**
     * Visits a {@link Strikethrough}.
     *
     * @param strikethrough the node
     * @return the result
     */
    R visit(Strikethrough strikethrough);

    /**
     * Visits a {@link Emoji}.
     *
     * @param emoji the node
     * @return the result
     */
    R visit(Emoji emoji);

    /**
     * Visits a {@link Mention}.
     *
     * @param mention the node
     * @return the result
     */
    R visit(Mention mention);
}
