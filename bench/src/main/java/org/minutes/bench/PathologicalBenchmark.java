package org.minutes.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse time of each pathological shape ({@link Shape}) at n = 10³, 10⁴ and 10⁵ repetitions (issue 10, point 3):
 * a linear parse grows about 10× per 10× of n, a quadratic one 100×. {@link Growth} prints the growth per 10× from
 * JMH's JSON result. commonmark-java parses the same texts as the peer.
 *
 * <p>The heap is fixed, with a 2 GB young generation touched before the run (so that no measured allocation pays
 * the kernel's first-touch page faults), so that the parse is measured alike at every size: on the
 * JVM's default heap the young generation starts small and grows, and at 10⁵ each collection copies the document
 * still being built (tens to hundreds of MB for the line-per-repetition shapes), which made both parsers grow 15–60×
 * from 10⁴ to 10⁵ on shapes whose CPU time grows about 10× with room to allocate (issue 10, point 3). The option
 * {@code -jvmArgsAppend -XX:+UseG1GC} on the command line replaces these heap options: the default heap's figures.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Xmn2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class PathologicalBenchmark extends TimedPerParse {

    /** The shape. */
    @Param
    public Shape shape;

    /** The repetition count. */
    @Param({"1000", "10000", "100000"})
    public int n;

    /** Builds the text, outside the measurement. */
    @Setup(Level.Trial)
    public void build() {
        text = shape.text(n);
    }
}
