/**
 * Converters for the Minutes AST: {@link org.minutes.converters.json JSON}, {@link org.minutes.converters.ical
 * iCalendar}, {@link org.minutes.converters.markdown Markdown}, and the {@link org.minutes.converters.cli minutes}
 * command line; {@link org.minutes.converters.Documents} edits documents through the AST.
 */
package org.minutes.converters;
