package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/** Many documents as NDJSON: one compact document per line. */
class NdjsonTest {

    private static final Document EMPTY = new Document(Optional.empty(), List.of(), Optional.empty(), List.of(),
            List.of());
    /** Line breaks inside values must be escaped, or they would split the document over lines. */
    private static final Document MULTI_LINE = new Document(Optional.of(new FrontMatter("a: 1\nb: 2")), List.of(),
            Optional.empty(), List.of(new CodeBlock('`', 3, "", List.of("x", "y"))), List.of());
    private static final List<Document> DOCUMENTS = List.of(Fixtures.kitchenSink(), EMPTY, MULTI_LINE);

    @Test
    void writesOneValidDocumentPerLineAndReadsThemBack() throws IOException {
        JsonConverter converter = JsonConverter.create(JsonOptions.DEFAULT.withPretty(true));
        StringWriter out = new StringWriter();
        converter.writeNdjson(DOCUMENTS, out);
        String ndjson = out.toString();
        assertTrue(ndjson.endsWith("\n"));
        String[] lines = ndjson.split("\n", -1);
        assertEquals(4, lines.length, ndjson);
        assertEquals("", lines[3]);
        for (int i = 0; i < 3; i++) {
            JsonAssertions.assertValid(lines[i]);
            assertEquals(DOCUMENTS.get(i), converter.fromJson(lines[i]));
        }
        assertEquals(DOCUMENTS, converter.fromNdjson(new StringReader(ndjson)));
    }

    @Test
    void linesMatchSingleConversions() {
        JsonConverter converter = JsonConverter.create();
        assertEquals(converter.convert(MULTI_LINE) + "\n", converter.toJsonLine(MULTI_LINE));
    }

    @Test
    void blankLinesAndCrlfAreAccepted() throws IOException {
        JsonConverter converter = JsonConverter.create();
        String ndjson = "\r\n" + converter.convert(EMPTY) + "\r\n  \n" + converter.convert(MULTI_LINE);
        assertEquals(List.of(EMPTY, MULTI_LINE), converter.fromNdjson(new StringReader(ndjson)));
        assertEquals(List.of(), converter.fromNdjson(new StringReader("")));
    }

    @Test
    void errorsNameTheLine() {
        JsonConverter converter = JsonConverter.create();
        String ndjson = converter.toJsonLine(EMPTY) + "\n" + "{\"type\": \"document\", \"schemaVersion\": 1}\n";
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> converter.fromNdjson(new StringReader(ndjson)));
        assertTrue(e.getMessage().startsWith("line 3: (root): missing \""), e.getMessage());
        assertEquals("", e.pointer());
    }

    @Test
    void parseResultsCarryTheirOwnDiagnostics() throws IOException {
        Diagnostic missing = new Diagnostic(DiagnosticCode.TITLE_MISSING, "no title", new Span(0, 0),
                new Position(1, 1), new Position(1, 1));
        ParseResult first = new ParseResult(EMPTY, SourceMap.of("", new IdentityHashMap<Node, Span>()),
                List.of(missing));
        ParseResult second = new ParseResult(MULTI_LINE, SourceMap.of("", new IdentityHashMap<Node, Span>()),
                List.of());
        JsonConverter converter = JsonConverter.create(JsonOptions.DEFAULT.withDiagnostics(true));
        StringWriter out = new StringWriter();
        converter.writeResultsNdjson(List.of(first, second), out);
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonAssertions.assertValid(line);
        }
        assertEquals("title/missing", JsonAssertions.tree(lines[0]).at("/diagnostics/0/code").textValue());
        assertEquals(0, JsonAssertions.tree(lines[1]).get("diagnostics").size());
        assertEquals(List.of(EMPTY, MULTI_LINE), converter.fromNdjson(new StringReader(out.toString())));
    }

    /**
     * writeJsonLine writes what toJsonLine returns, after what the writer holds already, and leaves the writer open
     * and unflushed (the CLI writes each note's line into a buffer of its own, then hands the buffers on in order).
     */
    @Test
    void aLineWrittenStraightToAWriterIsTheLineReturned() throws IOException {
        ParseResult result = MinutesParser.create().parse("""
                # 2031-05-14 Sync

                Attendees: Ana (AB), Ben

                ## Action items

                - [ ] AB: ship the **café** menu \uD83C\uDF70
                """);
        JsonConverter converter = JsonConverter.create(new JsonOptions(true, true, true));
        List<String> calls = new ArrayList<>();
        StringWriter text = new StringWriter();
        Writer out = new FilterWriter(text) {
            @Override
            public void flush() throws IOException {
                calls.add("flush");
                super.flush();
            }

            @Override
            public void close() throws IOException {
                calls.add("close");
                super.close();
            }
        };
        out.write("before\n");
        converter.writeJsonLine(result, out);
        converter.writeJsonLine(result, out);
        assertEquals(List.of(), calls);
        String line = converter.toJsonLine(result);
        assertEquals(JsonConverter.create(new JsonOptions(true, true, false)).convert(result) + "\n", line);
        assertEquals("before\n" + line + line, text.toString());
        JsonAssertions.assertValid(line.strip());
    }
}
