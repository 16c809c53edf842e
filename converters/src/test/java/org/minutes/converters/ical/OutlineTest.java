package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutes.converters.ical.Notes.bullets;
import static org.minutes.converters.ical.Notes.document;
import static org.minutes.converters.ical.Notes.item;
import static org.minutes.converters.ical.Notes.link;
import static org.minutes.converters.ical.Notes.section;
import static org.minutes.converters.ical.Notes.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;

/** The plain-text outline written as DESCRIPTION. */
class OutlineTest {

    private static final LocalDate DATE = LocalDate.of(2031, 5, 14);

    @Test
    void sectionsItemsSpeakersAndCheckboxes() {
        // ## Announcements
        // - [x] (QE, in chat) Release 2.0 is out: [notes](https://example.org/r)
        //     - [ ] RT/QE: follow up
        //     - [X] done upper-case
        // 1. first
        // 1. second
        // ## Empty
        Document document = document(DATE, "Team Sync", List.of(),
                section("Announcements",
                        bullets(new ListItem(Marker.DASH, Optional.of(Checkbox.DONE),
                                Optional.of(new SpeakerPrefix(List.of("QE"), Optional.of("in chat"),
                                        SpeakerForm.PAREN)),
                                List.of(new Text("Release 2.0 is out: "), link("notes", "https://example.org/r")),
                                List.of(bullets(
                                        new ListItem(Marker.DASH, Optional.of(Checkbox.OPEN),
                                                Optional.of(new SpeakerPrefix(List.of("RT", "QE"), Optional.empty(),
                                                        SpeakerForm.COLON)),
                                                List.of(new Text("follow up")), List.of()),
                                        item(Checkbox.DONE_UPPER_CASE, null, "done upper-case"))))),
                        new ListBlock(List.of(
                                new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(),
                                        List.of(new Text("first")), List.of()),
                                new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(),
                                        List.of(new Text("second")), List.of())))),
                section("Empty"));
        assertEquals("""
                Announcements
                - [x] QE (in chat): Release 2.0 is out: notes (https://example.org/r)
                  - [ ] RT, QE: follow up
                  - [X] done upper-case
                1. first
                2. second

                Empty""", Outline.of(document));
    }

    @Test
    void otherBlocksAndInlines() {
        List<Inline> inlines = List.of(new Text("see"), new SoftBreak(), new Strong(List.of(new Text("this"))),
                new Text(" "), new Code("x |y"), new Text(" "), new BareUrl("https://example.org/a"), new Text(" "),
                new Emoji("tada"), new Text(" "), new Mention("acme", Optional.of("core")), new Text(" "),
                new Image(List.of(new Text("logo")), "https://example.org/logo.png"), new Text(" "),
                link("https://example.org/same", "https://example.org/same"), new Text(" "),
                new Emphasis('_', List.of(new Text("end"))));
        Document document = document(DATE, "Team Sync", List.of(),
                section("Discussion",
                        new Paragraph(inlines),
                        new HeadCount("12 people in total"),
                        new Comment(List.of("<!-- hidden -->")),
                        new ThematicBreak(),
                        table(new String[] {"Name", "Role"}, new String[] {"Quinn Example", "chair"}),
                        new CodeBlock('`', 3, "yaml", List.of("a: 1", "  b: 2")),
                        new BlockQuote(List.of(new Paragraph(List.of(new Text("quoted")))))),
                section("Action items", bullets(item(Checkbox.OPEN, "QE", "",
                        new Paragraph(List.of(new Text("second paragraph")))))));
        assertEquals("""
                Discussion
                see this x |y https://example.org/a :tada: @acme/core logo https://example.org/same end
                12 people in total
                Name | Role
                Quinn Example | chair
                    a: 1
                      b: 2
                > quoted

                Action items
                - [ ] QE:
                  second paragraph""", Outline.of(document));
    }

    @Test
    void noSectionsNoOutline() {
        assertEquals("", Outline.of(document(DATE, "Team Sync", List.of(new Paragraph(List.of(new Text("x")))))));
    }

    @Test
    void deeplyNestedListsDoNotOverflowTheStack() {
        ListItem innermost = item(Checkbox.OPEN, null, "deep");
        for (int depth = 0; depth < 10_000; depth++) {
            innermost = item(null, null, "level", bullets(innermost));
        }
        String outline = Outline.of(document(DATE, "Team Sync", List.of(), section("Agenda", bullets(innermost))));
        List<String> lines = new ArrayList<>(List.of(outline.split("\n")));
        assertEquals(10_002, lines.size());
        assertEquals("  ".repeat(10_000) + "- [ ] deep", lines.get(lines.size() - 1));
    }
}
