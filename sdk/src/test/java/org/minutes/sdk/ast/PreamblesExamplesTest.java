package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.minutes.sdk.ast.PreamblesTest.CHICAGO;
import static org.minutes.sdk.ast.PreamblesTest.WHAT_TIME;
import static org.minutes.sdk.ast.PreamblesTest.bullets;
import static org.minutes.sdk.ast.PreamblesTest.doc;
import static org.minutes.sdk.ast.PreamblesTest.item;
import static org.minutes.sdk.ast.PreamblesTest.link;
import static org.minutes.sdk.ast.PreamblesTest.para;
import static org.minutes.sdk.ast.PreamblesTest.text;
import static org.minutes.sdk.ast.PreamblesTest.utc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutes.sdk.ast.PreamblesTest.Recorder;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;

/**
 * The preambles of /work/shared/examples and the five seeds, built by hand as the parser would build them (D17), with
 * the meeting link, schedule and description their header comments and DIALECT.md state.
 */
class PreamblesExamplesTest {

    private static final String ZOOM = "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09";

    /** {@code [Zoom link](…) · [<time text>](…t=5pm)[, [2pm](…t=2pm)]} as in the seeds and examples 05, 10, 11. */
    private static Paragraph dotLine(String zoom, String host, String timeText, boolean twoPm) {
        Link five = link(timeText, "https://" + host + "/convert/utc?t=5pm");
        if (!twoPm) {
            return para(link("Zoom link", zoom), text(" · "), five);
        }
        return para(link("Zoom link", zoom), text(" · "), five, text(", "),
                link("2pm", "https://" + host + "/convert/utc?t=2pm"));
    }

    @Test
    void example01OlderLayoutBullets() {
        Link time = link(WHAT_TIME, "https://time.example.org/Chicago/2031-03-03/09:00/b/Widget%20call");
        Document document = doc(LocalDate.of(2031, 3, 4),
                new ThematicBreak(),
                bullets(item(link("Meeting link", "https://meet.example.org/abc-defg-hij")),
                        item(time),
                        item(link("Last Meeting's Agenda and Minutes", "https://example.org/notes/2031-02-18"))));
        Recorder findings = new Recorder();

        Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

        assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), Preambles.meetingLink(Parts.of(document)));
        assertEquals(new Schedule(Optional.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 3, 4)),
                LocalTime.of(9, 0), Optional.of(CHICAGO))), List.of()), schedule);
        assertEquals(List.of(DiagnosticCode.PREAMBLE_DATE_MISMATCH), findings.codes());
        assertSame(time, findings.all.get(0).where());
        assertEquals(Optional.empty(), Preambles.description(Parts.of(document)), "no preamble paragraph, no sections");
    }

    @Test
    void example05NumberedAttendees() {
        Document document = doc(LocalDate.of(2031, 7, 8),
                dotLine("https://zoom.example.org/j/987654321?pwd=AbC", "time.example.org", WHAT_TIME + ": 5pm", true),
                para(text("Various parts of the widget ecosystem gather on a regular basis. This meeting brings "
                        + "together all of these sub-communities for a community wide call.")));
        Recorder findings = new Recorder();

        Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

        LocalDate date = LocalDate.of(2031, 7, 8);
        assertEquals(Optional.of("https://zoom.example.org/j/987654321?pwd=AbC"), Preambles.meetingLink(Parts.of(document)));
        assertEquals(new Schedule(Optional.of(utc(date, 17, 0)), List.of(utc(date, 14, 0))), schedule);
        assertEquals(List.of(), findings.all);
        assertEquals(Optional.of("Various parts of the widget ecosystem gather on a regular basis. This meeting "
                + "brings together all of these sub-communities for a community wide call."),
                Preambles.description(Parts.of(document)));
    }

    @Test
    void example08CrlfAndBom() {
        Document document = doc(LocalDate.of(2031, 10, 7),
                bullets(item(link("Meeting link", "https://meet.example.org/abc-defg-hij")),
                        item(link(WHAT_TIME, "https://time.example.org/UTC/2031-10-07/17:00/b/Widget%20call"))));
        Recorder findings = new Recorder();

        Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

        assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), Preambles.meetingLink(Parts.of(document)));
        assertEquals(new Schedule(Optional.of(utc(LocalDate.of(2031, 10, 7), 17, 0)), List.of()), schedule);
        assertEquals(List.of(), findings.all, "the URL date equals the title date");
    }

    @Test
    void example10EmptyTemplateHasTimesWithoutDate() {
        Title undated = new Title(false, Optional.empty(),
                List.of(text("{{ meeting_date }} Widget Ecosystem Meeting")));
        Document document = new Document(Optional.empty(), List.of(), Optional.of(undated), List.of(
                dotLine("https://zoom.example.org/j/123456789", "time.example.org", WHAT_TIME + ": 5pm", true),
                para(text("Various parts of the widget ecosystem gather on a regular basis. This meeting brings "
                        + "together all of these sub-communities for a community wide call."))), List.of());
        Recorder findings = new Recorder();

        Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

        assertEquals(new Schedule(Optional.of(utc(null, 17, 0)), List.of(utc(null, 14, 0))), schedule);
        assertEquals(Optional.empty(), schedule.primary().orElseThrow().zoned());
        assertEquals(List.of(), findings.all);
    }

    @Test
    void example11DescriptionFromThePreambleBeforeTheMeetingPurposeSection() {
        ListItem quinn = new ListItem(Marker.ORDERED, Optional.empty(), Optional.of(SpeakerPrefix.of("QE")),
                List.of(text("Quinn Example (@qexample), Acme")), List.of());
        Title title = new Title(true, Optional.of(LocalDate.of(2031, 12, 2)), List.of(text("Widget Community Meeting")));
        Document document = new Document(Optional.empty(), List.of(), Optional.of(title), List.of(
                new ThematicBreak(),
                dotLine("https://zoom.example.org/j/123456789", "time.example.org", WHAT_TIME + ": 5pm UTC", false),
                para(text("Quick sync before the holidays.")),
                bullets(quinn)),
                List.of(new Section(1, List.of(text("Previous meetings")), List.of()),
                        new Section(2, List.of(text("What is this meeting for?")), List.of(
                                para(text("Various parts of the widget community gather on a regular basis."))))));

        assertEquals(Optional.of("Quick sync before the holidays."), Preambles.description(Parts.of(document)));
        assertEquals(Optional.of("https://zoom.example.org/j/123456789"), Preambles.meetingLink(Parts.of(document)));
        assertEquals(new Schedule(Optional.of(utc(LocalDate.of(2031, 12, 2), 17, 0)), List.of()),
                TimeLinkSchedules.of(Parts.of(document), Findings.NONE));
    }

    @Test
    void seeds000And001HaveTwoTimes() {
        for (LocalDate date : List.of(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 7))) {
            Document document = doc(date,
                    dotLine(ZOOM, "dateful.com", WHAT_TIME + ": 5pm", true),
                    para(text("Various parts of the conda ecosystem gather on a regular basis. This meeting brings "
                            + "together all of these sub-communities for a community wide call.")));
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(Optional.of(ZOOM), Preambles.meetingLink(Parts.of(document)));
            assertEquals(new Schedule(Optional.of(utc(date, 17, 0)), List.of(utc(date, 14, 0))), schedule);
            assertEquals(List.of(), findings.all);
            assertEquals(Optional.of("Various parts of the conda ecosystem gather on a regular basis. This meeting "
                    + "brings together all of these sub-communities for a community wide call."),
                    Preambles.description(Parts.of(document)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"002, 2024-11-06", "003, 2025-02-26", "004, 2025-02-12"})
    void seeds002To004HaveOneTimeLink(String seed, LocalDate date) {
        Document document = doc(date,
                dotLine(ZOOM, "dateful.com", WHAT_TIME, false),
                para(text("Various parts of the conda community gather on a regular basis. This meeting brings "
                        + "together all of these sub-communities for a community wide call.")));
        Recorder findings = new Recorder();

        Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

        assertEquals(Optional.of(ZOOM), Preambles.meetingLink(Parts.of(document)));
        assertEquals(new Schedule(Optional.of(utc(date, 17, 0)), List.of()), schedule);
        assertEquals(List.of(), findings.all);
        assertEquals(Optional.of("Various parts of the conda community gather on a regular basis. This meeting "
                + "brings together all of these sub-communities for a community wide call."),
                Preambles.description(Parts.of(document)));
    }
}
