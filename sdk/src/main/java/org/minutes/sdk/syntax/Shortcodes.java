package org.minutes.sdk.syntax;

/**
 * Emoji shortcodes (D59): {@code :name:} with a name of lower-case letters, digits and {@code _+-}, at least one letter,
 * whose first {@code :} follows no letter or digit. Emoticons ({@code :)}, {@code :D}) and times ({@code 10:30:00}) are
 * text. The name is kept as written; there is no lookup.
 */
public final class Shortcodes {

    private Shortcodes() {
    }

    /**
     * Tells whether a shortcode may start at {@code colon}: its {@code :} follows no letter or digit (D59).
     *
     * @param text  the text
     * @param colon where the first {@code :} stands
     * @return whether the character before it allows a shortcode
     */
    public static boolean mayStartAt(CharSequence text, int colon) {
        return colon == 0 || !Character.isLetterOrDigit(Character.codePointBefore(text, colon));
    }

    /**
     * Measures an emoji shortcode (D59) whose first {@code :} is at {@code colon}. The character before the colon is
     * the caller's to check ({@link #mayStartAt}).
     *
     * @param text  the text
     * @param colon the first colon
     * @param limit the end of the range to look in; nothing beyond it is read
     * @return the end of the shortcode (after its second colon), or a negative number {@code -(k + 1)} where
     *     {@code k} is the first position where another shortcode could start
     */
    public static int end(CharSequence text, int colon, int limit) {
        int i = colon + 1;
        boolean letter = false;
        while (i < limit && isNameChar(text.charAt(i))) {
            letter |= text.charAt(i) >= 'a' && text.charAt(i) <= 'z';
            i++;
        }
        if (i < limit && text.charAt(i) == ':' && letter) {
            return i + 1;
        }
        // No colon lies between the first one and i, so the next candidate starts at i or later.
        return -(Math.max(i, colon + 1) + 1);
    }

    /**
     * Tells whether a string is a shortcode name (D59).
     *
     * @param name the name without colons
     * @return whether {@code :name:} is an emoji
     */
    public static boolean isName(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameChar(c)) {
                return false;
            }
            letter |= c >= 'a' && c <= 'z';
        }
        return letter;
    }

    /**
     * Tells whether a character may stand in a shortcode's name (D59): a lower-case ASCII letter, a digit, or one of
     * {@code _+-}.
     *
     * @param c the character
     * @return whether it may
     */
    public static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
    }
}
