package org.minutes.sdk.syntax;

/**
 * Checkbox shapes at the start of a list item's text (D45, D46). A checkbox is {@code [} one WS {@code ]}, {@code [x]}
 * or {@code [X]}, then WS or the end of the line. {@code []}, {@code [} 2+ WS {@code ]}, {@code [} one punctuation
 * character {@code ]} ({@code [-]}, {@code [/]}) and a valid box glued to the text after it ({@code [x]done}) are
 * malformed: they stay item text (warning {@code item/malformed-checkbox}).
 */
public final class Checkboxes {

    /** The length of every valid checkbox: {@code [ ]}, {@code [x]}, {@code [X]}. */
    public static final int LENGTH = 3;

    /** What {@link #letter} answers when the text starts with no valid checkbox. */
    public static final char NONE = '\0';

    private Checkboxes() {
    }

    /**
     * Reads the checkbox at the start of a text (D45).
     *
     * @param text an item's text after its marker and WS
     * @return {@code ' '} for an open box (any WS inside), {@code 'x'} or {@code 'X'} for a done one, {@link #NONE}
     *         when the text starts with no valid checkbox
     */
    public static char letter(CharSequence text) {
        if (text.length() < LENGTH || text.charAt(0) != '[' || text.charAt(2) != ']' || !Whitespace.endsToken(text, LENGTH)) {
            return NONE;
        }
        char letter = text.charAt(1);
        if (Whitespace.is(letter)) {
            return ' ';
        }
        return letter == 'x' || letter == 'X' ? letter : NONE;
    }

    /**
     * Tells whether a text starts with a malformed checkbox (D46).
     *
     * @param text an item's text after its marker and WS
     * @return whether it starts with {@code []}, {@code [} 2+ WS {@code ]}, {@code [} one punctuation character
     *         {@code ]}, or a valid box glued to what follows; false when it starts with a valid checkbox
     */
    public static boolean isMalformed(CharSequence text) {
        if (letter(text) != NONE) {
            return false;
        }
        if (text.length() >= 2 && text.charAt(0) == '[' && text.charAt(1) == ']') {
            return true;
        }
        if (text.length() == 0 || text.charAt(0) != '[') {
            return false;
        }
        int wsEnd = Whitespace.skip(text, 1);
        if (wsEnd - 1 >= 2 && wsEnd < text.length() && text.charAt(wsEnd) == ']') {
            return true;
        }
        if (text.length() < LENGTH) {
            return false;
        }
        int inside = Character.codePointAt(text, 1);
        int close = 1 + Character.charCount(inside);
        if (close >= text.length() || text.charAt(close) != ']') {
            return false;
        }
        // A valid box whose `]` is followed by something other than WS, e.g. `[x]done`.
        boolean validLetter = Whitespace.is(inside) || inside == 'x' || inside == 'X';
        return validLetter || isPunctuation(inside);
    }

    /**
     * Punctuation as CommonMark defines it (Unicode P and S categories, which include all ASCII punctuation), so
     * {@code [-]}, {@code [/]}, {@code [?]} and {@code [✓]} are all malformed boxes.
     */
    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
