package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many inputs in one process (issue 12 point 4): converted and checked in parallel, written in input order, the
 * same bytes as one input after the other. Guards: the sequential code gave this order by construction.
 */
class BatchTest {

    /** Writes 60 notes of different sizes, so that parallel work finishes out of order. */
    private static List<Path> notes(Path dir) throws Exception {
        List<Path> notes = new ArrayList<>();
        Random random = new Random(12);
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder("# 2031-05-" + (10 + i % 18) + " Meeting " + i + "\n\n## Notes\n\n");
            int items = 1 + random.nextInt(400);
            for (int j = 0; j < items; j++) {
                text.append("- QE: point ").append(j).append(" of meeting ").append(i).append('\n');
            }
            notes.add(Cli.file(dir, String.format("n%02d.md", i), text.toString()));
        }
        return notes;
    }

    @Test
    void outputIsInInputOrderAndTheSameAsOneAtATime(@TempDir Path dir) throws Exception {
        List<Path> notes = notes(dir);
        for (String[] command : new String[][] {{"convert", "--to", "json"}, {"convert", "--to", "ics"},
            {"check"}, {"check", "--format", "sarif"}}) {
            List<String> args = new ArrayList<>(List.of(command));
            notes.forEach(n -> args.add(n.toString()));
            Cli.Run batch = run(args.toArray(String[]::new));
            StringBuilder oneByOne = new StringBuilder();
            if (command[0].equals("convert") && command[2].equals("json")) {
                for (Path note : notes) {
                    oneByOne.append(run("convert", "--to", "json", note.toString()).out());
                }
                assertEquals(oneByOne.toString(), batch.out());
            } else if (command.length == 1) {
                for (Path note : notes) {
                    oneByOne.append(run("check", note.toString()).out());
                }
                assertEquals(oneByOne.toString(), batch.out());
            }
            assertEquals(batch, run(args.toArray(String[]::new)), "the same bytes on every run");
        }
        Cli.Run walked = run("convert", "--to", "json", dir.toString());
        List<String> expected = IntStream.range(0, 60).mapToObj(i -> "\"name\":\"Meeting " + i + "\"").toList();
        List<String> lines = walked.out().lines().toList();
        assertEquals(60, lines.size());
        for (int i = 0; i < 60; i++) {
            assertEquals(true, lines.get(i).contains(expected.get(i)), lines.get(i));
        }
    }

    /** The first input that fails, in input order, is the one reported, whichever thread finished first. */
    @Test
    void theFirstFailingInputInOrderIsReported(@TempDir Path dir) throws Exception {
        List<Path> notes = notes(dir);
        Path early = dir.resolve("n05.md");
        Path late = dir.resolve("n40.md");
        Files.write(early, "# 2031-05-14 Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(late, "# 2031-05-14 Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        List<String> args = new ArrayList<>(List.of("convert", "--to", "json"));
        notes.forEach(n -> args.add(n.toString()));
        for (int run = 0; run < 5; run++) {
            Cli.Run failed = run(args.toArray(String[]::new));
            assertOneLineError(failed, ExitCode.UNREADABLE, early + ": not valid UTF-8");
            assertEquals(5, failed.out().lines().count(), "the notes before it were written");
        }
    }
}
