package org.minutes.sdk.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.minutes.sdk.DiagnosticCode;
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

    /** Length of {@code YYYY-MM-DD}. */
    private static final int DATE_LENGTH = 10;

    /**
     * Splits a title's text.
     *
     * @param text the heading text after the {@code #} and its WS, trailing WS removed
     * @return its parts
     */
    public static TitleParts of(String text) {
        int afterDraft = afterDraftMarker(text);
        boolean draft = afterDraft > 0;
        int start = draft ? afterDraft : 0;
        if (!isDateToken(text, start)) {
            return new TitleParts(draft, Optional.empty(), start, Optional.of(DiagnosticCode.TITLE_NO_DATE));
        }
        Optional<LocalDate> date = calendarDate(text.substring(start, start + DATE_LENGTH));
        if (date.isEmpty()) {
            // D16: the date-shaped token stays in the name.
            return new TitleParts(draft, Optional.empty(), start, Optional.of(DiagnosticCode.TITLE_INVALID_DATE));
        }
        return new TitleParts(draft, date, Whitespace.skip(text, start + DATE_LENGTH), Optional.empty());
    }

    /**
     * D15: {@code DRAFT} WS* {@code -} WS+. The end of the text also ends the marker: the caller removed trailing WS,
     * and the canonical rendering of a draft title without date and name is {@code # DRAFT - } (D71, D72).
     *
     * @return the index after the marker and its WS, or 0 when there is none
     */
    private static int afterDraftMarker(String text) {
        if (!text.startsWith("DRAFT")) {
            return 0;
        }
        int dash = Whitespace.skip(text, 5);
        if (dash >= text.length() || text.charAt(dash) != '-') {
            return 0;
        }
        int end = Whitespace.skip(text, dash + 1);
        return end > dash + 1 || end == text.length() ? end : 0;
    }

    /** D15: {@code YYYY-MM-DD} (ASCII digits) at {@code from}, followed by WS or the end of the text. */
    private static boolean isDateToken(String text, int from) {
        if (text.length() - from < DATE_LENGTH) {
            return false;
        }
        for (int i = 0; i < DATE_LENGTH; i++) {
            char c = text.charAt(from + i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        int end = from + DATE_LENGTH;
        return end == text.length() || Whitespace.is(text.charAt(end));
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
