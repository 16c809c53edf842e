package org.minutes.sdk.syntax;

import java.util.Locale;
import java.util.Set;

/** The initials token (D48) and the stop-list of words that are never initials (D51). */
public final class Initials {

    /** D51, compared case-insensitively as a token or as a whole WHO text. */
    private static final Set<String> STOP_LIST = Set.of("API", "ASAP", "CC", "CD", "CEP", "CEPS", "CI", "EOD",
            "ETA", "FAQ", "FYI", "IIRC", "IIUC", "IMO", "N/A", "NB", "OK", "PR", "PRS", "PS", "QA", "RE", "RFC", "TBA",
            "TBD", "TL;DR", "TLDR", "TODO", "URL", "WIP");

    private Initials() {
    }

    /**
     * Measures the initials token at {@code from} (D48): an upper-case letter followed by 1–3 characters, each
     * upper-case, or lower-case only when the next one is upper-case, and not followed by a letter or digit. With
     * {@code lowerCaseToo} (inside parentheses) an all-lower-case run of 2–3 letters counts as well. Stop-list words
     * never count.
     *
     * @param text         the text
     * @param from         where the token would start
     * @param lowerCaseToo whether all-lower-case tokens of 2–3 letters count
     * @return the token's length in UTF-16 units, or 0 when there is none
     */
    public static int tokenLength(CharSequence text, int from, boolean lowerCaseToo) {
        int end = from;
        int letters = 0;
        while (end < text.length()) {
            int c = Character.codePointAt(text, end);
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            if (++letters > 4) {
                return 0;
            }
            end += Character.charCount(c);
        }
        if (letters < 2) {
            return 0;
        }
        boolean token = isUpperCaseToken(text, from, end)
                || lowerCaseToo && letters <= 3 && isLowerCaseWord(text, from, end);
        if (!token) {
            return 0;
        }
        return isStopWord(text.subSequence(from, end).toString()) ? 0 : end - from;
    }

    /**
     * Tells whether a whole string is one initials token (D48).
     *
     * @param text         the candidate
     * @param lowerCaseToo whether all-lower-case tokens of 2–3 letters count
     * @return whether it is
     */
    public static boolean isToken(String text, boolean lowerCaseToo) {
        return !text.isEmpty() && tokenLength(text, 0, lowerCaseToo) == text.length();
    }

    /**
     * Tells whether a word, or a whole WHO text such as {@code TL;DR}, is on the stop-list (D51).
     *
     * @param text the word
     * @return whether it never counts as initials
     */
    public static boolean isStopWord(String text) {
        return STOP_LIST.contains(Whitespace.trim(text).toUpperCase(Locale.ROOT));
    }

    /** Each code point upper-case, or lower-case right before an upper-case one; the first upper-case. */
    private static boolean isUpperCaseToken(CharSequence text, int from, int end) {
        int first = Character.codePointAt(text, from);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        for (int i = from + Character.charCount(first); i < end; ) {
            int c = Character.codePointAt(text, i);
            int next = i + Character.charCount(c);
            if (!Character.isUpperCase(c) && !(Character.isLowerCase(c) && next < end
                    && Character.isUpperCase(Character.codePointAt(text, next)))) {
                return false;
            }
            i = next;
        }
        return true;
    }

    private static boolean isLowerCaseWord(CharSequence text, int from, int end) {
        for (int i = from; i < end; ) {
            int c = Character.codePointAt(text, i);
            if (!Character.isLowerCase(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
