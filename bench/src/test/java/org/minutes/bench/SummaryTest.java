package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.bench.Summary.Figure;
import org.minutes.bench.Summary.Measure;
import org.minutes.bench.Summary.Row;
import org.openjdk.jmh.annotations.Benchmark;

class SummaryTest {

    /** One JMH result entry, shaped as JMH 1.37 writes it (fields the summary does not read left out). */
    private static String entry(String benchmark, String corpus, String mode, String score, String error,
                                String unit) {
        return """
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "%s",
                    "mode" : "%s",
                    "params" : { "corpus" : "%s" },
                    "primaryMetric" : { "score" : %s, "scoreError" : %s, "scoreUnit" : "%s" },
                    "secondaryMetrics" : { "bytes" : { "score" : 1.0, "scoreError" : "NaN", "scoreUnit" : "ops/s" } }
                }""".formatted(benchmark, mode, corpus, score, error, unit);
    }

    /** A throughput entry with {@link CpuTime}'s counters, one value per iteration. */
    private static String cpuEntry(Measure measure, String corpus, String cpuNanos, String cpuOps) {
        return """
                {
                    "benchmark" : "org.minutes.bench.%s",
                    "mode" : "thrpt",
                    "params" : { "corpus" : "%s" },
                    "primaryMetric" : { "score" : 1.0, "scoreError" : "NaN", "scoreUnit" : "ops/s" },
                    "secondaryMetrics" : {
                        "cpuNanos" : { "score" : 0.0, "scoreUnit" : "#", "rawData" : [ %s ] },
                        "cpuOps" : { "score" : 0.0, "scoreUnit" : "#", "rawData" : [ %s ] }
                    }
                }""".formatted(measure.benchmark(), corpus, cpuNanos, cpuOps);
    }

    private static String entry(Measure measure, String corpus, String score, String error) {
        return entry("org.minutes.bench." + measure.benchmark(), corpus, "thrpt", score, error, "ops/s");
    }

    private static String file(String... entries) {
        return "[" + String.join(",", entries) + "]";
    }

    /** A full run on SAMPLES, a parse-only run on EXAMPLES, and a benchmark the summary does not know. */
    private static final String RUN = file(
            entry(Measure.COMMONMARK_PARSE, "SAMPLES", "1000.0", "100.0"),
            entry(Measure.MINUTES_PARSE, "SAMPLES", "350.0", "35.0"),
            entry(Measure.JSON_WRITE, "SAMPLES", "700.0", "7.0"),
            entry(Measure.MARKDOWN_WRITE, "SAMPLES", "1400.0", "\"NaN\""),
            entry(Measure.COMMONMARK_HTML_WRITE, "SAMPLES", "4000.0", "80.0"),
            entry(Measure.COMMONMARK_MARKDOWN_WRITE, "SAMPLES", "2000.0", "20.0"),
            entry("org.example.OtherBenchmark.run", "SAMPLES", "avgt", "1.0", "0.1", "s/op"),
            entry(Measure.COMMONMARK_PARSE, "EXAMPLES", "800.0", "8.0"),
            entry(Measure.MINUTES_PARSE, "EXAMPLES", "300.0", "3.0"));

    @Test
    void readsOneRowPerCorpusInFileOrder() {
        List<Row> rows = Summary.read(RUN);

        assertEquals(List.of("SAMPLES", "EXAMPLES"), rows.stream().map(Row::corpus).toList());
        assertEquals(Set.of(Measure.values()), rows.get(0).measures().keySet());
        assertEquals(Set.of(Measure.MINUTES_PARSE, Measure.COMMONMARK_PARSE), rows.get(1).measures().keySet());
        assertEquals(new Figure(350.0, 35.0), rows.get(0).measures().get(Measure.MINUTES_PARSE));
    }

    @Test
    void parseRatioIsMinutesThroughputOverCommonmarksWithSummedRelativeErrors() {
        Figure ratio = Summary.read(RUN).get(0).parseRatio().orElseThrow();

        assertEquals(0.35, ratio.value(), 1e-12);
        // 35/350 + 100/1000 = 20% of 0.35
        assertEquals(0.07, ratio.error(), 1e-12);
    }

    @Test
    void writeCostsAreParseThroughputOverWriteThroughputOfTheSameParser() {
        Row samples = Summary.read(RUN).get(0);

        // Writing JSON at 700 corpora/s costs half of parsing at 350 corpora/s.
        assertEquals(0.5, samples.jsonCost().orElseThrow().value(), 1e-12);
        assertEquals(0.25, samples.markdownCost().orElseThrow().value(), 1e-12);
        assertEquals(0.25, samples.commonmarkHtmlCost().orElseThrow().value(), 1e-12);
        assertEquals(0.5, samples.commonmarkMarkdownCost().orElseThrow().value(), 1e-12);
        assertTrue(Double.isNaN(samples.markdownCost().orElseThrow().error()), "no error where JMH had none");
    }

    @Test
    void ratiosOfMeasuresTheRunLeftOutAreEmpty() {
        Row examples = Summary.read(RUN).get(1);

        assertEquals(300.0 / 800.0, examples.parseRatio().orElseThrow().value(), 1e-12);
        assertTrue(examples.jsonCost().isEmpty());
        assertTrue(examples.markdownCost().isEmpty());
        assertTrue(examples.commonmarkHtmlCost().isEmpty());
        assertTrue(examples.commonmarkMarkdownCost().isEmpty());
    }

    @Test
    void convertsOtherThroughputUnitsToOperationsPerSecond() {
        List<Row> rows = Summary.read(file(
                entry("org.minutes.bench.ParseBenchmark.minutes", "SAMPLES", "thrpt", "0.35", "0.0", "ops/ms"),
                entry(Measure.COMMONMARK_PARSE, "SAMPLES", "1000.0", "0.0")));

        assertEquals(350.0, rows.get(0).measures().get(Measure.MINUTES_PARSE).value(), 1e-9);
        assertEquals(0.35, rows.get(0).parseRatio().orElseThrow().value(), 1e-12);
    }

    @Test
    void formatsAMarkdownTableWithDashesForMissingMeasures() {
        String table = Summary.format(Summary.read(RUN));

        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("| corpus | Minutes parse ops/s | commonmark parse ops/s |"), lines.get(0));
        assertEquals("| SAMPLES | 350 ±35 | 1000 ±100 | 0.350 ±0.070 | 0.500 ±0.055 | 0.250 | 0.250 ±0.030"
                + " | 0.500 ±0.055 |", lines.get(2));
        assertEquals("| EXAMPLES | 300 ±3.0 | 800 ±8.0 | 0.375 ±0.0075 | - | - | - | - |", lines.get(3));
    }

    @Test
    void cpuThroughputIsTheMeanOverIterationsOfOperationsPerCpuSecond() {
        String run = file(
                // 100, 150 and 200 operations per CPU second in three iterations, over two forks.
                cpuEntry(Measure.MINUTES_PARSE, "SAMPLES", "[1e9, 2e9], [5e8]", "[100, 300], [100]"),
                cpuEntry(Measure.COMMONMARK_PARSE, "SAMPLES", "[1e9, 1e9, 1e9]", "[600, 600, 600]"),
                entry(Measure.JSON_WRITE, "SAMPLES", "700.0", "7.0"));

        Row cpu = Summary.read(run, Summary.Clock.CPU).get(0);

        Figure minutes = cpu.measures().get(Measure.MINUTES_PARSE);
        assertEquals(150.0, minutes.value(), 1e-9);
        assertTrue(minutes.error() > 0, "three differing iterations have an error");
        assertEquals(new Figure(600.0, 0.0), cpu.measures().get(Measure.COMMONMARK_PARSE));
        assertEquals(0.25, cpu.parseRatio().orElseThrow().value(), 1e-12);
        assertTrue(cpu.jsonCost().isEmpty(), "a benchmark without CPU counters is left out");
        assertEquals(700.0, Summary.read(run, Summary.Clock.WALL).get(0).measures().get(Measure.JSON_WRITE).value());
    }

    @Test
    void reportHasATablePerClockWithFigures() {
        String withCpu = file(
                cpuEntry(Measure.MINUTES_PARSE, "SAMPLES", "[1e9]", "[300]"),
                cpuEntry(Measure.COMMONMARK_PARSE, "SAMPLES", "[1e9]", "[1000]"));

        String report = Summary.report(withCpu);
        assertTrue(report.startsWith(Summary.Clock.WALL.title() + ":\n\n"
                + Summary.format(Summary.read(withCpu, Summary.Clock.WALL)) + "\n"
                + Summary.Clock.CPU.title() + ":\n\n"
                + Summary.format(Summary.read(withCpu, Summary.Clock.CPU)) + "\n"), report);
        assertTrue(report.contains("| SAMPLES | 300 | 1000 | 0.300 |"), report);
        assertTrue(report.contains("below 1, writing costs less than parsing the same text"), report);

        String withoutCpu = Summary.report(RUN);
        assertTrue(withoutCpu.startsWith(Summary.Clock.WALL.title()), withoutCpu);
        assertTrue(!withoutCpu.contains(Summary.Clock.CPU.title()), "no CPU table without CPU counters");
        assertEquals("", Summary.report(file(
                entry("org.example.OtherBenchmark.run", "SAMPLES", "thrpt", "1.0", "0.1", "ops/s"))));
    }

    @Test
    void refusesWhatItCannotTurnIntoThroughputRatios() {
        assertThrows(IllegalArgumentException.class, () -> Summary.read("{}"), "not an array");
        assertThrows(IllegalArgumentException.class, () -> Summary.read("[{"), "not JSON");
        assertThrows(IllegalArgumentException.class, () -> Summary.read(file(
                entry("org.minutes.bench.ParseBenchmark.minutes", "SAMPLES", "avgt", "1.0", "0.1", "s/op"))),
                "average-time mode");
        assertThrows(IllegalArgumentException.class, () -> Summary.read(file(
                entry("org.minutes.bench.ParseBenchmark.minutes", "SAMPLES", "thrpt", "1.0", "0.1", "bytes/s"))),
                "unknown unit");
        assertThrows(IllegalArgumentException.class, () -> Summary.read(file(
                entry(Measure.MINUTES_PARSE, "SAMPLES", "1.0", "0.1"),
                entry(Measure.MINUTES_PARSE, "SAMPLES", "2.0", "0.1"))), "twice for one corpus");
        assertThrows(IllegalArgumentException.class, () -> Summary.read(file(
                entry(Measure.MINUTES_PARSE, "SAMPLES", "1.0", "0.1"),
                entry(Measure.MINUTES_PARSE, "SAMPLES", "2.0", "0.1")), Summary.Clock.CPU),
                "twice for one corpus, even without CPU counters");
        assertThrows(IllegalArgumentException.class, () -> Summary.read(
                "[{\"benchmark\": \"org.minutes.bench.ParseBenchmark.minutes\", \"mode\": \"thrpt\"}]"),
                "no corpus parameter");
    }

    @Test
    void knowsExactlyTheBenchmarksOfThisPackage() {
        Set<String> benchmarks = Stream.of(ParseBenchmark.class, WriteBenchmark.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(Benchmark.class))
                        .map((Method method) -> type.getSimpleName() + "." + method.getName()))
                .collect(Collectors.toSet());

        assertEquals(benchmarks, Arrays.stream(Measure.values()).map(Measure::benchmark).collect(Collectors.toSet()));
    }

    @Test
    void mainPrintsTheTableOfAFileAndFailsWithAMessageOtherwise(@TempDir Path dir) throws IOException {
        Path result = Files.writeString(dir.resolve("jmh.json"), RUN);
        Path foreign = Files.writeString(dir.resolve("other.json"),
                file(entry("org.example.OtherBenchmark.run", "SAMPLES", "thrpt", "1.0", "0.1", "ops/s")));

        assertEquals(new Outcome(0, Summary.report(RUN), ""), run(result.toString()));
        assertEquals(2, run().code());
        assertEquals(2, run("a.json", "b.json").code());
        Outcome missing = run(dir.resolve("missing.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("missing.json: cannot read"), missing.err());
        Outcome none = run(foreign.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no benchmark of org.minutes.bench"), none.err());
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Summary.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
