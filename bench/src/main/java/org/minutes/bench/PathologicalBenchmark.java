package org.minutes.bench;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse time of each pathological shape ({@link Shape}) at n = 10³, 10⁴ and 10⁵ repetitions (issue 10, point 3):
 * a linear parse grows about 10× per 10× of n, a quadratic one 100×. {@link Growth} prints the growth per 10× from
 * JMH's JSON result. commonmark-java parses the same texts as the peer: the growth both show at 10⁵ on the JVM's
 * default heap (where the garbage collector copies the document still being built) is the platform's, the rest ours.
 */
@State(Scope.Benchmark)
public class PathologicalBenchmark extends TimedPerParse {

    /** The shape. */
    @Param
    public Shape shape;

    /** The repetition count. */
    @Param({"1000", "10000", "100000"})
    public int n;

    private final MinutesParser minutes = MinutesParser.create();
    private final Parser commonmark = Yardstick.parser();
    private String text;

    /** Builds the text, outside the measurement. */
    @Setup(Level.Trial)
    public void build() {
        text = shape.text(n);
    }

    /**
     * Parses the shape.
     *
     * @param cpu counts the CPU time of the parse
     * @return the parse
     */
    @Benchmark
    public ParseResult minutes(CpuTime cpu) {
        return cpu.time(() -> minutes.parse(text));
    }

    /**
     * Parses the shape with commonmark-java (GFM tables, source spans), the peer.
     *
     * @param cpu counts the CPU time of the parse
     * @return the parse
     */
    @Benchmark
    public Node commonmark(CpuTime cpu) {
        return cpu.time(() -> commonmark.parse(text));
    }
}
