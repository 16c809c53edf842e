/**
 * Markdown renderers: {@link org.minutes.converters.markdown.MarkdownRenderer} writes canonical Markdown that parses
 * back to an equal document (D71, D72); {@link org.minutes.converters.markdown.EditPreservingRenderer} re-emits the
 * source of every unchanged node, so an untouched document comes back byte for byte (D73).
 */
package org.minutes.converters.markdown;
