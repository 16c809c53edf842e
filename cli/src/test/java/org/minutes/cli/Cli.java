package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

/** Runs the {@code minutes} command in-process, as the tests of the CLI do, and checks its one-line errors. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** The repository root, where samples/ and README.md are. */
    static final Path ROOT = Path.of(System.getProperty("minutes.root", ".."));
    /** A sample with findings of several codes and no error. */
    static final Path SAMPLE = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md");

    private Cli() {
    }

    /** {@return {@code dir/name}, written with {@code text}} */
    static Path file(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Run runWithInput(byte[] stdin, String... args) {
        return runWithInput(MinutesCommand.commandLine(args), stdin, args);
    }

    /** Runs {@code args} on {@code cli}, as {@link #runWithInput(byte[], String...)} does. */
    static Run runWithInput(CommandLine cli, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    /** Fails unless the run exited with {@code code} after one line on standard error holding {@code fragment}. */
    static void assertOneLineError(Run run, int code, String fragment) {
        assertEquals(code, run.code(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + run.err());
        assertTrue(lines.get(0).contains(fragment), lines.get(0));
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
