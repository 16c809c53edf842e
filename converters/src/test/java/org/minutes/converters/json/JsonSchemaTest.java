package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.SectionKind;

/** The shipped schema is a valid 2020-12 schema and names exactly the types and kinds the code knows. */
class JsonSchemaTest {

    private static final JsonNode SCHEMA = JsonAssertions.tree(JsonConverter.schema());

    @Test
    void isAValidDraft202012Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(SCHEMA);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").textValue());
    }

    @Test
    void typeConstantsAreTheRegisteredIds() {
        Set<String> consts = new HashSet<>();
        SCHEMA.get("$defs").forEach(definition -> {
            JsonNode type = definition.at("/properties/type/const");
            if (!type.isMissingNode()) {
                assertTrue(consts.add(type.textValue()), type.textValue());
                assertFalse(definition.path("additionalProperties").asBoolean(true), type.textValue());
            }
        });
        Set<String> ids = new HashSet<>(NodeTypes.PARTS.values());
        ids.addAll(NodeTypes.BLOCKS.values());
        ids.addAll(NodeTypes.INLINES.values());
        ids.addAll(NodeTypes.OTHERS);
        assertEquals(ids, consts);
    }

    @Test
    void blockAndInlineUnionsListTheirFamilies() {
        assertEquals(Set.copyOf(NodeTypes.BLOCKS.values()), unionTypes("block"));
        assertEquals(Set.copyOf(NodeTypes.INLINES.values()), unionTypes("inline"));
    }

    @Test
    void sectionKindsAreTheSdkKinds() {
        List<String> kinds = new ArrayList<>();
        SCHEMA.at("/$defs/section/properties/kind/enum").forEach(kind -> kinds.add(kind.textValue()));
        assertEquals(Arrays.stream(SectionKind.values()).map(SectionKind::id).toList(), kinds);
    }

    @Test
    void nodeDefinitionsAllowASpan() {
        for (String id : NodeTypes.PARTS.values()) {
            assertTrue(definition(id).at("/properties/span").has("$ref"), id);
        }
    }

    /** The validation the other tests rely on can fail: each of these breaks one rule of the schema. */
    @Test
    void rejectsBrokenOutput() {
        String good = JsonConverter.create().convert(Fixtures.kitchenSink());
        JsonAssertions.assertValid(good);
        List<String> broken = List.of(
                good.replace("\"type\":\"thematic_break\"", "\"type\":\"script\""),
                good.replace("\"schemaVersion\":2", "\"schemaVersion\":3"),
                good.replace("\"kind\":\"other\"", "\"kind\":\"misc\""),
                good.replace("\"checkboxLetter\":\"X\"", "\"checkboxLetter\":\"Y\""),
                // D37 as amended 2026-12 made `+` a marker, so "plus" is valid now; "bullet" names no marker.
                good.replace("\"marker\":\"star\"", "\"marker\":\"bullet\""),
                good.replace("\"literal\":\"old\"", "\"literal\":\"\""),
                good.replace("\"date\":\"2031-05-14\"", "\"date\":\"14/05/2031\""),
                good.replace("\"level\":6", "\"level\":7"),
                good.replace("{\"type\":\"thematic_break\"}", "{\"type\":\"thematic_break\",\"x\":1}"),
                good.replace("\"frontMatter\":{", "\"frontMatter\":{\"@class\":\"java.lang.Runtime\","),
                // The meeting object (D66, D67, D84) and name speakers (D91) are closed shapes too.
                good.replace("\"dateSource\":\"title\"", "\"dateSource\":\"file_name\""),
                good.replace("\"state\":\"pending\"", "\"state\":\"open\""),
                good.replace("{\"type\":\"meeting\",", "{\"type\":\"meeting\",\"x\":1,"),
                // Version 2's top-level derived lists (issue 9) are closed shapes and required.
                good.replace("\"decisions\":[],", ""),
                good.replace("{\"type\":\"attendee\",", "{\"type\":\"attendee\",\"x\":1,"),
                good.replace("\"speakerForm\":\"name_paren\"", "\"speakerForm\":\"name\""),
                good.replace("\"speakerEmphasis\":\"colon_inside\"", "\"speakerEmphasis\":\"strong\""));
        for (String json : broken) {
            assertFalse(json.equals(good), "the replacement must hit: " + json);
            assertFalse(JsonAssertions.SCHEMA.validate(JsonAssertions.tree(json)).isEmpty(), json);
        }
    }

    private static Set<String> unionTypes(String name) {
        Set<String> types = new HashSet<>();
        for (JsonNode ref : SCHEMA.at("/$defs/" + name + "/oneOf")) {
            String target = ref.get("$ref").textValue().substring("#/$defs/".length());
            types.add(SCHEMA.get("$defs").get(target).at("/properties/type/const").textValue());
        }
        return types;
    }

    private static JsonNode definition(String id) {
        for (JsonNode definition : SCHEMA.get("$defs")) {
            if (id.equals(definition.at("/properties/type/const").textValue())) {
                return definition;
            }
        }
        throw new AssertionError("no definition for " + id);
    }
}
