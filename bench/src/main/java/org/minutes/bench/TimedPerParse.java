package org.minutes.bench;

import java.util.concurrent.TimeUnit;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The growth benchmarks ({@link PathologicalBenchmark}, {@link ScalingBenchmark}, {@link NestingBenchmark}), whose
 * operation is one parse of one text, which each builds in its set-up: Minutes parses it ({@code minutes}) and
 * commonmark-java, GFM tables and source spans on, parses it as the peer ({@code commonmark}); each reports the CPU
 * time of the parse besides JMH's score ({@link CpuTime}). Average time per parse in milliseconds, one fork as
 * {@link MeasuredAlike}, 3 × 2 s warm-up, 3 × 2 s measurement. {@link Growth} reads their results. Command-line
 * options override these.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public abstract class TimedPerParse extends MeasuredAlike {

    private final MinutesParser minutes = MinutesParser.create();
    private final Parser commonmark = Yardstick.parser();

    /** The text both parse: the subclass's set-up builds it. */
    protected String text;

    /** For the benchmark classes. */
    protected TimedPerParse() {
    }

    /**
     * Parses the text with Minutes.
     *
     * @param cpu counts the CPU time of the parse
     * @return the parse
     */
    @Benchmark
    public ParseResult minutes(CpuTime cpu) {
        return cpu.time(() -> minutes.parse(text));
    }

    /**
     * Parses the text with commonmark-java.
     *
     * @param cpu counts the CPU time of the parse
     * @return the parse
     */
    @Benchmark
    public Node commonmark(CpuTime cpu) {
        return cpu.time(() -> commonmark.parse(text));
    }
}
