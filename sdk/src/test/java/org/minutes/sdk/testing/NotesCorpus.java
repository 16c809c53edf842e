package org.minutes.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real sample notes ({@code samples/*.md} at the repository root) and the synthetic hard cases
 * ({@code ../shared/examples/*.md}), found through the {@code minutes.root} and {@code minutes.shared} properties that
 * surefire passes; the defaults fit a test run from the {@code sdk} module directory.
 */
public final class NotesCorpus {

    private NotesCorpus() {
    }

    /**
     * A note file.
     *
     * @param name the file name
     * @param text the content, decoded as UTF-8
     */
    public record Note(String name, String text) {
    }

    /** {@return the five sample notes, in file-name order} */
    public static List<Note> samples() {
        return read(root().resolve("samples"));
    }

    /** {@return the synthetic examples, in file-name order} */
    public static List<Note> examples() {
        String shared = System.getProperty("minutes.shared");
        return read((shared != null ? Path.of(shared) : root().resolve("../shared")).resolve("examples"));
    }

    private static Path root() {
        return Path.of(System.getProperty("minutes.root", ".."));
    }

    private static List<Note> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Note> notes = files
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(f -> new Note(f.getFileName().toString(), readUtf8(f)))
                    .toList();
            // A corpus that silently vanished would make every property over it pass vacuously.
            assertFalse(notes.isEmpty(), () -> "no *.md file in " + dir.toAbsolutePath());
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
        }
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
