package org.minutes.sdk.syntax;

import java.util.regex.Pattern;

/**
 * The shape of a name speaker (D91): one or two words of letters, {@code -}, {@code '} or {@code .}, or a GitHub
 * handle without {@code @} (letters, digits, inner hyphens). Whether the name is a speaker depends on the attendee
 * list, which is no lexical fact: that is the semantics' question.
 */
public final class SpeakerNames {

    private static final String WORD = "[\\p{L}'.-]*\\p{L}[\\p{L}'.-]*";
    private static final Pattern NAME = Whitespace.compile(WORD + "(?:" + Whitespace.CLASS + WORD + ")?");
    private static final Pattern HANDLE = Whitespace.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private SpeakerNames() {
    }

    /**
     * Tells whether a text has the shape of a name speaker (D91).
     *
     * @param text the name as written, without delimiters or emphasis
     * @return whether it is one or two words of letters, {@code -}, {@code '} or {@code .} (one WS between them), or
     *         a handle without {@code @}
     */
    public static boolean isName(CharSequence text) {
        return NAME.matcher(text).matches() || HANDLE.matcher(text).matches();
    }
}
