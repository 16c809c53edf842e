package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Issue 12 point 3: {@link MinutesCommand#main} runs plain {@code convert} command lines without picocli
 * ({@link PlainCommandLine}); every command line prints, writes and returns what picocli's run of it does.
 */
class PlainCommandLineTest {

    @TempDir
    static Path dir;

    /** What one run printed and returned, and the files in {@link #dir} after it. */
    private record Outcome(Cli.Run run, Map<String, String> files) {

        /** The outcome with its stack traces' frames left out (--debug's), which name the caller. */
        Outcome withoutFrames() {
            String err = run.err().lines().filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t..."))
                    .map(line -> line + "\n").reduce("", String::concat);
            return new Outcome(new Cli.Run(run.code(), run.out(), err), files);
        }
    }

    /** Two notes and a folder of both, which a run may overwrite (-o a.md), and outputs that may be written. */
    private static final List<String> FILES = List.of("a.md", "b.md", "notes", "missing.md", "out.json", "out.ics",
            "out.md", "out.html", "out");

    /** Command lines after {@code convert}: half of them of plain words only, most of which are plain. */
    private static Gen<List<String>> arguments() {
        List<String> plain = new ArrayList<>(List.of("--to", "json", "ics", "md", "html", "--to=json", "--to=ics",
                "--to=html", "--spans", "--diagnostics", "--standalone", "-o", "--output"));
        FILES.forEach(name -> plain.add(dir.resolve(name).toString()));
        List<String> any = new ArrayList<>(plain);
        any.addAll(List.of("--to=xml", "--to=", "-", "--", "@args", "", "-x", "--help", "-V", "--out-dir", "--from",
                "--todos=all", "--debug", "--spans=true", "convert"));
        return lists().of(arbitrary().pick(plain)).ofSizeBetween(0, 6)
                .mix(lists().of(arbitrary().pick(any)).ofSizeBetween(0, 6));
    }

    /** Puts the notes into {@link #dir}, and nothing else. */
    @BeforeEach
    void notes() throws IOException {
        clear();
        Files.createDirectories(dir.resolve("notes"));
        for (String name : List.of("a.md", "notes/a.md")) {
            Files.copy(Cli.SAMPLE, dir.resolve(name));
        }
        for (String name : List.of("b.md", "notes/b.md")) {
            Files.copy(Cli.ROOT.resolve("samples/2026-01-07-conda-ecosystem.md"), dir.resolve(name));
        }
    }

    private static void clear() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(dir)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Outcome plainOrPicocli(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        int code;
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            code = MinutesCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setIn(original);
        }
        return new Outcome(new Cli.Run(code, out.toString(), err.toString()), files());
    }

    private static Outcome picocli(String... args) throws IOException {
        return new Outcome(Cli.run(args), files());
    }

    /** {@return the files in {@link #dir} by name and their text}, after which the notes are put back as they were */
    private static Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        new PlainCommandLineTest().notes();
        return files;
    }

    private static String[] convert(List<String> rest) {
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(rest);
        return args.toArray(String[]::new);
    }

    @Test
    void everyCommandLineRunsAsPicocliRunsIt() {
        AtomicInteger plain = new AtomicInteger();
        qt().withExamples(300).forAll(arguments()).checkAssert(rest -> {
            String[] args = convert(rest);
            if (PlainCommandLine.convert(args).isPresent()) {
                plain.incrementAndGet();
            }
            try {
                assertEquals(picocli(args).withoutFrames(), plainOrPicocli(args).withoutFrames(),
                        String.join(" ", args));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(plain.get() >= 30, "plain command lines among them: " + plain.get());
    }

    @Test
    void theUsualCommandLinesArePlainAndRunAsPicocliRunsThem() throws IOException {
        String a = dir.resolve("a.md").toString();
        String b = dir.resolve("b.md").toString();
        String json = dir.resolve("out.json").toString();
        List<List<String>> plain = List.of(List.of("--to", "json", a), List.of("--to=ics", a, b),
                List.of("--to", "json", "-o", json, a, b), List.of("--output", json, "--spans", a),
                List.of(b, "--diagnostics", "--to", "md"), List.of("--standalone", "--to", "html", a),
                List.of("--to", "json", dir.resolve("notes").toString()), List.of("--to", "json", "missing.md"),
                List.of("--to", "md", a, b));
        for (List<String> rest : plain) {
            String[] args = convert(rest);
            assertTrue(PlainCommandLine.convert(args).isPresent(), String.join(" ", args));
            Outcome picocli = picocli(args);
            assertEquals(picocli, plainOrPicocli(args), String.join(" ", args));
            assertTrue(picocli.run().code() != ExitCode.OK || !picocli.run().out().isEmpty()
                    || picocli.files().containsKey("out.json"), "converts: " + String.join(" ", args));
        }
    }

    @Test
    void otherCommandLinesAreNotPlain() {
        String sample = Cli.SAMPLE.toString();
        List<List<String>> others = List.of(List.of("check", sample), List.of("--debug", "convert", sample),
                List.of("convert", "--to", "json", "--to", "md", sample), List.of("convert", "--spans", "--spans"),
                List.of("convert", "--to=JSON", sample), List.of("convert", "--to"), List.of("convert", "-o"),
                List.of("convert", "-o", "-", sample), List.of("convert", "-", "--to", "json"),
                List.of("convert", "@args"), List.of("convert", "--to", "json", "--", sample),
                List.of("convert", "--help"), List.of("convert", "--from", "json", sample), List.of("convert", ""));
        for (List<String> args : others) {
            assertFalse(PlainCommandLine.convert(args.toArray(String[]::new)).isPresent(), String.join(" ", args));
        }
    }
}
