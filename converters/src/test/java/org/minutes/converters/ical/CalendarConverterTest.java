package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.converters.ical.Notes.attendees;
import static org.minutes.converters.ical.Notes.bullets;
import static org.minutes.converters.ical.Notes.document;
import static org.minutes.converters.ical.Notes.item;
import static org.minutes.converters.ical.Notes.section;
import static org.minutes.converters.ical.Notes.timeLink;
import static org.minutes.converters.ical.Notes.zoom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;

/** The calendar, the meeting's VEVENT (or VJOURNAL) and the action items' VTODOs, from documents built by hand. */
class CalendarConverterTest {

    private static final LocalDate DATE = LocalDate.of(2031, 5, 14);
    /** {@code printf 'Widget Ecosystem Meeting' | sha256sum}, first 8 hex digits. */
    private static final String UID = "minutes-2031-05-14-widget-ecosystem-meeting-919a879d";

    /**
     * <pre>
     * ---
     * tags: [meeting-notes, widgets]
     * ---
     * # 2031-05-14 Widget Ecosystem Meeting
     * [Zoom link](https://zoom.example.org/j/123?pwd=abc)
     * [What time is the meeting in my time zone](https://time.example.org/convert/utc?t=5pm)
     * ## Attendees
     * | Name | Initials | GH Username |
     * | Quinn Example | QE | qexample |
     * | Rosa Tester | RT | |
     * ## Attendees in absentia
     * | Pat Xu | PX | patxu |
     * ## Action items
     * - [ ] QE: Write the release notes
     * - [x] RT: Book the room
     * - [ ] XY: Ask the unlisted speaker
     * </pre>
     */
    private static Document meeting() {
        return document("tags: [meeting-notes, widgets]", DATE, "Widget Ecosystem Meeting",
                List.of(zoom("https://zoom.example.org/j/123?pwd=abc"),
                        timeLink("https://time.example.org/convert/utc?t=5pm")),
                attendees("Attendees", new String[] {"Quinn Example", "QE", "qexample"},
                        new String[] {"Rosa Tester", "RT", ""}),
                attendees("Attendees in absentia", new String[] {"Pat Xu", "PX", "patxu"}),
                section("Action items", bullets(
                        item(Checkbox.OPEN, "QE", "Write the release notes"),
                        item(Checkbox.DONE, "RT", "Book the room"),
                        item(Checkbox.OPEN, "XY", "Ask the unlisted speaker"))));
    }

    @Test
    void wholeCalendarLineByLine() {
        String ics = CalendarConverter.create().convert(meeting());
        List<String> expected = List.of(
                "BEGIN:VCALENDAR",
                "PRODID:-//Minutes//Minutes converters//EN",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "NAME:Widget Ecosystem Meeting",
                "X-WR-CALNAME:Widget Ecosystem Meeting",
                "BEGIN:VEVENT",
                "UID:" + UID,
                "DTSTAMP:20310514T000000Z",
                "DTSTART:20310514T170000Z",
                "DTEND:20310514T180000Z",
                "SUMMARY:Widget Ecosystem Meeting",
                "URL:https://zoom.example.org/j/123?pwd=abc",
                "LOCATION:https://zoom.example.org/j/123?pwd=abc",
                "CATEGORIES:meeting-notes,widgets",
                "ATTENDEE;CN=Quinn Example:https://github.com/qexample",
                "ATTENDEE;CN=Rosa Tester:urn:minutes:attendee:Rosa%20Tester",
                "ATTENDEE;CN=Pat Xu;ROLE=NON-PARTICIPANT:https://github.com/patxu",
                "DESCRIPTION:Attendees\\nName | Initials | GH Username\\nQuinn Example | QE | qexample\\n"
                        + "Rosa Tester | RT |\\n\\nAttendees in absentia\\nName | Initials | GH Username\\n"
                        + "Pat Xu | PX | patxu\\n\\nAction items\\n- [ ] QE: Write the release notes\\n"
                        + "- [x] RT: Book the room\\n- [ ] XY: Ask the unlisted speaker",
                "END:VEVENT",
                "BEGIN:VTODO",
                "UID:" + UID + "-item-cd582892",
                "DTSTAMP:20310514T000000Z",
                "SUMMARY:Write the release notes",
                "STATUS:NEEDS-ACTION",
                "RELATED-TO:" + UID,
                "ATTENDEE;CN=Quinn Example:https://github.com/qexample",
                "END:VTODO",
                "BEGIN:VTODO",
                "UID:" + UID + "-item-d56c455c",
                "DTSTAMP:20310514T000000Z",
                "SUMMARY:Ask the unlisted speaker",
                "STATUS:NEEDS-ACTION",
                "RELATED-TO:" + UID,
                "ATTENDEE;CN=XY:urn:minutes:initials:XY",
                "END:VTODO",
                "END:VCALENDAR");
        assertEquals(expected, Conformance.unfold(ics));
        Conformance.assertWellFormed(ics);
        Ical.valid(ics);
    }

    @Test
    void ical4jReadsTheMeetingBack() {
        Calendar calendar = Ical.valid(CalendarConverter.create().convert(meeting()));
        assertEquals("-//Minutes//Minutes converters//EN", calendar.getProductId().getValue());
        CalendarComponent event = Ical.only(calendar, "VEVENT");
        assertEquals("Widget Ecosystem Meeting", Ical.value(event, "SUMMARY"));
        List<Property> attendees = Ical.properties(event, "ATTENDEE");
        assertEquals(List.of("Quinn Example", "Rosa Tester", "Pat Xu"),
                attendees.stream().map(a -> Ical.parameter(a, "CN").orElseThrow()).toList());
        assertEquals(List.of("https://github.com/qexample", "urn:minutes:attendee:Rosa%20Tester",
                "https://github.com/patxu"), attendees.stream().map(Property::getValue).toList());
        assertEquals("NON-PARTICIPANT", Ical.parameter(attendees.get(2), "ROLE").orElseThrow());
        assertEquals(Set.of("meeting-notes", "widgets"),
                ((Categories) Ical.properties(event, "CATEGORIES").get(0)).getCategories().getTexts());
        List<CalendarComponent> todos = Ical.components(calendar, "VTODO");
        assertEquals(List.of("Write the release notes", "Ask the unlisted speaker"),
                todos.stream().map(todo -> Ical.value(todo, "SUMMARY")).toList());
        todos.forEach(todo -> assertEquals(UID, Ical.value(todo, "RELATED-TO")));
    }

    @Test
    void completedItemsAreVtodosOnlyWithTheOption() {
        String ics = CalendarConverter.create(CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL)).convert(meeting());
        List<CalendarComponent> todos = Ical.components(Ical.valid(ics), "VTODO");
        assertEquals(List.of("Write the release notes", "Book the room", "Ask the unlisted speaker"),
                todos.stream().map(todo -> Ical.value(todo, "SUMMARY")).toList());
        assertEquals(List.of("NEEDS-ACTION", "COMPLETED", "NEEDS-ACTION"),
                todos.stream().map(todo -> Ical.value(todo, "STATUS")).toList());
        assertEquals(UID + "-item-0f5a320a", Ical.value(todos.get(1), "UID"));
        List<String> lines = Conformance.unfold(ics);
        int done = lines.indexOf("UID:" + UID + "-item-0f5a320a");
        assertEquals("ATTENDEE;CN=Rosa Tester:urn:minutes:attendee:Rosa%20Tester", lines.get(done + 5));
    }

    @Test
    void absentAttendeeAssignedAnItemIsAPlainAttendeeOfTheTodo() {
        Document document = document(DATE, "Team Sync", List.of(),
                attendees("Attendees in absentia", new String[] {"Pat Xu", "PX", "patxu"}),
                section("Action items", bullets(item(Checkbox.OPEN, "PX", "Send the update"))));
        List<String> lines = Conformance.unfold(CalendarConverter.create().convert(document));
        assertTrue(lines.contains("ATTENDEE;CN=Pat Xu;ROLE=NON-PARTICIPANT:https://github.com/patxu"));
        int todo = lines.indexOf("BEGIN:VTODO");
        assertEquals("ATTENDEE;CN=Pat Xu:https://github.com/patxu", lines.get(todo + 6));
    }

    @Test
    void speakerResolutionIsCaseInsensitiveAfterCaseSensitive() {
        // D53: MVV resolves to the attendee MvV.
        Document document = document(DATE, "Team Sync", List.of(),
                attendees("Attendees", new String[] {"Milo van Vliet", "MvV", "mvv"}),
                section("Action items", bullets(item(Checkbox.OPEN, "MVV", "Review the spec"))));
        Calendar calendar = Ical.valid(CalendarConverter.create().convert(document));
        Property assignee = Ical.properties(Ical.only(calendar, "VTODO"), "ATTENDEE").get(0);
        assertEquals("Milo van Vliet", Ical.parameter(assignee, "CN").orElseThrow());
        assertEquals("https://github.com/mvv", assignee.getValue());
    }

    @Test
    void attendeesWithoutNameOrHandleGetAnEncodedUrn() {
        Document document = document(DATE, "Team Sync", List.of(), attendees("Attendees",
                new String[] {"Jaime Rodríguez-Guerra", "JRG", ""},
                new String[] {"", "NN", ""},
                new String[] {"Example, \"Q\"", "", ""},
                new String[] {"\"Q\"", "", ""},
                new String[] {"Back\\slash\\", "", ""},
                new String[] {"Back\\slash, Q\\", "", ""}));
        List<String> lines = Conformance.unfold(CalendarConverter.create().convert(document));
        assertTrue(lines.contains("ATTENDEE;CN=Jaime Rodríguez-Guerra:"
                + "urn:minutes:attendee:Jaime%20Rodr%C3%ADguez-Guerra"), () -> String.join("\n", lines));
        assertTrue(lines.contains("ATTENDEE:urn:minutes:attendee:NN"), () -> String.join("\n", lines));
        assertTrue(lines.contains("ATTENDEE;CN=\"Example, ^'Q^'\":urn:minutes:attendee:Example%2C%20%22Q%22"),
                () -> String.join("\n", lines));
        Calendar calendar = Ical.valid(CalendarConverter.create().convert(document));
        List<Property> attendees = Ical.properties(Ical.only(calendar, "VEVENT"), "ATTENDEE");
        assertEquals("Example, \"Q\"", Ical.parameter(attendees.get(2), "CN").orElseThrow());
        assertTrue(lines.contains("ATTENDEE;CN=\"^'Q^'\":urn:minutes:attendee:%22Q%22"),
                () -> String.join("\n", lines));
        assertEquals("\"Q\"", Ical.parameter(attendees.get(3), "CN").orElseThrow());
        assertEquals("Back\\slash\\", Ical.parameter(attendees.get(4), "CN").orElseThrow());
        assertEquals("Back\uFF3Cslash, Q\uFF3C", Ical.parameter(attendees.get(5), "CN").orElseThrow());
        assertEquals(6, attendees.size());
    }

    @Test
    void itemTextWithSeparatorsBackslashesAndTwoHundredEmojiReadsBackUnchanged() {
        String text = "a;b,c\\d; END:VEVENT BEGIN:VTODO\\n " + "😀".repeat(200);
        Document document = document(DATE, "Team Sync", List.of(),
                section("Action items", bullets(item(Checkbox.OPEN, null, text))));
        String ics = CalendarConverter.create().convert(document);
        Conformance.assertWellFormed(ics);
        Calendar calendar = Ical.valid(ics);
        assertEquals(2, calendar.getComponents().size());
        CalendarComponent todo = Ical.only(calendar, "VTODO");
        assertEquals(List.of("UID", "DTSTAMP", "SUMMARY", "STATUS", "RELATED-TO"), Ical.propertyNames(todo));
        assertEquals(text, Ical.value(todo, "SUMMARY"));
        assertEquals(List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"),
                Ical.propertyNames(Ical.only(calendar, "VEVENT")));
        assertEquals("Action items\n- [ ] " + text, Ical.value(Ical.only(calendar, "VEVENT"), "DESCRIPTION"));
    }

    @Test
    void lineBreaksInjectNoPropertyAndReadBackAsLineFeeds() {
        // Item text is one line by the AST's contract; YAML tags are not: "\r\n" in a double-quoted scalar is CR LF.
        String yaml = "tags: [\"x\\r\\nEND:VEVENT\\r\\nBEGIN:VTODO\\r\\nSUMMARY:evil\", \"a,b;c\\\\d\"]";
        Document document = document(yaml, DATE, "Team Sync", List.of());
        assertEquals(List.of("x\r\nEND:VEVENT\r\nBEGIN:VTODO\r\nSUMMARY:evil", "a,b;c\\d"), document.tags());
        String ics = CalendarConverter.create().convert(document);
        Conformance.assertWellFormed(ics);
        assertTrue(Conformance.unfold(ics).contains(
                "CATEGORIES:x\\nEND:VEVENT\\nBEGIN:VTODO\\nSUMMARY:evil,a\\,b\\;c\\\\d"));
        Calendar calendar = Ical.valid(ics);
        assertEquals(1, calendar.getComponents().size());
        CalendarComponent event = Ical.only(calendar, "VEVENT");
        assertEquals(List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES"),
                Ical.propertyNames(event));
        assertEquals(Set.of("x\nEND:VEVENT\nBEGIN:VTODO\nSUMMARY:evil", "a,b;c\\d"),
                ((Categories) Ical.properties(event, "CATEGORIES").get(0)).getCategories().getTexts());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        CalendarConverter converter = CalendarConverter.create(CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL));
        byte[] first = converter.convert(meeting()).getBytes(StandardCharsets.UTF_8);
        byte[] second = CalendarConverter.create(CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL))
                .convert(meeting()).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(first, second);
    }

    @Test
    void everyMeetingInOneCalendarInInputOrderAndRepeatedUidsNumbered() {
        Document other = document(LocalDate.of(2031, 5, 21), "Team Sync", List.of(),
                section("Action items", bullets(item(Checkbox.OPEN, null, "Follow up"))));
        String ics = CalendarConverter.create().convertAll(List.of(meeting(), other, meeting()));
        Calendar calendar = Ical.valid(ics);
        assertEquals(List.of(UID, "minutes-2031-05-21-team-sync-4874d7b8", UID + "-2"),
                Ical.components(calendar, "VEVENT").stream().map(e -> Ical.value(e, "UID")).toList());
        List<CalendarComponent> todos = Ical.components(calendar, "VTODO");
        assertEquals(5, todos.size());
        assertEquals(List.of(UID, UID, "minutes-2031-05-21-team-sync-4874d7b8", UID + "-2", UID + "-2"),
                todos.stream().map(t -> Ical.value(t, "RELATED-TO")).toList());
        assertEquals(UID + "-2-item-d56c455c", Ical.value(todos.get(4), "UID"));
        List<String> order = Conformance.unfold(ics).stream().filter(l -> l.startsWith("BEGIN:")).toList();
        assertEquals(List.of("BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VTODO", "BEGIN:VTODO", "BEGIN:VEVENT",
                "BEGIN:VTODO", "BEGIN:VEVENT", "BEGIN:VTODO", "BEGIN:VTODO"), order);
    }

    @Test
    void notesWithoutDateAreAJournalEntryWithoutInventedTimes() {
        // D16: an unfilled template, as in example 10, with a time link but no date.
        Document template = document(null, "{{ meeting_date }} Widget Ecosystem Meeting",
                List.of(zoom("https://zoom.example.org/j/123456789"),
                        timeLink("https://time.example.org/convert/utc?t=5pm")),
                attendees("Attendees", new String[] {"Quinn Example", "QE", "qexample"}),
                section("Action items", bullets(item(Checkbox.OPEN, "QE", "Fill in the date"))));
        String ics = CalendarConverter.create().convert(template);
        String uid = "minutes-undated-meeting-date-widget-ecosystem-meeting-f509ece4";
        List<String> lines = Conformance.unfold(ics);
        assertEquals(List.of("BEGIN:VJOURNAL", "UID:" + uid, "DTSTAMP:19700101T000000Z",
                "SUMMARY:{{ meeting_date }} Widget Ecosystem Meeting", "URL:https://zoom.example.org/j/123456789",
                "ATTENDEE;CN=Quinn Example:https://github.com/qexample"), lines.subList(7, 13));
        Calendar calendar = Ical.valid(ics);
        assertTrue(Ical.components(calendar, "VEVENT").isEmpty());
        CalendarComponent todo = Ical.only(calendar, "VTODO");
        assertEquals(uid, Ical.value(todo, "RELATED-TO"));
        assertEquals(uid + "-item-52157639", Ical.value(todo, "UID"));
    }

    @Test
    void emptyTemplateStillGivesAValidCalendar() {
        Document template = document(null, "{{ day }} Widget Meeting", List.of());
        Calendar calendar = Ical.valid(CalendarConverter.create().convert(template));
        assertEquals(1, calendar.getComponents().size());
        assertFalse(Ical.only(calendar, "VJOURNAL").getProperties().isEmpty());
    }

    @Test
    void meetingLinkThatIsNoUriIsEncodedOrOnlyALocation() {
        Document encoded = document(DATE, "Team Sync", List.of(zoom("https://meet.example.org/räum|1")));
        List<String> lines = Conformance.unfold(CalendarConverter.create().convert(encoded));
        assertTrue(lines.contains("URL:https://meet.example.org/r%C3%A4um%7C1"), () -> String.join("\n", lines));
        assertTrue(lines.contains("LOCATION:https://meet.example.org/räum|1"));
        Ical.valid(CalendarConverter.create().convert(encoded));

        Document relative = document(DATE, "Team Sync", List.of(zoom("meet.example.org/abc")));
        List<String> relativeLines = Conformance.unfold(CalendarConverter.create().convert(relative));
        assertFalse(relativeLines.stream().anyMatch(line -> line.startsWith("URL")));
        assertTrue(relativeLines.contains("LOCATION:meet.example.org/abc"));
    }

    @Test
    void hundredThousandActionItemsInBoundedTime() {
        ListItem[] items = new ListItem[100_000];
        for (int i = 0; i < items.length; i++) {
            items[i] = item(Checkbox.OPEN, i % 2 == 0 ? "QE" : "XY", "task " + i);
        }
        Document document = document(DATE, "Team Sync", List.of(),
                attendees("Attendees", new String[] {"Quinn Example", "QE", "qexample"}),
                section("Action items", bullets(items)));
        String ics = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CalendarConverter.create().convert(document));
        int todos = 0;
        for (int at = ics.indexOf("BEGIN:VTODO\r\n"); at >= 0; at = ics.indexOf("BEGIN:VTODO\r\n", at + 1)) {
            todos++;
        }
        assertEquals(100_000, todos);
        assertTrue(ics.endsWith("SUMMARY:task 99999\r\nSTATUS:NEEDS-ACTION\r\n"
                + "RELATED-TO:minutes-2031-05-14-team-sync-4874d7b8\r\nATTENDEE;CN=XY:urn:minutes:initials:XY\r\n"
                + "END:VTODO\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void noDocumentIsNoCalendar() {
        assertThrows(IllegalArgumentException.class, () -> CalendarConverter.create().convertAll(List.of()));
    }
}
