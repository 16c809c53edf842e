package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading time-link destinations (D19, D20) and zone names (D20). */
class TimeLinkTest {

    @Test
    void d19TwelveHourStyle() {
        TimeLink link = TimeLink.parse("https://dateful.com/convert/utc?t=5pm").orElseThrow();

        assertEquals(new TimeLink(TimeLink.Style.TWELVE_HOUR, Optional.of(LocalTime.of(17, 0)), "5pm", "utc",
                Optional.of(ZoneOffset.UTC), Optional.empty(), false), link);
    }

    @ParameterizedTest
    @CsvSource({
        "12am, 00:00", "12:15am, 00:15", "1am, 01:00", "11:59am, 11:59",
        "12pm, 12:00", "12:45PM, 12:45", "1pm, 13:00", "9:05Pm, 21:05", "09pm, 21:00"
    })
    void d19TwelveHourClock(String t, String expected) {
        TimeLink link = TimeLink.parse("https://t.example.org/convert/utc?t=" + t).orElseThrow();

        assertEquals(Optional.of(LocalTime.parse(expected)), link.time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0am", "13pm", "5:60pm", "5:5pm", "123pm", "5", "17:00", "5 pm", "5%20pm", "pm", "-1pm"})
    void d19BadTimesStillMakeATimeLinkWithoutTime(String t) {
        TimeLink link = TimeLink.parse("https://t.example.org/convert/utc?t=" + t).orElseThrow();

        assertEquals(TimeLink.Style.TWELVE_HOUR, link.style());
        assertEquals(Optional.empty(), link.time(), t);
    }

    @Test
    void d19MissingTIsAnEmptyTimeText() {
        TimeLink link = TimeLink.parse("https://t.example.org/convert/utc?tz=5pm").orElseThrow();

        assertEquals(Optional.empty(), link.time());
        assertEquals("", link.timeText());
    }

    @Test
    void d19QueryKeyInAnyCaseAmongOtherParametersAndFragmentIgnored() {
        TimeLink link = TimeLink.parse("https://t.example.org/convert/utc/?lang=en&T=7:30am#top").orElseThrow();

        assertEquals(Optional.of(LocalTime.of(7, 30)), link.time());
        assertEquals("utc", link.zoneText());
    }

    @Test
    void d19ZoneAfterConvertIsReadAsD20() {
        assertEquals(Optional.of(ZoneId.of("America/Chicago")),
                TimeLink.parse("https://t.example.org/convert/Chicago?t=9am").orElseThrow().zone());
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")),
                TimeLink.parse("https://t.example.org/convert/Europe/Berlin?t=9am").orElseThrow().zone());
        assertEquals(Optional.empty(),
                TimeLink.parse("https://t.example.org/convert/est-edt?t=9am").orElseThrow().zone());
    }

    @Test
    void d20PathStyle() {
        TimeLink link = TimeLink.parse("https://time.example.org/Chicago/2031-05-14/09:00/b/Team%20call").orElseThrow();

        assertEquals(new TimeLink(TimeLink.Style.PATH, Optional.of(LocalTime.of(9, 0)), "09:00", "Chicago",
                Optional.of(ZoneId.of("America/Chicago")), Optional.of("2031-05-14"), true), link);
    }

    /** D21 (issue 9): {@code w} and {@code b} after the time name a weekly series; anything else is a title. */
    @Test
    void d20PathStyleSeries() {
        assertEquals(true, TimeLink.parse("https://t.example.org/UTC/2031-05-14/17:00/w/Sync").orElseThrow()
                .recurring());
        assertEquals(false, TimeLink.parse("https://t.example.org/UTC/2031-05-14/17:00/Sync").orElseThrow()
                .recurring());
        assertEquals(false, TimeLink.parse("https://t.example.org/UTC/2031-05-14/17:00/m/Sync").orElseThrow()
                .recurring());
        assertEquals(false, TimeLink.parse("https://t.example.org/UTC/2031-05-14/17:00").orElseThrow().recurring());
    }

    @Test
    void d20PathStyleNeedsNothingAfterTheTime() {
        TimeLink link = TimeLink.parse("https://t.example.org/UTC/2031-10-07/7:05").orElseThrow();

        assertEquals(Optional.of(LocalTime.of(7, 5)), link.time());
        assertEquals(Optional.of(ZoneOffset.UTC), link.zone());
    }

    @Test
    void d20PercentDecodedZoneWithSpacesAsUnderscores() {
        TimeLink link = TimeLink.parse("https://t.example.org/New%20York/2031-05-14/18:00/b/x").orElseThrow();

        assertEquals("New York", link.zoneText());
        assertEquals(Optional.of(ZoneId.of("America/New_York")), link.zone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "23:60", "99:99"})
    void d20OutOfRangeTimeIsATimeLinkWithoutTime(String time) {
        TimeLink link = TimeLink.parse("https://t.example.org/UTC/2031-05-14/" + time + "/b/x").orElseThrow();

        assertEquals(TimeLink.Style.PATH, link.style());
        assertEquals(Optional.empty(), link.time());
        assertEquals(time, link.timeText());
    }

    @Test
    void d20HostLessAndRelativeDestinations() {
        assertEquals(Optional.of(LocalTime.of(9, 0)),
                TimeLink.parse("/UTC/2031-05-14/09:00").orElseThrow().time());
        assertEquals(Optional.of(ZoneOffset.UTC),
                TimeLink.parse("//t.example.org/UTC/2031-05-14/09:00").orElseThrow().zone());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09",
        "https://example.org/notes/2031-02-18", "https://example.org/2031-02-18/09:00",
        "https://example.org/UTC/2031-02-18/notes/09:00", "https://example.org/UTC/2031-2-18/09:00",
        "https://example.org/UTC/2031-02-18/09:00:00", "https://t.example.org/convert?t=5pm",
        "https://t.example.org/convert/", "https://t.example.org/converter/utc?t=5pm",
        "https://t.example.org/x?t=5pm", "mailto:someone@example.org"
    })
    void neitherStyleIsNoTimeLink(String destination) {
        assertEquals(Optional.empty(), TimeLink.parse(destination), destination);
    }

    @Test
    void percentDecodingIsUtf8AndLeavesPlusAndBrokenEscapes() {
        assertEquals("São Paulo", TimeLink.percentDecode("S%C3%A3o%20Paulo"));
        assertEquals("a+b", TimeLink.percentDecode("a+b"));
        assertEquals("100%", TimeLink.percentDecode("100%"));
        assertEquals("%zz%2", TimeLink.percentDecode("%zz%2"));
        assertEquals("é😀 x", TimeLink.percentDecode("é😀%20x"));
    }

    @Test
    void d20ZoneNames() {
        assertEquals(Optional.of(ZoneOffset.UTC), TimeZones.resolve("uTc"));
        assertEquals(Optional.of(ZoneId.of("Asia/Kolkata")), TimeZones.resolve("Kolkata"));
        assertEquals(Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")),
                TimeZones.resolve("America/Argentina/Buenos_Aires"));
        assertEquals(Optional.of(ZoneId.of("America/Los_Angeles")), TimeZones.resolve("Los Angeles"));
        assertEquals(Optional.empty(), TimeZones.resolve(""));
        assertEquals(Optional.empty(), TimeZones.resolve("Atlantis"));
        assertEquals(Optional.empty(), TimeZones.resolve("chicago"), "zone ids are case-sensitive");
        assertEquals(Optional.empty(), TimeZones.resolve("America/Atlantis"));
        assertEquals(Optional.empty(), TimeZones.resolve("+05:00"), "offsets are no zone names");
    }

    @Test
    void d20CitySharedByTwoZoneIdsIsUnknown() {
        assertTrue(ZoneId.getAvailableZoneIds().contains("GMT") && ZoneId.getAvailableZoneIds().contains("Etc/GMT"),
                "precondition: the JDK knows both GMT and Etc/GMT");

        assertEquals(Optional.empty(), TimeZones.resolve("GMT"));
    }
}
