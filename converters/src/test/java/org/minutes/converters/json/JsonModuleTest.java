package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutes.converters.json.Fixtures.paragraph;
import static org.minutes.converters.json.Fixtures.text;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.ThematicBreak;

/** The Jackson module lets users embed documents and nodes in their own JSON. */
class JsonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(JsonConverter.module());

    @Test
    void documentsEmbedInOtherValues() throws Exception {
        Map<String, Document> value = Map.of("notes", Fixtures.kitchenSink());
        String json = mapper.writeValueAsString(value);
        assertEquals(value, mapper.readValue(json, new TypeReference<Map<String, Document>>() { }));
        assertEquals(JsonAssertions.tree(JsonConverter.create().convert(Fixtures.kitchenSink())),
                JsonAssertions.tree(json).get("notes"));
    }

    @Test
    void nodesOfEveryFamilyReadBack() throws Exception {
        List<Block> blocks = List.of(paragraph(text("a")), new ThematicBreak());
        String json = mapper.writeValueAsString(blocks);
        JsonAssertions.assertJsonEquals("""
                [{"type": "paragraph", "content": [{"type": "text", "literal": "a"}], "text": "a"},
                 {"type": "thematic_break"}]
                """, json);
        assertEquals(blocks, mapper.readValue(json, new TypeReference<List<Block>>() { }));
        assertEquals(blocks, mapper.readValue(json, new TypeReference<List<Node>>() { }));
        assertEquals(blocks.get(0), mapper.readValue(mapper.writeValueAsString(blocks.get(0)), Paragraph.class));
        assertEquals(text("a"), mapper.readValue("{\"type\": \"text\", \"literal\": \"a\"}", Inline.class));
    }
}
