package org.minutes.sdk.syntax;

/**
 * The character-level rules of bare URLs (D57): {@code http://} or {@code https://} (any case) runs to the next WS,
 * {@code <}, {@code >} or line end; then the trailers {@code .,;:!?'"*_~} are stripped from its end repeatedly, as is
 * a final {@code )} or {@code ]} without partner inside it. The parser finds URLs with these, the AST checks that a
 * {@code BareUrl} reads back as itself with them, and renderers ask them where a URL's run would end.
 */
public final class BareUrls {

    /**
     * D57's trailers: what the end of a URL's raw extent loses, repeatedly. A final {@code )} or {@code ]} is lost too,
     * but only without a partner inside the URL (see {@link #strip}).
     */
    public static final String TRAILERS = ".,;:!?'\"*_~";

    private BareUrls() {
    }

    /**
     * Measures the scheme at {@code start}.
     *
     * @param text  the text
     * @param start where the candidate starts
     * @return 7 for {@code http://}, 8 for {@code https://} (any case), 0 otherwise
     */
    public static int schemeLength(CharSequence text, int start) {
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
    public static boolean isStop(char c) {
        return Whitespace.is(c) || c == '<' || c == '>' || c == '\n';
    }

    /**
     * Tells whether a character is one of D57's trailers, which a URL's end always loses.
     *
     * @param c the character
     * @return whether it is one of {@code .,;:!?'"*_~}
     */
    public static boolean isTrailer(char c) {
        return TRAILERS.indexOf(c) >= 0;
    }

    /**
     * Tells whether a URL's end may lose this character (D57): a trailer always, a {@code )} or {@code ]} when it has
     * no partner inside the URL. Text of only such characters right after a URL is read as what its end lost, so a
     * writer keeps it as written there: an escaping backslash would stay inside the URL.
     *
     * @param c the character
     * @return whether it is one of {@code .,;:!?'"*_~)]}
     */
    public static boolean mayShed(char c) {
        return isTrailer(c) || c == ')' || c == ']';
    }

    /**
     * Tells whether a text ends with a scheme's name, {@code http} or {@code https} in any case (D57): followed by
     * {@code ://}, its end would start a bare URL.
     *
     * @param text the text before {@code ://}
     * @return whether it ends with {@code http} or {@code https}
     */
    public static boolean endsWithSchemeName(CharSequence text) {
        int n = text.length();
        return n >= 4 && schemeLength(text.subSequence(n - 4, n) + "://", 0) > 0
                || n >= 5 && schemeLength(text.subSequence(n - 5, n) + "://", 0) > 0;
    }

    /**
     * Tells whether a URL reads back as itself (D57): written bare, its end loses nothing.
     *
     * @param url the URL, from its scheme to its end
     * @return whether stripping keeps every character
     */
    public static boolean keepsItsEnd(String url) {
        return strip(url, 0, url.length()) == url.length();
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
    public static int strip(CharSequence text, int start, int end) {
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
            if (isTrailer(c)) {
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
