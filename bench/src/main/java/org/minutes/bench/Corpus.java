package org.minutes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named set of notes: read from a directory (every {@code *.md} file, in file-name order), or generated.
 *
 * <p>The directories come from system properties with defaults relative to the working directory, so that the
 * benchmarks run from the repository root without configuration and from anywhere with
 * {@code -Dminutes.root=...}. The property names are those the build already passes to tests.
 */
public enum Corpus {

    /** The five real notes in {@code samples/} at the repository root. */
    SAMPLES {
        @Override
        public List<String> read() {
            return readDirectory(root().resolve("samples"));
        }
    },

    /** The synthetic hard cases of the dialect in {@code ../shared/examples/} (sixteen as of issue 6). */
    EXAMPLES {
        @Override
        public List<String> read() {
            return readDirectory(shared().resolve("examples"));
        }
    },

    /**
     * A weekly series of {@value NoteGenerator#DEFAULT_COUNT} notes shaped like the samples, about 510 KB, built in
     * memory by {@link NoteGenerator} with its default seed.
     */
    GENERATED {
        @Override
        public List<String> read() {
            return NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, NoteGenerator.DEFAULT_COUNT).stream()
                    .map(NoteGenerator.Note::text)
                    .toList();
        }
    };

    /**
     * Reads one sample.
     *
     * @param fileName its file name in {@code samples/}
     * @return its text
     */
    public static String sample(String fileName) {
        return readUtf8(root().resolve("samples").resolve(fileName));
    }

    /** System property naming the repository root; default the working directory. */
    public static final String ROOT_PROPERTY = "minutes.root";

    /** System property naming the shared directory; default {@code ../shared} from the repository root. */
    public static final String SHARED_PROPERTY = "minutes.shared";

    /**
     * Reads or generates the corpus. An empty or missing directory is an error rather than an empty corpus, because
     * a benchmark of nothing would report absurd throughput instead of failing.
     *
     * @return the texts, in file-name order
     * @throws IllegalStateException if the corpus's directory holds no {@code *.md} file
     */
    public abstract List<String> read();

    /** Reads every {@code *.md} file of a directory, in file-name order, and fails on none. */
    List<String> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(this + " corpus directory " + dir.toAbsolutePath() + " does not exist;"
                    + " run from the repository root or set -D" + ROOT_PROPERTY + " / -D" + SHARED_PROPERTY);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(Corpus::readUtf8)
                    .toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException(this + " corpus directory " + dir.toAbsolutePath()
                        + " holds no *.md file");
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Measures texts as the benchmarks report them.
     *
     * @param texts the texts
     * @return the sum of their UTF-8 lengths in bytes
     */
    public static long utf8Bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        return Path.of(System.getProperty(ROOT_PROPERTY, "."));
    }

    private static Path shared() {
        String shared = System.getProperty(SHARED_PROPERTY);
        return shared != null ? Path.of(shared) : root().resolve("..").resolve("shared");
    }
}
