package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;

/**
 * The meeting of other communities' notes (D84, D85, D67 amended): the date whatever its source, times from labels,
 * and VTODOs from action items only. Expected lines are worked out by hand from the rules and the class
 * documentation of {@link CalendarConverter}.
 */
class CalendarMeetingTest {

    private static List<String> lines(String notes, String sourceName) {
        String ics = CalendarConverter.create().convert(MinutesParser.create().parse(notes, sourceName).document());
        Ical.valid(ics);
        return Conformance.unfold(ics);
    }

    private static List<String> lines(String notes) {
        String ics = CalendarConverter.create().convert(MinutesParser.create().parse(notes).document());
        Ical.valid(ics);
        return Conformance.unfold(ics);
    }

    /** D15: the title date still makes an all-day VEVENT; the source name is no date when the title gives one. */
    @Test
    void titleDateWithASourceName() {
        List<String> lines = lines("# 2031-05-14 Team Sync\n", "notes/sync.md");
        assertTrue(lines.contains("BEGIN:VEVENT"), lines::toString);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20310514"), lines::toString);
        assertTrue(lines.contains("DTEND;VALUE=DATE:20310515"), lines::toString);
    }

    /** D84 (4): a note dated only by its path is a VEVENT on that day, never a VJOURNAL stamped 1970-01-01. */
    @Test
    void dateFromTheSourceName() {
        List<String> lines = lines("# October 26 project call\n", "2031/widget-10-26.md");
        assertTrue(lines.contains("BEGIN:VEVENT"), lines::toString);
        assertFalse(lines.contains("BEGIN:VJOURNAL"), lines::toString);
        assertTrue(lines.contains("DTSTAMP:20311026T000000Z"), lines::toString);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20311026"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("UID:minutes-2031-10-26-october-26-project-call-")),
                lines::toString);
    }

    /** D84 (1), (2): the front matter's date; SUMMARY and UID use the model name, without the date suffix. */
    @Test
    void dateFromTheFrontMatter() {
        List<String> lines = lines("---\ndate: \"2031-01-06\"\n---\n# Widget sync (2031-01-06)\n");
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20310106"), lines::toString);
        assertTrue(lines.contains("SUMMARY:Widget sync"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("UID:minutes-2031-01-06-widget-sync-")),
                lines::toString);
    }

    /** D84 (3), D85, the rule's example: {@code **Date:** … at 5pm UTC} starts the VEVENT at 17:00Z, for an hour. */
    @Test
    void dateAndTimeFromADateLabel() {
        List<String> lines = lines("# Widget sync\n\n**Date:** Thursday, 16th May 2031 at 5pm UTC\n");
        assertTrue(lines.contains("DTSTART:20310516T170000Z"), lines::toString);
        assertTrue(lines.contains("DTEND:20310516T180000Z"), lines::toString);
    }

    /** D85: a {@code Time:} label with a fixed-offset zone (PDT is UTC-7) starts the event like a time link. */
    @Test
    void timeFromATimeLabel() {
        List<String> lines = lines("# 2031-05-14 Widget sync\n\n- Time: 8:30 AM PDT\n");
        assertTrue(lines.contains("DTSTART:20310514T153000Z"), lines::toString);
        assertTrue(lines.contains("DTEND:20310514T163000Z"), lines::toString);
    }

    /**
     * D67 amended: a pending topic and the follow-up under it make no VTODO; the follow-up under a discussed topic
     * (c) and the {@code Action:} item (b) do, in document order, each UID from its text.
     */
    @Test
    void vtodosComeFromActionItemsOnly() {
        List<String> lines = lines("""
                # 2031-05-14 Team Sync

                ## Attendees

                | Name | Initials |
                | --- | --- |
                | Quinn Example | QE |

                ## Agenda

                - [ ] Release schedule
                    - [ ] QE: draft the notes
                - [x] Budget
                    - [ ] QE: send the numbers
                - [ ] Action: QE to send the invite
                """);
        List<String> summaries = lines.stream().filter(line -> line.startsWith("SUMMARY:")).toList();
        assertEquals(List.of("SUMMARY:Team Sync", "SUMMARY:send the numbers", "SUMMARY:QE to send the invite"),
                summaries);
        assertEquals(2, lines.stream().filter(line -> line.equals("BEGIN:VTODO")).count());
        // The meeting's attendee, then each VTODO's assignee.
        assertEquals(3, lines.stream().filter(line -> line.equals(
                "ATTENDEE;CN=Quinn Example:urn:minutes:attendee:Quinn%20Example")).count());
        // Issue 9: to-do UIDs end in the SHA-256 of the normalised item text (hashes computed with sha256sum).
        assertEquals(List.of("-item-59c83835", "-item-5b98719a"), lines.stream()
                .filter(line -> line.startsWith("UID:") && line.contains("-item-"))
                .map(line -> line.substring(line.indexOf("-item-"))).toList());
    }
}
