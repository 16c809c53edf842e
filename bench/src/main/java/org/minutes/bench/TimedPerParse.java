package org.minutes.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run configuration of the growth benchmarks ({@link PathologicalBenchmark}, {@link ScalingBenchmark}), whose
 * operation is one parse of one text: average time per parse in milliseconds, one fork as {@link MeasuredAlike}, 3 × 2 s warm-up, 3 × 2 s
 * measurement. {@link Growth} reads their results. Command-line options override these.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public abstract class TimedPerParse extends MeasuredAlike {

    /** For the benchmark classes. */
    protected TimedPerParse() {
    }
}
