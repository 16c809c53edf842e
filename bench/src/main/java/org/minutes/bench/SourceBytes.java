package org.minutes.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Scope;

/**
 * Counts the UTF-8 bytes of source text that a benchmark processed, which JMH turns into the secondary result
 * {@code bytes} next to ops/s (labelled ops/s too). Writing benchmarks count the bytes of the text their document was
 * parsed from, so parse and write rates are in the same unit. Per thread and reset every iteration, as JMH requires
 * of auxiliary counters.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class SourceBytes {

    /** UTF-8 bytes of source text processed in this iteration. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }
}
