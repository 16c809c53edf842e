package org.minutes.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commonmark.parser.Parser;
import org.minutes.sdk.MinutesParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput of one corpus: one operation parses every text of the corpus once. {@link #minutes} and
 * {@link #commonmark} run on the same texts in the same JVM, so their ratio is the figure to compare across
 * changes; absolute numbers depend on the machine. {@link WriteBenchmark} measures the writers in the same run.
 *
 * <p>commonmark-java is configured to do comparable work (see {@link Yardstick}). Both parse from a {@code String}.
 *
 * <p>The warm-up is long because Minutes reaches steady state late: on the examples, ANTLR's DFA caches and the JIT
 * need about 25 s on a two-core machine, while commonmark-java is warm after a few seconds. A shorter warm-up
 * flatters commonmark-java.
 *
 * <p>Besides ops/s, each benchmark reports secondary results: {@code bytes}, UTF-8 bytes parsed per second (JMH
 * labels it ops/s), and {@code cpuNanos} and {@code cpuOps}, the CPU time of the benchmark thread ({@link CpuTime}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ParseBenchmark {

    /** Which corpus to parse; see {@link Corpus}. */
    @Param({"SAMPLES", "EXAMPLES"})
    public Corpus corpus;

    private List<String> texts;
    private long corpusBytes;
    private MinutesParser minutes;
    private Parser commonmark;

    /** Reads the corpus and builds both parsers once, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        texts = corpus.read();
        corpusBytes = Corpus.utf8Bytes(texts);
        minutes = MinutesParser.create();
        commonmark = Yardstick.parser();
    }

    /**
     * Parses the corpus with Minutes.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void minutes(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(texts, minutes::parse, corpusBytes, counter, cpu, sink);
    }

    /**
     * Parses the corpus with commonmark-java, GFM tables and source spans.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void commonmark(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(texts, commonmark::parse, corpusBytes, counter, cpu, sink);
    }
}
