package org.minutes.sdk.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.syntax.TitleShapes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The parts of a title's text (D15, D16).
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
        int afterDraft = TitleShapes.afterDraftMarker(text);
        boolean draft = afterDraft > 0;
        int start = draft ? afterDraft : 0;
        if (!TitleShapes.isDateToken(text, start)) {
            return new TitleParts(draft, Optional.empty(), start, Optional.of(DiagnosticCode.TITLE_NO_DATE));
        }
        Optional<LocalDate> date = calendarDate(text.substring(start, start + TitleShapes.DATE_LENGTH));
        if (date.isEmpty()) {
            // D16: the date-shaped token stays in the name.
            return new TitleParts(draft, Optional.empty(), start, Optional.of(DiagnosticCode.TITLE_INVALID_DATE));
        }
        return new TitleParts(draft, date, Whitespace.skip(text, start + TitleShapes.DATE_LENGTH), Optional.empty());
    }

    private static Optional<LocalDate> calendarDate(String token) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(token.substring(0, 4)),
                    Integer.parseInt(token.substring(5, 7)), Integer.parseInt(token.substring(8, 10))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
