package org.minutes.sdk.syntax;

/**
 * List item markers (D37): {@code -} or {@code *}, or 1–9 ASCII digits and {@code .}, then WS or the end of the line.
 * {@code N)} and markers without WS after them are text.
 *
 * <p>The marker {@code +} that D37 gained in its 2026-12 amendment is not yet read by the lexer; it joins here and
 * in the grammar together.
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
        return length(text, at, end, false);
    }

    /**
     * Measures a list marker as D37 reads since its 2026-12 amendment, {@code +} included. The lexer does not read
     * {@code +} yet ({@link #length} answers as it does); writers ask this one, so that a {@code +} they write as text
     * stays text for readers that follow the amendment, CommonMark among them.
     *
     * @param text the text
     * @param at   where the marker would start
     * @param end  where the line ends (exclusive); a line terminator before it ends the line too
     * @return the marker's length without the WS after it, or 0 when no marker stands at {@code at}
     */
    public static int lengthAsAmended(CharSequence text, int at, int end) {
        return length(text, at, end, true);
    }

    private static int length(CharSequence text, int at, int end, boolean plus) {
        if (at >= end) {
            return 0;
        }
        char c = text.charAt(at);
        int i = at;
        if (c == '-' || c == '*' || plus && c == '+') {
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
}
