package org.minutes.sdk.ast;

/**
 * Whether a name speaker (D91) stood in strong emphasis, and where its colon stood then (D70): kept so that canonical
 * rendering writes the name as it was written (D71).
 */
public enum NameEmphasis {
    /** {@code Quinn: text}, and every form that is no {@link SpeakerForm#NAME_COLON}. */
    NONE,
    /** {@code **Quinn:** text}. */
    COLON_INSIDE,
    /** {@code **Quinn**: text}. */
    COLON_OUTSIDE
}
