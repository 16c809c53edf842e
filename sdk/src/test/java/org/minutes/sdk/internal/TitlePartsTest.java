package org.minutes.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.diagnostic.DiagnosticCode;

/** Title parts (D15, D16, D83). Inputs are the heading text after {@code #} and its WS, trailing WS removed. */
class TitlePartsTest {

    private static final DiagnosticCode NO_DATE = DiagnosticCode.TITLE_NO_DATE;
    private static final DiagnosticCode INVALID_DATE = DiagnosticCode.TITLE_INVALID_DATE;

    /**
     * Checks every part; {@code date} and {@code issue} may be null for absent.
     *
     * @param name the expected name, read from the text at {@code nameStart}
     */
    private static void assertParts(String text, boolean draft, String date, String name, DiagnosticCode issue) {
        TitleParts parts = TitleParts.of(text);
        assertAll(text,
                () -> assertEquals(draft, parts.draft(), "draft"),
                () -> assertEquals(Optional.ofNullable(date).map(LocalDate::parse), parts.date(), "date"),
                () -> assertEquals(name, text.substring(parts.nameStart()), "name"),
                () -> assertEquals(Optional.ofNullable(issue), parts.issue(), "issue"));
    }

    @Test
    void d15Seed000() {
        assertParts("2026-01-14 Conda Ecosystem Meeting", false, "2026-01-14", "Conda Ecosystem Meeting", null);
    }

    @Test
    void d15DraftWithTrailingWsRemoved() {
        assertParts("DRAFT - 2031-05-14 Team Sync", true, "2031-05-14", "Team Sync", null);
    }

    @Test
    void d15NoDate() {
        assertParts("Widget Launch Agenda", false, null, "Widget Launch Agenda", NO_DATE);
    }

    @Test
    void d16InvalidDateStaysInTheName() {
        assertParts("2031-02-30 Team Sync", false, null, "2031-02-30 Team Sync", INVALID_DATE);
    }

    @Test
    void d16TemplateExpressionIsText() {
        assertParts("{{ day }} Widget Meeting", false, null, "{{ day }} Widget Meeting", NO_DATE);
    }

    @Test
    void d83NbspAndTrailingWs() {
        // The caller removes the trailing "␠⍽␠" of `# 2031-05-14 Team Sync␠⍽␠`.
        assertParts("2031-05-14 Team Sync", false, "2031-05-14", "Team Sync", null);
        assertParts("2031-05-14\u00A0\tTeam\u00A0Sync", false, "2031-05-14", "Team\u00A0Sync", null);
        assertParts("DRAFT\u00A0-\u00A02031-05-14 Team Sync", true, "2031-05-14", "Team Sync", null);
    }

    @Test
    void d1AndD2ShortTitles() {
        assertParts("2031-05-14 Team Sync", false, "2031-05-14", "Team Sync", null);
        assertParts("T", false, null, "T", NO_DATE);
    }

    @Test
    void examples11DraftTitle() {
        assertParts("DRAFT - 2031-12-02 Widget Community Meeting", true, "2031-12-02", "Widget Community Meeting",
                null);
    }

    @Test
    void d15DraftMarkerAllowsWsBeforeTheDash() {
        assertParts("DRAFT  -\t2031-05-14 Team Sync", true, "2031-05-14", "Team Sync", null);
        assertParts("DRAFT- 2031-05-14 Team Sync", true, "2031-05-14", "Team Sync", null);
    }

    @Test
    void d15DraftMarkerNeedsWsAfterTheDash() {
        assertParts("DRAFT -2031-05-14 Team Sync", false, null, "DRAFT -2031-05-14 Team Sync", NO_DATE);
    }

    @Test
    void d15DraftMarkerNeedsTheDash() {
        assertParts("DRAFT 2031-05-14 Team Sync", false, null, "DRAFT 2031-05-14 Team Sync", NO_DATE);
        assertParts("DRAFTING - 2031-05-14 Team Sync", false, null, "DRAFTING - 2031-05-14 Team Sync", NO_DATE);
    }

    @Test
    void d15DraftIsCaseSensitive() {
        assertParts("Draft - 2031-05-14 Team Sync", false, null, "Draft - 2031-05-14 Team Sync", NO_DATE);
    }

    @Test
    void d15DraftWithoutDate() {
        assertParts("DRAFT - Team Sync", true, null, "Team Sync", NO_DATE);
    }

    @Test
    void d71CanonicalDraftWithNothingElseStaysDraft() {
        // `# DRAFT - ` with its trailing WS removed must parse back as a draft (D71, D72).
        assertParts("DRAFT -", true, null, "", NO_DATE);
    }

    @Test
    void d15EmptyName() {
        assertParts("2031-05-14", false, "2031-05-14", "", null);
        assertParts("", false, null, "", NO_DATE);
    }

    @Test
    void d15DateMustBeFollowedByWsOrEnd() {
        assertParts("2031-05-14Team Sync", false, null, "2031-05-14Team Sync", NO_DATE);
        assertParts("2031-05-14: Team Sync", false, null, "2031-05-14: Team Sync", NO_DATE);
    }

    @Test
    void d15DateShapeIsExact() {
        assertParts("2031-5-14 Team Sync", false, null, "2031-5-14 Team Sync", NO_DATE);
        assertParts("20310514 Team Sync", false, null, "20310514 Team Sync", NO_DATE);
        assertParts("\uFF12\uFF10\uFF13\uFF11-05-14 Team Sync", false, null,
                "\uFF12\uFF10\uFF13\uFF11-05-14 Team Sync", NO_DATE);
    }

    @Test
    void d15OnlyTheFirstDateCounts() {
        assertParts("2031-05-14 2031-05-15 Team Sync", false, "2031-05-14", "2031-05-15 Team Sync", null);
    }

    @Test
    void d16LeapDays() {
        assertParts("2032-02-29 Team Sync", false, "2032-02-29", "Team Sync", null);
        assertParts("DRAFT - 2031-02-29 Team Sync", true, null, "2031-02-29 Team Sync", INVALID_DATE);
        assertParts("2031-13-01 Team Sync", false, null, "2031-13-01 Team Sync", INVALID_DATE);
    }
}
