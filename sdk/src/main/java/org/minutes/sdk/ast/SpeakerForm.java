package org.minutes.sdk.ast;

/** How a speaker prefix was written (D49); the separators between joint speakers are trivia. */
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
    BRACKET_COLON
}
