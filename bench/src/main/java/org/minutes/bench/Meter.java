package org.minutes.bench;

import java.util.List;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How every benchmark here measures its operation, a pass of some work over each input of a corpus: timed on the
 * thread's CPU clock ({@link CpuTime}), counted in the corpus's source bytes ({@link SourceBytes}), every result kept
 * alive in JMH's {@link Blackhole}. A benchmark method takes a {@code Meter} and names only its inputs and its work;
 * JMH hands the counters and the blackhole to {@link #attach}, and reports the counters as secondary results
 * ({@code bytes}, {@code cpuNanos}, {@code cpuOps}).
 *
 * <p>The work is called through a {@code Function}; with {@code @Fork(1)} JMH runs each benchmark in a JVM of its
 * own, so that call site only ever sees one function, and its cost is a call per document against the tens of
 * microseconds or more that parsing or writing a document takes.
 */
@State(Scope.Thread)
public class Meter {

    private long sourceBytes;
    private SourceBytes counter;
    private CpuTime cpu;
    private Blackhole sink;

    /**
     * Takes what the operations report to, once per trial.
     *
     * @param texts   the corpus, whose UTF-8 bytes each pass adds to {@code counter}
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Setup(Level.Trial)
    public void attach(Texts texts, SourceBytes counter, CpuTime cpu, Blackhole sink) {
        this.sourceBytes = texts.utf8Bytes();
        this.counter = counter;
        this.cpu = cpu;
        this.sink = sink;
    }

    /**
     * One operation: runs {@code work} on each input once, keeping every result alive.
     *
     * @param inputs the texts of the corpus, or the documents parsed from them
     * @param work   what one input costs: parsing or writing it
     * @param <T>    the input type
     */
    <T> void pass(List<T> inputs, Function<? super T, ?> work) {
        long start = cpu.start();
        for (T input : inputs) {
            sink.consume(work.apply(input));
        }
        cpu.stop(start);
        counter.bytes += sourceBytes;
    }
}
