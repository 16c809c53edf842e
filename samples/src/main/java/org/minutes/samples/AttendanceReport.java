package org.minutes.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.model.Attendee;

/**
 * A tool built on the AST, as an outside user would write it: attendance per person and open action items per
 * assignee over a folder of notes.
 *
 * <pre>
 * java -cp … org.minutes.samples.AttendanceReport samples/
 * </pre>
 */
public final class AttendanceReport {

    private final Map<String, Integer> meetingsAttended = new TreeMap<>();
    private final Map<String, List<String>> openItems = new TreeMap<>();

    /**
     * Adds one meeting's notes to the report. People are counted by GitHub handle when known, else by name;
     * absentees (D26) are not counted; open action items (D67) are keyed by each assignee as written: initials, or
     * a listed attendee's name (D91, D93).
     *
     * @param notes the parsed notes
     */
    public void add(Document notes) {
        for (Attendee attendee : notes.attendees()) {
            if (!attendee.absent()) {
                String who = attendee.github().map(handle -> "@" + handle).orElse(attendee.name());
                meetingsAttended.merge(who, 1, Integer::sum);
            }
        }
        String meeting = notes.date().map(Object::toString).orElse("undated") + " " + notes.name();
        for (ActionItem item : notes.openActionItems()) {
            List<String> assignees = item.assignees().isEmpty() ? List.of("(unassigned)") : item.assignees();
            for (String assignee : assignees) {
                openItems.computeIfAbsent(assignee, k -> new ArrayList<>()).add(meeting + ": " + item.text());
            }
        }
    }

    /** {@return meetings attended per person, by handle or name, sorted} */
    public Map<String, Integer> meetingsAttended() {
        return Map.copyOf(meetingsAttended);
    }

    /** {@return open action items per assignee} */
    public Map<String, List<String>> openItems() {
        return Map.copyOf(openItems);
    }

    /**
     * Prints the report.
     *
     * @param out where to print
     */
    public void print(PrintStream out) {
        out.println("Attendance:");
        meetingsAttended.forEach((who, count) -> out.println("  " + who + ": " + count));
        out.println("Open action items:");
        openItems.forEach((who, items) -> {
            out.println("  " + who);
            items.forEach(item -> out.println("    - " + item));
        });
    }

    /**
     * Reports on every {@code .md} file of the given folders or files.
     *
     * @param args folders or files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        AttendanceReport report = new AttendanceReport();
        MinutesParser parser = MinutesParser.create();
        for (String arg : args) {
            List<Path> files;
            try (Stream<Path> paths = Files.isDirectory(Path.of(arg)) ? Files.list(Path.of(arg)) : Stream.of(Path.of(arg))) {
                files = paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path file : files) {
                report.add(parser.parse(file).document());
            }
        }
        report.print(System.out);
    }
}
