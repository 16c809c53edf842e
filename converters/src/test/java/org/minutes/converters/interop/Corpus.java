package org.minutes.converters.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five samples ({@code samples/*.md} under the system property {@code minutes.root}, default {@code ..}) and the
 * dialect's examples ({@code examples/*.md} under {@code minutes.shared}, default {@code <root>/../shared}).
 */
final class Corpus {

    private Corpus() {
    }

    /** {@return every sample and example, sorted by directory and name} */
    static List<Path> notes() {
        Path root = Path.of(System.getProperty("minutes.root", "..")).toAbsolutePath().normalize();
        Path shared = Path.of(System.getProperty("minutes.shared", root + "/../shared")).toAbsolutePath().normalize();
        List<Path> notes = Stream.concat(markdown(root.resolve("samples")), markdown(shared.resolve("examples")))
                .toList();
        if (notes.size() < 21) {
            throw new AssertionError("5 samples and 16 examples expected, found " + notes);
        }
        return notes;
    }

    private static Stream<Path> markdown(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
