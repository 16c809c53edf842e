package org.minutes.converters;

import java.io.IOException;
import java.util.Objects;

import org.minutes.sdk.ast.Document;

/**
 * The shape every converter of this artifact shares: one document in, text out, either as a {@code String}
 * ({@link #convert(Document)}) or appended to an {@link Appendable} such as a {@link java.io.Writer} or a
 * {@link StringBuilder} ({@link #write(Document, Appendable)}). Both give the same characters.
 *
 * <p>Implementations are immutable and safe to share between threads; their options are fixed when they are built
 * ({@code create(options)}). Formats in which many documents make one output, such as a calendar holding every
 * meeting, implement {@link MultiDocumentConverter}.
 *
 * <pre>{@code
 * DocumentConverter converter = JsonConverter.create();
 * try (Writer out = Files.newBufferedWriter(target)) {
 *     converter.write(result.document(), out);
 * }
 * }</pre>
 */
public interface DocumentConverter {

    /**
     * Converts one document.
     *
     * @param document the document
     * @return its text in this converter's format
     */
    String convert(Document document);

    /**
     * Appends the text of {@link #convert(Document)} to {@code out}, which is neither flushed nor closed.
     *
     * @param document the document
     * @param out      where to write
     * @throws IOException if appending fails
     */
    default void write(Document document, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out").append(convert(document));
    }
}
