package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.run;
import static org.minutes.cli.Cli.runWithInput;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI rough edges of issue 9 point 2, one test each; each failed before the fix. */
class RoughEdgesTest {

    private static final String MESSY = "#   2031-05-14 Team Sync   \n";
    private static final String CANONICAL = "# 2031-05-14 Team Sync\n";

    /** {@code minutes check -V} and {@code convert -V} printed nothing and exited 0. */
    @Test
    void everySubcommandPrintsTheVersion() {
        for (String command : List.of("convert", "check", "fmt", "todo", "people", "decisions", "stats", "next")) {
            Cli.Run run = run(command, "-V");
            assertEquals(ExitCode.OK, run.code(), command);
            assertTrue(run.out().startsWith("minutes "), command + ": " + run.out());
        }
    }

    /** Bash completion offered {@code md json} for {@code --to}: --to and --from shared one candidate list. */
    @Test
    void completionOffersEachOptionItsOwnValues() {
        String script = run("generate-completion").out();
        String convert = script.substring(script.indexOf("function _picocli_minutes_convert()"));
        convert = convert.substring(0, convert.indexOf("\n}\n"));
        Matcher arrays = Pattern.compile("local (\\w+_option_args)=\\(([^)]*)\\) # (--[\\w-]+) values")
                .matcher(convert);
        Set<String> names = new HashSet<>();
        String toValues = null;
        while (arrays.find()) {
            assertTrue(names.add(arrays.group(1)), "one list per option: " + arrays.group(1));
            if (arrays.group(3).equals("--to")) {
                toValues = arrays.group(2);
                assertTrue(convert.contains("'--to')\n      local IFS=$'\\n'\n      COMPREPLY=( $( compReplyArray \"${"
                        + arrays.group(1) + "[@]}\" ) )"), convert);
            }
        }
        assertEquals("\"json\" \"ics\" \"md\" \"html\"", toValues, "--to offers the targets, html since issue 8");
    }

    /** {@code --out-dir} that did not exist was an error; it is created. */
    @Test
    void outDirIsCreated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new/deeper");
        Cli.Run run = run("convert", "--to", "json", "--out-dir", out.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.readString(out.resolve("2026-01-14-conda-ecosystem.json")).startsWith("{"));
    }

    /** A directory argument was refused; it is walked for {@code *.md}, recursively, sorted, links not followed. */
    @Test
    void directoriesAreWalkedForNotesSortedWithoutFollowingLinks(@TempDir Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(Files.createDirectories(notes.resolve("b")).resolve("2.md"), "# 2031-05-02 B\n");
        Files.writeString(Files.createDirectories(notes.resolve("a")).resolve("1.md"), "# 2031-05-01 A\n");
        Files.writeString(notes.resolve("c.md"), "# 2031-05-03 C\n");
        Files.writeString(notes.resolve("readme.txt"), "not notes\n");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("x.md"), "# 2031-05-09 X\n");
        Files.createSymbolicLink(notes.resolve("linked"), outside);
        Files.createSymbolicLink(notes.resolve("linked.md"), outside.resolve("x.md"));
        Cli.Run run = run("convert", "--to", "json", notes.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> names = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            names.add(new ObjectMapper().readTree(line).get("meeting").get("name").textValue());
        }
        assertEquals(List.of("A", "B", "C"), names);
        Cli.Run check = run("check", notes.toString());
        assertEquals(ExitCode.OK, check.code(), check.err());
    }

    /** {@code fmt} needed {@code -} to read standard input, while {@code convert} did not. */
    @Test
    void fmtReadsStandardInputWithoutADash() {
        Cli.Run run = runWithInput(MESSY.getBytes(StandardCharsets.UTF_8), "fmt");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(CANONICAL, run.out());
    }

    /**
     * {@code fmt a.md b.md} wrote two documents to standard output with nothing between them: a usage error now,
     * unless {@code --out-dir} is given.
     */
    @Test
    void fmtWithSeveralFilesNeedsAMode(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.writeString(a, MESSY);
        Files.writeString(b, MESSY);
        Cli.Run run = run("fmt", a.toString(), b.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("minutes: several files need --write, --check or --out-dir"), run.err());
        assertEquals("", run.out());
        Path out = dir.resolve("out");
        Cli.Run written = run("fmt", "--out-dir", out.toString(), a.toString(), b.toString());
        assertEquals(ExitCode.OK, written.code(), written.err());
        assertEquals(CANONICAL, Files.readString(out.resolve("a.md")));
        assertEquals(CANONICAL, Files.readString(out.resolve("b.md")));
        assertEquals(MESSY, Files.readString(a), "the inputs are left alone");
        Path other = Cli.file(Files.createDirectories(dir.resolve("other")), "a.md", MESSY);
        Cli.Run clash = run("fmt", "--out-dir", out.toString(), a.toString(), other.toString());
        assertEquals(ExitCode.UNREADABLE, clash.code());
        assertTrue(clash.err().contains("two inputs would write the same file"), clash.err());
    }

    /** A mistyped command said "Unmatched arguments from index 0" with no suggestion; options the same. */
    @Test
    void aMistypedCommandOrOptionSuggestsTheNearest() {
        Cli.Run command = run("convrt", "--to", "ics");
        assertEquals(ExitCode.USAGE, command.code());
        assertTrue(command.err().lines().findFirst().orElseThrow().contains("did you mean 'convert'?"), command.err());
        Cli.Run option = run("check", "--strikt", Cli.SAMPLE.toString());
        assertEquals(ExitCode.USAGE, option.code());
        assertTrue(option.err().lines().findFirst().orElseThrow().contains("did you mean '--strict'?"), option.err());
    }

    /** {@code -o x.ics} did not imply {@code --to ics}: a usage error. */
    @Test
    void theOutputExtensionImpliesTheFormat(@TempDir Path dir) throws Exception {
        Path ics = dir.resolve("x.ics");
        Cli.Run run = run("convert", "-o", ics.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR\r\n"));
        assertEquals(ExitCode.USAGE, run("convert", "-o", dir.resolve("x.txt").toString(), Cli.SAMPLE.toString()).code());
    }

    /**
     * {@code fmt --help} cited "(D71)", which no user can look up: help texts name rules by a link to the dialect
     * document instead; and no help text holds an escape code.
     */
    @Test
    void helpTextsLinkToTheDialectDocument() {
        Pattern bareRule = Pattern.compile("(?<![#/\\w])D\\d+\\b");
        CommandLine cli = MinutesCommand.commandLine();
        List<String> texts = new ArrayList<>();
        texts.add(cli.getUsageMessage(CommandLine.Help.Ansi.OFF));
        cli.getSubcommands().values().forEach(sub -> texts.add(sub.getUsageMessage(CommandLine.Help.Ansi.OFF)));
        for (String text : texts) {
            assertFalse(bareRule.matcher(text).find(), text);
            assertFalse(text.contains("\u001b"), text);
        }
        assertTrue(run("fmt", "--help").out().contains("docs/dialect.md#d71-canonical-rendering"));
    }
}
