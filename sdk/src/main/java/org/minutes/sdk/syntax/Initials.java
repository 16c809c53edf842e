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
            end += Character.charCount(c);
            letters++;
        }
        if (letters < 2 || letters > 4) {
            return 0;
        }
        String token = text.subSequence(from, end).toString();
        if (!(isUpperCaseToken(token) || (lowerCaseToo && letters <= 3 && isLowerCaseWord(token)))) {
            return 0;
        }
        return isStopWord(token) ? 0 : end - from;
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

    private static boolean isUpperCaseToken(String token) {
        int[] cps = token.codePoints().toArray();
        if (!Character.isUpperCase(cps[0])) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            boolean upper = Character.isUpperCase(cps[i]);
            boolean lowerBeforeUpper = Character.isLowerCase(cps[i]) && i + 1 < cps.length
                    && Character.isUpperCase(cps[i + 1]);
            if (!upper && !lowerBeforeUpper) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCaseWord(String token) {
        return token.codePoints().allMatch(Character::isLowerCase);
    }
}
