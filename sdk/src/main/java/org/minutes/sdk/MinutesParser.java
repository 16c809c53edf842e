package org.minutes.sdk;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.internal.NotesReader;
import org.minutes.sdk.internal.Utf8;
import org.minutes.sdk.source.Span;

/**
 * Parses meeting notes into a {@link ParseResult}. Built once, immutable and safe to share between threads.
 *
 * <p>It reads the dialect of {@code docs/dialect.md} (rules D1–D96, cited by number here and in every diagnostic).
 * The parser is total (D6): any input gives a document and diagnostics; it never throws for the text's sake.
 * Nothing is silently dropped: every character that is not trivia is in a node, and whatever is discarded or
 * reinterpreted has a diagnostic.
 *
 * <pre>{@code
 * MinutesParser parser = MinutesParser.create();
 * ParseResult result = parser.parse(Path.of("samples/2026-01-14-conda-ecosystem.md"));
 * result.document().attendees().forEach(a -> System.out.println(a.name()));
 * }</pre>
 */
public final class MinutesParser {

    private static final MinutesParser INSTANCE = new MinutesParser();

    private MinutesParser() {
    }

    /** {@return the parser} */
    public static MinutesParser create() {
        return INSTANCE;
    }

    /**
     * Parses text.
     *
     * @param text the notes; a leading BOM is ignored (D1)
     * @return the document and diagnostics
     */
    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        return result(text, NotesReader.read(text, List.of(), Optional.empty()));
    }

    /**
     * Parses text with the name of its source, used only as a last source of the meeting date (D84 (4)).
     *
     * @param text       the notes; a leading BOM is ignored (D1)
     * @param sourceName the source's name, such as a path relative as given ({@code 2031/widget-09-02.md})
     * @return the document and diagnostics
     */
    public ParseResult parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return result(text, NotesReader.read(text, List.of(), Optional.of(sourceName)));
    }

    /**
     * Parses UTF-8 bytes; malformed sequences become U+FFFD with a warning {@code envelope/invalid-utf8} (D1).
     *
     * @param utf8 the notes as UTF-8
     * @return the document and diagnostics; spans refer to the decoded text
     */
    public ParseResult parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return parse(utf8, Optional.empty());
    }

    /**
     * Parses UTF-8 bytes with the name of their source, used only as a last source of the meeting date (D84 (4));
     * malformed sequences become U+FFFD with a warning {@code envelope/invalid-utf8} (D1).
     *
     * @param utf8       the notes as UTF-8
     * @param sourceName the source's name, such as a path relative as given ({@code 2031/widget-09-02.md})
     * @return the document and diagnostics; spans refer to the decoded text
     */
    public ParseResult parse(byte[] utf8, String sourceName) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(sourceName, "sourceName");
        return parse(utf8, Optional.of(sourceName));
    }

    private static ParseResult parse(byte[] utf8, Optional<String> sourceName) {
        Utf8.Decoded decoded = Utf8.decode(utf8);
        return result(decoded.text(), NotesReader.read(decoded.text(), decoded.malformed(), sourceName));
    }

    /**
     * Reads and parses a UTF-8 file (D1), with its path as given as the source name (D84 (4)).
     *
     * @param file the file, relative or absolute as the caller gives it
     * @return the document and diagnostics
     * @throws IOException if the file cannot be read
     */
    public ParseResult parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads all characters from a reader and parses them. The reader is not closed.
     *
     * @param reader the source of characters
     * @return the document and diagnostics
     * @throws IOException if reading fails
     */
    public ParseResult parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return parse(text.toString());
    }

    /** Places the reader's findings at line and column, and packs the result. */
    private static ParseResult result(String text, NotesReader.Reading reading) {
        SourceMap sourceMap = SourceMap.adopting(text, reading.spans());
        List<Diagnostic> diagnostics = new ArrayList<>(reading.findings().size());
        for (NotesReader.Located finding : reading.findings()) {
            Span span = finding.span();
            diagnostics.add(new Diagnostic(finding.code(), finding.message(), span,
                    sourceMap.position(span.start()), sourceMap.position(span.end())));
        }
        return new ParseResult(reading.document(), sourceMap, diagnostics);
    }
}
