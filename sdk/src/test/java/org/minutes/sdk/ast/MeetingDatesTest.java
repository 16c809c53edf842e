package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.ScheduledTime;

/** The meeting date from every source (D84), the title after lead blocks (D94) and label times (D85). */
class MeetingDatesTest {

    private static final MinutesParser PARSER = MinutesParser.create();

    private static MeetingDate date(String iso, DateSource source) {
        return new MeetingDate(LocalDate.parse(iso), source);
    }

    private static List<DiagnosticCode> codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code()).toList();
    }

    @Test
    void d84TitleDateWinsAndKeepsTheName() {
        ParseResult result = PARSER.parse("# 2031-05-14 Team Sync\n");
        assertEquals(Optional.of(date("2031-05-14", DateSource.TITLE)), result.document().meetingDate());
        assertEquals("Team Sync", result.document().name());
        assertEquals(Optional.of(LocalDate.parse("2031-05-14")), result.document().date());
    }

    @Test
    void d84FrontMatterBeforeTitleSuffixAndTheNameLosesTheSuffix() {
        // D84's own example: same date twice, no mismatch; the model name has no suffix, the AST title keeps it.
        ParseResult result = PARSER.parse("---\ndate: \"2031-01-06\"\n---\n# Widget sync (2031-01-06)\n");
        Document document = result.document();
        assertEquals(Optional.of(date("2031-01-06", DateSource.FRONT_MATTER)), document.meetingDate());
        assertEquals("Widget sync", document.name());
        assertEquals("Widget sync (2031-01-06)", document.title().orElseThrow().nameText());
        assertEquals(Optional.empty(), document.title().orElseThrow().date());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.DATE_MISMATCH));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.TITLE_NO_DATE));
    }

    @Test
    void d84FrontMatterYamlDateAndStringWithTime() {
        assertEquals(Optional.of(date("2031-01-06", DateSource.FRONT_MATTER)),
                PARSER.parse("---\ndate: 2031-01-06\n---\n# Widget sync\n").document().meetingDate());
        assertEquals(Optional.of(date("2031-01-06", DateSource.FRONT_MATTER)),
                PARSER.parse("---\ndate: \"2031-01-06T17:00\"\n---\n# Widget sync\n").document().meetingDate());
        assertEquals(Optional.empty(),
                PARSER.parse("---\ndate: \"next week\"\n---\n# Widget sync\n").document().meetingDate());
    }

    @Test
    void d84TitleSuffixForms() {
        for (String title : List.of("# GeoJupyter community meeting (2031-03-11)",
                "# GeoJupyter community meeting - 2031-03-11", "# GeoJupyter community meeting: 2031-03-11")) {
            Document document = PARSER.parse(title + "\n").document();
            assertEquals(Optional.of(date("2031-03-11", DateSource.TITLE_SUFFIX)), document.meetingDate(), title);
            assertEquals("GeoJupyter community meeting", document.name(), title);
        }
        // Not at the end, or no calendar date: no suffix, name unchanged.
        assertEquals(Optional.empty(), PARSER.parse("# Meeting (2031-03-11) notes\n").document().meetingDate());
        Document invalid = PARSER.parse("# Meeting - 2031-02-30\n").document();
        assertEquals(Optional.empty(), invalid.meetingDate());
        assertEquals("Meeting - 2031-02-30", invalid.name());
    }

    @Test
    void d84DateLabelsInPreambleAndFirstSection() {
        assertEquals(Optional.of(date("2031-05-16", DateSource.DATE_LINE)),
                PARSER.parse("# Call\n\n**Date:** Thursday, 16th May 2031\n").document().meetingDate());
        assertEquals(Optional.of(date("2031-05-04", DateSource.DATE_LINE)),
                PARSER.parse("# Call\n\n- date: May 4, 2031\n").document().meetingDate());
        assertEquals(Optional.of(date("2031-05-04", DateSource.DATE_LINE)),
                PARSER.parse("# Call\n## Logistics\nWelcome.\nDate: 4 May 2031\n").document().meetingDate());
        assertEquals(Optional.of(date("2031-05-04", DateSource.DATE_LINE)),
                PARSER.parse("# Call\n\nDATE: 2031-05-04\n").document().meetingDate());
        assertEquals(Optional.of(date("2031-09-01", DateSource.DATE_LINE)),
                PARSER.parse("# Call\n\nDate: Mon 1 Sep 2031\n").document().meetingDate());
        // Only the preamble and the first section; a label mid-line is none.
        assertEquals(Optional.empty(),
                PARSER.parse("# Call\n## One\n## Two\nDate: 4 May 2031\n").document().meetingDate());
        assertEquals(Optional.empty(),
                PARSER.parse("# Call\n\nThe Date: 4 May 2031\n").document().meetingDate());
    }

    @Test
    void d84SourceNames() {
        assertEquals(Optional.of(date("2031-02-08", DateSource.SOURCE_NAME)),
                PARSER.parse("# Call\n", "2031-02-08.md").document().meetingDate());
        assertEquals(Optional.of(date("2031-03-11", DateSource.SOURCE_NAME)),
                PARSER.parse("# Call\n", "20310311-community/index.md").document().meetingDate());
        assertEquals(Optional.of(date("2031-10-26", DateSource.SOURCE_NAME)),
                PARSER.parse("# October 26 project call\n", "2031/widget-10-26.md").document().meetingDate());
        assertEquals(Optional.empty(), PARSER.parse("# Call\n", "build-120310311.md").document().meetingDate());
        assertEquals(Optional.empty(), PARSER.parse("# Call\n", "notes/widget-10-26.md").document().meetingDate());
        ParseResult named = PARSER.parse("# Call\n", "2031-02-08.md");
        assertEquals(Optional.of("2031-02-08.md"), named.sourceName());
        assertEquals(Optional.empty(), PARSER.parse("# Call\n").sourceName());
    }

    @Test
    void d84EveryLaterSourceWithAnotherDateIsAMismatch() {
        ParseResult result = PARSER.parse("# 2031-01-06 Sync (2031-01-07)\n\nDate: 2031-01-06\n",
                "2031-01-08.md");
        assertEquals(Optional.of(date("2031-01-06", DateSource.TITLE)), result.document().meetingDate());
        assertEquals("Sync", result.document().name());
        assertEquals(2, result.diagnostics(DiagnosticCode.DATE_MISMATCH).size());
        assertTrue(result.diagnostics(DiagnosticCode.DATE_MISMATCH).get(0).message().contains("2031-01-07"));
    }

    @Test
    void d84TitleNoDateOnlyWhenNoSourceGivesOne() {
        assertEquals(List.of(DiagnosticCode.TITLE_NO_DATE), codes(PARSER.parse("# Call\n")));
        assertEquals(List.of(), codes(PARSER.parse("# Call\n", "2031-02-08.md")));
    }

    @Test
    void d94TitleAfterLeadBlocksStillGivesDateAndName() {
        ParseResult result = PARSER.parse("> Please be brief today.\n# Widget sync meeting (2031-01-06)\n");
        assertEquals(Optional.of(date("2031-01-06", DateSource.TITLE_SUFFIX)), result.document().meetingDate());
        assertEquals("Widget sync meeting", result.document().name());
        assertEquals(List.of(DiagnosticCode.TITLE_NOT_FIRST), codes(result));
    }

    @Test
    void d85DateLabelAtTime() {
        Document document = PARSER.parse("# Call\n\n**Date:** Thursday, 16th May 2031 at 5pm UTC\n").document();
        assertEquals(Optional.of(new ScheduledTime(Optional.of(LocalDate.parse("2031-05-16")), LocalTime.of(17, 0),
                Optional.of(ZoneOffset.UTC))), document.schedule().primary());
        assertEquals(Optional.empty(), document.description());
    }

    @Test
    void d85TimeLabelFormsAndZones() {
        record Case(String label, LocalTime time, Optional<ZoneOffset> zone) {
        }
        for (Case c : List.of(new Case("5pm UTC", LocalTime.of(17, 0), Optional.of(ZoneOffset.UTC)),
                new Case("5 pm UTC", LocalTime.of(17, 0), Optional.of(ZoneOffset.UTC)),
                new Case("8:30 AM PDT", LocalTime.of(8, 30), Optional.of(ZoneOffset.ofHours(-7))),
                new Case("17:00 UTC", LocalTime.of(17, 0), Optional.of(ZoneOffset.UTC)),
                new Case("16:00 CET", LocalTime.of(16, 0), Optional.of(ZoneOffset.ofHours(1))),
                new Case("9 a.m. IST", LocalTime.of(9, 0), Optional.of(ZoneOffset.ofHoursMinutes(5, 30))),
                new Case("12am", LocalTime.of(0, 0), Optional.empty()),
                new Case("12:15", LocalTime.of(12, 15), Optional.empty()))) {
            Document document = PARSER.parse("# 2031-05-14 Call\n\nTime: " + c.label() + "\n").document();
            assertEquals(Optional.of(new ScheduledTime(Optional.of(LocalDate.parse("2031-05-14")), c.time(),
                    c.zone().map(z -> z))), document.schedule().primary(), c.label());
        }
    }

    @Test
    void d85TimeWinsOverDateAtAndUnknownZoneGivesNoTime() {
        Document both = PARSER.parse("# Call\n\n- Date: 2031-05-14 at 9am UTC\n- Time: 10am UTC\n").document();
        assertEquals(LocalTime.of(10, 0), both.schedule().primary().orElseThrow().time());
        ParseResult unknown = PARSER.parse("# 2031-05-14 Call\n\nTime: 5pm Moonbase\n");
        assertEquals(Optional.empty(), unknown.document().schedule().primary());
        assertEquals(1, unknown.diagnostics(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE).size());
    }

    @Test
    void d85TimeLinkWinsOverLabel() {
        Document document = PARSER.parse("# 2031-05-14 Call\n\nTime: 10am UTC\n\n[What time is the meeting in my "
                + "time zone](https://time.example.org/convert/utc?t=5pm)\n").document();
        assertEquals(LocalTime.of(17, 0), document.schedule().primary().orElseThrow().time());
    }
}
