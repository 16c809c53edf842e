/**
 * The immutable meeting-notes AST: sealed interfaces over records, compared structurally (D70).
 *
 * <p>{@link org.minutes.sdk.ast.Node} is sealed over the document parts, {@link org.minutes.sdk.ast.Block} and
 * {@link org.minutes.sdk.ast.Inline}. Records hold no positions (see {@link org.minutes.sdk.SourceMap}) and no
 * nulls; absence is an {@link java.util.Optional}, an empty list or an empty string. Traverse with a
 * {@link org.minutes.sdk.ast.Visitor}, a {@link org.minutes.sdk.ast.DescendingVisitor} or
 * {@link org.minutes.sdk.ast.Nodes#walk}; an {@link org.minutes.sdk.ast.InlineVisitor} handles inline content only,
 * a {@link org.minutes.sdk.ast.BlockVisitor} everything above it, and {@link org.minutes.sdk.ast.PlainText} writes
 * inline content as its plain text (D54).
 *
 * <p>A {@link org.minutes.sdk.ast.Document} also answers what it means (D66–D68): its
 * {@link org.minutes.sdk.ast.Semantics}, recognised once when it is built, hold the
 * {@link org.minutes.sdk.ast.AttendeeBlock}s, {@link org.minutes.sdk.ast.ActionItem}s,
 * {@link org.minutes.sdk.ast.Decision}s and {@link org.minutes.sdk.ast.Finding}s. The semantic records that point at
 * nodes live here, beside the nodes; the plain values ({@code Attendee}, {@code Schedule}) live in
 * {@code org.minutes.sdk.model}, which depends on nothing. Lexical facts come from {@code org.minutes.sdk.syntax}.
 */
package org.minutes.sdk.ast;
