package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.ast.TopicState;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.Severity;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;

/**
 * The five real notes of samples/ (seeds 000–004 of DIALECT.md), parsed end to end.
 *
 * <p>Every expected figure was counted by reading the files ({@code cat -A -n} shows NBSPs as {@code M-BM- },
 * trailing spaces and a missing final newline), never taken from the parser's output. Line numbers in comments are
 * the files' 1-based lines. Diagnostic positions follow D69 (1-based, code-point columns). DIALECT.md fixes the
 * span of only one diagnostic (D11's {@code 1:1-1:5}); for the others these tests read the span as that of the node
 * the finding is about: a speaker or placeholder finding starts at its list item's marker, a head-count finding at
 * the head-count line.
 */
class SeedNotesTest {

    private static final String ZOOM = "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09";

    private static final String DESCRIPTION_ECOSYSTEM = "Various parts of the conda ecosystem gather on a regular "
            + "basis. This meeting brings together all of these sub-communities for a community wide call.";

    private static final String DESCRIPTION_COMMUNITY = "Various parts of the conda community gather on a regular "
            + "basis. This meeting brings together all of these sub-communities for a community wide call.";

    private static ParseResult parse(String file) {
        return Corpus.parse(Corpus.sample(file));
    }

    private static Document doc(String file) {
        return parse(file).document();
    }

    private static Attendee attendee(String name, String initials, String github, String... affiliations) {
        return new Attendee(name, Optional.of(initials), Optional.of(github), List.of(affiliations), false);
    }

    /** Asserts a time read from a time link (D19, D21): the title's date, the link's time, UTC in any spelling. */
    private static void assertUtc(LocalDate date, int hour, ScheduledTime time) {
        assertAll(
                () -> assertEquals(Optional.of(date), time.date(), "date"),
                () -> assertEquals(LocalTime.of(hour, 0), time.time(), "time"),
                () -> assertEquals(Optional.of(ZoneOffset.UTC), time.zone().map(ZoneId::normalized), "zone"));
    }

    /** The preamble shared by all five seeds (D17–D22); only the date and the dateful links differ. */
    private static void assertPreamble(Document doc, LocalDate date, String description, int... alternateHours) {
        Schedule schedule = doc.schedule();
        assertAll(
                // D18: "Zoom link" is the first link of line 6.
                () -> assertEquals(Optional.of(ZOOM), doc.meetingLink(), "meeting link"),
                // D19: t=5pm → 17:00 in zone utc; D21: the title's date.
                () -> assertUtc(date, 17, schedule.primary().orElseThrow()),
                () -> assertEquals(alternateHours.length, schedule.alternates().size(), "alternates"),
                () -> {
                    for (int i = 0; i < alternateHours.length; i++) {
                        assertUtc(date, alternateHours[i], schedule.alternates().get(i));
                    }
                },
                // D22: line 6 holds only links, `·`, `,` and WS, so the description is line 8.
                () -> assertEquals(Optional.of(description), doc.description(), "description"),
                // Line 6 and line 8 are the two preamble paragraphs (D17); the blank lines between are trivia.
                () -> assertEquals(2, doc.preamble().size(), "preamble blocks"),
                () -> assertTrue(doc.preamble().stream().allMatch(Paragraph.class::isInstance), "preamble paragraphs"));
    }

    /** Asserts the three-line front matter and the title every seed has (D9, D15). */
    private static void assertHead(Document doc, LocalDate date, String name) {
        assertAll(
                () -> assertEquals(List.of("meeting-notes"), doc.tags(), "tags"),
                () -> assertEquals("tags: [meeting-notes]", doc.frontMatter().orElseThrow().yaml(), "raw yaml"),
                () -> assertEquals(List.of(), doc.lead(), "lead blocks"),
                () -> assertFalse(doc.draft(), "draft"),
                () -> assertEquals(Optional.of(date), doc.date(), "date"),
                () -> assertEquals(name, doc.name(), "name"));
    }

    private static Section section(Document doc, int index) {
        return doc.sections().get(index);
    }

    @Nested
    @DisplayName("seed 000: 2026-01-14-conda-ecosystem.md")
    class Seed000 {

        private static final String FILE = "2026-01-14-conda-ecosystem.md";

        @Test
        @DisplayName("front matter, title and preamble (D9, D15, D18-D22)")
        void headAndPreamble() {
            Document doc = doc(FILE);
            assertHead(doc, LocalDate.of(2026, 1, 14), "Conda Ecosystem Meeting");
            // Line 6 has a second dateful link "[2pm](…?t=2pm)" in the same paragraph: an alternate (D21).
            assertPreamble(doc, LocalDate.of(2026, 1, 14), DESCRIPTION_ECOSYSTEM, 14);
        }

        @Test
        @DisplayName("three flat sections with their kinds and item counts (D23-D25)")
        void sections() {
            // Headings on lines 10, 18, 24. New agenda items: top-level items on lines 26 and 32; line 26 has one
            // child (27, column 4) with four grandchildren (28-31, column 8) = 6; line 32 has the child "JRG: " (33)
            // whose children are 34, 36, 38 (column 8), 34 and 36 each with one child at column 12 (35, 37) = 7.
            assertEquals(List.of(
                    "## Attendees → attendees, 5/5 items",
                    "## Announcements → announcements, 1/1 items",
                    "## New agenda items → new_agenda_items, 2/13 items"), Corpus.outline(doc(FILE).sections()));
        }

        @Test
        @DisplayName("the comment of Announcements is one opaque block (D62)")
        void announcementComment() {
            List<Block> blocks = section(doc(FILE), 1).blocks();
            assertEquals(2, blocks.size(), "comment, then the list");
            Comment comment = assertInstanceOf(Comment.class, blocks.get(0));
            assertEquals(List.of("<!-- New releases, upcoming changes, ongoing votes --->"), comment.lines());
            assertInstanceOf(ListBlock.class, blocks.get(1));
        }

        @Test
        @DisplayName("five numbered attendees (D32)")
        void attendees() {
            List<Attendee> attendees = doc(FILE).attendees();
            assertAll(
                    () -> assertEquals(5, attendees.size(), "lines 12-16"),
                    // Line 12: "í" is U+00ED (bytes C3 AD); one piece after the handle.
                    () -> assertEquals(attendee("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight"),
                            attendees.get(0)),
                    // Line 15: the "." of "R." is inside the name, not a trailing one (D32 step 1); no pieces.
                    () -> assertEquals(attendee("Matthew R. Becker", "MRB", "beckermr"), attendees.get(3)),
                    // Line 16: mixed-case initials (D48), nothing after the handle.
                    () -> assertEquals(attendee("Marius van Niekerk", "MvN", "mariusvniekerk"), attendees.get(4)));
        }

        @Test
        @DisplayName("speaker prefixes, including `JRG: ` with empty text (D47-D49)")
        void speakers() {
            Document doc = doc(FILE);
            Section newItems = section(doc, 2);
            // Lines 26, 27, 28, 29, 30, 31, 32, 33, 35, 37 start with `INI:`; 34, 36 and 38 have none.
            assertEquals(List.of("KZ", "KZ", "MRB", "MvN", "KZ", "MvN", "KZ", "JRG", "MRB", "MRB"),
                    Corpus.speakers(newItems));
            assertEquals(List.of("JRG"), Corpus.speakers(section(doc, 1)));
            assertTrue(Corpus.speakerItems(newItems).stream()
                    .allMatch(item -> item.speaker().orElseThrow().form() == SpeakerForm.COLON), "all `INI:`");

            // Line 33 is "    - JRG: " (trailing space): speaker JRG, empty text (D49), children on lines 34, 36, 38.
            ListItem jrg = Corpus.topLevelItems(newItems.blocks()).get(1).childItems().get(0);
            assertAll(
                    () -> assertEquals(List.of("JRG"), jrg.speakers()),
                    () -> assertEquals(List.of(), jrg.content(), "empty text"),
                    () -> assertEquals(List.of(
                            "Get cirrus runners for linux ARM (needs credit card by NF)",
                            "Implement multistage builds with in-progress artifacts passing.",
                            "Invoke CFEP-05 with local builds compiled on Docker on Apple Silicon"),
                            jrg.childItems().stream().map(ListItem::plainText).toList()),
                    () -> assertTrue(jrg.childItems().stream().allMatch(item -> item.speaker().isEmpty())));

            // Line 31: the text after the prefix; everyone resolves (D53).
            ListItem mvn = Corpus.speakerItems(newItems).get(5);
            assertEquals("There's an env var that forces the GIL not to be re-enabled and error out. "
                    + "https://docs.python.org/3/using/cmdline.html#envvar-PYTHON_GIL", mvn.plainText());
            assertEquals("Marius van Niekerk", doc.resolveSpeaker("MvN").orElseThrow().name());
        }

        @Test
        @DisplayName("a URL's trailing period is text (D57)")
        void urlTrailingPeriod() {
            ListItem kz = Corpus.topLevelItems(section(doc(FILE), 2).blocks()).get(0);
            List<?> content = Corpus.joinText(kz.content());
            assertEquals(List.of(new Text("Update free-threading support list: "),
                    new BareUrl("https://github.com/conda-forge/conda-forge-pinning-feedstock/pull/8122"),
                    new Text(".")), content);
        }

        @Test
        @DisplayName("three discussed topics, no action item (D45, D67 as amended 2026-12)")
        void topicsAndActionItems() {
            Document doc = doc(FILE);
            // Only lines 22, 26 and 32 have a checkbox, all `[X]` on top-level items of Announcements and New agenda
            // items: discussed topics (D67 (2)). The amended D67 makes them no action items (before it, all three were
            // completed action items); no item has a box at depth >= 2 and no section is an action-items section.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[JRG] Ongoing vote to graduate conda-pypi to conda: "
                            + "https://github.com/conda/governance/issues/331 @ announcements discussed",
                    "[KZ] Update free-threading support list: "
                            + "https://github.com/conda-forge/conda-forge-pinning-feedstock/pull/8122. "
                            + "@ new_agenda_items discussed",
                    "[KZ] qt-webengine cross-compiled builds for Linux ARM in the GPU x64 server doesn't work. "
                            + "Alternatives to get this rolling? @ new_agenda_items discussed"),
                    doc.topics().stream().map(Corpus::describe).toList());
            assertTrue(doc.topics().stream()
                    .allMatch(topic -> topic.item().checkbox().equals(Optional.of(Checkbox.DONE_UPPER_CASE))), "[X]");
        }

        @Test
        @DisplayName("no head count, no diagnostics (D36, D69)")
        void headCountAndDiagnostics() {
            ParseResult result = parse(FILE);
            // Every speaker (JRG, KZ, MRB, MvN) is listed; nothing else is reported.
            assertEquals(OptionalInt.empty(), result.document().headCount());
            assertEquals(List.of(), Corpus.diagnostics(result));
        }
    }

    @Nested
    @DisplayName("seed 001: 2026-01-07-conda-ecosystem.md")
    class Seed001 {

        private static final String FILE = "2026-01-07-conda-ecosystem.md";

        @Test
        @DisplayName("front matter, title and preamble (D9, D15, D18-D22)")
        void headAndPreamble() {
            Document doc = doc(FILE);
            assertHead(doc, LocalDate.of(2026, 1, 7), "Conda Ecosystem Meeting");
            assertPreamble(doc, LocalDate.of(2026, 1, 7), DESCRIPTION_ECOSYSTEM, 14);
        }

        @Test
        @DisplayName("three flat sections with their kinds and item counts (D23-D25)")
        void sections() {
            // Attendees: ten ordered items, `10. ` included. New agenda items (lines 29-63, every line an item):
            // top-level 29, 32, 34, 40, 48, 49, 56, 59; subtrees 3 + 2 + 6 + 8 + 1 + 7 + 3 + 5 = 35.
            assertEquals(List.of(
                    "## Attendees → attendees, 10/10 items",
                    "## Announcements → announcements, 1/1 items",
                    "## New agenda items → new_agenda_items, 8/35 items"), Corpus.outline(doc(FILE).sections()));
        }

        @Test
        @DisplayName("nine numbered attendees and the empty `10. ` placeholder (D32, D33)")
        void attendees() {
            Document doc = doc(FILE);
            List<Attendee> attendees = doc.attendees();
            assertAll(
                    () -> assertEquals(9, attendees.size(), "lines 12-20; line 21 is a placeholder"),
                    () -> assertEquals(attendee("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight",
                            "conda-forge/core"), attendees.get(0)),
                    // Line 15, the D32 example: comma before the handle.
                    () -> assertEquals(attendee("Wolf Vollprecht", "WV", "wolfv", "Prefix.dev", "conda-forge/core"),
                            attendees.get(3)),
                    // Line 20: `&` does not split pieces (D32 step 5).
                    () -> assertEquals(attendee("John Kirkham", "JK", "jakirkham", "NVIDIA & conda-forge/core"),
                            attendees.get(8)));

            // Line 21 is "10. " (trailing space): an ordered item with empty text, kept in the AST (D37, D45).
            ListItem placeholder = Corpus.topLevelItems(section(doc, 0).blocks()).get(9);
            assertAll(
                    () -> assertEquals(Marker.ORDERED, placeholder.marker()),
                    () -> assertEquals(List.of(), placeholder.content()),
                    () -> assertEquals(Optional.empty(), placeholder.checkbox()),
                    () -> assertEquals(Optional.empty(), placeholder.speaker()),
                    () -> assertEquals(List.of(), placeholder.children()));
        }

        @Test
        @DisplayName("speaker prefixes, unlisted IF, labels that are not speakers (D49-D53)")
        void speakers() {
            Document doc = doc(FILE);
            Section newItems = section(doc, 2);
            // By line: 29 DY, 32 JRG, 34 JS, 38 IF, 40 DJC, 45 DJC, 46 JRG, 48 JRG, 49 WV, 51 JRG, 52 WV, 53 IF,
            // 54 WV, 55 BZ, 56 WV, 59 JRG. `IF` is an initials token and not on the D51 stop-list.
            assertEquals(List.of("DY", "JRG", "JS", "IF", "DJC", "DJC", "JRG", "JRG", "WV", "JRG", "WV", "IF", "WV",
                    "BZ", "WV", "JRG"), Corpus.speakers(newItems));
            assertEquals(List.of("JRG"), Corpus.speakers(section(doc, 1)));

            List<ListItem> items = Corpus.allItems(newItems);
            assertAll(
                    // Line 31: `TL;DR:` mid-text and the emoticon are text (D52, D59).
                    () -> assertEquals("Requesting feedback :) TL;DR: Add wheel metadata in the repodata so conda "
                            + "clients can directly handle their installation.", items.get(2).plainText()),
                    () -> assertEquals(Optional.empty(), items.get(2).speaker()),
                    // Line 37: `Question:` is a label (D52).
                    () -> assertEquals(Optional.empty(), items.get(8).speaker()),
                    () -> assertTrue(items.get(8).plainText().startsWith("Question: Which CB args")),
                    // Line 38: IF is not in the attendee list, so unresolved (D53).
                    () -> assertEquals(List.of("IF"), items.get(9).speakers()),
                    () -> assertEquals(Optional.empty(), doc.resolveSpeaker("IF")),
                    // Line 63: the trailing space is trivia (D5).
                    () -> assertEquals("Also OpenSSF packaging", items.get(34).plainText()));
        }

        @Test
        @DisplayName("one open action item under DJC's discussed topic, nine discussed topics (D67 as amended 2026-12)")
        void topicsAndActionItems() {
            Document doc = doc(FILE);
            // Lines 46 and 47 are the only `[ ]`, at depth 3 under the discussed topic of line 40: line 46 is a
            // follow-up, an open action item assigned to its speaker JRG (D67 (1)(c), the rule's own example); line 47
            // is only a URL, no real text, so neither (before the amendment it was a second open action item).
            assertEquals(List.of(
                    "[JRG] Open PR in conda-forge/conda-forge.github.io and add MD file under news/ following the "
                            + "style there. @ new_agenda_items"),
                    doc.openActionItems().stream().map(Corpus::describe).toList());
            // `[X]` on lines 25, 29, 32, 34, 40, 48, 49, 56, 59, all top-level: discussed topics (D67 (2)), no longer
            // completed action items.
            assertEquals(List.of(), doc.completedActionItems());
            List<Topic> topics = doc.topics();
            assertEquals(9, topics.size());
            assertTrue(topics.stream().allMatch(topic -> topic.state() == TopicState.DISCUSSED), "all [X]");
            assertEquals(List.of("JRG", "DY", "JRG", "JS", "DJC", "JRG", "WV", "WV", "JRG"),
                    topics.stream().map(topic -> String.join("/", topic.speakers())).toList());
            assertEquals("[JRG] New meeting schedule for 2026! Welcome! @ announcements discussed",
                    Corpus.describe(topics.get(0)));
        }

        @Test
        @DisplayName("placeholder and two unresolved IF speakers (D33, D53, D69)")
        void diagnostics() {
            ParseResult result = parse(FILE);
            assertEquals(OptionalInt.empty(), result.document().headCount());
            // Line 21 `10. ` at column 1; lines 38 and 53 are "        - IF:", the marker at column 9.
            assertEquals(List.of(
                    "attendees/placeholder 21:1",
                    "speaker/unresolved 38:9",
                    "speaker/unresolved 53:9"), Corpus.diagnostics(result));
        }
    }

    @Nested
    @DisplayName("seed 002: 2024-11-06-conda-community.md")
    class Seed002 {

        private static final String FILE = "2024-11-06-conda-community.md";

        @Test
        @DisplayName("front matter, title and preamble (D9, D15, D18-D22, D66)")
        void headAndPreamble() {
            Document doc = doc(FILE);
            assertHead(doc, LocalDate.of(2024, 11, 6), "Conda Community Meeting");
            // One time link only: no alternate.
            assertPreamble(doc, LocalDate.of(2024, 11, 6), DESCRIPTION_COMMUNITY);
        }

        @Test
        @DisplayName("four flat sections with their kinds and item counts (D23-D25)")
        void sections() {
            // Announcements: line 34 with children 35, 36. New Agenda Items (lines 40-68, every line an item):
            // top-level 40, 42, 43, 46, 48, 49, 50, 51, 56, 59, 64; subtrees 2+1+3+2+1+1+1+5+3+5+5 = 29.
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## Introductions → introductions, 1/1 items",
                    "## Announcements → announcements, 1/3 items",
                    "## New Agenda Items → new_agenda_items, 11/29 items"), Corpus.outline(doc(FILE).sections()));
        }

        @Test
        @DisplayName("eleven table attendees and head count 15 (D30, D36)")
        void attendees() {
            Document doc = doc(FILE);
            List<Attendee> attendees = doc.attendees();
            assertAll(
                    () -> assertEquals(11, attendees.size(), "rows on lines 14-24"),
                    () -> assertEquals(attendee("Ruben Arts", "RA", "ruben-arts", "prefix.dev"), attendees.get(0)),
                    // Line 20: the name overflows its column's padding; one affiliation per cell.
                    () -> assertEquals(attendee("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight/cf"),
                            attendees.get(6)),
                    // Line 23: the typo "NVIDA/cf" is kept as written.
                    () -> assertEquals(attendee("John Kirkham", "JK", "jakirkham", "NVIDA/cf"), attendees.get(9)),
                    () -> assertEquals(attendee("Dasha Gurova", "DG", "dashagurova", "Anaconda"), attendees.get(10)),
                    // Line 26, the D36 example.
                    () -> assertEquals(OptionalInt.of(15), doc.headCount()));

            List<Block> blocks = section(doc, 0).blocks();
            assertEquals(2, blocks.size(), "table, then head count (D31)");
            Table table = assertInstanceOf(Table.class, blocks.get(0));
            assertEquals(11, table.rows().size());
            assertEquals("15 people in total", assertInstanceOf(HeadCount.class, blocks.get(1)).text());
        }

        @Test
        @DisplayName("joint speakers, unlisted JL, labels and bare initials (D49-D53)")
        void speakers() {
            Document doc = doc(FILE);
            // Line 34 `BZ/WV:` is one prefix with two speakers (D50); line 36 `JL:`.
            assertEquals(List.of("BZ/WV", "JL"), Corpus.speakers(section(doc, 2)));
            // By line: 40 JRG, 42 JRG, 43 DG, 46 WV, 48 WV, 49 WV, 50 WV, 51 JK, 54 CHL, 55 JL, 56 JK, 59 DG, 60 WV,
            // 61 JRG, 62 DG, 63 JK, 64 JRG, 66 JK, 67 JRG.
            Section newItems = section(doc, 3);
            assertEquals(List.of("JRG", "JRG", "DG", "WV", "WV", "WV", "WV", "JK", "CHL", "JL", "JK", "DG", "WV",
                    "JRG", "DG", "JK", "JRG", "JK", "JRG"), Corpus.speakers(newItems));

            List<ListItem> items = Corpus.allItems(newItems);
            assertAll(
                    // Line 43: only the first `WORD:` is a prefix; "Zulip CEP:" stays text.
                    () -> assertEquals("Zulip CEP: https://github.com/conda/ceps/pull/92", items.get(3).plainText()),
                    // Line 45: `Action item:` is a label.
                    () -> assertEquals(Optional.empty(), items.get(5).speaker()),
                    // Line 58: initials without a delimiter are no speaker (D52).
                    () -> assertEquals("JRG to create proposal PR in conda-build", items.get(18).plainText()),
                    () -> assertEquals(Optional.empty(), items.get(18).speaker()),
                    // Line 68: `Consensus:` is a label.
                    () -> assertEquals(Optional.empty(), items.get(28).speaker()));
        }

        @Test
        @DisplayName("two open action items, twelve discussed topics, the empty Introductions box is neither (D67), "
                + "one decision (D68)")
        void actionItemsAndDecisions() {
            Document doc = doc(FILE);
            // D67 as amended 2026-12. Line 30 `- [ ]` has empty text (and stands in Introductions): neither. Lines 35
            // and 36 are the only other `[ ]`, at depth 2 under the discussed topic of line 34: line 35 is only a URL,
            // neither (it was an open action item before the amendment); line 36 is a follow-up assigned to its
            // speaker JL (D67 (1)(c)). Line 45 `- Action item: call the vote` is an action item by its label, without
            // assignee (D67 (1)(b), the rule's own example; before the amendment it was none).
            assertEquals(List.of(
                    "[JL] support in conda/conda-build wil come in 24.11.0 @ announcements",
                    "[] call the vote @ new_agenda_items"),
                    doc.openActionItems().stream().map(Corpus::describe).toList());
            // `[X]` on lines 34, 40, 42, 43, 46, 48, 49, 50, 51, 56, 59, 64, all top-level: discussed topics (D67 (2)),
            // no longer completed action items.
            assertEquals(List.of(), doc.completedActionItems());
            assertEquals(12, doc.topics().size());
            assertTrue(doc.topics().stream().allMatch(topic -> topic.state() == TopicState.DISCUSSED), "all [X]");
            assertEquals("[BZ/WV] CEP17 (python site-packages) implemented in rattler(/pixi) and rattler-build. "
                    + "@ announcements discussed", Corpus.describe(doc.topics().get(0)));

            ListItem empty = Corpus.topLevelItems(section(doc, 1).blocks()).get(0);
            assertEquals(Optional.of(Checkbox.OPEN), empty.checkbox());
            assertEquals(List.of(), empty.content());

            // Line 68, the D68 example.
            assertEquals(1, doc.decisions().size());
            assertEquals("give it a try in next call after asking for consensus.", doc.decisions().get(0).text());
            assertEquals(List.of(), doc.decisions().get(0).speakers());
        }

        @Test
        @DisplayName("two unresolved JL speakers (D53, D69)")
        void diagnostics() {
            // Line 36 "    - [ ] JL:" and line 55 "    - JL:": markers at column 5.
            assertEquals(List.of("speaker/unresolved 36:5", "speaker/unresolved 55:5"),
                    Corpus.diagnostics(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("seed 003: 2025-02-26-conda-community.md")
    class Seed003 {

        private static final String FILE = "2025-02-26-conda-community.md";

        @Test
        @DisplayName("front matter, title and preamble (D9, D15, D18-D22)")
        void headAndPreamble() {
            Document doc = doc(FILE);
            assertHead(doc, LocalDate.of(2025, 2, 26), "Conda Community Meeting");
            assertPreamble(doc, LocalDate.of(2025, 2, 26), DESCRIPTION_COMMUNITY);
        }

        @Test
        @DisplayName("four flat sections with their kinds and item counts (D23-D25)")
        void sections() {
            // New Agenda Items (lines 38-79, every line an item): top-level 38, 41, 63, 64, 65, 75, 77; subtrees
            // 3 + 22 + 1 + 1 + 10 + 2 + 3 = 42.
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## Introductions → introductions, 1/1 items",
                    "## Announcements → announcements, 1/1 items",
                    "## New Agenda Items → new_agenda_items, 7/42 items"), Corpus.outline(doc(FILE).sections()));
        }

        @Test
        @DisplayName("three attendees; NBSP and padding trimmed; blank rows are trivia; X head count (D3, D28, D29)")
        void attendees() {
            Document doc = doc(FILE);
            List<Attendee> attendees = doc.attendees();
            assertAll(
                    () -> assertEquals(3, attendees.size(), "rows on lines 14-16; 17-24 are blank"),
                    // Line 14: the initials cell is "  JJH     ".
                    () -> assertEquals(attendee("Jonathan Helmus", "JJH", "jjhelmus", "Anaconda"), attendees.get(0)),
                    () -> assertEquals(attendee("Cheng H. Lee", "CHL", "chenghlee", "Anaconda/cf"), attendees.get(1)),
                    // Line 16: the affiliation cell is "|" NBSP "NVIDIA/cf    |"; NBSP is trimmed like a space.
                    () -> assertEquals(attendee("John Kirkham", "JK", "jakirkham", "NVIDIA/cf"), attendees.get(2)),
                    // Line 26 `X people in total` (D36).
                    () -> assertEquals(OptionalInt.empty(), doc.headCount()));

            List<Block> blocks = section(doc, 0).blocks();
            assertEquals(2, blocks.size(), "table, then head count");
            Table table = assertInstanceOf(Table.class, blocks.get(0));
            assertEquals(3, table.rows().size(), "the eight blank rows are not in the AST (D29)");
            TableRow kirkham = table.rows().get(2);
            assertEquals("NVIDIA/cf", kirkham.cells().get(2).plainText());
            HeadCount x = assertInstanceOf(HeadCount.class, blocks.get(1));
            assertEquals("X people in total", x.text());
            assertEquals(OptionalInt.empty(), x.count());
        }

        @Test
        @DisplayName("(JK)-style speakers; `CEPS:` and `JS bindings` are none (D49, D51, D52)")
        void speakers() {
            Document doc = doc(FILE);
            Section newItems = section(doc, 3);
            // Lines 38, 46, 47 (JK), 63 (PZ), 68 (JL), 69 (WV), all `(INI)`.
            assertEquals(List.of("JK", "JK", "JK", "PZ", "JL", "WV"), Corpus.speakers(newItems));
            assertTrue(Corpus.speakerItems(newItems).stream()
                    .allMatch(item -> item.speaker().orElseThrow().form() == SpeakerForm.PAREN), "all `(INI)`");

            List<ListItem> top = Corpus.topLevelItems(newItems.blocks());
            ListItem pz = top.get(2);
            ListItem js = top.get(3);
            ListItem ceps = top.get(4);
            assertAll(
                    // Line 63: the D53 example; `:tada:` is an emoji (D59).
                    () -> assertEquals("S3 support in rattler :tada:", pz.plainText()),
                    () -> assertEquals(new Emoji("tada"), pz.content().get(pz.content().size() - 1)),
                    // Line 64: "JS" has no delimiter (D52).
                    () -> assertEquals(Optional.empty(), js.speaker()),
                    () -> assertEquals("JS bindings to rattler", js.plainText()),
                    // Line 65: CEPS is on the stop-list (D51).
                    () -> assertEquals(Optional.empty(), ceps.speaker()),
                    () -> assertEquals("CEPS:", ceps.plainText()),
                    () -> assertEquals(Optional.of(Checkbox.DONE), ceps.checkbox()),
                    // Line 46: the prefix is `(JK)`; "IIUC" (stop-listed) starts the text.
                    () -> assertEquals("IIUC Anaconda wants to build and ship its own binaries, but has yet to do "
                            + "this for ARM", Corpus.speakerItems(newItems).get(1).plainText()),
                    () -> assertEquals(Optional.empty(), doc.resolveSpeaker("PZ")));

            // Line 66: a link with an underscore inside a word (D58), the trailing space trivia (D5).
            ListItem runExports = ceps.childItems().get(0);
            assertEquals(List.of(new Link(List.of(new Text("run_exports in sharded repodata")),
                    "https://github.com/conda/ceps/pull/108")), Corpus.joinText(runExports.content()));
        }

        @Test
        @DisplayName("one open action item, five discussed and two pending topics; empty boxes are neither (D67)")
        void topicsAndActionItems() {
            Document doc = doc(FILE);
            // D67 as amended 2026-12 (before it, the seven `[ ]` with text on lines 71, 72, 75, 76, 77, 78, 79 were
            // open action items and the five `[x]` completed ones). Lines 30 and 34 are empty boxes: neither.
            // Line 71 is a `[ ]` at depth 3 under the discussed topic `[x] CEPS:` (line 65): an open follow-up
            // (D67 (1)(c)); line 72 beside it is only a URL: neither. Lines 76, 78 and 79 stand under pending topics:
            // neither.
            assertEquals(List.of(
                    "[] would like to go with an explicit attach_run_exports_to: [ output name ] @ new_agenda_items"),
                    doc.openActionItems().stream().map(Corpus::describe).toList());
            assertEquals(List.of(), doc.completedActionItems());
            // Top-level items of New Agenda Items (D67 (2)): `[x]` on lines 38, 41, 63, 64, 65 discussed ("CEPS:" is
            // real text), `[ ]` on lines 75 and 77 pending.
            assertEquals(List.of(
                    "[JK] Python 3.13 @ new_agenda_items discussed",
                    "[] Conda Windows Launcher ARM @ new_agenda_items discussed",
                    "[PZ] S3 support in rattler :tada: @ new_agenda_items discussed",
                    "[] JS bindings to rattler @ new_agenda_items discussed",
                    "[] CEPS: @ new_agenda_items discussed",
                    "[] Conda participation in GSOC @ new_agenda_items pending",
                    "[] Shell completions with pixi & rattler @ new_agenda_items pending"),
                    doc.topics().stream().map(Corpus::describe).toList());
        }

        @Test
        @DisplayName("X head count and three unresolved speakers (D36, D53, D69)")
        void diagnostics() {
            // Line 26 `X people in total`; line 63 "- [x] (PZ)" at column 1; lines 68 and 69 "        - (JL)" and
            // "        - (WV)", markers at column 9. JK is listed.
            assertEquals(List.of(
                    "headcount/placeholder 26:1",
                    "speaker/unresolved 63:1",
                    "speaker/unresolved 68:9",
                    "speaker/unresolved 69:9"), Corpus.diagnostics(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("seed 004: 2025-02-12-conda-community-corrupted-front-matter.md")
    class Seed004 {

        private static final String FILE = "2025-02-12-conda-community-corrupted-front-matter.md";

        @Test
        @DisplayName("`x---` is recovered as front matter, never a heading or paragraph (D11, D74)")
        void corruptedOpener() {
            ParseResult result = parse(FILE);
            Document doc = result.document();
            assertHead(doc, LocalDate.of(2025, 2, 12), "Conda Community Meeting");
            assertAll(
                    () -> assertEquals(4, Corpus.start(result, doc.title().orElseThrow()).line(), "title line"),
                    () -> assertTrue(doc.sections().stream().noneMatch(s -> s.headingText().contains("x---")),
                            "no section holds x---"),
                    () -> assertTrue(doc.sections().stream().noneMatch(s -> s.headingText().contains("tags")),
                            "no setext-like heading made of the front matter"),
                    () -> assertTrue(doc.preamble().stream().noneMatch(b -> b instanceof Paragraph p
                            && p.plainText().contains("x---")), "no paragraph holds x---"));
        }

        @Test
        @DisplayName("preamble (D18-D22)")
        void preamble() {
            assertPreamble(doc(FILE), LocalDate.of(2025, 2, 12), DESCRIPTION_COMMUNITY);
        }

        @Test
        @DisplayName("four flat sections with their kinds and item counts (D23-D25)")
        void sections() {
            // New Agenda Items (lines 37-57, every line an item): top-level 37, 43, 47, 52; subtrees 6+4+5+6 = 21.
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## Introductions → introductions, 1/1 items",
                    "## Announcements → announcements, 1/1 items",
                    "## New Agenda Items → new_agenda_items, 4/21 items"), Corpus.outline(doc(FILE).sections()));
        }

        @Test
        @DisplayName("seven table attendees, three blank rows, X head count (D29, D30, D36)")
        void attendees() {
            Document doc = doc(FILE);
            List<Attendee> attendees = doc.attendees();
            assertAll(
                    () -> assertEquals(7, attendees.size(), "rows on lines 14-20; 21-23 are blank"),
                    () -> assertEquals(attendee("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight/SC"),
                            attendees.get(0)),
                    () -> assertEquals(attendee("Daniel Ching", "DJC", "carterbox", "NVIDIA/CF"), attendees.get(6)),
                    () -> assertEquals(OptionalInt.empty(), doc.headCount()));
            Table table = assertInstanceOf(Table.class, section(doc, 0).blocks().get(0));
            assertEquals(7, table.rows().size());
        }

        @Test
        @DisplayName("(WV), (FF), (TH) speakers (D49, D53)")
        void speakers() {
            Document doc = doc(FILE);
            // Lines 37, 42, 43, 47, 52. Line 39 "Ideas: " is a label; line 46 starts with a name, not initials.
            assertEquals(List.of("WV", "FF", "WV", "WV", "TH"), Corpus.speakers(section(doc, 3)));
            assertEquals("Travis Hathaway", doc.resolveSpeaker("TH").orElseThrow().name());
            assertEquals(Optional.empty(), doc.resolveSpeaker("WV"));
        }

        @Test
        @DisplayName("four pending topics and no action item: their open children stay neither (D67)")
        void topicsAndActionItems() {
            Document doc = doc(FILE);
            // D67 as amended 2026-12 (before it, all 21 boxed items on lines 37-57 were open action items). The
            // top-level `[ ]` items on lines 37, 43, 47 and 52 are pending topics (D67 (2), the rule's own example);
            // their open children are follow-ups of a pending topic, so neither (D67 (1)(c) needs a discussed or
            // untracked one). Lines 29 and 33 are empty boxes: neither.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[WV] Announce GSOC ideas @ new_agenda_items pending",
                    "[WV] Discuss cache behavior for v1 recipe format @ new_agenda_items pending",
                    "[WV] Run exports in repodata ready for vote @ new_agenda_items pending",
                    "[TH] Thoughts on PyPI interoperability? @ new_agenda_items pending"),
                    doc.topics().stream().map(Corpus::describe).toList());
            // Line 39 "Ideas: " keeps its text, trailing space trivia (D5); a label, not a speaker.
            ListItem ideas = Corpus.topLevelItems(section(doc, 3).blocks()).get(0).childItems().get(1);
            assertEquals(Optional.empty(), ideas.speaker());
            assertEquals("Ideas:", ideas.plainText());
        }

        @Test
        @DisplayName("malformed opener at 1:1-1:5, X head count, three unresolved WV (D11, D36, D53, D69)")
        void diagnostics() {
            ParseResult result = parse(FILE);
            // The D69 example. Lines 37, 43, 47 are top-level "- [ ] (WV)" items, marker at column 1.
            assertEquals(List.of(
                    "front-matter/malformed-opener 1:1",
                    "headcount/placeholder 25:1",
                    "speaker/unresolved 37:1",
                    "speaker/unresolved 43:1",
                    "speaker/unresolved 47:1"), Corpus.diagnostics(result));
            Diagnostic opener = result.diagnostics().get(0);
            assertEquals("1:1-1:5", Corpus.range(opener), "the whole `x---` (D69)");
            assertEquals(Severity.WARNING, opener.severity());
            // D11: the message quotes the stray characters, in whatever quotation marks.
            assertTrue(opener.message().matches("(?s).*[\"'`‘“«]x[\"'`’”»].*"), opener.message());
        }
    }
}
