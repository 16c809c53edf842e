package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;
import static org.minutes.cli.Cli.runWithInput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process through picocli: outputs, exit codes (0, 1, 2, 3) and one-line errors that name the file. */
class CliTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");
    private static final Path SEED_004 = SAMPLES.resolve("2025-02-12-conda-community-corrupted-front-matter.md");
    private static final Path SEED_000 = SAMPLES.resolve("2026-01-14-conda-ecosystem.md");

    @Test
    void checkPrintsFileLineColumnSeverityMessageAndCode() {
        Cli.Run run = run("check", SEED_004.toString());
        // D69: seed 004 has warnings and infos but no error, so check passes.
        assertEquals(ExitCode.OK, run.code());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith(SEED_004 + ":1:1: warning: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("[front-matter/malformed-opener]"), lines.get(0));
        assertEquals(3, lines.stream().filter(l -> l.endsWith("[speaker/unresolved]")).count());
        assertEquals(1, lines.stream().filter(l -> l.endsWith("[headcount/placeholder]")).count());
    }

    @Test
    void checkStrictFailsOnWarnings() {
        assertEquals(ExitCode.FINDINGS, run("check", "--strict", SEED_004.toString()).code());
        // Seed 000 has only infos (speaker resolution): strict still passes.
        assertEquals(ExitCode.OK, run("check", "--strict", SEED_000.toString()).code());
    }

    @Test
    void checkFailsOnErrors(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("unclosed.md");
        Files.writeString(notes, "---\ntags: [a]\n# 2031-05-14 Team Sync\n");
        Cli.Run run = run("check", notes.toString());
        assertEquals(ExitCode.FINDINGS, run.code());
        assertTrue(run.out().contains(notes + ":1:1: error: "), run.out());
        assertTrue(run.out().contains("[front-matter/unclosed]"), run.out());
    }

    @Test
    void checkJsonFormat() {
        Cli.Run run = run("check", "--format", "json", SEED_004.toString());
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().strip().startsWith("["));
        assertTrue(run.out().contains("\"code\" : \"front-matter/malformed-opener\""), run.out());
    }

    @Test
    void checkReportsInvalidUtf8AsTheD1Warning(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("latin1.md");
        Files.write(notes, "# 2031-05-14 Caf\u00e9 Sync\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run run = run("check", notes.toString());
        assertEquals(ExitCode.OK, run.code());
        // `é` is the 17th character of `# 2031-05-14 Café Sync`.
        assertTrue(run.out().contains(notes + ":1:17: warning: "), run.out());
        assertTrue(run.out().contains("[envelope/invalid-utf8]"), run.out());
    }

    @Test
    void missingFileIsUnreadable() {
        assertOneLineError(run("check", "no/such/notes.md"), ExitCode.UNREADABLE, "no/such/notes.md: no such file");
        assertOneLineError(run("convert", "--to", "json", "no/such/notes.md"), ExitCode.UNREADABLE,
                "no/such/notes.md: no such file");
    }

    /** Issue 9 point 2: a directory is walked for notes; one holding none is an unreadable input, exit 3. */
    @Test
    void directoryWithoutNotesIsUnreadable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "no notes here\n");
        assertOneLineError(run("convert", "--to", "ics", dir.toString()), ExitCode.UNREADABLE,
                dir + ": no notes (*.md) found");
    }

    @Test
    void convertRefusesInvalidUtf8(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("latin1.md");
        byte[] bytes = "# 2031-05-14 Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(notes, bytes);
        assertOneLineError(run("convert", "--to", "md", notes.toString()), ExitCode.UNREADABLE,
                notes + ": not valid UTF-8");
        assertOneLineError(run("fmt", "--write", notes.toString()), ExitCode.UNREADABLE, notes + ": not valid UTF-8");
        assertArrayEquals(bytes, Files.readAllBytes(notes));
    }

    /**
     * D1: the text is read with the JDK's replacing decoder and read again strictly only when it holds U+FFFD, so a
     * U+FFFD written in the file is kept, while an encoded surrogate or a truncated sequence next to one is refused.
     */
    @Test
    void convertTellsAWrittenReplacementCharacterFromMalformedBytes(@TempDir Path dir) throws Exception {
        Path written = dir.resolve("written.md");
        Files.writeString(written, "# 2031-05-14 Caf\uFFFD\n");
        Cli.Run run = run("convert", "--to", "md", written.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("# 2031-05-14 Caf\uFFFD\n", run.out());
        byte[] replacement = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        byte[][] malformed = {
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},    // U+D800 encoded: a surrogate, not a character
            {(byte) 0xE2, (byte) 0x82},                 // a three-byte sequence cut short
            {(byte) 0xC0, (byte) 0xAF},                 // an overlong '/'
        };
        for (byte[] bad : malformed) {
            for (boolean withReplacement : new boolean[] {false, true}) {
                Path notes = dir.resolve("bad.md");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes("# 2031-05-14 Caf".getBytes(StandardCharsets.UTF_8));
                if (withReplacement) {
                    bytes.writeBytes(replacement);
                }
                bytes.writeBytes(bad);
                bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
                Files.write(notes, bytes.toByteArray());
                assertOneLineError(run("convert", "--to", "json", notes.toString()), ExitCode.UNREADABLE,
                        notes + ": not valid UTF-8");
            }
        }
    }

    @Test
    void invalidJsonIsUnreadable(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("notes.json");
        Files.writeString(json, "{\"type\": \"document\", ");
        assertOneLineError(run("convert", "--from", "json", "--to", "md", json.toString()), ExitCode.UNREADABLE,
                json + ": invalid JSON");
    }

    @Test
    void unknownFlagIsUsage() {
        Cli.Run run = run("convert", "--to", "json", "--bogus", SEED_000.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().lines().findFirst().orElseThrow().contains("Unknown option: '--bogus'"), run.err());
        assertFalse(run.err().contains("\tat "));
        assertEquals(ExitCode.USAGE, run("convert", SEED_000.toString()).code(), "--to is required");
        assertEquals(ExitCode.USAGE, run().code(), "a command is required");
    }

    @Test
    void helpVersionAndCompletion() {
        Cli.Run help = run("--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("convert") && help.out().contains("check") && help.out().contains("fmt"));
        Cli.Run version = run("--version");
        assertEquals(ExitCode.OK, version.code());
        assertTrue(version.out().startsWith("minutes "), version.out());
        Cli.Run completion = run("generate-completion");
        assertEquals(ExitCode.OK, completion.code());
        assertTrue(completion.out().contains("complete -F"), "a bash completion script");
    }

    @Test
    void convertManyToNdjsonAndOneCalendar() {
        Cli.Run json = run("convert", "--to", "json", SEED_000.toString(), SEED_004.toString());
        assertEquals(ExitCode.OK, json.code(), json.err());
        List<String> lines = json.out().lines().toList();
        assertEquals(2, lines.size(), "NDJSON: one document per line");
        assertTrue(lines.get(0).startsWith("{") && lines.get(0).contains("\"type\":\"document\""), lines.get(0));

        Cli.Run ics = run("convert", "--to", "ics", SEED_000.toString(), SEED_004.toString());
        assertEquals(ExitCode.OK, ics.code(), ics.err());
        assertEquals(1, count(ics.out(), "BEGIN:VCALENDAR"));
        assertEquals(2, count(ics.out(), "BEGIN:VEVENT"));
        assertTrue(ics.out().contains("\r\n"), "CRLF line ends");
    }

    /** Writes {@code # October 26 project call}, a note without any date, to {@code <dir>/2031/widget-10-26.md}. */
    private static Path undatedNote(Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("2031")).resolve("widget-10-26.md");
        Files.writeString(notes, "# October 26 project call\n\n## Notes\n\n- ship it\n");
        return notes;
    }

    private static JsonNode meeting(Cli.Run run) throws Exception {
        assertEquals(ExitCode.OK, run.code(), run.err());
        return new ObjectMapper().readTree(run.out()).get("meeting");
    }

    /** D84 (4): convert passes each file's path as given as the source name; standard input has none. */
    @Test
    void convertPassesThePathAsGivenAsTheSourceName(@TempDir Path dir) throws Exception {
        Path notes = undatedNote(dir);
        assertEquals(notes.toString(), meeting(run("convert", "--to", "json", notes.toString()))
                .get("sourceName").textValue());
        byte[] text = Files.readAllBytes(notes);
        assertTrue(meeting(runWithInput(text, "convert", "--to", "json")).get("sourceName").isNull());
    }

    /** D84 (4), the rule's own example: {@code 2031/widget-10-26.md} dates a note that has no other date. */
    @Test
    void convertDatesANoteFromItsPath(@TempDir Path dir) throws Exception {
        Path notes = undatedNote(dir);
        JsonNode meeting = meeting(run("convert", "--to", "json", notes.toString()));
        assertEquals("2031-10-26", meeting.get("date").textValue());
        assertEquals("source_name", meeting.get("dateSource").textValue());
        Cli.Run ics = run("convert", "--to", "ics", notes.toString());
        assertEquals(ExitCode.OK, ics.code(), ics.err());
        assertTrue(ics.out().contains("\r\nDTSTART;VALUE=DATE:20311026\r\n"), ics.out());
        assertEquals(0, count(ics.out(), "VJOURNAL"));
    }

    /** D84: check reads the path too, so a title date that disagrees with it is reported as date/mismatch. */
    @Test
    void checkReportsADateThatDisagreesWithThePath(@TempDir Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("2031")).resolve("widget-10-26.md");
        Files.writeString(notes, "# 2031-10-27 Widget call\n");
        Cli.Run run = run("check", notes.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(notes + ":1:")
                && line.contains(": info: ") && line.endsWith("[date/mismatch]")), run.out());
    }

    @Test
    void standardInputToStandardOutput() {
        byte[] notes = "# 2031-05-14 Team Sync\n\n- [ ] QE: ship it\n".getBytes(StandardCharsets.UTF_8);
        Cli.Run run = runWithInput(notes, "convert", "--to", "md");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("# 2031-05-14 Team Sync\n\n- [ ] QE: ship it\n", run.out());
    }

    @Test
    void severalInputsToMarkdownNeedAnOutDir(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.USAGE, run("convert", "--to", "md", SEED_000.toString(), SEED_004.toString()).code());
        Cli.Run run = run("convert", "--to", "md", "--out-dir", dir.toString(), SEED_000.toString(), SEED_004.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.readString(dir.resolve("2026-01-14-conda-ecosystem.md")).startsWith("---\ntags:"));
        // D11, D72: the corrupted opener is written as `---`.
        assertTrue(Files.readString(dir.resolve("2025-02-12-conda-community-corrupted-front-matter.md"))
                .startsWith("---\ntags: [meeting-notes]\n---\n# 2025-02-12 Conda Community Meeting\n"));
    }

    @Test
    void convertNeverOverwritesItsInput(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.md");
        String text = "#  2031-05-14 Team Sync\n";
        Files.writeString(notes, text);
        assertOneLineError(run("convert", "--to", "md", "-o", notes.toString(), notes.toString()),
                ExitCode.UNREADABLE, "is an input");
        assertOneLineError(run("convert", "--to", "md", "--out-dir", dir.toString(), notes.toString()),
                ExitCode.UNREADABLE, "is an input");
        assertEquals(text, Files.readString(notes));
    }

    @Test
    void fmtCheckListsFilesThatWouldChange(@TempDir Path dir) throws Exception {
        Path messy = dir.resolve("messy.md");
        Path tidy = dir.resolve("tidy.md");
        Files.writeString(messy, "#   2031-05-14 Team Sync   \n*  [x]\u00a0(QE , RT) shipped  \n");
        Files.writeString(tidy, "# 2031-05-14 Team Sync\n\n* [x] (QE/RT) shipped\n");
        Cli.Run run = run("fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(ExitCode.FINDINGS, run.code());
        assertEquals(List.of(messy.toString()), run.out().lines().toList());
        assertEquals(ExitCode.OK, run("fmt", "--check", tidy.toString()).code());
    }

    @Test
    void fmtWriteRewritesOnlyFilesThatChange(@TempDir Path dir) throws Exception {
        Path messy = dir.resolve("messy.md");
        Path tidy = dir.resolve("tidy.md");
        Files.writeString(messy, "#   2031-05-14 Team Sync   \n*  [x]\u00a0(QE , RT) shipped  \n");
        Files.writeString(tidy, "# 2031-05-14 Team Sync\n\n* [x] (QE/RT) shipped\n");
        var tidyModified = Files.getLastModifiedTime(tidy);
        Cli.Run run = run("fmt", "--write", messy.toString(), tidy.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        // D71 as amended: marker spacing and trailing WS are normalised, the speaker separators stay as written:
        // `*  [x]⍽(QE , RT) shipped␠␠` → `* [x] (QE , RT) shipped`.
        assertEquals("# 2031-05-14 Team Sync\n\n* [x] (QE , RT) shipped\n", Files.readString(messy));
        assertEquals(tidyModified, Files.getLastModifiedTime(tidy));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void fmtWriteRefusesReadOnlyFilesAndChangesNothing(@TempDir Path dir) throws Exception {
        Path writable = dir.resolve("a.md");
        Path readOnly = dir.resolve("b.md");
        String messy = "#   2031-05-14 Team Sync   \n";
        Files.writeString(writable, messy);
        Files.writeString(readOnly, messy);
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            // As root the file stays writable to the JVM; the command must still honour the missing write bit.
            assertOneLineError(run("fmt", "--write", writable.toString(), readOnly.toString()), ExitCode.UNREADABLE,
                    readOnly + ": permission denied");
            assertEquals(messy, Files.readString(writable));
            assertEquals(messy, Files.readString(readOnly));
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
