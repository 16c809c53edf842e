package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

/**
 * The derived {@code "meeting"} object (D66, D67, D84, D85) and the resolved {@code "attendee"} of speakers (D53, D90,
 * D91), on notes parsed from text; every expectation is worked out by hand from the rules.
 */
class JsonMeetingTest {

    private static final JsonConverter JSON = JsonConverter.create();

    private static JsonNode json(ParseResult result) {
        String json = JSON.convert(result.document());
        JsonAssertions.assertValid(json);
        return JsonAssertions.tree(json);
    }

    /** {@return the meeting and the top-level derived lists of a document's JSON (issue 9), as one object} */
    private static String derived(JsonNode tree) {
        com.fasterxml.jackson.databind.node.ObjectNode picked = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        for (String key : List.of("meeting", "attendees", "actionItems", "topics", "decisions")) {
            picked.set(key, tree.get(key));
        }
        return picked.toString();
    }

    /** D15, D21, D53, D67: date from the title, a start from the time link, an assigned action item. */
    @Test
    void titleDateTimeLinkAndActionItems() {
        ParseResult result = MinutesParser.create().parse("""
                # 2031-05-14 Team Sync

                [What time is the meeting in my time zone](https://time.example.org/convert/utc?t=5pm)

                ## Attendees

                | Name | Initials |
                | --- | --- |
                | Quinn Example | QE |

                ## Action items

                - [ ] QE: send the invite
                - [x] book the room
                """, "notes/sync.md");
        JsonNode tree = json(result);
        JsonAssertions.assertJsonEquals("""
                {"meeting": {"type": "meeting", "date": "2031-05-14", "dateSource": "title", "name": "Team Sync",
                             "sourceName": "notes/sync.md", "start": "2031-05-14T17:00:00Z"},
                 "attendees": [{"type": "attendee", "name": "Quinn Example", "initials": "QE", "github": null,
                                "affiliations": [], "absent": false}],
                 "actionItems": [
                   {"type": "action_item", "text": "send the invite", "done": false,
                    "assignees": [{"type": "assignee", "who": "QE", "attendee": "Quinn Example", "github": null}],
                    "section": "action_items"},
                   {"type": "action_item", "text": "book the room", "done": true, "assignees": [],
                    "section": "action_items"}],
                 "topics": [], "decisions": []}
                """, derived(tree));
        JsonAssertions.assertJsonEquals("""
                [{"type": "speaker", "initials": "QE", "attendee": "Quinn Example"}]
                """, tree.at("/sections/1/blocks/0/items/0/speakers").toString());
    }

    /** D84 (4): the source name is an input of the semantics, so reading the JSON back keeps it. */
    @Test
    void readingBackKeepsTheSourceName() {
        Document document = MinutesParser.create().parse("# Team Sync\n", "2031/widget-10-26.md").document();
        Document again = JSON.fromJson(JSON.convert(document));
        assertEquals(document, again);
        assertEquals(Optional.of("2031/widget-10-26.md"), again.sourceName());
        assertEquals(document.meetingDate(), again.meetingDate());
        assertEquals(Optional.empty(), JSON.fromJson(JSON.convert(MinutesParser.create().parse("# x\n").document()))
                .sourceName());
    }

    /** D15, D84: no source gives a date, no time: nulls, and no source name without one. */
    @Test
    void undatedNotes() {
        JsonAssertions.assertJsonEquals("""
                {"meeting": {"type": "meeting", "date": null, "dateSource": null, "name": "Team Sync",
                             "sourceName": null, "start": null},
                 "attendees": [], "actionItems": [], "topics": [], "decisions": []}
                """, derived(json(MinutesParser.create().parse("# Team Sync\n\n## Notes\n\nnothing yet\n"))));
    }

    /** D84 (4), the rule's own example: a note without any date in {@code 2031/widget-10-26.md}. */
    @Test
    void dateFromTheSourceName() {
        JsonNode meeting = json(MinutesParser.create().parse("# October 26 project call\n", "2031/widget-10-26.md"))
                .get("meeting");
        assertEquals("2031-10-26", meeting.get("date").textValue());
        assertEquals("source_name", meeting.get("dateSource").textValue());
        assertEquals("October 26 project call", meeting.get("name").textValue());
    }

    /** D84 (1), (2), the rule's example: the front matter wins; the model name drops the ISO-date suffix. */
    @Test
    void dateFromTheFrontMatterAndNameWithoutTheSuffix() {
        JsonNode tree = json(MinutesParser.create().parse(
                "---\ndate: \"2031-01-06\"\n---\n# Widget sync (2031-01-06)\n"));
        assertEquals("2031-01-06", tree.at("/meeting/date").textValue());
        assertEquals("front_matter", tree.at("/meeting/dateSource").textValue());
        assertEquals("Widget sync", tree.at("/meeting/name").textValue());
        assertEquals("Widget sync (2031-01-06)", tree.at("/title/name").textValue(), "D84: the AST title is unchanged");
    }

    /** D84 (3), D85, the rule's example: date and start from a {@code Date:} label. */
    @Test
    void dateAndStartFromADateLabel() {
        JsonNode meeting = json(MinutesParser.create().parse(
                "# Widget sync\n\n**Date:** Thursday, 16th May 2031 at 5pm UTC\n")).get("meeting");
        assertEquals("2031-05-16", meeting.get("date").textValue());
        assertEquals("date_line", meeting.get("dateSource").textValue());
        assertEquals("2031-05-16T17:00:00Z", meeting.get("start").textValue());
    }

    /**
     * D96, the hard case: name speakers resolve to attendees (D91), topics of an {@code other} section are untracked
     * (D67 (2)), and the action-item section's item is an action item without a checkbox (D93).
     */
    @Test
    void signInNote() {
        JsonNode tree = json(MinutesParser.create().parse("""
                ---
                date: "2031-01-06"
                ---
                > Please be brief today.
                # Widget sync meeting (2031-01-06)
                ## Attendees
                Your name / GitHub ID / affiliation
                * Quinn / `@qexample`
                * Rosa Tester / \\@rtester / Globex
                * /
                ## Status reports
                * Quinn: tiler prototype works
                    * rtester: add it to the docs
                * CNES: funding news
                ### Action items:
                * Rosa: schedule the strategy meeting
                """));
        JsonAssertions.assertJsonEquals("""
                {"meeting": {"type": "meeting", "date": "2031-01-06", "dateSource": "front_matter",
                             "name": "Widget sync meeting", "sourceName": null, "start": null},
                 "attendees": [
                   {"type": "attendee", "name": "Quinn", "initials": null, "github": "qexample",
                    "affiliations": [], "absent": false},
                   {"type": "attendee", "name": "Rosa Tester", "initials": null, "github": "rtester",
                    "affiliations": ["Globex"], "absent": false}],
                 "topics": [
                   {"type": "topic", "text": "tiler prototype works", "state": "untracked", "speakers": ["Quinn"],
                    "section": "other"},
                   {"type": "topic", "text": "CNES: funding news", "state": "untracked", "speakers": [],
                    "section": "other"}],
                 "actionItems": [
                   {"type": "action_item", "text": "schedule the strategy meeting", "done": false,
                    "assignees": [{"type": "assignee", "who": "Rosa", "attendee": "Rosa Tester",
                                   "github": "rtester"}],
                    "section": "action_items"}],
                 "decisions": []}
                """, derived(tree));
        JsonNode status = tree.at("/sections/1/blocks/0/items");
        JsonAssertions.assertJsonEquals("""
                [{"type": "speaker", "name": "Quinn", "attendee": "Quinn"}]
                """, status.at("/0/speakers").toString());
        assertEquals("name_colon", status.at("/0/speakerForm").textValue());
        assertEquals("none", status.at("/0/speakerEmphasis").textValue());
        JsonAssertions.assertJsonEquals("""
                [{"type": "speaker", "name": "rtester", "attendee": "Rosa Tester"}]
                """, status.at("/0/children/0/items/0/speakers").toString());
        assertEquals(0, status.at("/1/speakers").size(), "D90: CNES matches no derived initials, a label");
    }
}
