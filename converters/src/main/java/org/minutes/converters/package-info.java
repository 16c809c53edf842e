/**
 * Converters for the Minutes AST: {@link org.minutes.converters.json JSON}, {@link org.minutes.converters.ical
 * iCalendar} and {@link org.minutes.converters.markdown Markdown}; {@link org.minutes.converters.Documents} edits
 * documents through the AST. The {@code minutes} command line lives in the {@code minutes-cli} artifact.
 */
package org.minutes.converters;
