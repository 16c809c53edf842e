package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // Seed 004: three open items prefixed (WV), one (TH), one (FF); seed 001: one by JRG; seed 002: one by JL.
        assertEquals(3, report.openItems().get("WV").size());
        assertEquals(List.of("2026-01-07 Conda Ecosystem Meeting: Open PR in conda-forge/conda-forge.github.io and add "
                + "MD file under news/ following the style there."), report.openItems().get("JRG"));
        assertEquals(1, report.openItems().get("TH").size());
        assertEquals(1, report.openItems().get("FF").size());
        assertEquals(1, report.openItems().get("JL").size());
    }
}
