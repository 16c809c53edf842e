package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Nodes;

/** Every sample note and every shared hard case converts, validates and round-trips, spans and all. */
class JsonCorpusTest {

    private static final JsonConverter FULL =
            JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));

    static List<Path> corpus() throws IOException {
        Path root = Path.of(System.getProperty("minutes.root", ".."));
        Path shared = Path.of(System.getProperty("minutes.shared", root.resolve("../shared").toString()));
        List<Path> files = new ArrayList<>();
        for (Path directory : List.of(root.resolve("samples"), shared.resolve("examples"))) {
            try (Stream<Path> listing = Files.list(directory)) {
                listing.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void corpusIsThere() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() >= 15, () -> "samples and examples not found: " + files);
    }

    /**
     * Issue 12 point 3: the converter writes with jackson-core's generator alone, without setting up data binding;
     * its text is byte for byte the text an {@code ObjectMapper} with the module writes, compact and pretty, with and
     * without spans and diagnostics.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void writesWhatTheMapperWrites(Path file) throws IOException {
        ParseResult result = MinutesParser.create().parse(file);
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper().registerModule(JsonConverter.module());
        WriteContext all = new WriteContext(Optional.of(result.sourceMap()), Optional.of(result.diagnostics()));
        for (boolean pretty : List.of(false, true)) {
            JsonOptions options = JsonOptions.DEFAULT.withPretty(pretty);
            com.fasterxml.jackson.databind.ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter()
                    : mapper.writer();
            assertEquals(writer.writeValueAsString(result.document()),
                    JsonConverter.create(options).convert(result.document()));
            assertEquals(writer.withAttribute(WriteContext.KEY, all).writeValueAsString(result.document()),
                    JsonConverter.create(options.withSpans(true).withDiagnostics(true)).convert(result));
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void roundTripsAndValidates(Path file) throws IOException {
        ParseResult result = MinutesParser.create().parse(file);
        Document document = result.document();
        JsonAssertions.assertRoundTrip(document);

        String full = FULL.convert(result);
        JsonAssertions.assertValid(full);
        assertEquals(document, FULL.fromJson(full));

        JsonNode tree = JsonAssertions.tree(full);
        assertEquals(result.diagnostics().size(), tree.get("diagnostics").size());
        AtomicInteger mapped = new AtomicInteger();
        Nodes.walk(document, node -> result.sourceMap().span(node).ifPresent(span -> mapped.incrementAndGet()));
        assertEquals(mapped.get(), nodeSpans(tree), "one span per mapped node");
    }

    /** The blocks' attendee shares add up to the document's attendees (D26). */
    @ParameterizedTest
    @MethodSource("corpus")
    void attendeeSharesAddUp(Path file) throws IOException {
        Document document = MinutesParser.create().parse(file).document();
        JsonNode tree = JsonAssertions.tree(JsonConverter.create().convert(document));
        List<String> names = new ArrayList<>();
        List<JsonNode> blocks = new ArrayList<>();
        tree.get("preamble").forEach(blocks::add);
        tree.get("sections").forEach(section -> section.get("blocks").forEach(blocks::add));
        blocks.forEach(block -> block.path("attendees").forEach(a -> names.add(a.get("name").textValue())));
        assertEquals(document.attendees().stream().map(a -> a.name()).toList(), names);
    }

    @Test
    void wholeCorpusAsNdjson() throws IOException {
        List<ParseResult> results = new ArrayList<>();
        for (Path file : corpus()) {
            results.add(MinutesParser.create().parse(file));
        }
        StringWriter out = new StringWriter();
        FULL.writeResultsNdjson(results, out);
        String[] lines = out.toString().split("\n");
        assertEquals(results.size(), lines.length);
        for (String line : lines) {
            JsonAssertions.assertValid(line);
        }
        assertEquals(results.stream().map(ParseResult::document).toList(),
                FULL.fromNdjson(new StringReader(out.toString())));
    }

    /** Counts the spans of node objects, leaving out those inside diagnostics. */
    private static int nodeSpans(JsonNode node) {
        int count = 0;
        if (node.isObject()) {
            if (node.has("span") && !"diagnostic".equals(node.path("type").asText())) {
                count++;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("diagnostics") && !name.equals("span")) {
                    count += nodeSpans(node.get(name));
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                count += nodeSpans(child);
            }
        }
        return count;
    }
}
