/**
 * Converters for the Minutes AST: {@link org.minutes.converters.json JSON}, {@link org.minutes.converters.ical
 * iCalendar}, {@link org.minutes.converters.markdown Markdown}, and the {@link org.minutes.converters.cli minutes}
 * command line. Documents are edited through the AST with {@link org.minutes.sdk.ast.Documents}.
 */
package org.minutes.converters;
