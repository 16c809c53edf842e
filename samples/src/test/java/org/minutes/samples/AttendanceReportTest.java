package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;

/** The sample program over the five real notes; figures counted by reading the attendee blocks of the seeds. */
class AttendanceReportTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");

    @Test
    void countsAttendanceByHandleAndOpenItemsByAssignee() throws IOException {
        AttendanceReport report = new AttendanceReport();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                report.add(MinutesParser.create().parse(file).document());
            }
        }
        // JRG is listed in seeds 000, 001, 002 and 004; CHL in 002, 003, 004; JK in 001, 002, 003; MRB in 000, 004.
        assertEquals(4, report.meetingsAttended().get("@jaimergp"));
        assertEquals(3, report.meetingsAttended().get("@chenghlee"));
        assertEquals(3, report.meetingsAttended().get("@jakirkham"));
        assertEquals(2, report.meetingsAttended().get("@beckermr"));
        // 5 + 9 + 11 + 3 + 7 attendees, of whom 20 distinct handles.
        assertEquals(20, report.meetingsAttended().size());
        assertEquals(35, report.meetingsAttended().values().stream().mapToInt(Integer::intValue).sum());
        // Open action items by D67 as amended 2026-12 (0, 1, 2, 1, 0 per seed 000…004): seed 001 one follow-up by JRG
        // (D67 (1)(c)); seed 002 one follow-up by JL (c) and the unassigned `Action item: call the vote` (b); seed 003
        // one unassigned follow-up (c). Seed 004's (WV), (TH) and (FF) boxes, open action items before the amendment,
        // are pending topics or their children: no action items, so WV, TH and FF have none.
        assertEquals(Set.of("JRG", "JL", "(unassigned)"), report.openItems().keySet());
        assertEquals(List.of("2026-01-07 Conda Ecosystem Meeting: Open PR in conda-forge/conda-forge.github.io and add "
                + "MD file under news/ following the style there."), report.openItems().get("JRG"));
        assertEquals(List.of("2024-11-06 Conda Community Meeting: support in conda/conda-build wil come in 24.11.0"),
                report.openItems().get("JL"));
        // Files in name order: seed 002 (2024-11-06) before seed 003 (2025-02-26).
        assertEquals(List.of("2024-11-06 Conda Community Meeting: call the vote",
                "2025-02-26 Conda Community Meeting: would like to go with an explicit attach_run_exports_to: "
                        + "[ output name ]"), report.openItems().get("(unassigned)"));
    }
}
