package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.ast.TopicState;

/**
 * {@code minutes next} on the synthetic archive ({@link SyntheticArchive}) and a template shaped like conda's:
 * the date filled, the last meeting's loose ends under {@code From previous meetings}, every other byte kept.
 */
class NextCommandTest {

    /** The template's line 4, its title, and line 32, the placeholder item under {@code From previous meetings}. */
    private static final int TITLE = 3;
    private static final int PLACEHOLDER = 31;

    /** Note 4's loose ends in its order: two open action items, a pending and a deferred topic, with speakers. */
    private static final List<String> CARRIED = List.of("- [ ] PX: Update the website", "- [ ] QE: Book the venue",
            "- [ ] (QE) Travel budget", "- [ ] PX: Mascot design");

    @TempDir
    Path dir;

    private Path notes;
    private Path template;
    private byte[] templateBytes;

    @BeforeEach
    void write() throws IOException {
        notes = SyntheticArchive.write(Files.createDirectories(dir.resolve("notes")));
        try (InputStream in = NextCommandTest.class.getResourceAsStream("conda-template.md")) {
            templateBytes = in.readAllBytes();
        }
        template = dir.resolve("template.md");
        Files.write(template, templateBytes);
    }

    /** The lines of a text, each with its line end, as bytes. */
    private static List<byte[]> lines(byte[] text) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(text, start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length) {
            lines.add(java.util.Arrays.copyOfRange(text, start, text.length));
        }
        return lines;
    }

    private static String text(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheNextNoteBesideTheLastOne() throws Exception {
        Cli.Run run = run("next", notes.toString(), "--template", template.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        // Note 4 is notes/2031/2031-02-04-widget.md; intervals 7, 14, 7: the median is 7, so 2031-02-11.
        Path written = notes.resolve("2031/2031-02-11-widget.md");
        assertEquals(written + "\n", run.out());

        List<byte[]> before = lines(templateBytes);
        List<byte[]> after = lines(Files.readAllBytes(written));
        assertEquals(before.size() - 1 + CARRIED.size(), after.size());
        assertEquals("# 2031-02-11 Widget Community Meeting\n", text(after.get(TITLE)));
        for (int i = 0; i < CARRIED.size(); i++) {
            assertEquals(CARRIED.get(i) + "\n", text(after.get(PLACEHOLDER + i)));
        }
        for (int i = 0; i < before.size(); i++) {
            if (i == TITLE || i == PLACEHOLDER) {
                continue;
            }
            int j = i < PLACEHOLDER ? i : i - 1 + CARRIED.size();
            assertArrayEquals(before.get(i), after.get(j), "template line " + (i + 1) + ": " + text(before.get(i)));
        }
        assertEquals("## From previous meetings\n", text(before.get(PLACEHOLDER - 2)));
        assertEquals("- [ ] ...\n", text(before.get(PLACEHOLDER)));
    }

    @Test
    void theNoteParsesWithTheCarriedItemsAsPendingTopics() throws Exception {
        Path out = dir.resolve("next.md");
        assertEquals(ExitCode.OK, run("next", notes.toString(), "--template", template.toString(), "-o",
                out.toString()).code());
        Document next = MinutesParser.create().parse(out).document();
        assertEquals(LocalDate.of(2031, 2, 11), next.date().orElseThrow());
        List<Topic> carried = next.topics().stream().filter(t -> t.section() == SectionKind.FROM_PREVIOUS).toList();
        assertEquals(List.of("Update the website", "Book the venue", "Travel budget", "Mascot design"),
                carried.stream().map(Topic::text).toList());
        assertEquals(List.of(List.of("PX"), List.of("QE"), List.of("QE"), List.of("PX")),
                carried.stream().map(Topic::speakers).toList());
        assertTrue(carried.stream().allMatch(t -> t.state() == TopicState.PENDING));
    }

    @Test
    void theWrittenNoteCarriesTheItemsOn() {
        assertEquals(ExitCode.OK, run("next", notes.toString(), "--template", template.toString()).code());
        // Note 5 (2031-02-11) writes both open items again as pending topics: carried once more, 7 days older, and
        // assigned as note 5 writes them.
        Cli.Run todo = run("todo", notes.toString());
        assertEquals(ExitCode.OK, todo.code(), todo.err());
        assertEquals("""
                OPENED      AGE  CARRIED  WHO  ITEM
                2031-01-14   28        3  PX   Update the website
                2031-02-04    7        1  QE   Book the venue
                """, todo.out());
    }

    @Test
    void dateOptionAndStandardOutput() {
        Cli.Run run = run("next", notes.toString(), "--template", template.toString(), "--date", "2031-02-18",
                "-o", "-");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("\n# 2031-02-18 Widget Community Meeting\n"), run.out());
        assertFalse(Files.exists(notes.resolve("2031/2031-02-18-widget.md")));
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path out = dir.resolve("next.md");
        Files.writeString(out, "mine\n");
        assertOneLineError(run("next", notes.toString(), "--template", template.toString(), "-o", out.toString()),
                ExitCode.UNREADABLE, out + ": exists; --force replaces it");
        assertEquals("mine\n", Files.readString(out));
        Cli.Run forced = run("next", notes.toString(), "--template", template.toString(), "-o", out.toString(),
                "--force");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertTrue(Files.readString(out).contains("- [ ] QE: Book the venue\n"));
    }

    @Test
    void neverOverwritesANoteOrTheTemplateEvenWithForce() throws Exception {
        Path note4 = notes.resolve("2031/2031-02-04-widget.md");
        byte[] before = Files.readAllBytes(note4);
        assertOneLineError(run("next", notes.toString(), "--template", template.toString(), "-o", note4.toString(),
                "--force"), ExitCode.UNREADABLE, note4 + ": is an input");
        assertArrayEquals(before, Files.readAllBytes(note4));
        assertOneLineError(run("next", notes.toString(), "--template", template.toString(), "-o",
                template.toString(), "--force"), ExitCode.UNREADABLE, template + ": is an input");
    }

    @Test
    void aTemplateWithoutDatePlaceholderGivesAWarningAndANoteWithoutDate() throws Exception {
        Files.writeString(template, "# Widget Community Meeting\n\n## From previous meetings\n\n- [ ] ...\n");
        Path out = dir.resolve("next.md");
        Cli.Run run = run("next", notes.toString(), "--template", template.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.code());
        assertEquals("minutes: " + template + ": warning: no date placeholder ({{ date.strftime(\"%Y-%m-%d\") }} "
                + "or YYYY-MM-DD); the note has no date\n", run.err());
        assertEquals("# Widget Community Meeting\n\n## From previous meetings\n\n" + String.join("\n", CARRIED)
                + "\n", Files.readString(out));
    }

    @Test
    void aTemplateWithoutFromPreviousMeetingsGivesAWarning() throws Exception {
        Files.writeString(template, "# YYYY-MM-DD Widget Community Meeting\n\n## Agenda\n\n- [ ] ...\n");
        Cli.Run run = run("next", notes.toString(), "--template", template.toString(), "-o", "-");
        assertEquals(ExitCode.OK, run.code());
        assertEquals("# 2031-02-11 Widget Community Meeting\n\n## Agenda\n\n- [ ] ...\n", run.out());
        assertEquals("minutes: " + template + ": warning: no 'From previous meetings' section; the last meeting's "
                + "open items are left out\n", run.err());
    }

    @Test
    void crlfTemplatesKeepTheirLineEnds() throws Exception {
        Files.writeString(template, "# YYYY-MM-DD Sync\r\n\r\n## From previous meetings\r\n\r\n- [ ] ...\r\n\r\n"
                + "## Notes\r\n");
        Cli.Run run = run("next", notes.toString(), "--template", template.toString(), "-o", "-");
        assertEquals("# 2031-02-11 Sync\r\n\r\n## From previous meetings\r\n\r\n" + String.join("\r\n", CARRIED)
                + "\r\n\r\n## Notes\r\n", run.out());
    }

    @Test
    void oneMeetingDateGivesNoIntervalWithoutDate() throws Exception {
        Path one = notes.resolve("2031/2031-02-04-widget.md");
        Cli.Run run = run("next", one.toString(), "--template", template.toString(), "-o", "-");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("minutes: one meeting date gives no interval to go by; give --date"));
        assertEquals(ExitCode.OK, run("next", one.toString(), "--template", template.toString(), "--date",
                "2031-02-11", "-o", "-").code());
    }

    @Test
    void badInputs() throws Exception {
        String missing = dir.resolve("nope").toString();
        assertOneLineError(run("next", missing, "--template", template.toString()), ExitCode.UNREADABLE,
                missing + ": no such file or directory");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertOneLineError(run("next", empty.toString(), "--template", template.toString()), ExitCode.UNREADABLE,
                empty + ": no notes (*.md) found");
        assertOneLineError(run("next", notes.toString(), "--template", missing), ExitCode.UNREADABLE,
                missing + ": no such file");
        assertEquals(ExitCode.USAGE, run("next", notes.toString()).code(), "--template is required");
    }

    @Test
    void theUsualIntervalIsTheMedianOfTheLastFive() throws Exception {
        // Dates 1, 2, 4, 8, 16, 32, 33 (days of January 2031): intervals 1, 2, 4, 8, 16, 1; the last five are
        // 2, 4, 8, 16, 1, whose median is 4: 2031-02-02 + 4 = 2031-02-06.
        Path series = Files.createDirectories(dir.resolve("series"));
        LocalDate first = LocalDate.of(2031, 1, 1);
        for (int day : new int[] {0, 1, 3, 7, 15, 31, 32}) {
            LocalDate date = first.plusDays(day);
            Files.writeString(series.resolve(date + ".md"), "# " + date + " Sync\n");
        }
        Cli.Run run = run("next", series.toString(), "--template", template.toString());
        assertEquals(series.resolve("2031-02-06.md") + "\n", run.out(), run.err());
        // An even count takes the shorter middle one: intervals 7 and 14 give 7.
        Path pair = Files.createDirectories(dir.resolve("pair"));
        for (String date : List.of("2031-01-01", "2031-01-08", "2031-01-22")) {
            Files.writeString(pair.resolve("sync-" + date + ".md"), "# " + date + " Sync\n");
        }
        assertEquals(pair.resolve("sync-2031-01-29.md") + "\n",
                run("next", pair.toString(), "--template", template.toString()).out());
    }

    @Test
    void strftimeFormatsTheDirectivesOfADate() {
        LocalDate date = LocalDate.of(2031, 2, 4);
        assertEquals("2031-02-04", NextNote.strftime("%Y-%m-%d", date));
        assertEquals("Tuesday 04 February 31, day 035, 100%", NextNote.strftime("%A %d %B %y, day %j, 100%%", date));
        assertEquals("Tue,  4 Feb", NextNote.strftime("%a, %e %b", date));
        assertEquals("%Q", NextNote.strftime("%Q", date), "an unknown directive is kept");
    }

    @Test
    void everyPlaceholderSpellingIsFilled() {
        LocalDate date = LocalDate.of(2031, 2, 4);
        assertEquals("# 2031-02-04 a\n", NextNote.write("# {{date.strftime('%Y-%m-%d')}} a\n", date, List.of())
                .text());
        assertEquals("# 04.02.2031 a\n", NextNote.write("# {{ date.strftime(\"%d.%m.%Y\") }} a\n", date, List.of())
                .text());
        assertEquals("date: 2031-02-04\n# 2031-02-04 a\n", NextNote.write("date: YYYY-MM-DD\n# YYYY-MM-DD a\n",
                date, List.of()).text());
        NextNote.Note none = NextNote.write("# a YYYY-MM-DDx\n", date, List.of());
        assertFalse(none.dated());
        assertEquals("# a YYYY-MM-DDx\n", none.text());
    }
}
