package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/**
 * Issue 9 point 4: calendars that subscribing clients (Google, Apple, Outlook) take as a feed. Each test failed before
 * the change: no METHOD, no calendar name, DRAFT notes confirmed, to-dos only as VTODO, attendees only by GitHub URL.
 * Expected lines are worked out by hand from the class documentation of {@link CalendarConverter}.
 */
class CalendarFeedTest {

    private static final String NOTES = """
            # 2031-05-14 Team Sync

            ## Attendees

            | Name | Initials | GitHub |
            | --- | --- | --- |
            | Quinn Example | QE | qexample |
            | Rosa Tester | RT | |

            ## Action items

            - [ ] QE: Write the release notes
            - [x] RT: Book the room
            """;

    private static Document parse(String notes) {
        return MinutesParser.create().parse(notes).document();
    }

    private static List<String> lines(CalendarOptions options, String... notes) {
        List<Document> documents = java.util.Arrays.stream(notes).map(CalendarFeedTest::parse).toList();
        String ics = CalendarConverter.create(options).convertAll(documents);
        Ical.valid(ics);
        return Conformance.unfold(ics);
    }

    @Test
    void aPublishedCalendarWithTheNotesNameAsItsName() {
        List<String> lines = lines(CalendarOptions.DEFAULTS, NOTES);
        assertEquals(List.of("METHOD:PUBLISH", "NAME:Team Sync", "X-WR-CALNAME:Team Sync"), lines.subList(4, 7));
    }

    @Test
    void theNameMostNotesShareOrTheOneGiven() {
        String other = "# 2031-05-21 Board\n";
        String sync = "# 2031-05-28 Team Sync\n";
        assertTrue(lines(CalendarOptions.DEFAULTS, other, NOTES, sync).contains("X-WR-CALNAME:Team Sync"));
        assertTrue(lines(CalendarOptions.DEFAULTS, other, NOTES).contains("X-WR-CALNAME:Board"),
                "of names that tie, the first");
        assertTrue(lines(CalendarOptions.DEFAULTS, "Just text\n").contains("NAME:Meeting notes"));
        List<String> named = lines(CalendarOptions.DEFAULTS.withCalendarName("Widgets; calls, all"), NOTES);
        assertTrue(named.contains("NAME:Widgets\\; calls\\, all"), named::toString);
        assertTrue(named.contains("X-WR-CALNAME:Widgets\\; calls\\, all"), named::toString);
        assertThrows(IllegalArgumentException.class, () -> CalendarOptions.DEFAULTS.withCalendarName(" "));
    }

    /** D15: a DRAFT note is not settled: a tentative event, a draft journal entry. */
    @Test
    void draftNotesAreTentative() {
        List<String> event = lines(CalendarOptions.DEFAULTS, "# DRAFT - 2031-05-14 Team Sync\n");
        assertTrue(event.contains("STATUS:TENTATIVE"), event::toString);
        List<String> journal = lines(CalendarOptions.DEFAULTS, "# DRAFT - {{ date }} Team Sync\n");
        assertTrue(journal.contains("BEGIN:VJOURNAL"), journal::toString);
        assertTrue(journal.contains("STATUS:DRAFT"), journal::toString);
        assertFalse(lines(CalendarOptions.DEFAULTS, NOTES).stream().anyMatch(l -> l.startsWith("STATUS:T")));
    }

    @Test
    void todosNoneOpenOrAll() {
        assertEquals(0, count(lines(CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.NONE), NOTES),
                "BEGIN:VTODO"));
        assertEquals(1, count(lines(CalendarOptions.DEFAULTS, NOTES), "BEGIN:VTODO"));
        assertEquals(2, count(lines(CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL), NOTES),
                "BEGIN:VTODO"));
    }

    /** For Google Calendar, which shows no VTODO: each action item an all-day event on its meeting's day. */
    @Test
    void todosAsAllDayEvents() {
        CalendarOptions options = CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL)
                .withTodosAs(CalendarOptions.TodoForm.VEVENT);
        String ics = CalendarConverter.create(options).convert(parse(NOTES));
        Calendar calendar = Ical.valid(ics);
        assertTrue(Ical.components(calendar, "VTODO").isEmpty());
        List<CalendarComponent> events = Ical.components(calendar, "VEVENT");
        assertEquals(List.of("Team Sync", "Action: Write the release notes", "Done: Book the room"),
                events.stream().map(e -> Ical.value(e, "SUMMARY")).toList());
        String meetingUid = Ical.value(events.get(0), "UID");
        CalendarComponent todo = events.get(1);
        // The same UID as the VTODO would have: "write the release notes" hashes to cd582892 (sha256sum).
        assertEquals(meetingUid + "-item-cd582892", Ical.value(todo, "UID"));
        assertEquals("20310514", Ical.value(todo, "DTSTART"));
        assertEquals("20310515", Ical.value(todo, "DTEND"));
        assertEquals("TRANSPARENT", Ical.value(todo, "TRANSP"));
        assertEquals(meetingUid, Ical.value(todo, "RELATED-TO"));
        List<String> lines = Conformance.unfold(ics);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20310514"), lines::toString);
        // An undated note's items stay VTODOs: there is no day to put them on.
        String undated = CalendarConverter.create(options).convert(parse("# {{ date }} Sync\n\n## Action items\n\n"
                + "- [ ] follow up\n"));
        assertEquals(1, Ical.components(Ical.valid(undated), "VTODO").size());
    }

    /** Clients that key attendees by e-mail show those the directory knows, by handle or by name. */
    @Test
    void knownPeopleAreMailtoAttendees() {
        CalendarOptions options = CalendarOptions.DEFAULTS.withEmails(Map.of("@QExample", "quinn@example.org",
                "rosa  tester", "rosa+notes@example.org"));
        List<String> lines = lines(options, NOTES);
        assertTrue(lines.contains("ATTENDEE;CN=Quinn Example:mailto:quinn@example.org"), lines::toString);
        assertTrue(lines.contains("ATTENDEE;CN=Rosa Tester:mailto:rosa%2Bnotes@example.org"), lines::toString);
        // The to-do's assignee is the same person, the same address.
        assertEquals(2, count(lines, "ATTENDEE;CN=Quinn Example:mailto:quinn@example.org"));
        List<String> unknown = lines(CalendarOptions.DEFAULTS.withEmails(Map.of("someone", "s@example.org")), NOTES);
        assertTrue(unknown.contains("ATTENDEE;CN=Quinn Example:https://github.com/qexample"), unknown::toString);
    }

    @Test
    void badDirectoriesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withEmails(Map.of("qexample", "not an address")));
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withEmails(Map.of("QE", "a@example.org", "qe", "b@example.org")));
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withEmails(Map.of(" ", "a@example.org")));
    }

    private static long count(List<String> lines, String line) {
        return lines.stream().filter(line::equals).count();
    }
}
