package org.minutes.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.Person;
import org.minutes.sdk.archive.TrackedItem;

/**
 * A tool built on the archive API, as an outside user would write it: attendance per person and open action items
 * per assignee over a folder of notes.
 *
 * <pre>
 * java -cp … org.minutes.samples.AttendanceReport samples/
 * </pre>
 *
 * @param meetingsAttended meetings attended per person ({@link Person#id()}: {@code @handle}, else the normalised
 *                         name), absentees (D26) not counted
 * @param openItems        open action items per assignee: the person's id, or the speaker as written when no note
 *                         resolves it (D53), or {@code (unassigned)}; an item carried from note to note (D67) is
 *                         listed once, under the meeting that opened it, and a ticked one not at all
 */
public record AttendanceReport(Map<String, Integer> meetingsAttended, Map<String, List<String>> openItems) {

    /**
     * Reports on an archive.
     *
     * @param archive the meetings
     * @return the report
     */
    public static AttendanceReport of(Archive archive) {
        Map<String, Integer> attended = new TreeMap<>();
        archive.people().forEach(person -> attended.put(person.id(), person.meetingsAttended().size()));
        Map<String, List<String>> open = new TreeMap<>();
        for (TrackedItem item : archive.actionItems().stream().filter(i -> i.state() == ItemState.OPEN).toList()) {
            List<String> who = item.assignees().isEmpty() ? item.sightings().get(0).item().assignees()
                    : item.assignees().stream().map(Person::id).toList();
            String line = item.openedIn().date().map(Object::toString).orElse("undated") + " "
                    + item.openedIn().name() + ": " + item.text();
            (who.isEmpty() ? List.of("(unassigned)") : who)
                    .forEach(w -> open.computeIfAbsent(w, k -> new ArrayList<>()).add(line));
        }
        open.replaceAll((who, lines) -> List.copyOf(lines));
        return new AttendanceReport(Map.copyOf(attended), Map.copyOf(open));
    }

    /**
     * Prints the report, people and assignees sorted.
     *
     * @param out where to print
     */
    public void print(PrintStream out) {
        out.println("Attendance:");
        new TreeMap<>(meetingsAttended).forEach((who, count) -> out.println("  " + who + ": " + count));
        out.println("Open action items:");
        new TreeMap<>(openItems).forEach((who, items) -> {
            out.println("  " + who);
            items.forEach(item -> out.println("    - " + item));
        });
    }

    /**
     * Reports on every {@code .md} file of the given folders (recursively) or files.
     *
     * @param args folders or files
     */
    public static void main(String[] args) {
        Archive archive = Archive.of(Stream.of(args).map(Path::of).toList());
        archive.problems().forEach(p -> System.err.println(p.path() + ": " + p.message()));
        of(archive).print(System.out);
    }
}
