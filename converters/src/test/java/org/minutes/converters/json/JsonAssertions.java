package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.minutes.sdk.ast.Document;

/** Shared checks: every output is validated against the shipped schema, and round trips are plain equality. */
final class JsonAssertions {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema SCHEMA = loadSchema();

    private JsonAssertions() {
    }

    private static JsonSchema loadSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = JsonConverter.class.getResourceAsStream(JsonConverter.SCHEMA_RESOURCE)) {
            return factory.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Fails with the validator's messages when {@code json} does not match the schema. */
    static void assertValid(String json) {
        Set<ValidationMessage> errors = SCHEMA.validate(tree(json));
        assertTrue(errors.isEmpty(), () -> "schema violations " + errors + " in " + json);
    }

    /** Writes, validates, reads back and compares: the lossless contract of {@link JsonConverter}. */
    static String assertRoundTrip(Document document) {
        JsonConverter converter = JsonConverter.create();
        String json = converter.convert(document);
        assertValid(json);
        assertEquals(document, converter.fromJson(json), () -> "round trip changed the document; JSON: " + json);
        return json;
    }

    /** Compares JSON structurally (key order aside) against a hand-written expectation. */
    static void assertJsonEquals(String expected, String actual) {
        assertEquals(tree(expected), tree(actual), () -> "expected " + expected + "\n but was " + actual);
    }
}
