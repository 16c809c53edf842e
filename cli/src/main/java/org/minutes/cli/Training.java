package org.minutes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * The training run of the {@code minutes} launcher ({@code src/main/sh/minutes-stub.sh}): the JVM records the classes
 * (and, on JDK 24+, their linking and profiles) that runs of the commands use, so that the class-data archive or AOT
 * cache made from it serves a command whichever form of it the user runs first (issue 12 point 3). The launcher keeps
 * one cache for each of {@code convert}, {@code check} and {@code fmt}, the commands run on a few notes at a time
 * (a pre-commit hook, an editor), trained on that command's runs alone, and one for every other command, trained on
 * all of them: JDK 25 loads every class of an AOT cache when it starts, so that a cache of every command made a
 * one-file {@code convert} 20-25 ms slower than one of {@code convert}'s classes. It runs the commands in-process over
 * sample notes the jar carries, written to a temporary directory, and prints nothing.
 */
public final class Training {

    /** The sample notes in the jar (copied from {@code samples/} by the build). */
    static final List<String> NOTES = List.of("2026-01-07-conda-ecosystem.md", "2026-01-14-conda-ecosystem.md",
            "2025-02-12-conda-community-corrupted-front-matter.md");

    /** The commands with a cache of their own. */
    static final List<String> ALONE = List.of("convert", "check", "fmt");

    private Training() {
    }

    /**
     * Runs the commands once each: with the argument {@code convert}, {@code check} or {@code fmt}, that command's
     * forms only; else every command.
     *
     * @param args the command to train, or none for every command
     * @throws IOException if the temporary directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        String only = args.length > 0 && ALONE.contains(args[0]) ? args[0] : null;
        Path dir = Files.createTempDirectory("minutes-training");
        List<Path> files = new ArrayList<>();
        try {
            for (String note : NOTES) {
                try (InputStream in = Training.class.getResourceAsStream("training/" + note)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource training/" + note);
                    }
                    Path file = dir.resolve(note);
                    Files.copy(in, file);
                    files.add(file);
                }
            }
            String notes = files.get(0).toString();
            String all = dir.toString();
            if (only == null || only.equals("convert")) {
                for (String to : List.of("json", "ics", "md", "html")) {
                    run("convert", "--to", to, notes);
                }
                // Not plain (PlainCommandLine): picocli's convert.
                run("convert", "--from", "md", "--to", "json", notes);
            }
            if (only == null || only.equals("check")) {
                run("check", notes);
                run("check", "--format", "json", all);
            }
            if (only == null || only.equals("fmt")) {
                run("fmt", "--check", notes);
            }
            if (only == null) {
                for (String command : List.of("todo", "people", "decisions", "stats")) {
                    run(command, all);
                    run(command, "--format", "json", all);
                }
                run("--version");
            }
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Runs one command line as {@link MinutesCommand#main} does (a plain one without picocli), its output discarded.
     *
     * @param args the arguments
     * @return the exit code
     */
    static int run(String... args) {
        return MinutesCommand.execute(args, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    }
}
