package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.minutes.converters.json.Fixtures.document;
import static org.minutes.converters.json.Fixtures.paragraph;
import static org.minutes.converters.json.Fixtures.row;
import static org.minutes.converters.json.Fixtures.text;

import java.time.LocalDate;
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
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;

/**
 * The public shape, spelled out by hand: the names the issue fixes and the ones documented in package-info. Issue 11
 * added the derived {@code "meeting"} (D66, D67, D84), the speakers' {@code "attendee"} (D53) and
 * {@code "speakerEmphasis"} (D70, D91) to these expectations; issue 9 (schema version 2) moved the topics and action
 * items out of {@code "meeting"} to the top level, beside {@code "attendees"} and {@code "decisions"}, and gave
 * assignees a {@code "github"}; nothing else changed.
 */
class JsonShapeTest {

    private static String json(Document document) {
        return JsonAssertions.assertRoundTrip(document);
    }

    @Test
    void emptyDocument() {
        JsonAssertions.assertJsonEquals("""
                {"type": "document", "schemaVersion": 2, "frontMatter": null, "lead": [], "title": null,
                 "meeting": {"type": "meeting", "date": null, "dateSource": null, "name": "", "sourceName": null,
                             "start": null},
                 "attendees": [], "actionItems": [], "topics": [], "decisions": [],
                 "preamble": [], "sections": []}
                """, json(new Document(Optional.empty(), List.of(), Optional.empty(), List.of(), List.of())));
    }

    /** D9, D15: tags are derived from the raw YAML; the title's name is plain text beside its inlines. */
    @Test
    void frontMatterAndTitle() {
        Document document = new Document(Optional.of(new FrontMatter("tags: [meeting-notes, ecosystem]")),
                List.of(new Comment(List.of("<!-- x -->"))),
                Optional.of(new Title(true, Optional.of(LocalDate.of(2031, 5, 14)),
                        List.of(text("Team "), new Strong(List.of(text("Sync")))))),
                List.of(), List.of());
        JsonAssertions.assertJsonEquals("""
                {"type": "document", "schemaVersion": 2,
                 "meeting": {"type": "meeting", "date": "2031-05-14", "dateSource": "title", "name": "Team Sync",
                             "sourceName": null, "start": null},
                 "attendees": [], "actionItems": [], "topics": [], "decisions": [],
                 "frontMatter": {"type": "front_matter", "yaml": "tags: [meeting-notes, ecosystem]",
                                 "tags": ["meeting-notes", "ecosystem"]},
                 "lead": [{"type": "comment", "lines": ["<!-- x -->"]}],
                 "title": {"type": "title", "draft": true, "date": "2031-05-14", "name": "Team Sync",
                           "nameContent": [{"type": "text", "literal": "Team "},
                                           {"type": "strong", "content": [{"type": "text", "literal": "Sync"}]}]},
                 "preamble": [], "sections": []}
                """, json(document));
    }

    /** D25: "Action items" is an action_items section; D45, D49: checkbox letter and speaker prefix are kept. */
    @Test
    void sectionAndListItem() {
        ListItem item = new ListItem(Marker.DASH, Optional.of(Checkbox.DONE_UPPER_CASE),
                Optional.of(new SpeakerPrefix(List.of("QE"), Optional.of("in chat"), SpeakerForm.COLON)),
                List.of(text("ship "), new Code("it")),
                List.of(new ListBlock(List.of(new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(),
                        List.of(), List.of())))));
        Document document = document(Optional.of(new Title(false, Optional.empty(), List.of(text("Sync")))),
                List.of(), new Section(2, List.of(text("Action "), new Emphasis('*', List.of(text("items")))),
                        List.of(new ListBlock(List.of(item)))));
        JsonAssertions.assertJsonEquals("""
                {"type": "document", "schemaVersion": 2, "frontMatter": null, "lead": [],
                 "meeting": {"type": "meeting", "date": null, "dateSource": null, "name": "Sync", "sourceName": null,
                             "start": null},
                 "attendees": [], "topics": [], "decisions": [],
                 "actionItems": [{"type": "action_item", "text": "ship it", "done": true,
                                  "assignees": [{"type": "assignee", "who": "QE", "attendee": null, "github": null}],
                                  "section": "action_items"}],
                 "title": {"type": "title", "draft": false, "date": null, "name": "Sync",
                           "nameContent": [{"type": "text", "literal": "Sync"}]},
                 "preamble": [],
                 "sections": [{
                   "type": "section", "level": 2,
                   "heading": [{"type": "text", "literal": "Action "},
                               {"type": "emphasis", "delimiter": "*",
                                "content": [{"type": "text", "literal": "items"}]}],
                   "headingText": "Action items", "kind": "action_items",
                   "blocks": [{
                     "type": "list", "ordered": false,
                     "items": [{
                       "type": "list_item", "marker": "dash", "checkbox": "done", "checkboxLetter": "X",
                       "speakers": [{"type": "speaker", "initials": "QE", "attendee": null}],
                       "speakerForm": "colon", "speakerQualifier": "in chat", "speakerEmphasis": null,
                       "content": [{"type": "text", "literal": "ship "}, {"type": "code", "literal": "it"}],
                       "text": "ship it",
                       "children": [{
                         "type": "list", "ordered": true,
                         "items": [{"type": "list_item", "marker": "ordered", "checkbox": null,
                                    "checkboxLetter": null, "speakers": [], "speakerForm": null,
                                    "speakerQualifier": null, "speakerEmphasis": null, "content": [],
                                    "text": "", "children": []}]
                       }]
                     }]
                   }]
                 }]}
                """, json(document));
    }

    /** D54–D60: every inline; plain text joins text, code, link text, URLs, :name: and @handle, soft break as space. */
    @Test
    void inlines() {
        Document document = document(Optional.empty(), List.of(paragraph(
                new Link(List.of(text("Zoom")), "https://zoom.us/j/1"), new SoftBreak(),
                new Image(List.of(text("alt")), "a.png"), text(" "),
                new BareUrl("https://example.org"), text(" "),
                new Strikethrough(List.of(text("old"))), new Emoji("tada"), text(" "),
                new Mention("acme", Optional.of("communications")), text(" "),
                new Mention("qexample", Optional.empty()))));
        JsonAssertions.assertJsonEquals("""
                {"type": "document", "schemaVersion": 2, "frontMatter": null, "lead": [], "title": null,
                 "meeting": {"type": "meeting", "date": null, "dateSource": null, "name": "", "sourceName": null,
                             "start": null},
                 "attendees": [], "actionItems": [], "topics": [], "decisions": [],
                 "sections": [],
                 "preamble": [{"type": "paragraph", "content": [
                   {"type": "link", "content": [{"type": "text", "literal": "Zoom"}],
                    "destination": "https://zoom.us/j/1"},
                   {"type": "soft_break"},
                   {"type": "image", "content": [{"type": "text", "literal": "alt"}], "destination": "a.png"},
                   {"type": "text", "literal": " "},
                   {"type": "bare_url", "url": "https://example.org"},
                   {"type": "text", "literal": " "},
                   {"type": "strikethrough", "content": [{"type": "text", "literal": "old"}]},
                   {"type": "emoji", "name": "tada"},
                   {"type": "text", "literal": " "},
                   {"type": "mention", "handle": "acme", "team": "communications"},
                   {"type": "text", "literal": " "},
                   {"type": "mention", "handle": "qexample", "team": null}],
                  "text": "Zoom alt https://example.org old:tada: @acme/communications @qexample"}]}
                """, json(document));
    }

    /** D36, D62–D65, D27: the remaining blocks; a table outside attendee sections has no "attendees". */
    @Test
    void otherBlocks() {
        Document document = document(Optional.empty(), List.of(
                new HeadCount("15 people in total"),
                new HeadCount("X people in total"),
                new CodeBlock('~', 4, "yaml=", List.of("a: 1", "")),
                new Comment(List.of("<!-- a", "b --->")),
                new BlockQuote(List.of(paragraph(text("quoted")))),
                new ThematicBreak(),
                new Table(row("Name", "Initials"), List.of(row("Quinn Example", "")))));
        JsonAssertions.assertJsonEquals("""
                {"type": "document", "schemaVersion": 2, "frontMatter": null, "lead": [], "title": null,
                 "meeting": {"type": "meeting", "date": null, "dateSource": null, "name": "", "sourceName": null,
                             "start": null},
                 "attendees": [], "actionItems": [], "topics": [], "decisions": [],
                 "sections": [],
                 "preamble": [
                   {"type": "head_count", "text": "15 people in total", "count": 15},
                   {"type": "head_count", "text": "X people in total", "count": null},
                   {"type": "code_block", "fenceChar": "~", "fenceLength": 4, "info": "yaml=",
                    "lines": ["a: 1", ""]},
                   {"type": "comment", "lines": ["<!-- a", "b --->"]},
                   {"type": "block_quote", "paragraphs": [
                     {"type": "paragraph", "content": [{"type": "text", "literal": "quoted"}], "text": "quoted"}]},
                   {"type": "thematic_break"},
                   {"type": "table",
                    "header": {"type": "table_row", "cells": [
                      {"type": "table_cell", "content": [{"type": "text", "literal": "Name"}], "text": "Name"},
                      {"type": "table_cell", "content": [{"type": "text", "literal": "Initials"}],
                       "text": "Initials"}]},
                    "rows": [{"type": "table_row", "cells": [
                      {"type": "table_cell", "content": [{"type": "text", "literal": "Quinn Example"}],
                       "text": "Quinn Example"},
                      {"type": "table_cell", "content": [], "text": ""}]}]}]}
                """, json(document));
    }

    @Test
    void outputNeverNamesAJavaClass() {
        String json = JsonConverter.create().convert(Fixtures.kitchenSink());
        assertFalse(json.contains("org.minutes"), json);
        assertFalse(json.contains("@class"), json);
    }
}
