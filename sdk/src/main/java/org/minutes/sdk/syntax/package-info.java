/**
 * The dialect's lexical vocabulary: one home for every character- and string-level fact of the notes dialect, asked by
 * the parser, the AST's invariant checks, the semantic model and the renderers alike, so that they cannot disagree.
 *
 * <ul>
 * <li>{@link org.minutes.sdk.syntax.Whitespace}: WS is space, tab and NBSP (D3).</li>
 * <li>{@link org.minutes.sdk.syntax.BlockOpeners}: headings, fence openers and thematic breaks (D13, D63, D65).</li>
 * <li>{@link org.minutes.sdk.syntax.ListMarkers}: item markers (D37);
 *     {@link org.minutes.sdk.syntax.Depths}: the list depth cap (D41) and the inline nesting guard (D6).</li>
 * <li>{@link org.minutes.sdk.syntax.Checkboxes}: checkbox and malformed-checkbox shapes (D45, D46).</li>
 * <li>{@link org.minutes.sdk.syntax.Initials}: initials tokens and the stop list (D48–D52);
 *     {@link org.minutes.sdk.syntax.SpeakerPrefixes}: speaker prefixes (D47–D52).</li>
 * <li>{@link org.minutes.sdk.syntax.BareUrls}: URL schemes, stops and trailers (D57);
 *     {@link org.minutes.sdk.syntax.Shortcodes}: emoji shortcodes (D59);
 *     {@link org.minutes.sdk.syntax.Mentions}: mentions (D60);
 *     {@link org.minutes.sdk.syntax.Escapes}: backslash escapes (D61).</li>
 * <li>{@link org.minutes.sdk.syntax.TitleShapes}: the draft marker and date token of a title (D15).</li>
 * <li>{@link org.minutes.sdk.syntax.TableRows}: delimiter rows and cells (D27).</li>
 * <li>{@link org.minutes.sdk.syntax.HeadCounts}: head-count lines (D36).</li>
 * <li>{@link org.minutes.sdk.syntax.SectionHeadings}: section kinds from heading text (D24, D25).</li>
 * <li>{@link org.minutes.sdk.syntax.AttendeeEntryShapes}: attendee entry shapes (D26, D32–D35).</li>
 * </ul>
 *
 * <p>The package depends on no other package of the SDK; {@code ast} and {@code internal} depend on it. Every class is
 * stateless and thread-safe. The rules are cited by their numbers in the dialect reference.
 */
package org.minutes.sdk.syntax;
