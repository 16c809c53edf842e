package org.minutes.converters.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.minutes.converters.DocumentConverter;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

/**
 * Converts documents to and from JSON, losslessly: {@code fromJson(convert(document))} equals {@code document} for
 * every document a notes file can hold (text without lone surrogates, title dates of four-digit years, see below).
 * Built once, immutable and safe to share between threads; a {@link DocumentConverter}.
 *
 * <pre>{@code
 * JsonConverter json = JsonConverter.create();
 * String text = json.convert(document);
 * Document again = json.fromJson(text);   // equals document
 * }</pre>
 *
 * <p>The shape is public and described by the JSON Schema {@value #SCHEMA_RESOURCE} (draft 2020-12, see
 * {@link #schema()}); the package documentation explains it. In short, every object has a lower-case
 * {@code "type"}; the root is {@code "document"} with {@code "schemaVersion"}, {@code "meeting"}, the derived lists
 * {@code "attendees"}, {@code "actionItems"}, {@code "topics"} and {@code "decisions"} (for jq:
 * {@code jq '.actionItems[] | select(.done | not) | [.text, .assignees[].attendee]'}), {@code "frontMatter"},
 * {@code "lead"}, {@code "title"}, {@code "preamble"} and {@code "sections"}.
 *
 * <p>Values the SDK derives from the AST (plain texts, section kinds, tags, head counts, attendees, the speakers'
 * attendees, and the meeting's date, name and start, its attendees, action items, topics and decisions) are written for the reader's convenience
 * and marked {@code readOnly} in the schema; {@link #fromJson(String)} ignores them, as it ignores spans, diagnostics
 * and unknown keys, and rebuilds the AST from the structural fields alone, with the meeting's source name (D84 (4)):
 * {@code fromJson(convert(document))} equals {@code document} and has its {@link Document#sourceName()}.
 *
 * <p>Reading never instantiates a class named by the input: {@code "type"} values are matched against a closed list
 * of names, and anything else is refused with a {@link JsonFormatException}.
 *
 * <p>Reading is bounded, so that no input makes a reader or a converter after it run out of memory or stack; past a
 * limit, {@link #fromJson} throws a {@link JsonFormatException} that names it (the CLI exits 3):
 * <ul>
 * <li>arrays and objects nest at most {@value #MAX_NESTING_DEPTH} levels ({@link #MAX_NESTING_DEPTH});</li>
 * <li>a number has at most {@value #MAX_NUMBER_LENGTH} characters ({@link #MAX_NUMBER_LENGTH}): every number of the
 * shape is an {@code int};</li>
 * <li>a string has at most {@value #MAX_STRING_LENGTH} UTF-16 units ({@link #MAX_STRING_LENGTH}), a key Jackson's
 * default of 50 000;</li>
 * <li>a code block's {@code "fenceLength"}, the one count that sizes what a converter writes (each fence of the
 * Markdown), is at most {@value #MAX_FENCE_LENGTH} ({@link #MAX_FENCE_LENGTH}), the string limit: no fence is longer
 * than the string a line of it would be.</li>
 * </ul>
 * Text the AST could hold but no notes file can is refused too: a string holding a lone surrogate (an unpaired
 * {@code \}{@code uD800}–{@code \}{@code uDFFF} escape), which no UTF-8 file spells (D1) and which writers would turn
 * into {@code ?} or U+FFFD without a word, and a title date whose year is not written with four digits (D15), such
 * as {@code +10000-01-01}.
 */
public final class JsonConverter implements DocumentConverter {

    /**
     * The version of the JSON shape, written as {@code "schemaVersion"}. {@link #fromJson} reads this version and
     * every earlier one ({@link #OLDEST_SCHEMA_VERSION}): they differ in derived values only, which it ignores. Version
     * 2 moved the topics and action items from {@code "meeting"} to the top level, beside the new {@code "attendees"}
     * and {@code "decisions"}, and gave assignees their {@code "github"} handle.
     */
    public static final int SCHEMA_VERSION = 2;

    /** The earliest {@code "schemaVersion"} {@link #fromJson} reads. */
    public static final int OLDEST_SCHEMA_VERSION = 1;

    /** The deepest nesting of arrays and objects {@link #fromJson} reads, as Jackson counts it. */
    public static final int MAX_NESTING_DEPTH = 1000;

    /** The most characters of one number {@link #fromJson} reads: enough for any {@code int} of the shape. */
    public static final int MAX_NUMBER_LENGTH = 20;

    /** The most UTF-16 units of one string {@link #fromJson} reads. */
    public static final int MAX_STRING_LENGTH = 20_000_000;

    /** The longest code fence {@link #fromJson} reads ({@code "fenceLength"}): the string limit. */
    public static final int MAX_FENCE_LENGTH = MAX_STRING_LENGTH;

    /** The class-path resource holding the JSON Schema of the output. */
    public static final String SCHEMA_RESOURCE = "/org/minutes/converters/json/minutes.schema.json";

    private static final JsonConverter DEFAULT = new JsonConverter(JsonOptions.DEFAULT);

    /**
     * Writes with jackson-core's generator alone (its default limits: 1000 levels of nesting), so that a run that
     * only writes JSON, such as {@code minutes convert --to json}, never loads or sets up Jackson's data binding. It
     * neither flushes nor closes the writer it writes to (see {@link #writeJsonLine}).
     */
    private static final JsonFactory WRITING = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final JsonOptions options;

    private JsonConverter(JsonOptions options) {
        this.options = options;
    }

    /**
     * The mapper that reads, with the limits above; built on the first read (it is the same for every converter,
     * as the options only change what is written).
     */
    private static final class Reading {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxNumberLength(MAX_NUMBER_LENGTH)
                                .maxStringLength(MAX_STRING_LENGTH)
                                .build())
                        .build())
                .addModule(new MinutesModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();

        private Reading() {
        }
    }

    /** {@return a converter with the default options: no spans, no diagnostics, compact output} */
    public static JsonConverter create() {
        return DEFAULT;
    }

    /**
     * Creates a converter.
     *
     * @param options what to add to the output and how to lay it out
     * @return the converter
     */
    public static JsonConverter create(JsonOptions options) {
        return new JsonConverter(Objects.requireNonNull(options, "options"));
    }

    /** {@return the options of this converter} */
    public JsonOptions options() {
        return options;
    }

    /**
     * Converts a document. Spans and diagnostics need a {@link ParseResult}: see {@link #convert(ParseResult)}.
     *
     * @param document the document
     * @return its JSON
     * @throws IllegalArgumentException if the document nests deeper than the 1000 JSON levels readers accept, which
     *                                  only an AST built in code can do
     */
    @Override
    public String convert(Document document) {
        Objects.requireNonNull(document, "document");
        return write(WriteContext.NONE, options.pretty(), document);
    }

    /**
     * Converts a parsed document, with spans and diagnostics as the options ask.
     *
     * @param result the parse result
     * @return its JSON
     * @throws IllegalArgumentException if the document nests deeper than the 1000 JSON levels readers accept
     */
    public String convert(ParseResult result) {
        Objects.requireNonNull(result, "result");
        return write(context(result), options.pretty(), result.document());
    }

    /**
     * Reads a document written by {@link #convert}.
     *
     * @param json the JSON text
     * @return the document
     * @throws JsonFormatException if the text is not JSON, goes over a limit of the reader (see above), is not a
     *                             Minutes document, or holds values the AST rejects
     */
    public Document fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = Reading.MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            // Jackson names the limit by its getter; the value is ours and the javadoc above names the constant.
            throw new JsonFormatException("", "over a limit of the reader: "
                    + e.getOriginalMessage().replaceFirst(", from `[^`]*`", ""), e);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("", "not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new JsonFormatException("", "no JSON value");
        }
        if (!tree.isObject()) {
            throw new JsonFormatException("", "expected an object with \"type\": \"document\", found "
                    + (tree.isArray() ? "an array" : tree.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return NodeReader.read(tree, Document.class);
    }

    /**
     * Converts one document to a line of NDJSON: compact JSON and a line feed, whatever {@link JsonOptions#pretty()}.
     *
     * @param document the document
     * @return the line, ending with {@code \n}
     */
    public String toJsonLine(Document document) {
        Objects.requireNonNull(document, "document");
        return write(WriteContext.NONE, false, document) + "\n";
    }

    /**
     * Converts one parsed document to a line of NDJSON, with spans and diagnostics as the options ask.
     *
     * @param result the parse result
     * @return the line, ending with {@code \n}
     */
    public String toJsonLine(ParseResult result) {
        StringWriter line = new StringWriter();
        try {
            writeJsonLine(result, line);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter failed", e);
        }
        return line.toString();
    }

    /**
     * Writes one parsed document as a line of NDJSON, the text {@link #toJsonLine(ParseResult)} returns, straight to
     * {@code out} without making a string of it first. The writer is neither flushed nor closed. When the document
     * cannot be written (the {@link IllegalArgumentException} below), part of its line may have been written.
     *
     * @param result the parse result
     * @param out    where to write
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the document nests deeper than the 1000 JSON levels readers accept
     */
    public void writeJsonLine(ParseResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        write(context(result), false, result.document(), out);
        out.write('\n');
    }

    /**
     * Writes documents as NDJSON, one per line. The writer is neither flushed nor closed.
     *
     * @param documents the documents, read once, in order
     * @param out       where to write
     * @throws IOException if writing fails
     */
    public void writeNdjson(Iterable<Document> documents, Writer out) throws IOException {
        for (Document document : documents) {
            out.write(toJsonLine(document));
        }
    }

    /**
     * Writes parsed documents as NDJSON, one per line, with spans and diagnostics as the options ask. The writer is
     * neither flushed nor closed.
     *
     * @param results the parse results, read once, in order
     * @param out     where to write
     * @throws IOException if writing fails
     */
    public void writeResultsNdjson(Iterable<ParseResult> results, Writer out) throws IOException {
        for (ParseResult result : results) {
            out.write(toJsonLine(result));
        }
    }

    /**
     * Reads NDJSON: one document per line; blank lines are skipped. The reader is not closed.
     *
     * @param in the text
     * @return the documents in order
     * @throws IOException         if reading fails
     * @throws JsonFormatException if a line is no document; the message names the line
     */
    public List<Document> fromNdjson(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Document> documents = new ArrayList<>();
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                documents.add(fromJson(line));
            } catch (JsonFormatException e) {
                throw e.atLine(number);
            }
        }
        return documents;
    }

    /**
     * Returns a Jackson module that maps every AST node type, for embedding documents or single nodes in your own
     * JSON with your own {@link ObjectMapper}. Serialized nodes have the shape of {@link #convert(Document)}, without
     * spans or diagnostics; {@link org.minutes.sdk.ast.Node}, {@link org.minutes.sdk.ast.Block},
     * {@link org.minutes.sdk.ast.Inline} and every record type can be deserialized.
     *
     * @return a new module
     */
    public static Module module() {
        return new MinutesModule();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the output, also at the class-path resource
     * {@value #SCHEMA_RESOURCE}.
     *
     * @return the schema text
     */
    public static String schema() {
        try (InputStream in = JsonConverter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WriteContext context(ParseResult result) {
        return new WriteContext(
                options.spans() ? Optional.of(result.sourceMap()) : Optional.empty(),
                options.diagnostics() ? Optional.of(result.diagnostics()) : Optional.empty());
    }

    /**
     * Writes a document with the generator: the text an {@code ObjectMapper} with {@link #module()} writes, without
     * setting one up.
     */
    private static String write(WriteContext context, boolean pretty, Document document) {
        StringWriter text = new StringWriter();
        try {
            write(context, pretty, document, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter failed", e);
        }
        return text.toString();
    }

    /** Writes a document with the generator to {@code out}, which it neither flushes nor closes. */
    private static void write(WriteContext context, boolean pretty, Document document, Writer out)
            throws IOException {
        try (JsonGenerator generator = WRITING.createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            new NodeWriter(generator, context).write(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the document as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
