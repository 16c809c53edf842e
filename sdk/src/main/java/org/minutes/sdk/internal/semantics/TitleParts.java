package org.minutes.sdk.internal.semantics;

import java.time.LocalDate;
import java.util.Optional;

import org.minutes.sdk.DiagnosticCode;

/**
 * The parts of a title's text (D15, D16). To be implemented.
 *
 * @param draft     whether it starts with {@code DRAFT} WS* {@code -} WS+
 * @param date      the valid calendar date after the draft marker, if any
 * @param nameStart index in the title text where the name starts (the name runs to the end, trimmed)
 * @param issue     {@code TITLE_NO_DATE} or {@code TITLE_INVALID_DATE} when there is no valid date
 */
public record TitleParts(boolean draft, Optional<LocalDate> date, int nameStart, Optional<DiagnosticCode> issue) {

    /**
     * Splits a title's text.
     *
     * @param text the heading text after the {@code #} and its WS, trailing WS removed
     * @return its parts
     */
    public static TitleParts of(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
