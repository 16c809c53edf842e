/**
 * HTML for meeting notes (issue 8): {@link org.minutes.converters.html.HtmlConverter} writes one note as semantic,
 * accessible HTML5, a standalone page or a fragment ({@link org.minutes.converters.html.HtmlOptions});
 * {@link org.minutes.converters.html.Site} writes a static site of an {@link org.minutes.sdk.archive.Archive}: an
 * index by year with attendance charts, a page per meeting and per person, an action-item board and a decisions log.
 *
 * <p>Every text of the notes is escaped, and links keep only {@code http}, {@code https}, {@code mailto} and relative
 * destinations, so no markup or script of the notes reaches a page. Pages hold no script and load nothing from
 * elsewhere: the stylesheet is embedded and charts are inline SVG. The renderers read the AST and the archive only;
 * they never call the parser.
 */
package org.minutes.converters.html;
