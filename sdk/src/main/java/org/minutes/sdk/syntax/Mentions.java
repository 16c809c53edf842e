package org.minutes.sdk.syntax;

/**
 * Mentions (D60): {@code @} after no letter, digit or {@code .}, then a handle (letters, digits, inner hyphens),
 * optionally {@code /team} (letters, digits and {@code -_.}, not ending in {@code .}). {@code @} and WS is text, as are
 * {@code team@example.org} and {@code Pat @ Acme}'s {@code @}.
 */
public final class Mentions {

    private Mentions() {
    }

    /**
     * Tells whether a mention may start at {@code at}: its {@code @} follows no letter, digit or {@code .} (D60).
     *
     * @param text the text
     * @param at   where the {@code @} stands
     * @return whether the character before it allows a mention
     */
    public static boolean mayStartAt(CharSequence text, int at) {
        return at == 0 || text.charAt(at - 1) != '.' && !Character.isLetterOrDigit(Character.codePointBefore(text, at));
    }

    /**
     * Measures a mention handle (D60): letters and digits with inner hyphens, starting at {@code from}.
     *
     * @param text  the text
     * @param from  the first character after {@code @}
     * @param limit the end of the range to look in; nothing beyond it is read
     * @return the end of the handle, {@code from} when there is none
     */
    public static int handleEnd(CharSequence text, int from, int limit) {
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
     * @param limit the end of the range to look in; nothing beyond it is read
     * @return the end of the team, {@code from} when there is none
     */
    public static int teamEnd(CharSequence text, int from, int limit) {
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

    /**
     * Tells whether a character written right after a mention could carry it on (D60): an inner hyphen of the handle,
     * the slash before a team, or a team's {@code .} or {@code _}. Letters and digits carry it on too; they are no
     * question of spelling, since nothing written between the mention and them can stop them.
     *
     * @param c the character after the mention
     * @return whether it is one of {@code -/._}
     */
    public static boolean mayContinue(int c) {
        return c == '-' || c == '/' || c == '.' || c == '_';
    }

    /** {@return whether the whole string is a mention handle (D60)} */
    public static boolean isHandle(String handle) {
        return !handle.isEmpty() && handleEnd(handle, 0, handle.length()) == handle.length();
    }

    /** {@return whether the whole string is a team name (D60)} */
    public static boolean isTeam(String team) {
        return !team.isEmpty() && teamEnd(team, 0, team.length()) == team.length();
    }
}
