package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.bench.ParseComparison.Rounds;

class ParseComparisonTest {

    private static final int SAMPLES_BYTES = 17824;
    private static final int EXAMPLES_BYTES = 26800;

    /** A parse benchmark's entry as JMH writes it: {@code bytes} is the score times the corpus's size. */
    private static String entry(String method, String corpus, double score, int corpusBytes) {
        return """
                {
                    "benchmark" : "org.minutes.bench.ParseBenchmark.%s",
                    "mode" : "thrpt",
                    "params" : { "corpus" : "%s" },
                    "primaryMetric" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "ops/s" },
                    "secondaryMetrics" : { "bytes" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "ops/s" } }
                }""".formatted(method, corpus, score, score * corpusBytes);
    }

    /** One run: both parsers on both corpora; Minutes parses the examples at a tenth of its samples' rate. */
    private static String run(double minutes, double commonmark) {
        return "[" + String.join(",",
                entry("minutes", "SAMPLES", minutes, SAMPLES_BYTES),
                entry("commonmark", "SAMPLES", commonmark, SAMPLES_BYTES),
                entry("minutes", "EXAMPLES", minutes / 10, EXAMPLES_BYTES),
                entry("commonmark", "EXAMPLES", commonmark, EXAMPLES_BYTES)) + "]";
    }

    @Test
    void roundsHaveAMeanAndASampleStandardDeviation() {
        Summary.Figure mean = new Rounds(List.of(0.3, 0.4)).mean();
        assertEquals(0.35, mean.value(), 1e-12);
        // Deviations ±0.05, two rounds: sqrt((0.0025 + 0.0025) / 1).
        assertEquals(Math.sqrt(0.005), mean.error(), 1e-12);
        assertTrue(Double.isNaN(new Rounds(List.of(0.3)).mean().error()), "one round has no spread");
    }

    @Test
    void printsEachRoundsRatioTheMeansAndAfterOverBefore() {
        String report = ParseComparison.compare(
                List.of(run(300, 1000), run(400, 1000)),
                List.of(run(450, 1000), run(350, 1000)));
        // SAMPLES: before 0.3 and 0.4 (mean 0.35, sd 0.0707), after 0.45 and 0.35 (mean 0.4), 0.4 / 0.35 = 1.143.
        assertTrue(report.contains("| SAMPLES | 17824 | 0.300, 0.400 | 0.350 ±0.071 | 0.450, 0.350 | 0.400 ±0.071"
                + " | 1.14 |\n"), report);
        // EXAMPLES: a tenth of each, so the same after/before.
        assertTrue(report.contains("| EXAMPLES | 26800 | 0.0300, 0.0400 | 0.0350 ±0.0071 | 0.0450, 0.0350"
                + " | 0.0400 ±0.0071 | 1.14 |\n"), report);
    }

    @Test
    void refusesRunsThatParsedDifferentTexts() {
        String fewerExamples = "[" + String.join(",",
                entry("minutes", "SAMPLES", 300, SAMPLES_BYTES),
                entry("commonmark", "SAMPLES", 1000, SAMPLES_BYTES),
                entry("minutes", "EXAMPLES", 30, 19800),
                entry("commonmark", "EXAMPLES", 1000, 19800)) + "]";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParseComparison.compare(List.of(fewerExamples), List.of(run(300, 1000))));
        assertEquals("the runs parsed different texts: EXAMPLES is 19800 bytes in one and 26800 in another",
                e.getMessage());
    }

    @Test
    void refusesARunWithoutTheRatioOfACorpus() {
        String samplesOnly = "[" + String.join(",",
                entry("minutes", "SAMPLES", 300, SAMPLES_BYTES),
                entry("commonmark", "SAMPLES", 1000, SAMPLES_BYTES)) + "]";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParseComparison.compare(List.of(run(300, 1000)), List.of(samplesOnly)));
        assertEquals("a run lacks the parse ratio of [EXAMPLES]", e.getMessage());
    }

    @Test
    void mainComparesFilesAndExplainsItsUsage(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("before-1.json"), run(300, 1000));
        Path after = Files.writeString(dir.resolve("after-1.json"), run(330, 1000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream toOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream toErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = ParseComparison.run(new String[] {"--before", before.toString(), "--after", after.toString()},
                toOut, toErr);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        // One round each: no spread; 0.33 / 0.3 = 1.1.
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("| SAMPLES | 17824 | 0.300 | 0.300 | 0.330 | 0.330 | 1.10 |\n"), printed);

        assertEquals(2, ParseComparison.run(new String[] {"--before", before.toString()}, toOut, toErr));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        assertEquals(1, ParseComparison.run(new String[] {"--before", dir.resolve("none.json").toString(), "--after",
                after.toString()}, toOut, toErr));
    }
}
