package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 point 4 on the command line: {@code --todos}, {@code --todos-as}, {@code --calendar-name} and
 * {@code --people} (CSV or YAML). The calendars themselves are tested in converters.
 */
class CalendarOptionsCliTest {

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

    private static List<String> ics(Path dir, String... options) throws IOException {
        Path notes = Cli.file(dir, "sync.md", NOTES);
        List<String> args = new java.util.ArrayList<>(List.of("convert", "--to", "ics"));
        args.addAll(List.of(options));
        args.add(notes.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run.out().replace("\r\n ", "").lines().toList();
    }

    @Test
    void whichTodosAndInWhatForm(@TempDir Path dir) throws IOException {
        assertEquals(1, count(ics(dir), "BEGIN:VTODO"));
        assertEquals(0, count(ics(dir, "--todos", "none"), "BEGIN:VTODO"));
        assertEquals(2, count(ics(dir, "--todos", "all"), "BEGIN:VTODO"));
        assertEquals(2, count(ics(dir, "--completed"), "BEGIN:VTODO"), "--completed is --todos all");
        List<String> events = ics(dir, "--todos-as", "events");
        assertEquals(0, count(events, "BEGIN:VTODO"));
        assertEquals(2, count(events, "BEGIN:VEVENT"), "the meeting and its open item");
        assertTrue(events.contains("SUMMARY:Action: Write the release notes"), events::toString);
    }

    @Test
    void calendarName(@TempDir Path dir) throws IOException {
        assertTrue(ics(dir).contains("X-WR-CALNAME:Team Sync"));
        List<String> named = ics(dir, "--calendar-name", "Widgets");
        assertTrue(named.contains("NAME:Widgets") && named.contains("X-WR-CALNAME:Widgets"), named::toString);
    }

    @Test
    void peopleFromCsvAndYaml(@TempDir Path dir) throws IOException {
        Path csv = Cli.file(dir, "people.csv", "# who, e-mail\nwho,email\nqexample,quinn@example.org\n"
                + "\"Tester, Rosa\",x@example.org\n\"Rosa Tester\",rosa@example.org\n");
        List<String> lines = ics(dir, "--people", csv.toString());
        assertTrue(lines.contains("ATTENDEE;CN=Quinn Example:mailto:quinn@example.org"), lines::toString);
        assertTrue(lines.contains("ATTENDEE;CN=Rosa Tester:mailto:rosa@example.org"), lines::toString);
        Path yaml = Cli.file(dir, "people.yaml", "\"@qexample\": quinn@example.org\n");
        assertTrue(ics(dir, "--people", yaml.toString())
                .contains("ATTENDEE;CN=Quinn Example:mailto:quinn@example.org"));
    }

    @Test
    void badOptionsAndPeopleFiles(@TempDir Path dir) throws IOException {
        Path notes = Cli.file(dir, "sync.md", NOTES);
        Cli.Run todos = Cli.run("convert", "--to", "ics", "--todos", "some", notes.toString());
        assertEquals(ExitCode.USAGE, todos.code());
        assertTrue(todos.err().contains("--todos takes none, open or all, not 'some'"), todos.err());
        Cli.Run form = Cli.run("convert", "--to", "ics", "--todos-as", "alarms", notes.toString());
        assertEquals(ExitCode.USAGE, form.code());

        Path badCsv = Cli.file(dir, "bad.csv", "qexample,quinn@example.org\nrtester\n");
        Cli.assertOneLineError(Cli.run("convert", "--to", "ics", "--people", badCsv.toString(), notes.toString()),
                ExitCode.UNREADABLE, "bad.csv:2:1: error: expected two fields");
        Path badAddress = Cli.file(dir, "address.csv", "qexample,quinn at example.org\n");
        Cli.assertOneLineError(Cli.run("convert", "--to", "ics", "--people", badAddress.toString(),
                notes.toString()), ExitCode.UNREADABLE, "not an e-mail address");
        Path badYaml = Cli.file(dir, "list.yaml", "- quinn@example.org\n");
        Cli.assertOneLineError(Cli.run("convert", "--to", "ics", "--people", badYaml.toString(), notes.toString()),
                ExitCode.UNREADABLE, "list.yaml:1:1: error: a people file holds one mapping");
        Cli.Run missing = Cli.run("convert", "--to", "ics", "--people", dir.resolve("none.csv").toString(),
                notes.toString());
        assertEquals(ExitCode.UNREADABLE, missing.code());
        assertFalse(missing.err().contains("\tat "));
    }

    private static long count(List<String> lines, String line) {
        return lines.stream().filter(line::equals).count();
    }
}
