package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.converters.json.Fixtures.document;
import static org.minutes.converters.json.Fixtures.item;
import static org.minutes.converters.json.Fixtures.row;
import static org.minutes.converters.json.Fixtures.section;
import static org.minutes.converters.json.Fixtures.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Table;

/** Attendee blocks (D26) carry the attendees they list, derived by the SDK; other blocks carry none. */
class JsonAttendeesTest {

    /** D32: {@code 1. QE: Quinn Example (@qexample), Acme}, with the mention the inline parser makes (D60). */
    private static ListItem numberedQuinn() {
        List<Inline> content = List.of(text("QE: Quinn Example ("), new Mention("qexample", Optional.empty()),
                text("), Acme"));
        return new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(), content, List.of());
    }

    private static final String QUINN = """
            {"type": "attendee", "name": "Quinn Example", "initials": "QE", "github": "qexample",
             "affiliations": ["Acme"], "absent": false}
            """;

    private static JsonNode blockJson(Document document, String pointer) {
        return JsonAssertions.tree(JsonAssertions.assertRoundTrip(document)).at(pointer);
    }

    /** D30, with seed 003's column order; one trailing "." is dropped from the initials. */
    @Test
    void attendeeTable() {
        Table table = new Table(row("Name", "Initials", "Affiliation", "GH Username"), List.of(
                row("John Kirkham", "JK", "NVIDIA/cf", "jakirkham"),
                row("Rosa Tester", "RT.")));
        JsonNode json = blockJson(document(Optional.empty(), List.of(), section(2, "Attendees", table)),
                "/sections/0/blocks/0");
        JsonAssertions.assertJsonEquals("""
                [{"type": "attendee", "name": "John Kirkham", "initials": "JK", "github": "jakirkham",
                  "affiliations": ["NVIDIA/cf"], "absent": false},
                 {"type": "attendee", "name": "Rosa Tester", "initials": "RT", "github": null,
                  "affiliations": [], "absent": false}]
                """, json.get("attendees").toString());
    }

    /** D26 marks attendees in absentia; D34's {@code NAME (INI) (handle)} bullet shape. */
    @Test
    void absentiaList() {
        ListBlock list = new ListBlock(List.of(item(Marker.STAR, Optional.empty(), Optional.empty(),
                "Quinn Example (QE) (qexample)")));
        JsonNode json = blockJson(document(Optional.empty(), List.of(),
                section(2, "Attendees in absentia", list)), "/sections/0/blocks/0");
        JsonAssertions.assertJsonEquals("""
                [{"type": "attendee", "name": "Quinn Example", "initials": "QE", "github": "qexample",
                  "affiliations": [], "absent": true}]
                """, json.get("attendees").toString());
    }

    /** Each attendee block of a section carries its own people, nested lists none (tables and lists are top-level). */
    @Test
    void severalBlocksInOneSection() {
        ListItem withChild = new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(),
                numberedQuinn().content(), List.of(new ListBlock(List.of(item("a remark")))));
        Table table = new Table(row("Name", "Initials"), List.of(row("Rosa Tester", "RT")));
        Document document = document(Optional.empty(), List.of(), section(2, "Attendees",
                new ListBlock(List.of(withChild)), Fixtures.paragraph(text("and also")), table));
        JsonNode section = blockJson(document, "/sections/0");
        JsonAssertions.assertJsonEquals("[" + QUINN + "]", section.at("/blocks/0/attendees").toString());
        assertFalse(section.at("/blocks/0/items/0/children/0").has("attendees"));
        assertFalse(section.at("/blocks/1").has("attendees"));
        JsonAssertions.assertJsonEquals("""
                [{"type": "attendee", "name": "Rosa Tester", "initials": "RT", "github": null,
                  "affiliations": [], "absent": false}]
                """, section.at("/blocks/2/attendees").toString());
    }

    /** D33: an attendee block of placeholders names nobody, and says so with an empty array. */
    @Test
    void attendeeBlockOfPlaceholders() {
        Document document = document(Optional.empty(), List.of(), section(2, "Attendees",
                new ListBlock(List.of(item(Marker.ORDERED, Optional.empty(), Optional.empty(), "…")))));
        assertEquals(0, blockJson(document, "/sections/0/blocks/0/attendees").size());
    }

    @Test
    void tablesElsewhereCarryNoAttendees() {
        Table table = new Table(row("Name", "Initials"), List.of(row("Quinn Example", "QE")));
        Document document = document(Optional.empty(), List.of(table), section(2, "Discussion", table));
        JsonNode json = JsonAssertions.tree(JsonAssertions.assertRoundTrip(document));
        assertFalse(json.at("/preamble/0").has("attendees"));
        assertFalse(json.at("/sections/0/blocks/0").has("attendees"));
    }

    /** D26: without an attendees section, a preamble list with a full D32 entry is an attendee block. */
    @Test
    void preambleListWithoutAttendeesSection() {
        ListBlock list = new ListBlock(List.of(numberedQuinn()));
        JsonNode json = blockJson(document(Optional.empty(), List.of(list), section(2, "Agenda")), "/preamble/0");
        JsonAssertions.assertJsonEquals("[" + QUINN + "]", json.get("attendees").toString());
    }

    @Test
    void preambleListBesideAnAttendeesSection() {
        ListBlock list = new ListBlock(List.of(numberedQuinn()));
        Table table = new Table(row("Name"), List.of(row("Rosa Tester")));
        JsonNode json = JsonAssertions.tree(JsonAssertions.assertRoundTrip(
                document(Optional.empty(), List.of(list), section(2, "Attendees", table))));
        assertFalse(json.at("/preamble/0").has("attendees"));
        assertEquals("Rosa Tester", json.at("/sections/0/blocks/0/attendees/0/name").textValue());
    }

    /** The blocks' shares add up to the document's attendees, in order. */
    @Test
    void sharesAddUpToTheDocument() {
        Document document = Fixtures.kitchenSink();
        JsonNode json = JsonAssertions.tree(JsonConverter.create().convert(document));
        List<String> names = new ArrayList<>();
        List<JsonNode> blocks = new ArrayList<>();
        json.get("preamble").forEach(blocks::add);
        json.get("sections").forEach(section -> section.get("blocks").forEach(blocks::add));
        for (JsonNode block : blocks) {
            block.path("attendees").forEach(attendee -> names.add(attendee.get("name").textValue()));
        }
        assertEquals(document.attendees().stream().map(a -> a.name()).toList(), names);
        assertTrue(names.size() >= 2, names::toString);
    }

    @Test
    void attendeesAreNotReadBack() {
        Block table = new Table(row("Name"), List.of(row("Rosa Tester")));
        Document document = document(Optional.empty(), List.of(), section(2, "Attendees", table));
        JsonNode stripped = DerivedValues.strip(JsonAssertions.tree(JsonConverter.create().convert(document)));
        assertFalse(stripped.at("/sections/0/blocks/0").has("attendees"));
        assertEquals(document, JsonConverter.create().fromJson(stripped.toString()));
    }
}
