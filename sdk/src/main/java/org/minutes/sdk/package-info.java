/**
 * The Minutes SDK: {@link org.minutes.sdk.MinutesParser} turns meeting notes into a
 * {@link org.minutes.sdk.ParseResult}: an immutable {@link org.minutes.sdk.ast.Document}, a
 * {@link org.minutes.sdk.SourceMap} and {@link org.minutes.sdk.Diagnostic}s. Rules cited as D1–D83 are those of the
 * dialect reference, {@code DIALECT.md}.
 */
package org.minutes.sdk;
