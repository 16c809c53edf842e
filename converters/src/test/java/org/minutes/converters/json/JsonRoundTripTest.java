package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutes.converters.json.Fixtures.document;
import static org.minutes.converters.json.Fixtures.item;
import static org.minutes.converters.json.Fixtures.paragraph;
import static org.minutes.converters.json.Fixtures.section;
import static org.minutes.converters.json.Fixtures.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Title;

/** {@code fromJson(convert(ast))} equals {@code ast}, and every output matches the schema. */
class JsonRoundTripTest {

    @Test
    void kitchenSinkRoundTrips() {
        JsonAssertions.assertRoundTrip(Fixtures.kitchenSink());
    }

    @Test
    void prettyOutputRoundTripsToo() {
        JsonConverter pretty = JsonConverter.create(JsonOptions.DEFAULT.withPretty(true));
        String json = pretty.convert(Fixtures.kitchenSink());
        assertEquals(true, json.contains("\n  \"schemaVersion\" : 2"), json);
        JsonAssertions.assertValid(json);
        assertEquals(Fixtures.kitchenSink(), pretty.fromJson(json));
    }

    @Test
    void emptyDocumentRoundTrips() {
        JsonAssertions.assertRoundTrip(new Document(Optional.empty(), List.of(), Optional.empty(), List.of(),
                List.of()));
    }

    @Test
    void titleWithoutDateAndEmptyNameRoundTrips() {
        JsonAssertions.assertRoundTrip(document(Optional.of(new Title(false, Optional.empty(), List.of())),
                List.of()));
    }

    @Test
    void emptyFrontMatterRoundTrips() {
        JsonAssertions.assertRoundTrip(new Document(Optional.of(new FrontMatter("")), List.of(), Optional.empty(),
                List.of(), List.of()));
    }

    @ParameterizedTest
    @EnumSource(Marker.class)
    void everyMarkerSurvives(Marker marker) {
        Document document = document(Optional.empty(), List.of(
                new ListBlock(List.of(item(marker, Optional.empty(), Optional.empty(), "point")))));
        JsonNode item = itemOf(JsonAssertions.assertRoundTrip(document));
        assertEquals(marker.name().toLowerCase(java.util.Locale.ROOT), item.get("marker").textValue());
    }

    /** D45: the letter of a done box is kept, so {@code [X]} and {@code [x]} stay apart. */
    @ParameterizedTest
    @EnumSource(Checkbox.class)
    void everyCheckboxAndItsLetterSurvive(Checkbox checkbox) {
        Document document = document(Optional.empty(), List.of(
                new ListBlock(List.of(item(Marker.DASH, Optional.of(checkbox), Optional.empty(), "task")))));
        JsonNode item = itemOf(JsonAssertions.assertRoundTrip(document));
        String expectedState = checkbox == Checkbox.OPEN ? "open" : "done";
        String expectedLetter = checkbox == Checkbox.OPEN ? " " : checkbox == Checkbox.DONE ? "x" : "X";
        assertEquals(expectedState, item.get("checkbox").textValue());
        assertEquals(expectedLetter, item.get("checkboxLetter").textValue());
    }

    /** D49, D50, D92: form and qualifier of an initials speaker prefix are part of the AST. */
    @ParameterizedTest
    @EnumSource(value = SpeakerForm.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"NAME_COLON", "NAME_PAREN", "NAME_BRACKET"})
    void everySpeakerFormSurvivesWithAndWithoutQualifier(SpeakerForm form) {
        for (Optional<String> qualifier : List.of(Optional.<String>empty(), Optional.of("in chat"))) {
            SpeakerPrefix prefix = new SpeakerPrefix(List.of("QE", "RT"), qualifier, form);
            Document document = document(Optional.empty(), List.of(new ListBlock(List.of(
                    item(Marker.STAR, Optional.empty(), Optional.of(prefix), "notices")))));
            JsonNode item = itemOf(JsonAssertions.assertRoundTrip(document));
            assertEquals(form.name().toLowerCase(java.util.Locale.ROOT), item.get("speakerForm").textValue());
            assertEquals(qualifier.orElse(null), item.get("speakerQualifier").textValue());
            assertEquals("QE", item.get("speakers").get(0).get("initials").textValue());
            assertEquals("RT", item.get("speakers").get(1).get("initials").textValue());
        }
    }

    /**
     * D70, D91: a name speaker keeps its name as written under {@code "name"}, its form, and, for the colon form,
     * whether it stood in strong emphasis with the colon inside or outside.
     */
    @ParameterizedTest
    @EnumSource(value = SpeakerForm.class, names = {"NAME_COLON", "NAME_PAREN", "NAME_BRACKET"})
    void everyNameSpeakerFormSurvives(SpeakerForm form) {
        List<NameEmphasis> emphases = form == SpeakerForm.NAME_COLON ? List.of(NameEmphasis.values())
                : List.of(NameEmphasis.NONE);
        for (NameEmphasis emphasis : emphases) {
            SpeakerPrefix prefix = new SpeakerPrefix(List.of("Quinn"), Optional.empty(), form, emphasis);
            Document document = document(Optional.empty(), List.of(), section(2, "Attendees",
                    new ListBlock(List.of(item("Quinn Example")))), section(2, "Discussion", new ListBlock(List.of(
                    item(Marker.STAR, Optional.empty(), Optional.of(prefix), "looks good")))));
            JsonNode item = JsonAssertions.tree(JsonAssertions.assertRoundTrip(document))
                    .at("/sections/1/blocks/0/items/0");
            assertEquals(form.name().toLowerCase(java.util.Locale.ROOT), item.get("speakerForm").textValue());
            assertEquals(form == SpeakerForm.NAME_COLON ? emphasis.name().toLowerCase(java.util.Locale.ROOT) : null,
                    item.get("speakerEmphasis").textValue());
            assertEquals("Quinn", item.get("speakers").get(0).get("name").textValue());
            assertEquals(false, item.get("speakers").get(0).has("initials"));
        }
    }

    /** JSON written before name speakers has no {@code "speakerEmphasis"}: it reads as none. */
    @Test
    void missingSpeakerEmphasisMeansNone() {
        SpeakerPrefix prefix = new SpeakerPrefix(List.of("QE"), Optional.empty(), SpeakerForm.COLON);
        Document document = document(Optional.empty(), List.of(new ListBlock(List.of(
                item(Marker.STAR, Optional.empty(), Optional.of(prefix), "notices")))));
        JsonNode tree = JsonAssertions.tree(JsonConverter.create().convert(document));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/preamble/0/items/0")).remove("speakerEmphasis");
        assertEquals(document, JsonConverter.create().fromJson(tree.toString()));
    }

    /** D63: fence character, length and info string are kept. */
    @Test
    void fencesSurvive() {
        JsonAssertions.assertRoundTrip(document(Optional.empty(), List.of(
                new CodeBlock('`', 3, "", List.of()),
                new CodeBlock('`', 7, "yaml=", List.of("```", "")),
                new CodeBlock('~', 3, "python title=\"a`b\"", List.of("  indented", "\ttab")))));
    }

    /** D58: the emphasis delimiter is kept. */
    @ParameterizedTest
    @ValueSource(chars = {'*', '_'})
    void emphasisDelimiterSurvives(char delimiter) {
        String json = JsonAssertions.assertRoundTrip(document(Optional.empty(), List.of(
                paragraph(new Emphasis(delimiter, List.of(text("x")))))));
        assertEquals(String.valueOf(delimiter),
                JsonAssertions.tree(json).at("/preamble/0/content/0/delimiter").textValue());
    }

    @Test
    void awkwardCharactersSurvive() {
        // Surrogates only in pairs: a lone one is refused by the reader (issue 10, defect 8; JsonLimitsTest).
        String nasty = "\u0000\u0001\u001f \" \\ / \u00A0 \u2028 \u2029 \uFEFF 😀 \uD83D\uDE00 </script>";
        JsonAssertions.assertRoundTrip(document(
                Optional.of(new Title(false, Optional.of(LocalDate.of(1, 1, 1)), List.of(text(nasty)))),
                List.of(paragraph(text(nasty))),
                section(2, nasty, new CodeBlock('~', 3, nasty.strip(), List.of(nasty, "")))));
    }

    /**
     * Dates of every year a title can write (D15: four digits) survive; ASTs built in code may hold others, which
     * the reader refuses (issue 10, defect 7; JsonLimitsTest).
     */
    @Test
    void datesOfEveryFourDigitYearSurvive() {
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
            JsonAssertions.assertRoundTrip(document(Optional.of(new Title(false, Optional.of(date), List.of())),
                    List.of()));
        }
    }

    /** D41 caps nesting at 64 levels; the deepest list the parser can produce must still round-trip. */
    @Test
    void deepestListRoundTrips() {
        ListItem inner = item("level 64");
        for (int level = 63; level >= 1; level--) {
            inner = item("level " + level, new ListBlock(List.of(inner)));
        }
        JsonAssertions.assertRoundTrip(document(Optional.empty(), List.<Block>of(new ListBlock(List.of(inner)))));
    }

    /** Hardening: an attendee list of 100 000 items (D6), the costliest block to write, in bounded time. */
    @Test
    void hundredThousandItems() {
        List<ListItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(item("item " + i));
        }
        Document document = document(Optional.empty(), List.of(), section(2, "Attendees", new ListBlock(items)));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            JsonConverter converter = JsonConverter.create();
            assertEquals(document, converter.fromJson(converter.convert(document)));
        });
    }

    /**
     * Nesting beyond Jackson's limit of 1000 JSON levels cannot come from the parser (D41 caps lists at 64 levels,
     * emphasis is capped too), but an AST built in code can hold it: writing refuses it with a clear exception.
     */
    @Test
    void nestingBeyondTheJsonLimitIsRefused() {
        // Inline nesting is capped at 32 by the AST; nested list items are not, and cost four JSON levels each.
        org.minutes.sdk.ast.ListItem item = new org.minutes.sdk.ast.ListItem(org.minutes.sdk.ast.Marker.DASH,
                Optional.empty(), Optional.empty(), List.of(text("core")), List.of());
        for (int i = 0; i < 600; i++) {
            item = new org.minutes.sdk.ast.ListItem(org.minutes.sdk.ast.Marker.DASH, Optional.empty(),
                    Optional.empty(), List.of(text("level")), List.of(new org.minutes.sdk.ast.ListBlock(List.of(item))));
        }
        Document deep = document(Optional.empty(), List.of(new org.minutes.sdk.ast.ListBlock(List.of(item))));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JsonConverter.create().convert(deep));
        assertEquals(true, e.getMessage().contains("nesting depth"), e.getMessage());
    }

    private static JsonNode itemOf(String json) {
        return JsonAssertions.tree(json).at("/preamble/0/items/0");
    }
}
