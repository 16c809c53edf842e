package org.minutes.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run configuration every benchmark here inherits (JMH reads these annotations from superclasses), so that
 * parsing and writing are measured alike and {@link Summary} can set their throughputs against each other:
 * throughput in operations (whole corpora) per second, one fork, 5 × 5 s warm-up, 5 × 2 s measurement.
 *
 * <p>The warm-up is long because Minutes reaches steady state late: on the examples, ANTLR's DFA caches and the JIT
 * need about 25 s on a two-core machine, while commonmark-java is warm after a few seconds. A shorter warm-up
 * flatters commonmark-java. Command-line options ({@code -f}, {@code -wi}, {@code -w}, ...) override these.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class MeasuredAlike {

    /** For the benchmark classes. */
    protected MeasuredAlike() {
    }
}
