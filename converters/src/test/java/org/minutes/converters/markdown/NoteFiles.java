package org.minutes.converters.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real sample notes of the repository and the synthetic hard cases of the shared examples. */
final class NoteFiles {

    private NoteFiles() {
    }

    /** {@return every sample and example file, samples first} */
    static List<Path> all() {
        Path root = Path.of(System.getProperty("minutes.root", ".."));
        Path shared = Path.of(System.getProperty("minutes.shared", root.resolve("../shared").toString()));
        List<Path> files = new ArrayList<>(list(root.resolve("samples"), ".md"));
        files.addAll(list(shared.resolve("examples"), ".md"));
        files.addAll(list(shared.resolve("seeds"), ".txt"));
        if (files.size() < 10) {
            throw new IllegalStateException("sample and example files not found under " + root + " and " + shared);
        }
        return files;
    }

    private static List<Path> list(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
