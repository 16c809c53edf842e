package org.minutes.converters.markdown;

import java.util.List;
import java.util.Optional;

import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.Node;

/**
 * Where the block renderer may take source text instead of rendering canonically (D73). The canonical renderer
 * uses {@link #NONE}; the edit-preserving renderer answers from the source map.
 */
interface Hooks {

    /** No source: everything is rendered canonically. */
    Hooks NONE = new Hooks() {
    };

    /**
     * Returns the node whose style (D71) a node is written in: the original node it stands in place of (D73), else
     * the node itself.
     *
     * @param node a node being written
     * @param <T>  its type; an origin has the same type
     * @return the node to look its style up by
     */
    default <T extends Node> T origin(T node) {
        return node;
    }

    /**
     * Returns the source slice of an unchanged node.
     *
     * @param node the node
     * @return its slice, trivia inside it included, or empty to render it
     */
    default Optional<String> slice(Node node) {
        return Optional.empty();
    }

    /**
     * Returns the source trivia between two consecutive siblings (line ends, blank lines, indentation, trivia rows),
     * when both stand for nodes that were adjacent siblings in the source.
     *
     * @param previous the earlier sibling
     * @param next     the later sibling
     * @return the trivia, or empty to write a canonical separator
     */
    default Optional<String> gap(Node previous, Node next) {
        return Optional.empty();
    }

    /**
     * Returns the source trivia between the head line of a container (item text, heading) and its first block.
     *
     * @param container the item or section
     * @param first     its first block
     * @return the trivia, or empty to write a canonical separator
     */
    default Optional<String> headGap(Node container, Node first) {
        return Optional.empty();
    }

    /**
     * Returns the source of inline content that is unchanged, as a whole.
     *
     * @param owner   the changed node holding the content
     * @param content the content
     * @return the source from the first inline to the last, or empty to render it
     */
    default Optional<String> inlines(Node owner, List<Inline> content) {
        return Optional.empty();
    }

    /**
     * Returns the heading line of a changed section taken from its source, when its level and heading are unchanged.
     *
     * @param section the changed section
     * @return the heading line as written, without its line end, or empty to render it canonically
     */
    default Optional<String> sectionHead(Section section) {
        return Optional.empty();
    }

    /**
     * Returns the head of a changed list item taken from its source: marker, checkbox and speaker prefix as
     * written, with only a changed checkbox letter replaced.
     *
     * @param item the changed item
     * @return the head with the white space that followed it, or empty to render it canonically
     */
    default Optional<String> itemHead(ListItem item) {
        return Optional.empty();
    }

    /**
     * Returns the line prefix of a changed list's items, from its original indentation.
     *
     * @param list a changed list
     * @return the absolute prefix, or empty to indent canonically
     */
    default Optional<String> prefix(ListBlock list) {
        return Optional.empty();
    }

    /**
     * Returns the line prefix for the lines nested in a changed item, from its original indentation.
     *
     * @param item a changed item
     * @return the absolute prefix, or empty to indent canonically
     */
    default Optional<String> prefix(ListItem item) {
        return Optional.empty();
    }

    /**
     * Returns the text before the first node of a changed document (a BOM, blank lines).
     *
     * @param first the document's first child
     * @return the source text, or empty for none
     */
    default Optional<String> documentStart(Node first) {
        return Optional.empty();
    }

    /**
     * Returns the text after the last node of a changed document (its final line end, or none).
     *
     * @param last the document's last child
     * @return the source text, or empty for a canonical final line end
     */
    default Optional<String> documentEnd(Node last) {
        return Optional.empty();
    }
}
