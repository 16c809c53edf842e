package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Issue 12 point 3: the launcher's training run (minutes-stub.sh) runs every command quietly and cleans up. */
class TrainingTest {

    @Test
    void theNotesAreTheSamples() throws IOException {
        for (String note : Training.NOTES) {
            try (InputStream in = Training.class.getResourceAsStream("training/" + note)) {
                assertNotNull(in, note);
                assertEquals(Files.readString(Cli.ROOT.resolve("samples").resolve(note)),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void printsNothingAndLeavesNothing() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingDirectories(tmp);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Training.main(new String[0]);
            for (String command : Training.ALONE) {
                Training.main(new String[] {command});
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        assertEquals(before, trainingDirectories(tmp));
    }

    @Test
    void eachCommandRunsAsFromTheShell() {
        String sample = Cli.SAMPLE.toString();
        assertEquals(Cli.run("convert", "--to", "json", sample).code(), Training.run("convert", "--to", "json", sample));
        assertEquals(ExitCode.OK, Training.run("convert", "--to", "json", sample));
        assertEquals(ExitCode.UNREADABLE, Training.run("convert", "--to", "json", "no-such-file.md"));
    }

    private static List<Path> trainingDirectories(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("minutes-training")).sorted().toList();
        }
    }
}
