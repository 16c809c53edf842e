package org.minutes.sdk.ast;

import java.util.List;

/**
 * A node that holds a run of inline content (D54): the text of a paragraph, item or cell ({@link InlineText}), the
 * content of emphasis ({@link Delimited}) or the text of a link or image ({@link Linked}). One method serves them
 * where they are alike, in place of a chain of type tests; sealed, so a new holder of inline content is added here.
 */
sealed interface InlineContent permits InlineText, Delimited, Linked {

    /** {@return the inline content} */
    List<Inline> content();

    /**
     * Builds the same node with other inline content.
     *
     * @param content the new content
     * @return a node of this type, its other components unchanged
     * @throws IllegalArgumentException when the content breaks the node's invariants
     */
    Node withContent(List<Inline> content);
}
