/**
 * Markdown renderers: {@link org.minutes.converters.markdown.MarkdownRenderer} writes canonical Markdown in an
 * author's {@link org.minutes.converters.markdown.MarkdownStyle} that parses back to an equal document (D71, D72);
 * {@link org.minutes.converters.markdown.EditPreservingRenderer} re-emits the source of every unchanged node, so an
 * untouched document comes back byte for byte (D73). Neither parses: each escape is decided by asking what a spelling
 * would mean (the package's {@code Lexicon}), and re-parsing is left to the tests as their oracle.
 */
package org.minutes.converters.markdown;
