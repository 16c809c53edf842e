package org.minutes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the CPU time the benchmark thread spent in its operations, which JMH reports as the secondary results
 * {@code cpuNanos} and {@code cpuOps} (events per iteration). {@link Summary} turns them into operations per CPU
 * second: on a machine shared with other work, wall-clock throughput follows the share of the CPU the benchmark got,
 * which changes between benchmarks run minutes apart, while the CPU time of an operation varies much less.
 *
 * <p>Per thread and reset every iteration, as JMH requires of auxiliary counters. Reading the thread's CPU clock
 * costs well under a microsecond, against the tens of microseconds or more of one operation here.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds spent by the benchmark thread in the operations of this iteration. */
    public long cpuNanos;

    /** Operations timed in this iteration. */
    public long cpuOps;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        cpuOps = 0;
    }

    /** {@return the current thread's CPU clock, in nanoseconds, to pass to {@link #stop}} */
    long start() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Adds one operation begun at {@code start}.
     *
     * @param start what {@link #start()} returned before the operation
     */
    void stop(long start) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        cpuOps++;
    }

    /**
     * Runs one operation and adds its CPU time.
     *
     * @param work the operation
     * @param <T>  its result type
     * @return its result
     */
    <T> T time(Supplier<T> work) {
        long start = start();
        T result = work.get();
        stop(start);
        return result;
    }
}
