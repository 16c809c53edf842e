/**
 * Converters for the Minutes AST: {@link org.minutes.converters.json JSON}, {@link org.minutes.converters.ical
 * iCalendar} and {@link org.minutes.converters.markdown Markdown}. Documents are edited through the AST with
 * {@link org.minutes.sdk.ast.Documents}. The {@code minutes} command line lives in the {@code minutes-cli} artifact.
 *
 * <p>The converters share one shape: a {@link org.minutes.converters.DocumentConverter} takes a document and gives
 * text, as a {@code String} ({@code convert}) or appended to a writer ({@code write}); a format that holds many
 * documents in one output, as the calendar does, is a {@link org.minutes.converters.MultiDocumentConverter}
 * ({@code convertAll}, {@code writeAll}).
 */
package org.minutes.converters;
