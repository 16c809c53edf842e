package org.minutes.sdk.internal.inline;

/**
 * One line's worth of inline source: its text (no line end) and the UTF-16 offset of its first character in the
 * whole source. Consecutive segments are separated by a soft break (D42).
 *
 * @param text   the text
 * @param offset where {@code text} starts in the source
 */
public record Segment(String text, int offset) {
}
