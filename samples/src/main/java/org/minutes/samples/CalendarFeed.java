package org.minutes.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.ical.CalendarOptions;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/**
 * A calendar feed for a notes repository, built on the SDK and the converters as an outside user would: every
 * dated meeting of a folder as one iCalendar feed, with the open action items as to-dos.
 *
 * <pre>
 * java -cp … org.minutes.samples.CalendarFeed notes/ &gt; meetings.ics
 * </pre>
 */
public final class CalendarFeed {

    private CalendarFeed() {
    }

    /**
     * Builds the feed of the dated notes among the given files.
     *
     * @param files notes files
     * @param meetingLength how long a meeting lasts
     * @return the iCalendar text, or empty text when no file holds a dated meeting
     * @throws IOException if a file cannot be read
     */
    public static String feed(List<Path> files, Duration meetingLength) throws IOException {
        MinutesParser parser = MinutesParser.create();
        List<Document> meetings = new ArrayList<>();
        for (Path file : files) {
            Document notes = parser.parse(file).document();
            if (notes.date().isPresent()) {
                meetings.add(notes);
            }
        }
        if (meetings.isEmpty()) {
            return "";
        }
        return CalendarConverter.create(CalendarOptions.DEFAULTS.withDuration(meetingLength)).convertAll(meetings);
    }

    /**
     * Prints the feed of every {@code .md} file in a folder.
     *
     * @param args the folder
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.list(Path.of(args.length > 0 ? args[0] : "."))) {
            files = paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        System.out.print(feed(files, Duration.ofMinutes(60)));
    }
}
