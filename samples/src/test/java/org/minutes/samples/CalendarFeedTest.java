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
        // Action items counted by reading the seeds with D67 as amended 2026-12: open 0, 1, 2, 1, 0 for seeds 000…004
        // and none completed; agenda topics make no to-dos (before the amendment every open box was one: 32).
        assertEquals(4, count(ics, "BEGIN:VTODO"));
        // Seed 000: 17:00 UTC (D19, D21) lasting 90 minutes.
        assertTrue(ics.contains("DTSTART:20260114T170000Z\r\nDTEND:20260114T183000Z\r\n"), ics);
    }

    private static int count(String text, String needle) {
        return text.split(needle, -1).length - 1;
    }
}
