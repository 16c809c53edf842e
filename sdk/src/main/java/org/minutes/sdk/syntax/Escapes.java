package org.minutes.sdk.syntax;

/**
 * Backslash escapes (D61): a backslash before ASCII punctuation makes that character literal text; before anything
 * else the backslash is text itself.
 */
public final class Escapes {

    private Escapes() {
    }

    /**
     * Tells whether a backslash before this character escapes it (D61).
     *
     * @param c the character after the backslash
     * @return whether it is ASCII punctuation: {@code !} to {@code /}, {@code :} to {@code @}, {@code [} to
     *         {@code `}, and <code>&#123;</code> to {@code ~}
     */
    public static boolean isEscapable(int c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
