package org.minutes.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minutes.bench.Summary.Clock;
import org.minutes.bench.Summary.Figure;
import org.minutes.bench.Summary.Row;

/**
 * Compares the parse ratio (Minutes' throughput over commonmark-java's, {@link Summary.Row#parseRatio()}) of two
 * builds measured in alternating rounds, as {@code bench/compare-parse.sh} runs them: per corpus, the ratio of each
 * round, the mean and standard deviation of the rounds of each build, and after / before of the means.
 *
 * <pre>
 * java -cp benchmarks.jar org.minutes.bench.ParseComparison --before B1.json B2.json --after A1.json A2.json
 * </pre>
 *
 * <p>It reads JMH's wall-clock scores, which builds from before {@link CpuTime} also have. It checks that every run
 * parsed the same texts: the secondary result {@code bytes} over the score is the corpus's size in bytes, which must
 * be the same in every file (else the builds read different corpora and their ratios do not compare).
 */
public final class ParseComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Bytes per operation may differ by rounding of JMH's means only. */
    private static final double SAME_BYTES = 0.5;

    private ParseComparison() {
    }

    /**
     * The parse ratios of the rounds of one build on one corpus.
     *
     * @param ratios the ratio of each round, in round order
     */
    public record Rounds(List<Double> ratios) {

        /** Copies the ratios. */
        public Rounds {
            ratios = List.copyOf(ratios);
        }

        /** {@return the mean of the rounds, with their sample standard deviation as error (NaN for one round)} */
        public Figure mean() {
            double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double squares = ratios.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum();
            return new Figure(mean, ratios.size() < 2 ? Double.NaN : Math.sqrt(squares / (ratios.size() - 1)));
        }
    }

    /**
     * Compares result files.
     *
     * @param before the JMH result files of the build before, in round order
     * @param after  those of the build after
     * @return the report, each line ended by a line feed
     * @throws IllegalArgumentException if a file is not a JMH result file, lacks a parse benchmark of a corpus
     *                                  another file has, or the files disagree on a corpus's size
     */
    public static String compare(List<String> before, List<String> after) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        for (String json : all) {
            bytesPerOperation(json).forEach((corpus, size) -> {
                Double first = sizes.putIfAbsent(corpus, size);
                if (first != null && Math.abs(first - size) > SAME_BYTES) {
                    throw new IllegalArgumentException("the runs parsed different texts: " + corpus + " is "
                            + Math.round(first) + " bytes in one and " + Math.round(size) + " in another");
                }
            });
        }
        Map<String, Rounds> was = rounds(before, sizes.keySet());
        Map<String, Rounds> is = rounds(after, sizes.keySet());
        StringBuilder out = new StringBuilder();
        out.append("| corpus | bytes | before: Minutes/commonmark each round | before: mean ± sd"
                + " | after: each round | after: mean ± sd | after/before |\n");
        out.append("|---|---:|---|---:|---|---:|---:|\n");
        for (String corpus : sizes.keySet()) {
            Figure mean = was.get(corpus).mean();
            Figure now = is.get(corpus).mean();
            out.append("| ").append(corpus)
                    .append(" | ").append(Math.round(sizes.get(corpus)))
                    .append(" | ").append(each(was.get(corpus)))
                    .append(" | ").append(mean)
                    .append(" | ").append(each(is.get(corpus)))
                    .append(" | ").append(now)
                    .append(" | ").append(new Figure(now.value() / mean.value(), Double.NaN))
                    .append(" |\n");
        }
        return out.append("Minutes/commonmark: parse throughput ratio (JMH's wall-clock scores), higher is faster;"
                        + " sd: standard deviation of the rounds.\n")
                .append("after/before: ratio of the means; above 1, parsing got faster relative to"
                        + " commonmark-java.\n")
                .toString();
    }

    private static Map<String, Rounds> rounds(List<String> files, Set<String> corpora) {
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        corpora.forEach(corpus -> ratios.put(corpus, new ArrayList<>()));
        for (String json : files) {
            Set<String> missing = new LinkedHashSet<>(corpora);
            for (Row row : Summary.read(json, Clock.WALL)) {
                row.parseRatio().ifPresent(ratio -> {
                    ratios.get(row.corpus()).add(ratio.value());
                    missing.remove(row.corpus());
                });
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("a run lacks the parse ratio of " + missing);
            }
        }
        Map<String, Rounds> rounds = new LinkedHashMap<>();
        ratios.forEach((corpus, list) -> rounds.put(corpus, new Rounds(list)));
        return rounds;
    }

    /** The size of each corpus, as the parse benchmarks of one file counted it. */
    private static Map<String, Double> bytesPerOperation(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (JsonNode result : root) {
            if (result.path("benchmark").asText().startsWith(ParseBenchmark.class.getName() + ".")) {
                double size = result.path("secondaryMetrics").path("bytes").path("score").asDouble()
                        / result.path("primaryMetric").path("score").asDouble();
                sizes.put(result.path("params").path("corpus").asText(), size);
            }
        }
        return sizes;
    }

    private static String each(Rounds rounds) {
        List<String> shown = rounds.ratios().stream().map(r -> new Figure(r, Double.NaN).toString()).toList();
        return String.join(", ", shown);
    }

    /**
     * Prints the comparison of result files to standard output.
     *
     * @param args {@code --before FILE... --after FILE...}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Prints the comparison of result files.
     *
     * @param args {@code --before FILE... --after FILE...}
     * @param out  receives the table
     * @param err  receives usage and error messages
     * @return the exit code: 0, 1 if a file cannot be read or the files do not compare, 2 on a usage error
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = List.of(args);
        int split = arguments.indexOf("--after");
        if (arguments.size() < 4 || !"--before".equals(arguments.get(0)) || split < 2
                || split == arguments.size() - 1) {
            err.println("usage: java -cp benchmarks.jar " + ParseComparison.class.getName()
                    + " --before JMH_RESULT.json... --after JMH_RESULT.json...");
            return 2;
        }
        try {
            out.print(compare(read(arguments.subList(1, split)), read(arguments.subList(split + 1, args.length))));
            return 0;
        } catch (UncheckedIOException e) {
            err.println("cannot read: " + e.getCause());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static List<String> read(List<String> paths) {
        return paths.stream().map(path -> {
            try {
                return Files.readString(Path.of(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
