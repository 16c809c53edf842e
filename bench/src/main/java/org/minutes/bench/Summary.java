package org.minutes.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.util.ListStatistics;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) and prints, per corpus, the ratios that make a run comparable
 * with another run on another machine: Minutes' parse throughput over commonmark-java's, and the cost of each writer
 * over the cost of parsing the same text (cost = 1 / throughput, so a cost ratio below 1 means writing is cheaper
 * than parsing).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar -rf json -rff bench/target/jmh.json
 * java -cp bench/target/benchmarks.jar org.minutes.bench.Summary bench/target/jmh.json
 * </pre>
 *
 * <p>It prints two tables. The first uses JMH's score, operations per wall-clock second. The second uses operations
 * per CPU second of the benchmark thread ({@link CpuTime}): on a machine shared with other work each benchmark gets
 * the share of the CPU that is left while it runs, so wall-clock ratios between benchmarks run minutes apart follow
 * the load, while CPU-time ratios follow the work (the JIT compiler's threads still compete, so warm-up is slower on
 * a busy machine either way).
 *
 * <p>Benchmarks of other classes in the file are ignored; a measure the run left out (say, with a benchmark filter)
 * is shown as {@code -}. Every ratio comes with a rough bound, {@code ±}, the sum of the two scores' relative JMH
 * errors (99.9% confidence half-widths) times the ratio.
 */
public final class Summary {

    /** Which clock a throughput is measured against. */
    public enum Clock {
        /** JMH's primary score: operations per second of wall-clock time. */
        WALL("operations per wall-clock second (JMH's score)"),
        /** Operations per second of CPU time of the benchmark thread, from the {@link CpuTime} counters. */
        CPU("operations per CPU second of the benchmark thread (steadier on a shared machine)");

        private final String title;

        Clock(String title) {
            this.title = title;
        }

        /** {@return what the clock measures, as a table title} */
        public String title() {
            return title;
        }
    }

    /** The benchmarks the summary knows, by their JMH names relative to this package. */
    public enum Measure {
        /** {@link ParseBenchmark#minutes}. */
        MINUTES_PARSE("ParseBenchmark.minutes"),
        /** {@link ParseBenchmark#commonmark}. */
        COMMONMARK_PARSE("ParseBenchmark.commonmark"),
        /** {@link WriteBenchmark#json}. */
        JSON_WRITE("WriteBenchmark.json"),
        /** {@link WriteBenchmark#markdown}. */
        MARKDOWN_WRITE("WriteBenchmark.markdown"),
        /** {@link WriteBenchmark#commonmarkHtml}. */
        COMMONMARK_HTML_WRITE("WriteBenchmark.commonmarkHtml"),
        /** {@link WriteBenchmark#commonmarkMarkdown}. */
        COMMONMARK_MARKDOWN_WRITE("WriteBenchmark.commonmarkMarkdown");

        private final String benchmark;

        Measure(String benchmark) {
            this.benchmark = benchmark;
        }

        /** {@return the benchmark's JMH name: its class's simple name, a dot, its method} */
        public String benchmark() {
            return benchmark;
        }

        private static Optional<Measure> of(String fullName) {
            String prefix = Summary.class.getPackageName() + ".";
            for (Measure measure : values()) {
                if (fullName.equals(prefix + measure.benchmark)) {
                    return Optional.of(measure);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A quantity with JMH's error: a throughput in operations per second, or a ratio of two.
     *
     * @param value the value
     * @param error the half-width of its confidence interval; {@code NaN} where JMH could not compute one (a single
     *              measurement iteration)
     */
    public record Figure(double value, double error) {

        /**
         * Divides this figure by another, bounding the error by the sum of the relative errors.
         *
         * @param divisor the divisor
         * @return this / divisor
         */
        public Figure over(Figure divisor) {
            double ratio = value / divisor.value;
            return new Figure(ratio, ratio * (error / value + divisor.error / divisor.value));
        }

        /** {@return the value to three significant digits, and the error to two where there is one} */
        @Override
        public String toString() {
            String shown = significant(value, 3);
            return Double.isNaN(error) ? shown : shown + " ±" + significant(error, 2);
        }

        private static String significant(double x, int digits) {
            if (!Double.isFinite(x)) {
                return Double.toString(x);
            }
            BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.precision() < digits && rounded.scale() >= 0) {
                // 0.5 shows as 0.500: the digits shown are the digits meant.
                rounded = rounded.setScale(rounded.scale() + digits - rounded.precision());
            }
            return rounded.toPlainString();
        }
    }

    /**
     * The measures of one corpus.
     *
     * @param corpus   the corpus name, as passed with {@code -p corpus=...}
     * @param measures the throughput of each benchmark run on it, in operations (whole corpora) per second
     */
    public record Row(String corpus, Map<Measure, Figure> measures) {

        /** Copies the measures. */
        public Row {
            measures = Map.copyOf(measures);
        }

        /** {@return Minutes' parse throughput over commonmark-java's: higher is faster} */
        public Optional<Figure> parseRatio() {
            return ratio(Measure.MINUTES_PARSE, Measure.COMMONMARK_PARSE);
        }

        /** {@return the cost of writing JSON over the cost of parsing with Minutes: below 1, writing is cheaper} */
        public Optional<Figure> jsonCost() {
            return ratio(Measure.MINUTES_PARSE, Measure.JSON_WRITE);
        }

        /** {@return the cost of rendering Markdown over the cost of parsing with Minutes} */
        public Optional<Figure> markdownCost() {
            return ratio(Measure.MINUTES_PARSE, Measure.MARKDOWN_WRITE);
        }

        /** {@return the cost of commonmark-java's HTML rendering over the cost of its parsing} */
        public Optional<Figure> commonmarkHtmlCost() {
            return ratio(Measure.COMMONMARK_PARSE, Measure.COMMONMARK_HTML_WRITE);
        }

        /** {@return the cost of commonmark-java's Markdown rendering over the cost of its parsing} */
        public Optional<Figure> commonmarkMarkdownCost() {
            return ratio(Measure.COMMONMARK_PARSE, Measure.COMMONMARK_MARKDOWN_WRITE);
        }

        /** Throughput a over throughput b, which is cost b over cost a. */
        private Optional<Figure> ratio(Measure a, Measure b) {
            Figure first = measures.get(a);
            Figure second = measures.get(b);
            return first == null || second == null ? Optional.empty() : Optional.of(first.over(second));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<String, Double> PER_SECOND = Map.of(
            "ops/ns", 1e9, "ops/us", 1e6, "ops/ms", 1e3, "ops/s", 1.0, "ops/min", 1 / 60.0, "ops/hr", 1 / 3600.0);

    private Summary() {
    }

    /**
     * Reads JMH's scores (operations per wall-clock second) from a result file.
     *
     * @param json the content of a file written with {@code -rf json}
     * @return one row per corpus, in the order the corpora first appear
     * @throws IllegalArgumentException as {@link #read(String, Clock)}
     */
    public static List<Row> read(String json) {
        return read(json, Clock.WALL);
    }

    /**
     * Reads a JMH result file. For {@link Clock#CPU}, a benchmark without the {@link CpuTime} counters is left out of
     * its row.
     *
     * @param json  the content of a file written with {@code -rf json}
     * @param clock which throughput to read
     * @return one row per corpus, in the order the corpora first appear
     * @throws IllegalArgumentException if the text is not a JMH result array, a known benchmark was not run in
     *                                  throughput mode, has no {@code corpus} parameter, an unknown unit, or
     *                                  appears twice for one corpus
     */
    public static List<Row> read(String json, Clock clock) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JMH result file: the top level is not an array");
        }
        Map<String, Map<Measure, Figure>> byCorpus = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode result : root) {
            String name = result.path("benchmark").asText();
            Optional<Measure> known = Measure.of(name);
            if (known.isEmpty()) {
                continue;
            }
            if (!"thrpt".equals(result.path("mode").asText())) {
                throw new IllegalArgumentException(name + " ran in mode " + result.path("mode")
                        + "; cost ratios need throughput mode (-bm thrpt)");
            }
            JsonNode corpus = result.path("params").path("corpus");
            if (!corpus.isTextual()) {
                throw new IllegalArgumentException(name + " has no corpus parameter");
            }
            if (!seen.add(name + " " + corpus.asText())) {
                throw new IllegalArgumentException(name + " appears twice for corpus " + corpus.asText());
            }
            Map<Measure, Figure> row = byCorpus.computeIfAbsent(corpus.asText(), c -> new EnumMap<>(Measure.class));
            Optional<Figure> figure = clock == Clock.WALL
                    ? Optional.of(throughput(name, result.path("primaryMetric")))
                    : cpuThroughput(name, result.path("secondaryMetrics"));
            figure.ifPresent(f -> row.put(known.get(), f));
        }
        List<Row> rows = new ArrayList<>();
        byCorpus.forEach((corpus, measures) -> rows.add(new Row(corpus, measures)));
        return rows;
    }

    private static Figure throughput(String name, JsonNode metric) {
        String unit = metric.path("scoreUnit").asText();
        Double perSecond = PER_SECOND.get(unit);
        if (perSecond == null) {
            throw new IllegalArgumentException(name + " has unit '" + unit + "', not a throughput");
        }
        return new Figure(number(metric.path("score")) * perSecond, number(metric.path("scoreError")) * perSecond);
    }

    /**
     * Operations per CPU second, from {@link CpuTime}'s counters: one value per measurement iteration, summarised as
     * JMH summarises its own scores (mean and 99.9% confidence half-width).
     */
    private static Optional<Figure> cpuThroughput(String name, JsonNode secondary) {
        double[] nanos = raw(secondary.path("cpuNanos"));
        double[] ops = raw(secondary.path("cpuOps"));
        if (nanos.length == 0 || ops.length == 0) {
            return Optional.empty();
        }
        if (nanos.length != ops.length) {
            throw new IllegalArgumentException(name + " has " + nanos.length + " CPU-time values but " + ops.length
                    + " operation counts");
        }
        ListStatistics perIteration = new ListStatistics();
        for (int i = 0; i < nanos.length; i++) {
            if (nanos[i] > 0) {
                perIteration.addValue(ops[i] / nanos[i] * 1e9);
            }
        }
        if (perIteration.getN() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figure(perIteration.getMean(), perIteration.getMeanErrorAt(0.999)));
    }

    /** The iteration values of a metric, all forks in a row. */
    private static double[] raw(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                values.add(number(value));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** JMH writes a number, or the string {@code "NaN"} where it has none. */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return Double.NaN;
    }

    /**
     * Formats rows as a Markdown table.
     *
     * @param rows the rows
     * @return the table, each line ended by a line feed
     */
    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| corpus | Minutes parse ops/s | commonmark parse ops/s | parse Minutes/commonmark"
                + " | JSON write/parse cost | Markdown write/parse cost"
                + " | commonmark HTML/parse cost | commonmark Markdown/parse cost |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append("| ").append(row.corpus())
                    .append(" | ").append(ops(row.measures().get(Measure.MINUTES_PARSE)))
                    .append(" | ").append(ops(row.measures().get(Measure.COMMONMARK_PARSE)))
                    .append(" | ").append(ratio(row.parseRatio()))
                    .append(" | ").append(ratio(row.jsonCost()))
                    .append(" | ").append(ratio(row.markdownCost()))
                    .append(" | ").append(ratio(row.commonmarkHtmlCost()))
                    .append(" | ").append(ratio(row.commonmarkMarkdownCost()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * Summarises a JMH result file: a table per {@link Clock} that has figures, then a legend.
     *
     * @param json the content of a file written with {@code -rf json}
     * @return the report, each line ended by a line feed; empty if the file holds no benchmark of this package
     * @throws IllegalArgumentException as {@link #read(String, Clock)}
     */
    public static String report(String json) {
        StringBuilder out = new StringBuilder();
        for (Clock clock : Clock.values()) {
            List<Row> rows = read(json, clock);
            if (rows.stream().anyMatch(row -> !row.measures().isEmpty())) {
                out.append(clock.title()).append(":\n\n").append(format(rows)).append('\n');
            }
        }
        if (out.isEmpty()) {
            return "";
        }
        return out.append("ops/s: whole corpora per second. parse Minutes/commonmark: throughput ratio,"
                        + " higher is faster.\n")
                .append("write/parse cost: (1/write ops/s) / (1/parse ops/s) of the same parser's documents;"
                        + " below 1, writing costs less than parsing the same text.\n")
                .append("±: JMH's 99.9% error; on ratios, the sum of both relative errors. A ratio whose ± exceeds"
                        + " a fifth of it says the run was too noisy to compare.\n")
                .toString();
    }

    private static String ops(Figure figure) {
        return figure == null ? "-" : figure.toString();
    }

    private static String ratio(Optional<Figure> figure) {
        return figure.map(Figure::toString).orElse("-");
    }

    /**
     * Prints the summary of a JMH result file to standard output.
     *
     * @param args the path of the file written with {@code -rf json -rff FILE}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Prints the summary of a JMH result file.
     *
     * @param args the path of the result file
     * @param out  receives the table
     * @param err  receives usage and error messages
     * @return the exit code: 0, 1 if the file cannot be read or holds no known benchmark, 2 on a usage error
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: java -cp benchmarks.jar " + Summary.class.getName() + " JMH_RESULT.json");
            return 2;
        }
        try {
            String report = report(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
            if (report.isEmpty()) {
                err.println(args[0] + ": no benchmark of " + Summary.class.getPackageName() + " in the file");
                return 1;
            }
            out.print(report);
            return 0;
        } catch (IOException e) {
            err.println(args[0] + ": cannot read: " + e);
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
