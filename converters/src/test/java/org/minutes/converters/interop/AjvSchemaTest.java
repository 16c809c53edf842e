package org.minutes.converters.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.json.JsonOptions;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;

/**
 * Issue 9, done-when 5: ajv 8, the most used JSON Schema validator, compiles the shipped schema in strict mode (it
 * refused the version 1 {@code $id}, {@code urn:org.minutes:json:schema:1}, which RFC 8141 forbids) and finds every
 * sample's and example's JSON valid, with and without spans and diagnostics.
 */
class AjvSchemaTest {

    @Test
    void ajvCompilesTheSchemaAndAcceptsEverySample(@TempDir Path dir) throws IOException {
        Path schema = dir.resolve("minutes.schema.json");
        try (InputStream in = JsonConverter.class.getResourceAsStream(JsonConverter.SCHEMA_RESOURCE)) {
            Files.write(schema, in.readAllBytes());
        }
        List<String> args = new ArrayList<>(List.of(schema.toString()));
        JsonConverter plain = JsonConverter.create();
        JsonConverter full = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));
        for (Path note : Corpus.notes()) {
            ParseResult result = MinutesParser.create().parse(note);
            for (JsonConverter converter : List.of(plain, full)) {
                Path file = dir.resolve(note.getFileName() + "." + args.size() + ".json");
                Files.writeString(file, converter.convert(result), StandardCharsets.UTF_8);
                args.add(file.toString());
            }
        }
        NodeScripts.Run run = NodeScripts.run("json-validate.mjs", args);
        assertEquals(0, run.status(), run::err);
        assertEquals((args.size() - 1) + " of " + (args.size() - 1) + " valid", run.out().strip());
    }

    /** The check can fail: ajv finds an invalid document invalid. */
    @Test
    void ajvRefusesAnInvalidDocument(@TempDir Path dir) throws IOException {
        Path schema = dir.resolve("minutes.schema.json");
        try (InputStream in = JsonConverter.class.getResourceAsStream(JsonConverter.SCHEMA_RESOURCE)) {
            Files.write(schema, in.readAllBytes());
        }
        String json = JsonConverter.create().convert(MinutesParser.create().parse("# 2031-05-14 Sync\n").document());
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replace("\"schemaVersion\":2", "\"schemaVersion\":7"));
        NodeScripts.Run run = NodeScripts.run("json-validate.mjs", List.of(schema.toString(), file.toString()));
        assertNotEquals(0, run.status());
        assertTrue(run.err().contains("schemaVersion"), run.err());
    }
}
