package org.minutes.sdk.ast;

/**
 * How a speaker prefix was written (D49, D91, D92); the separators between joint speakers are trivia. The {@code NAME_}
 * forms hold one name speaker (D91) instead of initials.
 */
public enum SpeakerForm {
    /** {@code QE: text}, {@code QE (in chat): text}. */
    COLON,
    /** {@code (QE) text}, {@code (QE, away) text}. */
    PAREN,
    /** {@code (QE): text}. */
    PAREN_COLON,
    /** {@code [QE] text}. */
    BRACKET,
    /** {@code [QE]: text}. */
    BRACKET_COLON,
    /** {@code Quinn: text}, {@code **Quinn**: text}, {@code **Quinn:** text} (D91; the emphasis is kept apart). */
    NAME_COLON,
    /** {@code (Quinn) text} (D91). */
    NAME_PAREN,
    /** {@code [Quinn] text} (D91). */
    NAME_BRACKET,
    /** {@code \[QE\] text}: read like {@code [QE]}, written with escaped brackets (D92). */
    BRACKET_ESCAPED;

    /** {@return whether the form holds a name speaker (D91) rather than initials} */
    public boolean isName() {
        return this == NAME_COLON || this == NAME_PAREN || this == NAME_BRACKET;
    }
}
