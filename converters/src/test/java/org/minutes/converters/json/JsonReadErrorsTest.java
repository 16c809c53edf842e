package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fromJson} refuses anything that is not ours, with a message naming the place. */
class JsonReadErrorsTest {

    /** Counts instances: a reader that instantiated classes named in the input would make one. */
    public static final class Gadget {

        static int created;

        public Gadget() {
            created++;
        }

        public void setCommand(String command) {
            created++;
        }
    }

    private static final String GADGET = Gadget.class.getName();
    private static final JsonConverter CONVERTER = JsonConverter.create();

    @BeforeEach
    void resetGadget() {
        Gadget.created = 0;
    }

    private static JsonFormatException refused(String json) {
        return assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(json));
    }

    /** The kitchen sink's JSON, changed by {@code edit}, must be refused at {@code pointer}. */
    private static JsonFormatException refusedAfter(Consumer<ObjectNode> edit, String pointer) {
        ObjectNode tree = (ObjectNode) JsonAssertions.tree(CONVERTER.convert(Fixtures.kitchenSink()));
        edit.accept(tree);
        JsonFormatException e = refused(tree.toString());
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.getMessage().startsWith((pointer.isEmpty() ? "(root)" : pointer) + ": "), e.getMessage());
        return e;
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void unknownBlockType() {
        JsonFormatException e = refusedAfter(t -> at(t, "/preamble/1").put("type", "script"), "/preamble/1/type");
        assertTrue(e.getMessage().contains("unknown type \"script\""), e.getMessage());
        assertTrue(e.getMessage().contains("paragraph"), "lists the accepted names: " + e.getMessage());
    }

    @Test
    void classNameAsType() {
        refusedAfter(t -> at(t, "/preamble/0/content/0").put("type", GADGET), "/preamble/0/content/0/type");
        refusedAfter(t -> at(t, "/preamble/0").put("type", "org.minutes.sdk.ast.Paragraph"), "/preamble/0/type");
        refusedAfter(t -> t.put("type", "Document"), "/type");
        assertEquals(0, Gadget.created);
    }

    @Test
    void knownTypeInTheWrongPlace() {
        JsonFormatException e = refusedAfter(
                t -> ((ArrayNode) t.get("preamble")).set(0, t.at("/preamble/0/content/0")), "/preamble/0/type");
        assertTrue(e.getMessage().contains("type \"link\" is no block"), e.getMessage());
        refusedAfter(t -> at(t, "/sections/0").put("type", "paragraph"), "/sections/0/type");
        refusedAfter(t -> at(t, "/sections/1/blocks/3/paragraphs/0").put("type", "head_count"),
                "/sections/1/blocks/3/paragraphs/0/type");
    }

    /** The classic payloads of Jackson polymorphic-typing gadget chains, as a whole document or inside one. */
    @Test
    void polymorphicGadgetPayloads() {
        JsonFormatException array = refused("[\"java.lang.Runtime\", {\"exec\": \"touch /tmp/pwned\"}]");
        assertEquals("", array.pointer());
        assertTrue(array.getMessage().contains("found an array"), array.getMessage());

        JsonFormatException atClass = refused("{\"@class\": \"" + GADGET + "\", \"command\": \"touch /tmp/pwned\"}");
        assertTrue(atClass.getMessage().contains("\"type\""), atClass.getMessage());

        refused("{\"@type\": \"java.net.URL\", \"val\": \"http://example.org\"}");
        refused("[\"" + GADGET + "\", {\"command\": \"x\"}]");
        refusedAfter(t -> t.set("title", JsonAssertions.tree(
                "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://example.org/x\"}]")), "/title");
        refusedAfter(t -> ((ArrayNode) t.get("preamble")).set(0, JsonAssertions.tree(
                "{\"@class\": \"" + GADGET + "\", \"command\": \"x\"}")), "/preamble/0");
        refusedAfter(t -> at(t, "/preamble/0").set("type", JsonAssertions.tree("[\"" + GADGET + "\"]")),
                "/preamble/0");
        assertEquals(0, Gadget.created);
    }

    /** A document smuggling a second "type" must not be read by whichever key comes last. */
    @Test
    void duplicateKeys() {
        refused("{\"type\": \"title\", \"type\": \"document\", \"schemaVersion\": 1, \"frontMatter\": null, "
                + "\"lead\": [], \"title\": null, \"preamble\": [], \"sections\": []}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "null", "42", "\"document\"", "{\"type\": \"document\"} {}", "{} []"})
    void notADocumentAtAll(String json) {
        assertEquals("", refused(json).pointer());
    }

    /** Jackson's nesting limit guards the recursive reader against stack exhaustion. */
    @Test
    void nestingBeyondTheLimit() {
        String deep = "{\"type\": \"document\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        JsonFormatException e = refused(deep);
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    /**
     * Issue 9: version 2 moved derived values only, so JSON of version 1 still reads: this file is what the version 1
     * writer (commit "iCalendar feeds", before the change) wrote for the first sample; it reads back as the sample.
     */
    @Test
    void versionOneStillReads() throws Exception {
        String v1;
        try (var in = getClass().getResourceAsStream("schema-version-1.json")) {
            v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(v1.startsWith("{\"type\":\"document\",\"schemaVersion\":1,"), v1.substring(0, 60));
        java.nio.file.Path sample = java.nio.file.Path.of("../samples/2024-11-06-conda-community.md");
        org.minutes.sdk.ast.Document expected = org.minutes.sdk.MinutesParser.create().parse(sample).document();
        assertEquals(expected, CONVERTER.fromJson(v1));
    }

    @Test
    void schemaVersion() {
        refusedAfter(t -> t.put("schemaVersion", 3), "/schemaVersion");
        refusedAfter(t -> t.put("schemaVersion", 0), "/schemaVersion");
        refusedAfter(t -> t.put("schemaVersion", "1"), "/schemaVersion");
        refusedAfter(t -> t.remove("schemaVersion"), "");
    }

    @Test
    void missingOrMistypedStructuralFields() {
        JsonFormatException missing = refusedAfter(t -> at(t, "/preamble/0/content/1").remove("literal"),
                "/preamble/0/content/1");
        assertTrue(missing.getMessage().contains("missing \"literal\""), missing.getMessage());
        refusedAfter(t -> at(t, "/sections/0").put("level", "2"), "/sections/0/level");
        refusedAfter(t -> at(t, "/sections/0").put("level", 2.5), "/sections/0/level");
        refusedAfter(t -> at(t, "/title").put("draft", "yes"), "/title/draft");
        refusedAfter(t -> at(t, "/title").put("date", "2031-02-30"), "/title/date");
        refusedAfter(t -> at(t, "/title").put("date", 20310514), "/title/date");
        refusedAfter(t -> t.put("sections", "none"), "/sections");
        refusedAfter(t -> at(t, "/sections/1/blocks/1").put("fenceChar", "~~"), "/sections/1/blocks/1/fenceChar");
        refusedAfter(t -> at(t, "/sections/1/blocks/0/items/0").put("marker", "DASH"),
                "/sections/1/blocks/0/items/0/marker");
        refusedAfter(t -> at(t, "/sections/1/blocks/0/items/0").put("speakerForm", "angle"),
                "/sections/1/blocks/0/items/0/speakerForm");
        refusedAfter(t -> ((ArrayNode) t.at("/sections/1/blocks/2/lines")).add(7), "/sections/1/blocks/2/lines/3");
    }

    /** The AST's own invariants (STYLE: "reject impossible values") surface at the object that breaks them. */
    @Test
    void valuesTheAstRejects() {
        JsonFormatException level = refusedAfter(t -> at(t, "/sections/0").put("level", 7), "/sections/0");
        assertTrue(level.getMessage().contains("level 7 must be between 1 and 6"), level.getMessage());
        refusedAfter(t -> at(t, "/preamble/0/content/1").put("literal", ""), "/preamble/0/content/1");
        refusedAfter(t -> at(t, "/preamble/0/content/1").put("literal", "a\nb"), "/preamble/0/content/1");
        refusedAfter(t -> at(t, "/sections/1/blocks/1").put("fenceLength", 2), "/sections/1/blocks/1");
        refusedAfter(t -> ((ArrayNode) t.at("/sections/0/blocks/1/items")).removeAll(), "/sections/0/blocks/1");
        refusedAfter(t -> t.putNull("title"), "");
    }

    /** D45: state and letter must agree; D49: a form or qualifier without speakers is meaningless. */
    @Test
    void inconsistentItemParts() {
        String item = "/sections/1/blocks/0/items/0";
        refusedAfter(t -> at(t, item).put("checkboxLetter", "X"), item + "/checkboxLetter");
        refusedAfter(t -> at(t, item).put("checkbox", "maybe"), item + "/checkbox");
        refusedAfter(t -> at(t, item).putNull("checkbox"), item + "/checkboxLetter");
        refusedAfter(t -> ((ArrayNode) at(t, item).get("speakers")).removeAll(), item + "/speakers");
        refusedAfter(t -> at(t, item + "/speakers/0").put("type", "attendee"), item + "/speakers/0/type");
    }

    /** D70, D91: a name speaker is read from "name", initials from "initials"; only name_colon takes emphasis. */
    @Test
    void inconsistentSpeakers() {
        String initials = "/sections/1/blocks/0/items/0";
        String name = "/sections/1/blocks/6/items/0";
        refusedAfter(t -> at(t, initials + "/speakers/0").put("name", "Quinn"), initials + "/speakers/0/name");
        refusedAfter(t -> at(t, name + "/speakers/0").put("initials", "QE"), name + "/speakers/0/initials");
        refusedAfter(t -> at(t, name + "/speakers/0").remove("name"), name + "/speakers/0");
        refusedAfter(t -> at(t, initials).put("speakerEmphasis", "colon_inside"), initials);
        refusedAfter(t -> at(t, name).put("speakerEmphasis", "bold"), name + "/speakerEmphasis");
        refusedAfter(t -> at(t, name).put("speakerForm", "colon"), name + "/speakers/0/name");
        refusedAfter(t -> at(t, name + "/speakers/0").put("name", "Quinn Q Example"), name);
        refusedAfter(t -> {
            ((ArrayNode) at(t, name).get("speakers")).removeAll();
            at(t, name).put("speakerForm", (String) null);
        }, name + "/speakers");
    }

    /** The module path gives Jackson's own exception type, with the same refusal inside. */
    @Test
    void moduleRefusesGadgetsToo() {
        ObjectMapper mapper = new ObjectMapper().registerModule(JsonConverter.module());
        Exception e = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"@class\": \"" + GADGET + "\"}", org.minutes.sdk.ast.Block.class));
        assertTrue(e.getMessage().contains("\"type\""), e.getMessage());
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"type\": \"" + GADGET + "\"}", org.minutes.sdk.ast.Node.class));
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"type\": \"thematic_break\"}", org.minutes.sdk.ast.Inline.class));
        assertEquals(0, Gadget.created);
    }
}
