package org.minutes.sdk.syntax;

/**
 * Lines that open block syntax by their first characters (D8): headings (D13), fence openers (D63) and thematic breaks
 * (D65). The lexer spells these rules as its {@code HEADING}, {@code FENCE_OPEN} and {@code THEMATIC_BREAK} tokens;
 * this class states the same rules for the code that writes lines, and a test holds the two together. Each method
 * takes the line from its first non-indent character.
 */
public final class BlockOpeners {

    /** D13: the deepest heading level. */
    public static final int MAX_HEADING_LEVEL = 6;

    private BlockOpeners() {
    }

    /**
     * Tells whether a line opens a heading (D13): 1–6 {@code #}, then WS or the end of the line.
     *
     * @param line the line
     * @return whether it does
     */
    public static boolean isHeading(CharSequence line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n >= 1 && n <= MAX_HEADING_LEVEL && Whitespace.endsToken(line, n);
    }

    /**
     * Tells whether a line opens a fence (D63): three or more backticks with no backtick after them on the line, or
     * three or more tildes.
     *
     * @param line the line
     * @return whether it does
     */
    public static boolean isFenceOpener(CharSequence line) {
        if (startsWith(line, '~', 3)) {
            return true;
        }
        int n = 0;
        while (n < line.length() && line.charAt(n) == '`') {
            n++;
        }
        if (n < 3) {
            return false;
        }
        for (int i = n; i < line.length(); i++) {
            if (line.charAt(i) == '`') {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a line is a thematic break (D65): three or more of the same {@code *}, {@code -} or {@code _},
     * optionally separated by WS, and nothing else.
     *
     * @param line the line
     * @return whether it is
     */
    public static boolean isThematicBreak(CharSequence line) {
        if (line.length() == 0) {
            return false;
        }
        char c = line.charAt(0);
        if (c != '*' && c != '-' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char d = line.charAt(i);
            if (d == c) {
                count++;
            } else if (!Whitespace.is(d)) {
                return false;
            }
        }
        return count >= 3;
    }

    private static boolean startsWith(CharSequence line, char c, int count) {
        if (line.length() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
