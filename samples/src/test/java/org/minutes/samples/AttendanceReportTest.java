package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.archive.Archive;

/** The sample program over the five real notes and over a small archive; figures counted by reading the notes. */
class AttendanceReportTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");

    @Test
    void countsAttendanceByHandleAndOpenItemsByAssignee() throws IOException {
        AttendanceReport report = AttendanceReport.of(Archive.open(SAMPLES));
        // JRG is listed in seeds 000, 001, 002 and 004; CHL in 002, 003, 004; JK in 001, 002, 003; MRB in 000, 004.
        assertEquals(4, report.meetingsAttended().get("@jaimergp"));
        assertEquals(3, report.meetingsAttended().get("@chenghlee"));
        assertEquals(3, report.meetingsAttended().get("@jakirkham"));
        assertEquals(2, report.meetingsAttended().get("@beckermr"));
        // 5 + 9 + 11 + 3 + 7 attendees, every one with a handle, of which 20 distinct.
        assertEquals(20, report.meetingsAttended().size());
        assertEquals(35, report.meetingsAttended().values().stream().mapToInt(Integer::intValue).sum());
        // Open action items by D67 as amended 2026-12 (0, 1, 2, 1, 0 per seed 000…004), none written in two notes:
        // seed 001 one follow-up by JRG (D67 (1)(c)), listed there as Jaime Rodríguez-Guerra (@jaimergp); seed 002
        // one follow-up by JL (c), whom seed 002 does not list (so JL as written), and the unassigned `Action item:
        // call the vote` (b); seed 003 one unassigned follow-up (c). Seed 004's (WV), (TH) and (FF) boxes are pending
        // topics or their children: no action items.
        assertEquals(Set.of("@jaimergp", "JL", "(unassigned)"), report.openItems().keySet());
        assertEquals(List.of("2026-01-07 Conda Ecosystem Meeting: Open PR in conda-forge/conda-forge.github.io and add "
                + "MD file under news/ following the style there."), report.openItems().get("@jaimergp"));
        assertEquals(List.of("2024-11-06 Conda Community Meeting: support in conda/conda-build wil come in 24.11.0"),
                report.openItems().get("JL"));
        // In date order: seed 002 (2024-11-06) before seed 003 (2025-02-26).
        assertEquals(List.of("2024-11-06 Conda Community Meeting: call the vote",
                "2025-02-26 Conda Community Meeting: would like to go with an explicit attach_run_exports_to: "
                        + "[ output name ]"), report.openItems().get("(unassigned)"));
    }

    @Test
    void anItemCarriedToALaterNoteIsListedOnceAndATickedOneNotAtAll(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                # 2031-01-01 Widget Sync

                ## Attendees

                1. QE: Quinn Example (@qexample), Acme
                1. RT: Rosa Tester (@rtester), Globex

                ## Action items

                - [ ] QE: send the invite
                - [ ] RT: book the room
                """);
        Files.writeString(dir.resolve("b.md"), """
                # 2031-01-08 Widget Sync

                ## Attendees

                | Name          | Initials | GH Username |
                | ------------- | -------- | ----------- |
                | Quinn Example | QE       | QExample    |

                ## Action items

                - [x] QE: send the invite
                - [ ] RT: book the room
                """);
        AttendanceReport report = AttendanceReport.of(Archive.open(dir));
        // Quinn in both notes (the handle's case aside), Rosa in the first; "send the invite" is ticked in b.md;
        // "book the room" is one item, opened in a.md, where RT resolves to Rosa (b.md does not list her).
        assertEquals(Map.of("@qexample", 2, "@rtester", 1), report.meetingsAttended());
        assertEquals(Map.of("@rtester", List.of("2031-01-01 Widget Sync: book the room")), report.openItems());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(), "Attendance:", "  @qexample: 2", "  @rtester: 1",
                "Open action items:", "  @rtester", "    - 2031-01-01 Widget Sync: book the room", ""),
                bytes.toString(StandardCharsets.UTF_8));
    }
}
