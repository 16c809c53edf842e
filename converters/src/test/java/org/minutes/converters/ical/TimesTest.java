package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.converters.ical.Notes.document;
import static org.minutes.converters.ical.Notes.timeLink;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;

/** DTSTART, DTEND and VTIMEZONE from the notes' schedule (D19–D21) and the options. */
class TimesTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private static Document meetingAt(LocalDate date, Block... preamble) {
        return document(date, "Team Sync", List.of(preamble));
    }

    private static List<String> lines(Document document, CalendarOptions options) {
        String ics = CalendarConverter.create(options).convert(document);
        Conformance.assertWellFormed(ics);
        Ical.valid(ics);
        return Conformance.unfold(ics);
    }

    /** {@return the DTSTART and DTEND lines of the events, not of the VTIMEZONE observances} */
    private static List<String> times(List<String> lines) {
        return lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.size()).stream()
                .filter(l -> l.startsWith("DTSTART") || l.startsWith("DTEND")).toList();
    }

    @Test
    void zoneFromAPathStyleLinkGetsTzidAndAMinimalVtimezone() {
        // D20: /Chicago/<date>/09:00 is 09:00 America/Chicago. 2031-01-14 is in CST (-06:00); the change in effect is
        // 2030-11-03 02:00 CDT, the next one 2031-03-09 02:00 CST (first Sunday of November, second of March).
        Document document = meetingAt(LocalDate.of(2031, 1, 14),
                timeLink("https://time.example.org/Chicago/2031-01-14/09:00/b/Team%20call"));
        List<String> lines = lines(document, CalendarOptions.DEFAULTS);
        assertEquals(List.of(
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "NAME:Team Sync",
                "X-WR-CALNAME:Team Sync",
                "BEGIN:VTIMEZONE",
                "TZID:America/Chicago",
                "BEGIN:STANDARD",
                "DTSTART:20301103T020000",
                "TZOFFSETFROM:-0500",
                "TZOFFSETTO:-0600",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:20310309T020000",
                "TZOFFSETFROM:-0600",
                "TZOFFSETTO:-0500",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
                "BEGIN:VEVENT"), lines.subList(3, 21));
        assertEquals(List.of("DTSTART;TZID=America/Chicago:20310114T090000",
                "DTEND;TZID=America/Chicago:20310114T100000"), times(lines));
    }

    static Stream<Arguments> zonedMeetings() {
        return Stream.of(
                Arguments.of("America/Chicago", "2031-01-14T09:00", 60),
                Arguments.of("America/Chicago", "2031-07-08T09:00", 60),
                Arguments.of("America/Chicago", "2031-03-09T01:30", 120),
                Arguments.of("America/Chicago", "2031-11-02T00:30", 90),
                Arguments.of("Europe/Berlin", "2031-03-30T01:00", 180),
                Arguments.of("Europe/Dublin", "2031-10-26T00:30", 120),
                Arguments.of("Australia/Lord_Howe", "2031-04-06T01:00", 120),
                Arguments.of("Pacific/Chatham", "2031-09-28T02:00", 120),
                Arguments.of("America/St_Johns", "2031-06-01T12:00", 60),
                Arguments.of("America/Sao_Paulo", "2031-12-01T12:00", 60),
                Arguments.of("Asia/Kolkata", "2031-05-14T17:00", 60),
                Arguments.of("Asia/Tokyo", "2031-05-14T17:00", 60),
                Arguments.of("Africa/Casablanca", "2031-02-20T10:00", 60));
    }

    /**
     * ical4j accepts the VTIMEZONE, and reading its observances as RFC 5545 3.6.5 says (an onset is DTSTART in the
     * TZOFFSETFROM offset; the latest onset at or before an instant gives its offset) yields the JDK's offset every
     * quarter hour of the meeting. ical4j's own {@code TimeZone.getOffset} cannot serve: it returns the larger of the
     * observance's offset and a raw offset taken at the current date, and compares onsets in UTC wall time.
     */
    @ParameterizedTest
    @MethodSource("zonedMeetings")
    void vtimezoneGivesTheJdkOffsetThroughoutTheMeeting(String zoneId, String start, int minutes) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDateTime local = LocalDateTime.parse(start);
        CalendarOptions options = CalendarOptions.DEFAULTS.withStart(local.toLocalTime()).withZone(zone)
                .withDuration(Duration.ofMinutes(minutes));
        String ics = CalendarConverter.create(options).convert(meetingAt(local.toLocalDate()));
        Calendar calendar = Ical.valid(ics);
        VTimeZone component = (VTimeZone) Ical.only(calendar, "VTIMEZONE");
        assertEquals(zoneId, Ical.value(component, "TZID"));
        ZonedDateTime begin = local.atZone(zone);
        ZonedDateTime end = begin.plusMinutes(minutes);
        for (ZonedDateTime time = begin; !time.isAfter(end); time = time.plusMinutes(15)) {
            Instant instant = time.toInstant();
            assertEquals(zone.getRules().getOffset(instant), offsetAt(component, instant),
                    () -> "offset at " + instant + "\n" + ics);
        }
        CalendarComponent event = Ical.only(calendar, "VEVENT");
        assertEquals(expectedValue(begin), Ical.value(event, "DTSTART"));
        assertEquals(expectedValue(end), Ical.value(event, "DTEND"));
    }

    /** Local time in the zone, or UTC for the second of two equal local times at a fall-back change. */
    private static String expectedValue(ZonedDateTime time) {
        return time.withEarlierOffsetAtOverlap().equals(time) ? LOCAL.format(time)
                : LOCAL.format(time.withZoneSameInstant(ZoneOffset.UTC)) + "Z";
    }

    private static ZoneOffset offsetAt(VTimeZone component, Instant instant) {
        Instant latest = null;
        ZoneOffset offset = null;
        for (Observance observance : component.getObservances()) {
            ZoneOffset from = utcOffset(Ical.value(observance, "TZOFFSETFROM"));
            Instant onset = LocalDateTime.parse(Ical.value(observance, "DTSTART"), LOCAL).toInstant(from);
            if (!onset.isAfter(instant) && (latest == null || onset.isAfter(latest))) {
                latest = onset;
                offset = utcOffset(Ical.value(observance, "TZOFFSETTO"));
            }
        }
        assertNotNull(offset, () -> "no observance in effect at " + instant);
        return offset;
    }

    /** RFC 5545 3.3.14: {@code +HHMM[SS]}. */
    private static ZoneOffset utcOffset(String value) {
        int sign = value.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(value.substring(1, 3));
        int minutes = Integer.parseInt(value.substring(3, 5));
        int seconds = value.length() > 5 ? Integer.parseInt(value.substring(5, 7)) : 0;
        return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60 + seconds));
    }

    @Test
    void meetingAcrossTheSpringChangeHasBothObservances() {
        // 01:30 CST + 2 h = 04:30 CDT on 2031-03-09; the change at 02:00 is inside the meeting.
        CalendarOptions options = CalendarOptions.DEFAULTS.withStart(LocalTime.of(1, 30))
                .withZone(ZoneId.of("America/Chicago")).withDuration(Duration.ofHours(2));
        List<String> lines = lines(meetingAt(LocalDate.of(2031, 3, 9)), options);
        assertEquals(List.of("DTSTART;TZID=America/Chicago:20310309T013000",
                "DTEND;TZID=America/Chicago:20310309T043000"), times(lines));
        assertTrue(lines.containsAll(List.of("DTSTART:20301103T020000", "DTSTART:20310309T020000",
                "DTSTART:20311102T020000")), () -> String.join("\n", lines));
    }

    @Test
    void secondOfTwoEqualLocalTimesIsWrittenInUtc() {
        // 07:30Z on 2031-11-02 is 01:30 CST, the second 01:30 of that night; 06:30Z is the first (CDT), and an hour
        // later it is the second.
        CalendarOptions chicago = CalendarOptions.DEFAULTS.withZone(ZoneId.of("America/Chicago"));
        LocalDate date = LocalDate.of(2031, 11, 2);
        List<String> second = times(lines(meetingAt(date,
                timeLink("https://time.example.org/convert/utc?t=7:30am")), chicago));
        assertEquals(List.of("DTSTART:20311102T073000Z", "DTEND;TZID=America/Chicago:20311102T023000"), second);
        List<String> first = times(lines(meetingAt(date,
                timeLink("https://time.example.org/convert/utc?t=6:30am")), chicago));
        assertEquals(List.of("DTSTART;TZID=America/Chicago:20311102T013000", "DTEND:20311102T073000Z"), first);
    }

    @Test
    void startInTheSpringGapMovesForwardByTheGap() {
        CalendarOptions options = CalendarOptions.DEFAULTS.withStart(LocalTime.of(2, 30))
                .withZone(ZoneId.of("America/Chicago"));
        List<String> lines = lines(meetingAt(LocalDate.of(2031, 3, 9)), options);
        assertEquals(List.of("DTSTART;TZID=America/Chicago:20310309T033000",
                "DTEND;TZID=America/Chicago:20310309T043000"), times(lines));
    }

    @Test
    void fixedOffsetZonesAreWrittenInUtcWithoutVtimezone() {
        LocalDate date = LocalDate.of(2031, 5, 14);
        CalendarOptions ten = CalendarOptions.DEFAULTS.withStart(LocalTime.of(10, 0));
        assertEquals(List.of("DTSTART:20310514T080000Z", "DTEND:20310514T090000Z"),
                times(lines(meetingAt(date), ten.withZone(ZoneOffset.ofHours(2)))));
        assertEquals(List.of("DTSTART:20310514T100000Z", "DTEND:20310514T110000Z"),
                times(lines(meetingAt(date), ten.withZone(ZoneId.of("UTC")))));
        List<String> gmtPlusFive = lines(meetingAt(date), ten.withZone(ZoneId.of("Etc/GMT+5")));
        assertEquals(List.of("DTSTART:20310514T150000Z", "DTEND:20310514T160000Z"), times(gmtPlusFive));
        assertFalse(gmtPlusFive.contains("BEGIN:VTIMEZONE"));
    }

    @Test
    void optionZoneShowsTheNotesInstantInThatZone() {
        // 17:00 UTC is 19:00 in Berlin in May (CEST); 23:00 UTC is 08:00 the next day in Tokyo.
        LocalDate date = LocalDate.of(2031, 5, 14);
        List<String> berlin = lines(meetingAt(date, timeLink("https://time.example.org/convert/utc?t=5pm")),
                CalendarOptions.DEFAULTS.withZone(ZoneId.of("Europe/Berlin")));
        assertEquals(List.of("DTSTART;TZID=Europe/Berlin:20310514T190000",
                "DTEND;TZID=Europe/Berlin:20310514T200000"), times(berlin));
        List<String> tokyo = lines(meetingAt(date, timeLink("https://time.example.org/convert/utc?t=11pm")),
                CalendarOptions.DEFAULTS.withZone(ZoneId.of("Asia/Tokyo")));
        assertTrue(tokyo.contains("DTSTART;TZID=Asia/Tokyo:20310515T080000"), () -> String.join("\n", tokyo));
        assertTrue(tokyo.contains("DTSTAMP:20310514T000000Z"));
    }

    @Test
    void unknownNotesZoneIsFloatingUnlessTheOptionsNameOne() {
        // D20: Atlantis is no zone, so the time is kept without zone.
        Document document = meetingAt(LocalDate.of(2031, 5, 14),
                timeLink("https://time.example.org/Atlantis/2031-05-14/09:00/b/x"));
        assertEquals(List.of("DTSTART:20310514T090000", "DTEND:20310514T100000"),
                times(lines(document, CalendarOptions.DEFAULTS)));
        List<String> berlin = lines(document, CalendarOptions.DEFAULTS.withZone(ZoneId.of("Europe/Berlin")));
        assertTrue(berlin.contains("DTSTART;TZID=Europe/Berlin:20310514T090000"));
    }

    @Test
    void withoutAnyTimeTheEventIsAllDay() {
        Document document = meetingAt(LocalDate.of(2031, 12, 31));
        List<String> expected = List.of("DTSTART;VALUE=DATE:20311231", "DTEND;VALUE=DATE:20320101");
        assertEquals(expected, times(lines(document, CalendarOptions.DEFAULTS)));
        assertEquals(expected, times(lines(document, CalendarOptions.DEFAULTS
                .withZone(ZoneId.of("Europe/Berlin")).withDuration(Duration.ofMinutes(90)))));
    }

    @Test
    void optionStartReplacesTheNotesTimeAndKeepsItsZone() {
        Document document = meetingAt(LocalDate.of(2031, 5, 14),
                timeLink("https://time.example.org/convert/utc?t=5pm"));
        CalendarOptions nine = CalendarOptions.DEFAULTS.withStart(LocalTime.of(9, 0));
        assertEquals(List.of("DTSTART:20310514T090000Z", "DTEND:20310514T100000Z"), times(lines(document, nine)));
        assertEquals(List.of("DTSTART:20310514T090000", "DTEND:20310514T100000"),
                times(lines(meetingAt(LocalDate.of(2031, 5, 14)), nine)));
    }

    @Test
    void durationOptionSetsDtend() {
        Document document = meetingAt(LocalDate.of(2031, 5, 14),
                timeLink("https://time.example.org/convert/utc?t=11pm"));
        assertEquals(List.of("DTSTART:20310514T230000Z", "DTEND:20310515T003000Z"),
                times(lines(document, CalendarOptions.DEFAULTS.withDuration(Duration.ofMinutes(90)))));
    }

    @Test
    void oneVtimezonePerZoneSortedByIdCoveringEveryMeeting() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        CalendarOptions options = CalendarOptions.DEFAULTS.withStart(LocalTime.of(9, 0)).withZone(chicago);
        Document winter = meetingAt(LocalDate.of(2031, 1, 14));
        Document summer = meetingAt(LocalDate.of(2031, 7, 8));
        String ics = CalendarConverter.create(options).convertAll(List.of(summer, winter));
        List<String> lines = Conformance.unfold(ics);
        assertEquals(1, lines.stream().filter("BEGIN:VTIMEZONE"::equals).count());
        // In effect on 2031-01-14: 2030-11-03; then 2031-03-09, 2031-11-02 (the first after 2031-07-08).
        assertEquals(List.of("DTSTART:20301103T020000", "DTSTART:20310309T020000", "DTSTART:20311102T020000"),
                lines.subList(0, lines.indexOf("END:VTIMEZONE")).stream()
                        .filter(l -> l.startsWith("DTSTART:")).toList());
        Ical.valid(ics);

        String two = CalendarConverter.create(CalendarOptions.DEFAULTS.withStart(LocalTime.of(9, 0)))
                .convertAll(List.of(
                        meetingAt(LocalDate.of(2031, 5, 14),
                                timeLink("https://t.example.org/Tokyo/2031-05-14/09:00/x")),
                        meetingAt(LocalDate.of(2031, 5, 14),
                                timeLink("https://t.example.org/Chicago/2031-05-14/09:00/x"))));
        assertEquals(List.of("TZID:America/Chicago", "TZID:Asia/Tokyo"),
                Conformance.unfold(two).stream().filter(l -> l.startsWith("TZID:")).toList());
        Calendar calendar = Ical.valid(two);
        List<Property> starts = Ical.components(calendar, "VEVENT").stream()
                .map(e -> Ical.properties(e, "DTSTART").get(0)).toList();
        assertEquals(List.of("Asia/Tokyo", "America/Chicago"),
                starts.stream().map(p -> Ical.parameter(p, "TZID").orElseThrow()).toList());
    }

    @Test
    void utcOffsetsHaveSignHoursMinutesAndSecondsOnlyWhenNeeded() {
        assertEquals("+0000", ZoneComponent.offset(ZoneOffset.UTC));
        assertEquals("-0500", ZoneComponent.offset(ZoneOffset.ofHours(-5)));
        assertEquals("+0530", ZoneComponent.offset(ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("+1345", ZoneComponent.offset(ZoneOffset.ofHoursMinutes(13, 45)));
        assertEquals("-055036", ZoneComponent.offset(ZoneOffset.ofHoursMinutesSeconds(-5, -50, -36)));
    }

    @Test
    void optionsRejectWhatRfc5545CannotExpress() {
        assertThrows(IllegalArgumentException.class, () -> CalendarOptions.DEFAULTS.withDuration(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withDuration(Duration.ofMinutes(-5)));
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withDuration(Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withStart(LocalTime.of(9, 0, 0, 1)));
    }
}
