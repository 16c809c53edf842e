package org.minutes.sdk.ast;

/**
 * A block-level node whose own text is one run of inline content: a paragraph (D8), a list item's text (D38) or a
 * table cell (D28). Emphasis and links inside it are part of that text.
 */
sealed interface InlineText extends InlineContent permits Paragraph, ListItem, TableCell {
}
