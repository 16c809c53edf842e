package org.minutes.sdk.syntax;

import java.util.regex.Pattern;

/**
 * White space and line ends as the dialect counts them, the one notion the parser and every AST check share: WS is
 * space, tab and NBSP (D3, D5), a line end is LF, CRLF or CR (D2), and every other character is text, U+2028, U+2029,
 * U+0085, U+000B, U+000C, U+1680 and U+2000–U+200A included. Java's {@link String#strip()}, {@link String#trim()},
 * {@link String#isBlank()}, {@link Character#isWhitespace(int)} and {@code \\s} disagree with both halves (they
 * skip those separators and keep NBSP), and a regular expression's {@code .} and {@code $} take U+2028, U+2029 and
 * U+0085 for line ends; so every structural decision asks here, and every pattern is compiled by
 * {@link #compile(String, int)}.
 */
public final class Whitespace {

    /** One WS character as a regular-expression character class, for patterns that spell a rule out (D3). */
    public static final String CLASS = "[ \\t\\u00A0]";

    private Whitespace() {
    }

    /**
     * Compiles a pattern that matches within one line of the dialect (D2): {@code .} matches every character but
     * {@code \n}, and {@code $} ends the input or stands before a final {@code \n}, so U+2028, U+2029 and U+0085 are
     * text to it as to the parser. The text a pattern reads holds no {@code \r} or {@code \n} where it matters.
     *
     * @param regex the regular expression
     * @param flags further {@link Pattern} flags
     * @return the pattern, compiled with {@link Pattern#UNIX_LINES} added
     */
    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(regex, flags | Pattern.UNIX_LINES);
    }

    /**
     * Compiles a pattern that matches within one line of the dialect, as {@link #compile(String, int)} without flags.
     *
     * @param regex the regular expression
     * @return the pattern
     */
    public static Pattern compile(String regex) {
        return compile(regex, 0);
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
