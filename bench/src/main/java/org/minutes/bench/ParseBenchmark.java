package org.minutes.bench;

import java.util.List;

import org.commonmark.parser.Parser;
import org.minutes.sdk.MinutesParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput of one corpus: one operation parses every text of the corpus once. {@link #minutes} and
 * {@link #commonmark} run on the same texts in the same JVM, so their ratio is the figure to compare across
 * changes; absolute numbers depend on the machine. {@link WriteBenchmark} measures the writers in the same run.
 *
 * <p>commonmark-java is configured to do comparable work (see {@link Yardstick}). Both parse from a {@code String}.
 *
 * <p>The run configuration, with its long warm-up, is {@link MeasuredAlike}'s; the corpus is the parameter
 * {@code corpus} of {@link Texts}. Besides ops/s, each benchmark reports secondary results ({@link Meter}):
 * {@code bytes}, UTF-8 bytes parsed per second (JMH labels it ops/s), and {@code cpuNanos} and {@code cpuOps}, the
 * CPU time of the benchmark thread ({@link CpuTime}).
 */
@State(Scope.Benchmark)
public class ParseBenchmark extends MeasuredAlike {

    private final MinutesParser minutes = MinutesParser.create();
    private final Parser commonmark = Yardstick.parser();
    private List<String> texts;

    /**
     * Takes the texts to parse, outside the measurement.
     *
     * @param corpus the texts of the corpus
     */
    @Setup(Level.Trial)
    public void setUp(Texts corpus) {
        texts = corpus.list();
    }

    /**
     * Parses the corpus with Minutes.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void minutes(Meter meter) { meter.pass(texts, minutes::parse); }

    /**
     * Parses the corpus with commonmark-java, GFM tables and source spans.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void commonmark(Meter meter) { meter.pass(texts, commonmark::parse); }
}
