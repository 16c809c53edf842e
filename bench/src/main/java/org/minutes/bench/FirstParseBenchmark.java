package org.minutes.bench;

import java.util.concurrent.TimeUnit;

import org.minutes.sdk.MinutesParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first parse in a fresh JVM (issue 12, point 3): one sample, {@code 2026-01-14-conda-ecosystem.md}, parsed once per
 * fork, so the time holds loading and initialising the parser's classes (ANTLR's ATN, YAML) and running its code
 * interpreted. Single-shot over 30 forks by default; commonmark-java's first parse of the same text is the peer. The
 * text is read in the set-up with the JDK alone, so no class of either parser is loaded before the measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
@State(Scope.Benchmark)
public class FirstParseBenchmark {

    /** The sample parsed: the README's own example note. */
    static final String SAMPLE = "2026-01-14-conda-ecosystem.md";

    private String text;

    /** Reads the sample, outside the measurement. */
    @Setup(Level.Trial)
    public void read() {
        text = Corpus.sample(SAMPLE);
    }

    /**
     * Creates a parser and parses the sample with Minutes, the first time in this JVM.
     *
     * @return the parse
     */
    @Benchmark
    public Object minutes() {
        return MinutesParser.create().parse(text);
    }

    /**
     * Creates a parser and parses the sample with commonmark-java (GFM tables, source spans), the first time in this
     * JVM.
     *
     * @return the parse
     */
    @Benchmark
    public Object commonmark() {
        return Yardstick.parser().parse(text);
    }
}
