package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.minutes.sdk.ast.PreamblesTest.CHICAGO;
import static org.minutes.sdk.ast.PreamblesTest.utc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.PreamblesTest.Recorder;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;
import org.minutes.sdk.source.Position;

/**
 * Meeting link, schedule and description (D18–D22) of the real samples (the five seeds, kept byte-identical in
 * {@code samples/}) and of the dialect examples in {@code ../shared/examples}, parsed from their files. Skipped until
 * the parser is implemented.
 */
class PreamblesParsedTest {

    /** The dialect examples, next to the repository as in {@code .ci/run}; tests run in the module directory. */
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");
    private static final Path SAMPLES = Path.of("..", "samples");

    private static final String ZOOM = "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09";

    @BeforeAll
    static void parserImplemented() {
        boolean implemented;
        try {
            MinutesParser.create().parse("# 2031-05-14 Team Sync\n");
            implemented = true;
        } catch (UnsupportedOperationException notYet) {
            implemented = false;
        }
        assumeTrue(implemented, "MinutesParser is not implemented yet");
    }

    private static ParseResult parse(Path file) throws IOException {
        return MinutesParser.create().parse(file);
    }

    @Test
    void example01OlderLayoutBullets() throws IOException {
        ParseResult result = parse(EXAMPLES.resolve("01-older-layout-bullets.md"));
        Document document = result.document();
        Recorder findings = new Recorder();

        assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), document.meetingLink());
        assertEquals(new Schedule(Optional.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 3, 4)),
                LocalTime.of(9, 0), Optional.of(CHICAGO))), List.of()), TimeLinkSchedules.of(Parts.of(document), findings));
        assertEquals(List.of(DiagnosticCode.PREAMBLE_DATE_MISMATCH), findings.codes());
        assertEquals(Optional.empty(), document.description());
        // The parser reports the same finding at the time link: `* [What time …` is line 11, the link at column 3.
        assertEquals(1, result.diagnostics(DiagnosticCode.PREAMBLE_DATE_MISMATCH).size(), result.diagnostics()::toString);
        assertEquals(new Position(12, 3), result.diagnostics(DiagnosticCode.PREAMBLE_DATE_MISMATCH).get(0).start());
    }

    @Test
    void example05NumberedAttendees() throws IOException {
        ParseResult result = parse(EXAMPLES.resolve("05-numbered-attendees.md"));
        Document document = result.document();
        LocalDate date = LocalDate.of(2031, 7, 8);

        assertEquals(Optional.of("https://zoom.example.org/j/987654321?pwd=AbC"), document.meetingLink());
        assertEquals(new Schedule(Optional.of(utc(date, 17, 0)), List.of(utc(date, 14, 0))), document.schedule());
        assertEquals(Optional.of("Various parts of the widget ecosystem gather on a regular basis. This meeting "
                + "brings together all of these sub-communities for a community wide call."), document.description());
        assertNoPreambleFindings(result);
    }

    @Test
    void example08CrlfAndBom() throws IOException {
        ParseResult result = parse(EXAMPLES.resolve("08-crlf-and-bom.md"));
        Document document = result.document();

        assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), document.meetingLink());
        assertEquals(new Schedule(Optional.of(utc(LocalDate.of(2031, 10, 7), 17, 0)), List.of()),
                document.schedule());
        assertNoPreambleFindings(result);
    }

    @Test
    void example10EmptyTemplate() throws IOException {
        ParseResult result = parse(EXAMPLES.resolve("10-empty-template.md"));
        Document document = result.document();

        assertEquals(Optional.of("https://zoom.example.org/j/123456789"), document.meetingLink());
        assertEquals(new Schedule(Optional.of(utc(null, 17, 0)), List.of(utc(null, 14, 0))), document.schedule());
        assertNoPreambleFindings(result);
    }

    @Test
    void example11HeadlessAttendeesAndHeadings() throws IOException {
        ParseResult result = parse(EXAMPLES.resolve("11-headless-attendees-and-headings.md"));
        Document document = result.document();

        assertEquals(Optional.of("Quick sync before the holidays."), document.description());
        assertEquals(Optional.of("https://zoom.example.org/j/123456789"), document.meetingLink());
        assertEquals(new Schedule(Optional.of(utc(LocalDate.of(2031, 12, 2), 17, 0)), List.of()),
                document.schedule());
        assertNoPreambleFindings(result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-01-14-conda-ecosystem.md, 2026-01-14, ecosystem, true",
        "2026-01-07-conda-ecosystem.md, 2026-01-07, ecosystem, true",
        "2024-11-06-conda-community.md, 2024-11-06, community, false",
        "2025-02-26-conda-community.md, 2025-02-26, community, false",
        "2025-02-12-conda-community-corrupted-front-matter.md, 2025-02-12, community, false"
    })
    void seeds(String file, LocalDate date, String kind, boolean alternate) throws IOException {
        ParseResult result = parse(SAMPLES.resolve(file));
        Document document = result.document();

        assertEquals(Optional.of(ZOOM), document.meetingLink());
        assertEquals(new Schedule(Optional.of(utc(date, 17, 0)), alternate ? List.of(utc(date, 14, 0)) : List.of()),
                document.schedule());
        assertEquals(Optional.of("Various parts of the conda " + kind + " gather on a regular basis. This meeting "
                + "brings together all of these sub-communities for a community wide call."), document.description());
        assertNoPreambleFindings(result);
    }

    private static void assertNoPreambleFindings(ParseResult result) {
        Recorder findings = new Recorder();
        TimeLinkSchedules.of(Parts.of(result.document()), findings);
        assertEquals(List.of(), findings.all);
        assertEquals(List.of(), result.diagnostics().stream()
                .filter(diagnostic -> diagnostic.code().id().startsWith("preamble/")).toList());
    }

    /**
     * D21 (issue 9): a recurring time link ({@code …/b/…}, {@code …/w/…}) keeps its series' first date; a meeting on
     * the same weekday on or after it is a meeting of the series, so no {@code preamble/date-mismatch}. Before, every
     * such note of a real archive had one. 2031-03-03 is a Monday; so are 03-17 and 03-31, 03-04 is a Tuesday.
     */
    @Test
    void recurringTimeLinksMatchEveryMeetingOfTheirSeries() {
        String link = "[What time is the meeting in my time zone](https://time.example.org/Chicago/2031-03-03/09:00/%s/"
                + "Widget%%20call)\n";
        assertEquals(List.of(), mismatches("# 2031-03-17 Sync\n\n" + link.formatted("b")));
        assertEquals(List.of(), mismatches("# 2031-03-31 Sync\n\n" + link.formatted("w")));
        List<String> tuesday = mismatches("# 2031-03-04 Sync\n\n" + link.formatted("b"));
        assertEquals(1, tuesday.size());
        assertTrue(tuesday.get(0).contains("no later meeting of its weekly series"), tuesday.get(0));
        assertEquals(1, mismatches("# 2031-02-24 Sync\n\n" + link.formatted("w")).size(), "before the series");
        assertEquals(1, mismatches("# 2031-03-17 Sync\n\n" + link.formatted("title")).size(), "no series");
    }

    private static List<String> mismatches(String notes) {
        return MinutesParser.create().parse(notes).diagnostics(DiagnosticCode.PREAMBLE_DATE_MISMATCH).stream()
                .map(d -> d.message()).toList();
    }
}
