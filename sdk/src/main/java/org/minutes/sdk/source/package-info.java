/**
 * Places in the source text: {@link org.minutes.sdk.source.Span} (UTF-16 offsets) and
 * {@link org.minutes.sdk.source.Position} (1-based line and column). The AST itself holds no positions (D70): two
 * documents that differ only in layout compare equal; {@link org.minutes.sdk.SourceMap} says where each node of a
 * parsed document came from.
 */
package org.minutes.sdk.source;
