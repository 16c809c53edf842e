package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/**
 * Issue 10, defect 7: RFC 5545 writes years with four digits (date-fullyear), so every DATE and DATE-TIME the
 * converter writes lies in 0001–9999; a meeting whose date lies outside is refused with a
 * {@link CalendarRangeException}, and durations longer than {@link CalendarOptions#MAX_DURATION} (7 days) are
 * refused by the options. No value is ever written with a {@code +} year.
 */
class CalendarRangeTest {

    private static Document parse(String text) {
        return MinutesParser.create().parse(text).document();
    }

    private static String convert(Document document, CalendarOptions options) {
        String ics = CalendarConverter.create(options).convert(document);
        Conformance.assertWellFormed(ics);
        assertFalse(Pattern.compile("^(DT|DURATION)[^:]*:[-+]", Pattern.MULTILINE).matcher(ics).find(), ics);
        return ics;
    }

    private static List<String> eventLines(String ics) {
        List<String> lines = Conformance.unfold(ics);
        return lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1).stream()
                .filter(l -> l.startsWith("DT") || l.startsWith("DURATION")).toList();
    }

    @Test
    void anAllDayMeetingOnTheLastDayEndsWithADurationInsteadOfTheYear10000() {
        // The probe's `# 9999-12-31` gave `DTEND;VALUE=DATE:+100000101`. One day is the same end (RFC 5545 3.6.1).
        String ics = convert(parse("# 9999-12-31 Team Sync\n"), CalendarOptions.DEFAULTS);
        assertEquals(List.of("DTSTAMP:99991231T000000Z", "DTSTART;VALUE=DATE:99991231", "DURATION:P1D"),
                eventLines(ics));
        CalendarComponent event = Ical.only(Ical.valid(ics), "VEVENT");
        assertEquals("P1D", Ical.value(event, "DURATION"));
    }

    @Test
    void aTimedMeetingEndingAfter9999EndsWithADuration() {
        CalendarOptions late = CalendarOptions.DEFAULTS.withStart(LocalTime.of(23, 30)).withZone(ZoneId.of("UTC"));
        String ics = convert(parse("# 9999-12-31 Team Sync\n"), late);
        assertEquals(List.of("DTSTAMP:99991231T000000Z", "DTSTART:99991231T233000Z", "DURATION:PT1H"),
                eventLines(ics));
        Ical.valid(ics);
    }

    @Test
    void aMeetingInAZoneOnTheLastDayHasNoObservanceAfter9999() {
        // Europe/Berlin changes offset on the last Sundays of March and October, in the year 10000 too; the VTIMEZONE
        // shows the changes up to the meeting, and the one after it only where a year of four digits can hold it.
        CalendarOptions late = CalendarOptions.DEFAULTS.withStart(LocalTime.of(23, 30))
                .withZone(ZoneId.of("Europe/Berlin"));
        String ics = convert(parse("# 9999-12-31 Team Sync\n"), late);
        assertEquals(List.of("DTSTAMP:99991231T000000Z", "DTSTART;TZID=Europe/Berlin:99991231T233000",
                "DURATION:PT1H"), eventLines(ics));
        assertFalse(ics.contains("DTSTART:1000"), ics);
        assertEquals(List.of("DTSTART:99991031T030000"), Conformance.unfold(ics).stream()
                .filter(l -> l.startsWith("DTSTART:")).toList());
        Ical.valid(ics);
    }

    @Test
    void aMeetingOnTheFirstDayIsWritten() {
        String ics = convert(parse("# 0001-01-01 Team Sync\n"), CalendarOptions.DEFAULTS);
        assertEquals(List.of("DTSTAMP:00010101T000000Z", "DTSTART;VALUE=DATE:00010101", "DTEND;VALUE=DATE:00010102"),
                eventLines(ics));
        Calendar calendar = Ical.valid(ics);
        assertEquals("00010101", Ical.value(Ical.only(calendar, "VEVENT"), "DTSTART"));
    }

    @Test
    void theYearZeroIsRefusedNamingTheDateAndTheRange() {
        // The probe's `# 0000-01-01` gave a calendar ical4j rejects whole.
        Document document = parse("# 0000-01-01 Team Sync\n");
        CalendarRangeException e = assertThrows(CalendarRangeException.class,
                () -> CalendarConverter.create().convert(document));
        assertEquals("meeting \"Team Sync\": date 0000-01-01 is outside the years 0001-9999 that iCalendar can "
                + "write (RFC 5545 date-fullyear)", e.getMessage());
    }

    @Test
    void aStartThatAZoneMovesBeforeTheYearOneIsRefused() {
        // 0001-01-01 00:30 at +01:00 is 0000-12-31 23:30 UTC, which a fixed offset is written in.
        CalendarOptions early = CalendarOptions.DEFAULTS.withStart(LocalTime.of(0, 30))
                .withZone(ZoneId.of("+01:00"));
        CalendarRangeException e = assertThrows(CalendarRangeException.class,
                () -> CalendarConverter.create(early).convert(parse("# 0001-01-01 Team Sync\n")));
        assertTrue(e.getMessage().startsWith("meeting \"Team Sync\": DTSTART 0000-12-31T23:30Z is outside the "
                + "years 0001-9999"), e.getMessage());
    }

    @Test
    void theSourceNameNamesTheMeetingWhenThereIsOne() {
        Document document = MinutesParser.create().parse("# 0000-01-01 Team Sync\n", "notes/zero.md").document();
        CalendarRangeException e = assertThrows(CalendarRangeException.class,
                () -> CalendarConverter.create().convert(document));
        assertTrue(e.getMessage().startsWith("notes/zero.md: date 0000-01-01 "), e.getMessage());
    }

    /** The probe's {@code --duration 99999999999} (minutes) gave {@code DTEND:+1921560606T203900}. */
    @ParameterizedTest
    @ValueSource(longs = {99_999_999_999L, 10_081L, Long.MAX_VALUE / 60})
    void aDurationBeyondSevenDaysIsRefusedNamingTheMaximum(long minutes) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withDuration(Duration.ofMinutes(minutes)));
        assertTrue(e.getMessage().endsWith("must be at most 7 days (PT168H)"), e.getMessage());
    }

    @Test
    void theLongestDurationIsSevenDays() {
        assertEquals(Duration.ofDays(7), CalendarOptions.MAX_DURATION);
        assertThrows(IllegalArgumentException.class,
                () -> CalendarOptions.DEFAULTS.withDuration(Duration.ofSeconds(Long.MAX_VALUE)));
        CalendarOptions week = CalendarOptions.DEFAULTS.withStart(LocalTime.of(9, 0)).withZone(ZoneId.of("UTC"))
                .withDuration(Duration.ofMinutes(10_080));
        String ics = convert(parse("# 2031-05-14 Team Sync\n"), week);
        assertEquals(List.of("DTSTAMP:20310514T000000Z", "DTSTART:20310514T090000Z", "DTEND:20310521T090000Z"),
                eventLines(ics));
    }
}
