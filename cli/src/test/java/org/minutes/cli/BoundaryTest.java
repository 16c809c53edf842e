package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI boundary under resources and values out of range (issue 10, points 5 and 7): one line, a documented exit
 * code, no stack trace.
 */
class BoundaryTest {

    /** Runs the command line with an execution that fails as {@code failure} says, behind the CLI's boundary. */
    private static Cli.Run failing(Error failure) {
        CommandLine cli = MinutesCommand.commandLine();
        cli.setExecutionStrategy(new MinutesCommand.ResourceErrors(parsed -> {
            throw failure;
        }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Cli.Run(cli.execute("check", "notes.md"), out.toString(), err.toString());
    }

    /**
     * Issue 10 point 5: an OutOfMemoryError escaped picocli (which catches exceptions only) as a 29-frame stack trace
     * and exit 1, the code of findings; now one line and exit 4.
     */
    @Test
    void outOfMemoryIsOneLineAndExit4() {
        assertOneLineError(failing(new OutOfMemoryError("Java heap space")), ExitCode.INTERNAL,
                "minutes: out of memory (Java heap space)");
    }

    /** Issue 10 point 5: the same for a StackOverflowError. */
    @Test
    void stackOverflowIsOneLineAndExit4() {
        assertOneLineError(failing(new StackOverflowError()), ExitCode.INTERNAL, "minutes: out of stack");
    }

    /** Any other error (a class missing from a broken build) is a bug: one line and exit 4, not a stack trace. */
    @Test
    void anotherErrorIsAnInternalErrorOnOneLine() {
        assertOneLineError(failing(new NoSuchMethodError("CalendarOptions.withIncludeCompleted")), ExitCode.INTERNAL,
                "minutes: internal error: java.lang.NoSuchMethodError: CalendarOptions.withIncludeCompleted");
    }

    /**
     * Issue 10 point 5, the probe's input: JSON {@code "fenceLength": 2000000000} converted to Markdown ran out of
     * memory. The converters' limit (JsonConverter.MAX_FENCE_LENGTH) now refuses it, and the CLI reports that as
     * an unreadable input, exit 3. A guard: the converters' fix made it pass before this CLI change.
     */
    @Test
    void aHugeFenceLengthIsRefusedAsUnreadableJson(@TempDir Path dir) throws Exception {
        Path notes = Cli.file(dir, "code.md", "# 2031-05-14 Sync\n\n```\ncode\n```\n");
        Cli.Run json = run("convert", "--to", "json", notes.toString());
        assertEquals(ExitCode.OK, json.code(), json.err());
        assertTrue(json.out().contains("\"fenceLength\":3"), json.out());
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, json.out().replace("\"fenceLength\":3", "\"fenceLength\":2000000000"));
        assertOneLineError(run("convert", "--from", "json", "--to", "md", huge.toString()), ExitCode.UNREADABLE,
                huge + ": invalid JSON: /preamble/0/fenceLength: fence length 2000000000 is over the limit");
    }

    /**
     * Issue 10 point 7: a date iCalendar cannot write ({@code # 0000-01-01}) made the converter throw
     * CalendarRangeException, which the CLI reported as an internal error, exit 4; now exit 3 with one line naming
     * the file.
     */
    @Test
    void aDateOutsideTheCalendarIsExit3(@TempDir Path dir) throws Exception {
        Path notes = Cli.file(dir, "year-zero.md", "# 0000-01-01 Team Sync\n");
        assertOneLineError(run("convert", "--to", "ics", notes.toString()), ExitCode.UNREADABLE,
                notes + ": date 0000-01-01 is outside the years 0001-9999");
        assertOneLineError(run("convert", "--to", "ics", "-o", dir.resolve("out.ics").toString(), notes.toString()),
                ExitCode.UNREADABLE, "outside the years 0001-9999");
        assertTrue(Files.notExists(dir.resolve("out.ics")), "no output file is left behind");
    }

    /**
     * Issue 10 point 7: {@code --duration} past CalendarOptions.MAX_DURATION (7 days) ended in the year 192 156 060
     * (99999999999) or exit 4 (Long.MAX_VALUE); now a usage error, exit 2. Seven days exactly is allowed.
     */
    @Test
    void aDurationOverSevenDaysIsAUsageError(@TempDir Path dir) throws Exception {
        Path notes = Cli.file(dir, "notes.md", "# 2031-05-14 Team Sync 10:00\n");
        for (String minutes : new String[] {"10081", "99999999999", String.valueOf(Long.MAX_VALUE)}) {
            Cli.Run run = run("convert", "--to", "ics", "--duration", minutes, notes.toString());
            assertEquals(ExitCode.USAGE, run.code(), run.err());
            assertTrue(run.err().startsWith("minutes: --duration must be at most 10080 minutes (7 days)"), run.err());
        }
        Cli.Run week = run("convert", "--to", "ics", "--duration", "10080", notes.toString());
        assertEquals(ExitCode.OK, week.code(), week.err());
    }
}
