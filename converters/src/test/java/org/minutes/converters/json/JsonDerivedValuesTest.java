package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Derived values are output only: {@code fromJson} rebuilds the AST from the structural fields alone. */
class JsonDerivedValuesTest {

    private static final JsonConverter CONVERTER = JsonConverter.create();

    /** The derived keys, as the package documentation lists them; the schema must mark exactly these readOnly. */
    @Test
    void schemaMarksTheDocumentedDerivedKeys() {
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("document", Set.of("diagnostics", "attendees", "actionItems", "topics", "decisions")),
                Map.entry("meeting", Set.of("date", "dateSource", "name", "start")),
                Map.entry("front_matter", Set.of("tags")),
                Map.entry("title", Set.of("name")),
                Map.entry("section", Set.of("headingText", "kind")),
                Map.entry("paragraph", Set.of("text")),
                Map.entry("head_count", Set.of("count")),
                Map.entry("list", Set.of("ordered", "attendees")),
                Map.entry("list_item", Set.of("text")),
                Map.entry("speaker", Set.of("attendee")),
                Map.entry("table", Set.of("attendees")),
                Map.entry("table_cell", Set.of("text")));
        DerivedValues.READ_ONLY.forEach((type, keys) ->
                assertEquals(expected.getOrDefault(type, Set.of()), keys, type));
    }

    @Test
    void derivedValuesMayBeMissing() {
        JsonNode tree = JsonAssertions.tree(CONVERTER.convert(Fixtures.kitchenSink()));
        JsonNode stripped = DerivedValues.strip(tree);
        assertNotEquals(tree, stripped);
        assertEquals(Fixtures.kitchenSink(), CONVERTER.fromJson(stripped.toString()));
    }

    @Test
    void derivedValuesAreIgnoredWhenTheyLie() {
        JsonNode tree = JsonAssertions.tree(CONVERTER.convert(Fixtures.kitchenSink()));
        JsonNode garbled = DerivedValues.garble(tree);
        assertEquals("garbage", garbled.at("/sections/0/kind").textValue());
        assertEquals("garbage", garbled.at("/title/name").textValue());
        assertEquals(Fixtures.kitchenSink(), CONVERTER.fromJson(garbled.toString()));
    }

    @Test
    void unknownKeysAreIgnored() {
        JsonNode tree = JsonAssertions.tree(CONVERTER.convert(Fixtures.kitchenSink()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("generator", "someone else");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/preamble/0")).put("class", "java.lang.Runtime");
        assertEquals(Fixtures.kitchenSink(), CONVERTER.fromJson(tree.toString()));
    }
}
