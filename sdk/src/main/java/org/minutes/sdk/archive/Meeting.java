package org.minutes.sdk.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minutes.sdk.ast.Document;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.records.Components;

/**
 * One notes file of an {@link Archive}: its path, its document and its diagnostics (D69).
 *
 * <p>Compared as a record, the document structurally (D70); the hash is the path's alone, so that a meeting is a cheap
 * hash key.
 *
 * @param path        the file, as the archive was given it or found it (its source name, D84 (4))
 * @param document    the parsed notes
 * @param diagnostics the parser's findings for the file, ordered by position
 */
public record Meeting(Path path, Document document, List<Diagnostic> diagnostics) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException when a component is null
     */
    public Meeting {
        Components.requireNonNull("path document diagnostics", path, document, diagnostics);
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@return whether the other object is a meeting of equal path, document and diagnostics} */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Meeting that && path.equals(that.path)
                && document.equals(that.document) && diagnostics.equals(that.diagnostics);
    }

    /** {@return the path's hash: equal meetings have equal paths} */
    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /** {@return {@code Meeting[path=notes/2031-01-06.md, date=2031-01-06]}: the document would be too long} */
    @Override
    public String toString() {
        return "Meeting[path=" + path + ", date=" + date().map(LocalDate::toString).orElse("none") + "]";
    }

    /** {@return the meeting date from any D84 source (title, front matter, title suffix, date line, file name)} */
    public Optional<LocalDate> date() {
        return document.date();
    }

    /** {@return the meeting name (D15, D84), empty without title} */
    public String name() {
        return document.name();
    }
}
