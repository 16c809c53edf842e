package org.minutes.bench;

import java.util.List;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The texts of the corpus a benchmark runs on, read once per trial and shared by every benchmark: {@link
 * ParseBenchmark} parses them, {@link WriteBenchmark} parses them once to have documents to write, and {@link Meter}
 * counts their size for each operation.
 */
@State(Scope.Benchmark)
public class Texts {

    /** Which corpus to run on ({@code -p corpus=...}); see {@link Corpus}. */
    @Param({"SAMPLES", "EXAMPLES", "GENERATED"})
    public Corpus corpus;

    private List<String> texts;
    private long utf8Bytes;

    /** Reads the corpus, outside the measurement. */
    @Setup(Level.Trial)
    public void read() {
        texts = corpus.read();
        utf8Bytes = Corpus.utf8Bytes(texts);
    }

    /** {@return the texts, in file-name order} */
    List<String> list() {
        return texts;
    }

    /** {@return the sum of the texts' UTF-8 lengths in bytes} */
    long utf8Bytes() {
        return utf8Bytes;
    }
}
