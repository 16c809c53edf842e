package org.minutes.sdk.internal.inline;

/**
 * The character-level rules of emoji shortcodes (D59) and mentions (D60). Each method looks at a bounded range of
 * text and never beyond it, so callers can keep escapes and other nodes out of the range.
 */
final class Entities {

    private Entities() {
    }

    /**
     * Measures an emoji shortcode (D59) whose first {@code :} is at {@code colon}. The character before the colon is
     * the caller's to check.
     *
     * @param text  the text
     * @param colon the first colon
     * @param limit the end of the range to look in
     * @return the end of the shortcode (after its second colon), or a negative number {@code -(k + 1)} where
     *     {@code k} is the first position where another shortcode could start
     */
    static int emojiEnd(CharSequence text, int colon, int limit) {
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

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
    }

    /**
     * Measures a mention handle (D60): letters and digits with inner hyphens, starting at {@code from}.
     *
     * @param text  the text
     * @param from  the first character after {@code @}
     * @param limit the end of the range to look in
     * @return the end of the handle, {@code from} when there is none
     */
    static int handleEnd(CharSequence text, int from, int limit) {
        int end = from;
        int i = from;
        while (i < limit) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                end = i;
            } else if (c == '-' && i > from && i + 1 < limit
                    && Character.isLetterOrDigit(Character.codePointAt(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Measures a mention's team (D60): letters, digits and {@code -_.}, not ending in {@code .}, starting at
     * {@code from} (after the {@code /}).
     *
     * @param text  the text
     * @param from  the first character after {@code /}
     * @param limit the end of the range to look in
     * @return the end of the team, {@code from} when there is none
     */
    static int teamEnd(CharSequence text, int from, int limit) {
        int i = from;
        int end = from;
        while (i < limit) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                i += Character.charCount(c);
                end = i;
            } else if (c == '.') {
                i++;
            } else {
                break;
            }
        }
        return end;
    }
}
