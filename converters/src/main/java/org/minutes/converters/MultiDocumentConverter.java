package org.minutes.converters;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.minutes.sdk.ast.Document;

/**
 * A {@link DocumentConverter} whose format holds many documents in one output, as one iCalendar object holds every
 * meeting: {@link #convertAll(List)} and {@link #writeAll(List, Appendable)} take the documents in order, and one
 * document converts as the list of that document alone.
 *
 * <pre>{@code
 * MultiDocumentConverter calendar = CalendarConverter.create();
 * String ics = calendar.convertAll(List.of(first.document(), second.document()));
 * }</pre>
 */
public interface MultiDocumentConverter extends DocumentConverter {

    /**
     * Converts documents to one output holding each of them, in the given order.
     *
     * @param documents the documents
     * @return the text in this converter's format
     * @throws IllegalArgumentException if the format cannot hold the given number of documents (a calendar needs at
     *                                  least one)
     */
    String convertAll(List<Document> documents);

    /**
     * Appends the text of {@link #convertAll(List)} to {@code out}, which is neither flushed nor closed.
     *
     * @param documents the documents
     * @param out       where to write
     * @throws IOException              if appending fails
     * @throws IllegalArgumentException as {@link #convertAll(List)}
     */
    default void writeAll(List<Document> documents, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out").append(convertAll(documents));
    }

    /**
     * Converts one document: {@code convertAll(List.of(document))}.
     *
     * @param document the document
     * @return the text in this converter's format
     */
    @Override
    default String convert(Document document) {
        return convertAll(List.of(document));
    }
}
