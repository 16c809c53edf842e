package org.minutes.bench;

import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse time of one file of generated notes by its size, 10 KB to 10 MB (issue 12, point 5), with commonmark-java on
 * the same text: time per byte should stay flat across sizes. The file is {@link NoteGenerator}'s notes (default
 * seed) one after another, as many as fit in {@code size} UTF-8 bytes (at least one): one title, then the other
 * notes' headings as sections. {@link Growth} prints time per byte and its growth per 10×.
 */
@Warmup(iterations = 5, time = 4)
@State(Scope.Benchmark)
public class ScalingBenchmark extends TimedPerParse {

    /** The file's size limit in UTF-8 bytes. */
    @Param({"10000", "100000", "1000000", "10000000"})
    public int size;

    /** Builds the file, outside the measurement. */
    @Setup(Level.Trial)
    public void build() {
        text = file(size);
    }

    /**
     * Joins generated notes up to a size.
     *
     * @param size the limit in UTF-8 bytes
     * @return the notes that fit, at least the first
     */
    static String file(int size) {
        StringBuilder file = new StringBuilder();
        int bytes = 0;
        int count = size / NoteGenerator.BYTES_PER_NOTE + 2;
        for (NoteGenerator.Note note : NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, count)) {
            int length = note.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 0 && bytes + length > size) {
                break;
            }
            file.append(note.text());
            bytes += length;
        }
        return file.toString();
    }
}
