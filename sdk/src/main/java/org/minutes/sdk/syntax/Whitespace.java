package org.minutes.sdk.syntax;

/**
 * White space as the dialect counts it for structure (D3): space, tab and NBSP, nothing else. Inside text NBSP is
 * preserved; Java's {@link String#strip()} and {@code \\s} do not count it, so every structural decision asks here.
 */
public final class Whitespace {

    /** One WS character as a regular-expression character class, for patterns that spell a rule out (D3). */
    public static final String CLASS = "[ \\t\\u00A0]";

    private Whitespace() {
    }

    /** {@return whether {@code c} is space, tab or NBSP} */
    public static boolean is(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** {@return the index of the first non-WS character at or after {@code from}, or the length} */
    public static int skip(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@return the index after the last non-WS character before {@code end}, not below {@code from}} */
    public static int trimEnd(CharSequence text, int from, int end) {
        int i = end;
        while (i > from && is(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@return the text without leading and trailing WS (NBSP included, unlike {@link String#strip()})} */
    public static String trim(String text) {
        int start = skip(text, 0);
        return text.substring(start, trimEnd(text, start, text.length()));
    }

    /**
     * Tells whether a token ends at {@code index} (D5, D45, D49): WS, a line end or the end of the text follows it, as
     * after a list marker, a checkbox or a speaker prefix.
     *
     * @param text  the text
     * @param index the index just after the token
     * @return whether the end of the text, WS, {@code \n} or {@code \r} stands there
     */
    public static boolean endsToken(CharSequence text, int index) {
        if (index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return is(c) || c == '\n' || c == '\r';
    }

    /** {@return whether the text is empty or only WS} */
    public static boolean isBlank(CharSequence text) {
        return skip(text, 0) == text.length();
    }
}
