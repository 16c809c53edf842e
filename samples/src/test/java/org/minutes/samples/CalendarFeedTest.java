package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The calendar-feed sample over the five real notes. */
class CalendarFeedTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");

    @Test
    void oneEventPerMeetingAndOneTodoPerOpenItem() throws Exception {
        List<Path> files;
        try (Stream<Path> paths = Files.list(SAMPLES)) {
            files = paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        String ics = CalendarFeed.feed(files, Duration.ofMinutes(90));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertEquals(5, count(ics, "BEGIN:VEVENT"));
        // Open action items counted by reading the seeds: 000 none, 001 two, 002 two, 003 seven, 004 twenty-one.
        assertEquals(32, count(ics, "BEGIN:VTODO"));
        // Seed 000: 17:00 UTC (D19, D21) lasting 90 minutes.
        assertTrue(ics.contains("DTSTART:20260114T170000Z\r\nDTEND:20260114T183000Z\r\n"), ics);
    }

    private static int count(String text, String needle) {
        return text.split(needle, -1).length - 1;
    }
}
