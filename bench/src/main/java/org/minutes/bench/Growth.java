package org.minutes.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) of {@link PathologicalBenchmark} or {@link ScalingBenchmark}
 * runs and prints, per benchmark and shape, the time at each size and its growth per 10× of size (time at 10n over
 * time at n): about 10 is linear, 100 quadratic. For {@link ScalingBenchmark} it also prints the time per byte of
 * the largest size over that of the smallest. It prints the table twice when the run has {@link CpuTime}'s counters:
 * from JMH's wall-clock score and from the CPU time of the benchmark thread.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar PathologicalBenchmark -rf json -rff bench/target/pathological.json
 * java -cp bench/target/benchmarks.jar org.minutes.bench.Growth bench/target/pathological.json
 * </pre>
 */
public final class Growth {

    /** The parameters that are sizes: {@link PathologicalBenchmark#n} and {@link ScalingBenchmark#size}. */
    private static final List<String> SIZES = List.of("n", "size");

    private Growth() {
    }

    /**
     * Prints the growth table of a JMH result file.
     *
     * @param args the JSON file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Growth JMH_RESULT.json");
            System.exit(2);
        }
        print(new ObjectMapper().readTree(Files.readString(Path.of(args[0]))), System.out);
    }

    /**
     * Prints the table.
     *
     * @param results JMH's result array
     * @param out     where to
     */
    static void print(JsonNode results, PrintStream out) {
        out.println("Wall clock (JMH's score):");
        out.println();
        print(results, out, result -> result.path("primaryMetric").path("score").asDouble(),
                results.path(0).path("primaryMetric").path("scoreUnit").asText());
        if (results.path(0).path("secondaryMetrics").has("cpuNanos")) {
            out.println();
            out.println("CPU time of the benchmark thread (CpuTime; steadier on a shared machine):");
            out.println();
            print(results, out, result -> result.path("secondaryMetrics").path("cpuNanos").path("score").asDouble()
                    / result.path("secondaryMetrics").path("cpuOps").path("score").asDouble() / 1e6, "ms/op");
        }
    }

    private static void print(JsonNode results, PrintStream out, ToDoubleFunction<JsonNode> time, String unit) {
        // benchmark and non-size parameters -> size -> time
        Map<String, TreeMap<Long, Double>> rows = new TreeMap<>();
        for (JsonNode result : results) {
            StringBuilder key = new StringBuilder(result.path("benchmark").asText().replace("org.minutes.bench.", ""));
            long size = -1;
            for (Iterator<Map.Entry<String, JsonNode>> it = result.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> param = it.next();
                if (SIZES.contains(param.getKey())) {
                    size = Long.parseLong(param.getValue().asText());
                } else {
                    key.append(' ').append(param.getValue().asText());
                }
            }
            if (size >= 0) {
                rows.computeIfAbsent(key.toString(), k -> new TreeMap<>()).put(size, time.applyAsDouble(result));
            }
        }
        out.printf("| benchmark | time (%s) by size | growth per 10x | last/first per byte |%n", unit);
        out.println("|---|---|---|---:|");
        for (Map.Entry<String, TreeMap<Long, Double>> row : rows.entrySet()) {
            List<String> times = new ArrayList<>();
            List<String> growths = new ArrayList<>();
            Map.Entry<Long, Double> previous = null;
            for (Map.Entry<Long, Double> point : row.getValue().entrySet()) {
                times.add(String.format(Locale.ROOT, "%s: %.3g", point.getKey(), point.getValue()));
                if (previous != null) {
                    double perTenfold = Math.pow(point.getValue() / previous.getValue(),
                            1 / Math.log10((double) point.getKey() / previous.getKey()));
                    growths.add(String.format(Locale.ROOT, "%.1f", perTenfold));
                }
                previous = point;
            }
            Map.Entry<Long, Double> first = row.getValue().firstEntry();
            Map.Entry<Long, Double> last = row.getValue().lastEntry();
            double perByte = last.getValue() / last.getKey() / (first.getValue() / first.getKey());
            out.printf(Locale.ROOT, "| %s | %s | %s | %.2f |%n", row.getKey(), String.join(", ", times),
                    String.join(", ", growths), perByte);
        }
    }
}
