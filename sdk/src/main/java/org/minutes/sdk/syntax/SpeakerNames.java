package org.minutes.sdk.syntax;

/**
 * The shape of a name speaker (D91): one or two words of letters, {@code -}, {@code '} or {@code .}, or a GitHub
 * handle without {@code @} (letters, digits, inner hyphens). Whether the name is a speaker depends on the attendee
 * list, which is no lexical fact: that is the semantics' question.
 */
public final class SpeakerNames {

    private SpeakerNames() {
    }

    /**
     * Tells whether a text has the shape of a name speaker (D91). The shape, as a regular expression, is
     * {@code W(?:[ \t\u00A0]W)?} with {@code W = [\p{L}'.-]*\p{L}[\p{L}'.-]*}, or a handle
     * {@code [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?}; it is checked by a scan, as every item's first line asks.
     *
     * @param text the name as written, without delimiters or emphasis
     * @return whether it is one or two words of letters, {@code -}, {@code '} or {@code .} (one WS between them), or
     *         a handle without {@code @}
     */
    public static boolean isName(CharSequence text) {
        return isWords(text) || isHandle(text);
    }

    /** One or two words of letters, {@code '}, {@code .} and {@code -}, each holding a letter, one WS between. */
    private static boolean isWords(CharSequence text) {
        int words = 0;
        boolean letter = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || cp == '\'' || cp == '.' || cp == '-') {
                inWord = true;
                letter |= Character.isLetter(cp);
            } else if (Whitespace.is(cp) && inWord && letter && words == 0) {
                words = 1;
                inWord = false;
                letter = false;
            } else {
                return false;
            }
        }
        return inWord && letter;
    }

    /** A GitHub handle without {@code @}: ASCII letters and digits, inner hyphens. */
    private static boolean isHandle(CharSequence text) {
        int n = text.length();
        if (n == 0 || !isAsciiLetterOrDigit(text.charAt(0)) || !isAsciiLetterOrDigit(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            if (!isAsciiLetterOrDigit(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
