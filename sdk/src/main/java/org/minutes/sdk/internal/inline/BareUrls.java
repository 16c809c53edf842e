package org.minutes.sdk.internal.inline;

/** The character-level rules of bare URLs (D57). */
final class BareUrls {

    private BareUrls() {
    }

    /**
     * Measures the scheme at {@code start}.
     *
     * @param text  the text
     * @param start where the candidate starts
     * @return 7 for {@code http://}, 8 for {@code https://} (any case), 0 otherwise
     */
    static int schemeLength(CharSequence text, int start) {
        if (matches(text, start, "http://")) {
            return 7;
        }
        return matches(text, start, "https://") ? 8 : 0;
    }

    private static boolean matches(CharSequence text, int start, String lowerCase) {
        if (start + lowerCase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a character ends a URL's raw extent (D57): WS, {@code <}, {@code >} or a line end.
     *
     * @param c the character
     * @return whether it ends the URL
     */
    static boolean isStop(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '<' || c == '>' || c == '\n';
    }

    /**
     * Strips the end of a URL's raw extent (D57): {@code .,;:!?'"*_~} repeatedly, and a final {@code )} or
     * {@code ]} that has no partner inside the URL. Runs in time linear in the URL's length.
     *
     * @param text  the text
     * @param start the URL's first character
     * @param end   the end of its raw extent
     * @return the end of the URL
     */
    static int strip(CharSequence text, int start, int end) {
        int openParens = 0;
        int closeParens = 0;
        int openBrackets = 0;
        int closeBrackets = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                openParens++;
            } else if (c == ')') {
                closeParens++;
            } else if (c == '[') {
                openBrackets++;
            } else if (c == ']') {
                closeBrackets++;
            }
        }
        while (end > start) {
            char c = text.charAt(end - 1);
            if (".,;:!?'\"*_~".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && closeParens > openParens) {
                closeParens--;
                end--;
            } else if (c == ']' && closeBrackets > openBrackets) {
                closeBrackets--;
                end--;
            } else {
                break;
            }
        }
        return end;
    }
}
