package org.minutes.sdk.ast;

/**
 * A node of the meeting-notes AST.
 *
 * <p>Every node is a deeply immutable record compared structurally: two nodes are equal when they hold equal
 * parts, wherever they came from (D70). Positions are not part of a node; a {@link org.minutes.sdk.SourceMap}
 * maps each parsed node to its span.
 */
public sealed interface Node permits Document, FrontMatter, Title, Section, Block, ListItem, TableRow, TableCell,
        Inline {

    /**
     * Calls the {@code visit} method of {@code visitor} that matches this node's type.
     *
     * @param visitor the visitor
     * @param <R>     the visitor's result type
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);
}
