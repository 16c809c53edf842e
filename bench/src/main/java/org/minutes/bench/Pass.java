package org.minutes.bench;

import java.util.List;
import java.util.function.Function;

import org.openjdk.jmh.infra.Blackhole;

/**
 * One benchmark operation, the same for every benchmark here: a pass of some work over each input of a corpus,
 * timed on the thread's CPU clock ({@link CpuTime}) and counted in the corpus's source bytes ({@link SourceBytes}).
 *
 * <p>The work is called through a {@code Function}; with {@code @Fork(1)} JMH runs each benchmark in a JVM of its
 * own, so that call site only ever sees one function, and its cost is a call per document against the tens of
 * microseconds or more that parsing or writing a document takes.
 */
final class Pass {

    private Pass() {
    }

    /**
     * Runs {@code work} on each input once, keeping every result alive.
     *
     * @param inputs      the texts or documents of the corpus
     * @param work        what one input costs: parsing or writing it
     * @param sourceBytes the UTF-8 bytes of the corpus's source texts, to add to {@code counter}
     * @param counter     the byte counter
     * @param cpu         the CPU-time counter
     * @param sink        keeps the results alive
     * @param <T>         the input type
     */
    static <T> void over(List<T> inputs, Function<? super T, ?> work, long sourceBytes, SourceBytes counter,
            CpuTime cpu, Blackhole sink) {
        long start = cpu.start();
        for (T input : inputs) {
            sink.consume(work.apply(input));
        }
        cpu.stop(start);
        counter.bytes += sourceBytes;
    }
}
