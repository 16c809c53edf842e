package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.ast.MeetingsTest.Ast.bullet;
import static org.minutes.sdk.ast.MeetingsTest.Ast.document;
import static org.minutes.sdk.ast.MeetingsTest.Ast.item;
import static org.minutes.sdk.ast.MeetingsTest.Ast.list;
import static org.minutes.sdk.ast.MeetingsTest.Ast.numbered;
import static org.minutes.sdk.ast.MeetingsTest.Ast.section;
import static org.minutes.sdk.ast.MeetingsTest.Ast.text;
import static org.minutes.sdk.ast.MeetingsTest.Ast.withChildren;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionItemsTest {

    @Test
    void d67SeedExamples() {
        // Seed 001 shapes under "## Action items". D67 as amended (2026-12), D93: every item with real text of an
        // action_items section is an action item, with or without a box ("Website" too); "- [ ]", "- [ ] ..." and a
        // lone URL have no real text.
        ListItem jrg = item(Checkbox.OPEN, SpeakerPrefix.of("JRG"),
                "Open PR in conda-forge/conda-forge.github.io …");
        ListItem url = item(Checkbox.OPEN, null, new BareUrl("https://github.com/…"));
        ListItem parent = withChildren(item(null, null, "Website"), list(jrg));
        Document doc = document(List.of(), section("Action items",
                list(parent, item(Checkbox.OPEN, null), item(Checkbox.OPEN, null, "..."), url)));

        List<ActionItem> items = doc.actionItems();

        assertEquals(List.of(
                new ActionItem(parent, "Website", List.of(), SectionKind.ACTION_ITEMS, false),
                new ActionItem(jrg, "Open PR in conda-forge/conda-forge.github.io …", List.of("JRG"),
                        SectionKind.ACTION_ITEMS, false)), items);
        assertSame(jrg, items.get(1).item());
        assertFalse(ActionItems.isReal(url));
    }

    @ParameterizedTest(name = "D67: \"{0}\" is a placeholder")
    @ValueSource(strings = {"()", "( )", "(\u00A0)", "(  )", ".", "...", "....", "…", "……", "x", "X", "xxx", "xX",
        " ... ", "\u00A0"})
    void d67PlaceholdersAreNoActionItems(String text) {
        // D67 as amended: placeholders have no real text, so not even an action_items section makes them one (D93).
        ListItem item = item(Checkbox.OPEN, null, text);
        assertFalse(ActionItems.isReal(item));
        Document doc = document(List.of(), section("Action items", list(item)));
        assertEquals(List.of(), doc.actionItems());
    }

    @ParameterizedTest(name = "D67: \"{0}\" is real text")
    @ValueSource(strings = {"x-ray", "TBD", "(x)", "..?", "xo", "ok", "- x", "( ) later"})
    void d67RealTextIsAnActionItem(String text) {
        // D67 as amended: in an action_items section (D93) real text makes an action item; in introductions a box
        // alone no longer does.
        ListItem item = item(Checkbox.OPEN, null, text);
        assertTrue(ActionItems.isReal(item));
        assertEquals(1, document(List.of(), section("Action items", list(item))).actionItems().size());
        assertEquals(List.of(), document(List.of(), section("Introductions", list(item))).actionItems());
    }

    @Test
    void d67PlaceholderAfterASpeakerIsNoActionItem() {
        // D49 example shape: "- [ ] JRG: " → speaker JRG, empty text.
        Document doc = document(List.of(), section("Discussion",
                list(item(Checkbox.OPEN, SpeakerPrefix.of("JRG")), item(Checkbox.DONE, SpeakerPrefix.of("QE"), "…"))));
        assertEquals(List.of(), doc.actionItems());
    }

    @Test
    void d67DoneBoxesAreCompletedItemsAndCheckboxStateIsPerItem() {
        ListItem open = item(Checkbox.OPEN, null, "b");
        ListItem done = withChildren(item(Checkbox.DONE, null, "a"), list(open));
        ListItem upper = item(Checkbox.DONE_UPPER_CASE, SpeakerPrefix.of("KZ"), "Update free-threading support list");
        ListItem plain = item(null, null, "no box, no task");
        Document doc = document(List.of(), section("Announcements", list(done, upper, plain)));

        // D67 as amended: top-level items of an announcements section are topics, discussed (done box) or untracked
        // (no box); the open box under the discussed topic is a follow-up action item (c). State is per item (D45).
        assertEquals(List.of(done, upper, plain), doc.topics().stream().map(Topic::item).toList());
        assertEquals(List.of(TopicState.DISCUSSED, TopicState.DISCUSSED, TopicState.UNTRACKED),
                doc.topics().stream().map(Topic::state).toList());
        assertEquals(List.of(open), doc.actionItems().stream().map(ActionItem::item).toList());
        assertEquals(List.of(open), doc.openActionItems().stream().map(ActionItem::item).toList());
        assertEquals(List.of(), doc.completedActionItems());
    }

    @Test
    void d67NestedItemsCountOnTheirOwnInDocumentOrder() {
        ListItem c = item(Checkbox.OPEN, null, "c");
        ListItem b = withChildren(item(Checkbox.OPEN, null, "b"), list(c));
        ListItem a = withChildren(item(Checkbox.OPEN, null, "a"), list(b), list(numberedBox("d")));
        ListItem e = item(Checkbox.OPEN, null, "e");
        // D93: every item of an action_items section counts, at any depth, in document order.
        Document doc = document(List.of(), section("Action items", list(a, e)));

        assertEquals(List.of("a", "b", "c", "d", "e"), doc.actionItems().stream().map(ActionItem::text).toList());
        // D67 (2), (c): under a discussion section the same items are two pending topics; the children of a pending
        // topic are neither.
        Document discussion = document(List.of(), section("Discussion", list(a, e)));
        assertEquals(List.of("a", "e"), discussion.topics().stream().map(Topic::text).toList());
        assertEquals(List.of(), discussion.actionItems());
    }

    private static ListItem numberedBox(String text) {
        return new ListItem(Marker.ORDERED, Optional.of(Checkbox.OPEN), Optional.empty(), List.of(text(text)),
                List.of());
    }

    @Test
    void d67SectionKindIsOtherOutsideSectionsAndTheSectionsKindInside() {
        // D67 (b) as amended: labelled items are action items wherever they stand, the label dropped.
        Document doc = new Document(Optional.empty(), List.of(list(item(Checkbox.OPEN, null, "TODO: lead"))),
                Optional.of(new Title(false, Optional.empty(), List.of(text("Team Sync")))),
                List.of(list(item(Checkbox.OPEN, null, "Action: preamble"))),
                List.of(section("Roadmap", list(item(Checkbox.OPEN, null, "AI: other"))),
                        section("Announcements", list(item(Checkbox.OPEN, null, "action item: news")))));

        assertEquals(List.of("lead", "preamble", "other", "news"),
                doc.actionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(SectionKind.OTHER, SectionKind.OTHER, SectionKind.OTHER, SectionKind.ANNOUNCEMENTS),
                doc.actionItems().stream().map(ActionItem::section).toList());
    }

    @Test
    void d26d47AttendeeEntriesAreNoActionItemsOrDecisions() {
        ListItem boxedEntry = new ListItem(Marker.ORDERED, Optional.of(Checkbox.OPEN), Optional.empty(),
                List.of(text("QE: Quinn Example (@qexample), Acme")), List.of());
        ListItem nested = item(Checkbox.OPEN, null, "Decision: nested in an entry");
        Document doc = document(List.of(), section("Attendees", list(withChildren(boxedEntry, list(nested)))),
                section("Attendees in absentia", list(new ListItem(Marker.DASH, Optional.of(Checkbox.DONE),
                        Optional.empty(), List.of(text("Consensus: Vera")), List.of()))),
                section("Action items", list(item(Checkbox.OPEN, null, "real task"))));

        assertEquals(List.of("real task"), doc.actionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(), doc.decisions());
    }

    @Test
    void d67ListsThatOnlyLookLikeAttendeeListsStillHoldActionItems() {
        // An equal list outside the attendee section is a different block: identity, not equality, decides.
        ListItem entry = new ListItem(Marker.ORDERED, Optional.of(Checkbox.OPEN), Optional.empty(),
                List.of(text("QE: Quinn Example (@qexample), Acme")), List.of());
        Document doc = document(List.of(), section("Attendees", list(entry)), section("Action items", list(entry)));

        assertEquals(List.of(SectionKind.ACTION_ITEMS), doc.actionItems().stream().map(ActionItem::section).toList());
    }

    @Test
    void d68SeedExample() {
        // Seed 002: "- Consensus: give it a try in next call …".
        ListItem consensus = item(null, null, "Consensus: give it a try in next call …");
        Document doc = document(List.of(), section("Discussion", list(consensus)));

        assertEquals(List.of(new Decision(consensus, "give it a try in next call …", List.of())), doc.decisions());
    }

    @Test
    void d68LabelsInAnyCaseWithSpeakersAndCheckboxes() {
        ListItem preamble = item(null, null, "Agreed: in the preamble");
        ListItem decision = item(Checkbox.DONE, SpeakerPrefix.of("BZ"), "decision:\tship it");
        ListItem nested = item(null, null, "Consensus: nested too");
        ListItem agreed = withChildren(item(null,
                new SpeakerPrefix(List.of("BZ", "WV"), Optional.empty(), SpeakerForm.COLON),
                "AGREED:\u00A0weekly calls"), list(nested));
        Document doc = document(List.of(list(preamble)), section("Discussion", list(decision, agreed)));

        assertEquals(List.of(
                new Decision(preamble, "in the preamble", List.of()),
                new Decision(decision, "ship it", List.of("BZ")),
                new Decision(agreed, "weekly calls", List.of("BZ", "WV")),
                new Decision(nested, "nested too", List.of())), doc.decisions());
        // D67 as amended: an item starting with a D68 label is never an action item, box or not.
        assertEquals(List.of(), doc.actionItems());
    }

    @ParameterizedTest(name = "D68: \"{0}\" is no decision")
    @ValueSource(strings = {"Consensus:", "Consensus:now", "Consensusish: x", "The consensus: x", "Decided: x",
        "Question: x", "Consensus - x", "Agreed:  "})
    void d68OtherTextIsNoDecision(String text) {
        Document doc = document(List.of(), section("Discussion", list(item(null, null, text))));
        assertEquals(List.of(), doc.decisions());
    }

    @Test
    void d67ItemsWithoutCheckboxAreNoActionItems() {
        Document doc = document(List.of(), section("Discussion", list(bullet("Quinn Example")),
                list(numbered("not a task"))));
        assertEquals(List.of(), doc.actionItems());
    }
}
