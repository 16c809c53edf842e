/**
 * The Minutes SDK: {@link org.minutes.sdk.MinutesParser} turns meeting notes into a
 * {@link org.minutes.sdk.ParseResult}: an immutable {@link org.minutes.sdk.ast.Document}, a
 * {@link org.minutes.sdk.SourceMap} and {@link org.minutes.sdk.diagnostic.Diagnostic}s. Rules cited as D1–D96
 * are those of the dialect reference, {@code docs/dialect.md} in the repository (also in this jar as
 * {@code META-INF/minutes/dialect.md}), which restates the normative {@code DIALECT.md} with its examples.
 */
package org.minutes.sdk;
