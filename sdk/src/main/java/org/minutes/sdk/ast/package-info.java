/**
 * The immutable meeting-notes AST: sealed interfaces over records, compared structurally (D70).
 *
 * <p>{@link org.minutes.sdk.ast.Node} is sealed over the document parts, {@link org.minutes.sdk.ast.Block} and
 * {@link org.minutes.sdk.ast.Inline}. Records hold no positions (see {@link org.minutes.sdk.SourceMap}) and no
 * nulls; absence is an {@link java.util.Optional}, an empty list or an empty string. Traverse with a
 * {@link org.minutes.sdk.ast.Visitor}, a {@link org.minutes.sdk.ast.DescendingVisitor} or
 * {@link org.minutes.sdk.ast.Nodes#walk}.
 */
package org.minutes.sdk.ast;
