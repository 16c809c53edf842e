package org.minutes.sdk.syntax;

/**
 * List item markers (D37): {@code -}, {@code *} or {@code +} (since the 2026-12 amendment), or 1–9 ASCII digits and
 * {@code .}, then WS or the end of the line. {@code N)} and markers without WS after them are text.
 */
public final class ListMarkers {

    /** D37: at most nine digits, so that an ordered marker's number fits an {@code int}. */
    public static final int MAX_DIGITS = 9;

    private ListMarkers() {
    }

    /**
     * Measures a list marker (D37).
     *
     * @param text the text
     * @param at   where the marker would start
     * @param end  where the line ends (exclusive); a line terminator before it ends the line too
     * @return the marker's length without the WS after it ({@code 1} for {@code -}, {@code 3} for {@code 12.}), or 0
     *         when no marker stands at {@code at}
     */
    public static int length(CharSequence text, int at, int end) {
        if (at >= end) {
            return 0;
        }
        char c = text.charAt(at);
        int i = at;
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else {
            while (i < end && i - at < MAX_DIGITS && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == at || i >= end || text.charAt(i) != '.') {
                return 0;
            }
            i++;
        }
        return i == end || Whitespace.endsToken(text, i) ? i - at : 0;
    }

    /**
     * Measures a list marker as D37 reads since its 2026-12 amendment, {@code +} included: the same answer as
     * {@link #length}, now that the lexer reads {@code +} too; writers ask this one.
     *
     * @param text the text
     * @param at   where the marker would start
     * @param end  where the line ends (exclusive); a line terminator before it ends the line too
     * @return the marker's length without the WS after it, or 0 when no marker stands at {@code at}
     */
    public static int lengthAsAmended(CharSequence text, int at, int end) {
        return length(text, at, end);
    }
}
