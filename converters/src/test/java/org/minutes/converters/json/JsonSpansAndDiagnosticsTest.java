package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.converters.json.Fixtures.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/**
 * Spans and diagnostics come from a {@link ParseResult}; this one is built by hand for the source
 * {@code "# Team Sync\n\nHello 😀 *world*\n"}, offsets counted by hand.
 */
class JsonSpansAndDiagnosticsTest {

    private static final String SOURCE = "# Team Sync\n\nHello 😀 *world*\n";

    private final Text name = text("Team Sync");
    private final Title title = new Title(false, Optional.empty(), List.of(name));
    private final Text world = text("world");
    private final Emphasis emphasis = new Emphasis('*', List.of(world));
    private final Paragraph paragraph = new Paragraph(List.of(text("Hello 😀 "), emphasis));
    private final Document document = new Document(Optional.empty(), List.of(), Optional.of(title),
            List.of(paragraph), List.of());
    private final ParseResult result = result();

    private ParseResult result() {
        IdentityHashMap<Node, Span> spans = new IdentityHashMap<>();
        spans.put(document, new Span(0, 30));
        spans.put(title, new Span(0, 11));
        spans.put(name, new Span(2, 11));
        spans.put(paragraph, new Span(13, 29));
        // "Hello " is 13..19, the emoji 19..21 (two UTF-16 units, one column), the space 21, "*world*" 22..29.
        spans.put(emphasis, new Span(22, 29));
        Diagnostic noDate = new Diagnostic(DiagnosticCode.TITLE_NO_DATE, "the title holds no date",
                new Span(0, 11), new Position(1, 1), new Position(1, 12));
        return new ParseResult(document, SourceMap.of(SOURCE, spans), List.of(noDate));
    }

    private static String convert(JsonOptions options, ParseResult result) {
        String json = JsonConverter.create(options).convert(result);
        JsonAssertions.assertValid(json);
        assertEquals(result.document(), JsonConverter.create().fromJson(json), "spans and diagnostics are ignored");
        return json;
    }

    @Test
    void spansGiveOffsetsAndCodePointColumns() {
        JsonNode tree = JsonAssertions.tree(convert(JsonOptions.DEFAULT.withSpans(true), result));
        JsonAssertions.assertJsonEquals("""
                {"type": "span", "start": 22, "end": 29, "startLine": 3, "startColumn": 9,
                 "endLine": 3, "endColumn": 16}
                """, tree.at("/preamble/0/content/1/span").toString());
        JsonAssertions.assertJsonEquals("""
                {"type": "span", "start": 0, "end": 30, "startLine": 1, "startColumn": 1,
                 "endLine": 4, "endColumn": 1}
                """, tree.get("span").toString());
        assertEquals(3, tree.at("/title/nameContent/0/span/startColumn").intValue());
        assertTrue(tree.at("/preamble/0/content/0").has("type"));
        assertFalse(tree.at("/preamble/0/content/0").has("span"), "no span for a node the map does not know");
        assertFalse(tree.at("/preamble/0/content/1/content/0").has("span"));
        assertFalse(tree.has("diagnostics"));
    }

    @Test
    void diagnosticsAtTheRoot() {
        JsonNode tree = JsonAssertions.tree(convert(JsonOptions.DEFAULT.withDiagnostics(true), result));
        JsonAssertions.assertJsonEquals("""
                [{"type": "diagnostic", "code": "title/no-date", "severity": "info", "rule": "D15",
                  "message": "the title holds no date",
                  "span": {"type": "span", "start": 0, "end": 11, "startLine": 1, "startColumn": 1,
                           "endLine": 1, "endColumn": 12}}]
                """, tree.get("diagnostics").toString());
        assertFalse(tree.has("span"));
    }

    @Test
    void noDiagnosticsIsAnEmptyArray() {
        ParseResult clean = new ParseResult(document, result.sourceMap(), List.of());
        JsonNode tree = JsonAssertions.tree(convert(JsonOptions.DEFAULT.withDiagnostics(true), clean));
        assertEquals(0, tree.get("diagnostics").size());
    }

    @Test
    void withoutOptionsAParseResultGivesThePlainDocument() {
        String plain = convert(JsonOptions.DEFAULT, result);
        assertEquals(JsonConverter.create().convert(document), plain);
    }

    @Test
    void optionsDoNotAddAnythingToABareDocument() {
        JsonConverter all = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));
        assertEquals(JsonConverter.create().convert(document), all.convert(document));
    }

    /** One converter shared by threads: spans and diagnostics of one call never leak into another. */
    @Test
    void sharedConverterIsThreadSafe() throws Exception {
        JsonConverter shared = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));
        String withSpans = shared.convert(result);
        String plain = shared.convert(Fixtures.kitchenSink());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean even = i % 2 == 0;
                runs.add(pool.submit(() -> even
                        ? shared.convert(result).equals(withSpans)
                        : shared.convert(Fixtures.kitchenSink()).equals(plain)
                                && shared.fromJson(plain).equals(Fixtures.kitchenSink())));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void strippingSpansAndDiagnosticsGivesThePlainOutput() {
        JsonConverter all = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));
        JsonNode full = JsonAssertions.tree(all.convert(result));
        JsonNode plain = JsonAssertions.tree(JsonConverter.create().convert(document));
        assertEquals(DerivedValues.strip(plain), DerivedValues.strip(full));
    }
}
