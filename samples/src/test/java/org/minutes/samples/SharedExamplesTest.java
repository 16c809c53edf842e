package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Decision;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.TopicState;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;
import org.minutes.sdk.source.Position;

/**
 * The synthetic hard cases of ../shared/examples, each parsed as the rules its header comment lists say.
 *
 * <p>Each nested class tests one file: first what its header comment says under "Expect", then the structure worked
 * out by hand from DIALECT.md (comments give the lines and rules). The header comments name diagnostic codes and
 * lines but no columns, so diagnostics are compared as {@code code line}. {@link #everyExampleIsTested()} fails when a
 * file appears in the directory without a nested class here.
 */
class SharedExamplesTest {

    /** The files the nested classes below test; a new example must be added here together with its tests. */
    private static final List<String> TESTED = List.of(
            OlderLayoutBullets.FILE,
            NestingAndTabs.FILE,
            FencesAndComments.FILE,
            TableAnomalies.FILE,
            NumberedAttendees.FILE,
            SpeakerLookalikes.FILE,
            InlineEdgeCases.FILE,
            CrlfAndBom.FILE,
            NbspAndNoFinalNewline.FILE,
            EmptyTemplate.FILE,
            HeadlessAttendeesAndHeadings.FILE,
            CheckboxesAndMarkers.FILE,
            SignInRollCall.FILE,
            SlashEntriesAndActionSection.FILE,
            MonthDayTitleAndPathDate.FILE,
            DateSourcesDisagree.FILE);

    @Test
    @DisplayName("every file of ../shared/examples has tests here, and every named file exists")
    void everyExampleIsTested() throws IOException {
        Set<String> present;
        try (Stream<Path> files = Files.list(Corpus.examples())) {
            present = files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> named = new TreeSet<>(TESTED);
        assertEquals(TESTED.size(), named.size(), "a file is named twice");
        assertEquals(named, present);
    }

    private static ParseResult parse(String file) {
        return Corpus.parse(Corpus.examples().resolve(file));
    }

    private static Attendee attendee(String name, String initials, String github, String... affiliations) {
        return new Attendee(name, Optional.ofNullable(initials), Optional.ofNullable(github),
                List.of(affiliations), false);
    }

    private static Text text(String literal) {
        return new Text(literal);
    }

    private static Link link(String destination, Inline... content) {
        return new Link(List.of(content), destination);
    }

    private static BareUrl url(String url) {
        return new BareUrl(url);
    }

    /** Asserts a scheduled time: date (absent when the title has none), local time and zone. */
    private static void assertTime(Optional<LocalDate> date, int hour, ZoneId zone, ScheduledTime time) {
        assertAll(
                () -> assertEquals(date, time.date(), "date"),
                () -> assertEquals(LocalTime.of(hour, 0), time.time(), "time"),
                // UTC may be spelled ZoneOffset.UTC or ZoneId.of("UTC"): both normalise to the offset.
                () -> assertEquals(Optional.of(zone.normalized()), time.zone().map(ZoneId::normalized), "zone"));
    }

    /** {@return the open action items as {@code "[QE] text @ kind"}} */
    private static List<String> open(Document doc) {
        return doc.openActionItems().stream().map(Corpus::describe).toList();
    }

    /** {@return the completed action items as {@code "[QE] text @ kind"}} */
    private static List<String> completed(Document doc) {
        return doc.completedActionItems().stream().map(Corpus::describe).toList();
    }

    /** {@return the topics as {@code "[QE] text @ kind state"} (D67 (2))} */
    private static List<String> topics(Document doc) {
        return doc.topics().stream().map(Corpus::describe).toList();
    }

    /** {@return the decisions as {@code "[RT] text"}} */
    private static List<String> decisions(Document doc) {
        return doc.decisions().stream().map(SharedExamplesTest::describe).toList();
    }

    private static String describe(Decision decision) {
        return "[" + String.join("/", decision.speakers()) + "] " + decision.text();
    }

    /** {@return a speaker prefix as {@code "QE PAREN (qualifier) · text"}: who, form, qualifier, then the text} */
    private static String prefix(ListItem item) {
        return Corpus.who(item) + " " + item.speaker().orElseThrow().form()
                + item.speaker().orElseThrow().qualifier().map(q -> " (" + q + ")").orElse("") + " · "
                + item.plainText();
    }

    /**
     * {@return the speaker prefixes of a section with their resolution (D53, D90, D91), as
     * {@code "Quinn NAME_COLON → Quinn Example"}; "-" when the speaker resolves to nobody}
     */
    private static List<String> resolved(Document doc, Section section) {
        return Corpus.speakerItems(section).stream()
                .map(item -> Corpus.who(item) + " " + item.speaker().orElseThrow().form() + " → "
                        + doc.resolveSpeaker(Corpus.who(item)).map(Attendee::name).orElse("-"))
                .toList();
    }

    /** {@return each attendee's derived initials (D90), "-" where there are none} */
    private static List<String> derived(Document doc) {
        return doc.attendees().stream().map(a -> doc.derivedInitials(a).orElse("-")).toList();
    }

    private static List<Class<?>> blockTypes(List<Block> blocks) {
        return blocks.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Nested
    @DisplayName("01-older-layout-bullets.md")
    class OlderLayoutBullets {

        static final String FILE = "01-older-layout-bullets.md";

        @Test
        @DisplayName("expect: Chicago time with a date mismatch, the link list preamble (D7, D17-D21)")
        void headAndPreamble() {
            Document doc = parse(FILE).document();
            Schedule schedule = doc.schedule();
            assertAll(
                    () -> assertEquals(Optional.empty(), doc.frontMatter()),
                    // Lines 1-5: the header comment precedes the title: a silent lead block (D7).
                    () -> assertEquals(List.of(Comment.class), blockTypes(doc.lead())),
                    () -> assertEquals(Optional.of(LocalDate.of(2031, 3, 4)), doc.date()),
                    () -> assertEquals("Widget Community Meeting", doc.name()),
                    // Line 8 `****`, lines 10-12 one bullet list of links (D17).
                    () -> assertEquals(List.of(ThematicBreak.class, ListBlock.class), blockTypes(doc.preamble())),
                    () -> assertEquals(3, Corpus.allItems(doc.preamble()).size()),
                    () -> assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), doc.meetingLink()),
                    // Line 11: /Chicago/2031-03-03/09:00/… → 09:00 America/Chicago on the title's date (D20, D21);
                    // line 12 is another item and its URL is no time: no alternate.
                    () -> assertTime(Optional.of(LocalDate.of(2031, 3, 4)), 9, ZoneId.of("America/Chicago"),
                            schedule.primary().orElseThrow()),
                    () -> assertEquals(List.of(), schedule.alternates()));
        }

        @Test
        @DisplayName("expect: 12 flat sections (D23-D25)")
        void sections() {
            // Headings on lines 14, 24, 26, 31, 33, 38, 42, 48, 51, 55, 57, 60. Line 57: the trailing 8-digit date
            // goes (D24); line 60: the trailing parenthesised group goes.
            assertEquals(List.of(
                    "## Attendees → attendees, 7/7 items",
                    "## Agenda → agenda, 0/0 items",
                    "### Announcements → announcements, 2/3 items",
                    "### Standing Items → standing_items, 0/0 items",
                    "#### Open PRs → open_prs, 2/3 items",
                    "### Active Votes → active_votes, 2/2 items",
                    "### Discussion → discussion, 1/4 items",
                    "### Move to Issue Tracker → move_to_issue_tracker, 1/1 items",
                    "## Action items → action_items, 2/2 items",
                    "## Previous Meetings → previous_meetings, 0/0 items",
                    "### Last Meeting 20310218 → previous_meetings, 1/1 items",
                    "## Last meeting points (2030-02-18) → previous_meetings, 1/1 items"),
                    Corpus.outline(parse(FILE).document().sections()));
        }

        @Test
        @DisplayName("expect: attendees QE, RT, PX, MvV, Nia Nobody; legend and empty bullet are no people (D34)")
        void attendees() {
            assertEquals(List.of(
                    attendee("Quinn Example", "QE", "qexample"),
                    attendee("Rosa Tester", "RT", "rtester"),
                    attendee("Pat Xu", "PX", "patxu"),
                    attendee("Milo van Vliet", "MvV", "mvvliet"),
                    attendee("Nia Nobody", null, null)), parse(FILE).document().attendees());
        }

        @Test
        @DisplayName("expect: `[INI]` speakers; [NN] unresolved (D49, D50, D52, D53)")
        void speakers() {
            Document doc = parse(FILE).document();
            List<Section> sections = doc.sections();
            assertAll(
                    // Lines 27, 28; line 29 `N/A` has none.
                    () -> assertEquals(List.of("QE BRACKET · Index audit finished", "RT/QE BRACKET · plan the follow-up"),
                            Corpus.speakerItems(sections.get(2)).stream().map(SharedExamplesTest::prefix).toList()),
                    // Line 34; line 36 `[widgetlib]` is a tag and `(RT)` a trailing attribution.
                    () -> assertEquals(List.of("QE/RT BRACKET_COLON · spec for the new index format"),
                            Corpus.speakerItems(sections.get(4)).stream().map(SharedExamplesTest::prefix).toList()),
                    // Line 39; line 40 "-- QE" is a trailing attribution.
                    () -> assertEquals(List.of("MvV"), Corpus.speakers(sections.get(5))),
                    // Lines 46 and 47: `Quinn:` is the name speaker Quinn, the first word of the listed attendee
                    // Quinn Example (D91, amended 2026-12: before it a label, D52); `[Example]` and `QE - …` are no
                    // prefixes.
                    () -> assertEquals(List.of("Quinn", "NN"), Corpus.speakers(sections.get(6))),
                    () -> assertEquals(List.of("Quinn NAME_COLON · prefer option B"),
                            Corpus.speakerItems(sections.get(6)).stream().limit(1).map(SharedExamplesTest::prefix)
                                    .toList()),
                    () -> assertEquals("Quinn Example", doc.resolveSpeaker("Quinn").orElseThrow().name()),
                    () -> assertEquals(List.of("PX"), Corpus.speakers(sections.get(7))),
                    () -> assertEquals(List.of("PX", "RT"), Corpus.speakers(sections.get(8))),
                    () -> assertEquals("Milo van Vliet", doc.resolveSpeaker("MvV").orElseThrow().name()),
                    // Nia Nobody has no initials, so NN matches nobody.
                    () -> assertEquals(Optional.empty(), doc.resolveSpeaker("NN")));
            // The tree shows item text after the speaker: `Quinn:` is a prefix now (D91), so not part of it.
            assertEquals("[Example] Next moves:{QE - is there a mirror? | prefer option B | "
                    + "late addition from someone not listed}", Corpus.tree(Corpus.topLevelItems(sections.get(6).blocks())));
        }

        @Test
        @DisplayName("action items and a URL before a period (D57, D67)")
        void actionItemsAndUrl() {
            Document doc = parse(FILE).document();
            assertEquals(List.of("[PX] write the migration guide @ action_items",
                    "[RT] publish the audit report @ action_items"), open(doc));
            assertEquals(List.of(), completed(doc));
            ListItem px = Corpus.topLevelItems(doc.sections().get(7).blocks()).get(0);
            assertEquals(List.of(text("flaky upload test, see "), url("https://example.org/widgets/issues/31"),
                    text(".")), Corpus.joinText(px.content()));
        }

        @Test
        @DisplayName("diagnostics: date mismatch, empty bullet placeholder, unresolved NN (D21, D33, D53)")
        void diagnostics() {
            // Line 23 `* ` is an empty entry: a placeholder with its info (D34 → D33), though the header only says
            // it is no person.
            assertEquals(List.of("preamble/date-mismatch 12", "attendees/placeholder 23", "speaker/unresolved 47"),
                    Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("02-nesting-and-tabs.md")
    class NestingAndTabs {

        static final String FILE = "02-nesting-and-tabs.md";

        private List<ListItem> items() {
            return Corpus.topLevelItems(parse(FILE).document().sections().get(1).blocks());
        }

        @Test
        @DisplayName("sections and one list of twelve top-level items, then a paragraph (D39, D42, D44)")
        void sections() {
            Document doc = parse(FILE).document();
            // Top-level: lines 16, 20, 24, 26, 28, 31, 34, 37, 39, 40, 41, 42; with children 4+4+2+2+2+3+3+1+2+2+2+1.
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## New Agenda Items → new_agenda_items, 12/28 items"), Corpus.outline(doc.sections()));
            List<Block> blocks = doc.sections().get(1).blocks();
            assertEquals(List.of(ListBlock.class, Paragraph.class), blockTypes(blocks));
            assertEquals("Top-level paragraph after the list.", ((Paragraph) blocks.get(1)).plainText());
            assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                    attendee("Rosa Tester", "RT", "rtester", "Globex")), doc.attendees());
        }

        @Test
        @DisplayName("expect: nesting by columns with tabs at 4, 8-space children are items (D4, D39, D40, D76)")
        void nesting() {
            // Columns: 16:0 17:2 18:4 19:2 | 20:0 21:4 22:8 23:5 | 24:0 25:4 | 26:1 27:4 | 28:0 30:4 | 31:0 32:8 33:8
            // | 34:0 35:5 36:3 | 37:0 | 39-42:0. Line 23 (column 5) is within 1 of line 21 (column 4): sibling.
            // Line 26 (column 1) is within 1 of Topic (column 0): sibling. Line 36 (column 3) pops line 35 (column 5
            // > 3 + 1) and is a child of line 34 (column 0 <= 3 - 2).
            assertEquals("two-space nesting{child at column 2{grandchild at column 4} | "
                    + "back to column 2, sibling of the first child} | "
                    + "tabs{one tab, column 4, child{two tabs, column 8, grandchild} | "
                    + "tab and a space, column 5, sibling of the column-4 child} | "
                    + "Topic{tab-indented child} | "
                    + "1-space sibling of Topic{two spaces after the marker} | "
                    + "infra update The service moves next week.{} | "
                    + "Votes that closed this week:{2031-03-28: CEP on widgets | 2031-03-29: CEP on gadgets} | "
                    + "odd widths{five columns: child | three columns: inconsistent dedent, still a child} | "
                    + "a long item that wraps onto an indented continuation line | "
                    + "{First question} | {Second question} | {Site: a bullet holding a bullet} | "
                    + "first paragraph", Corpus.tree(items()));
        }

        @Test
        @DisplayName("expect: lazy and indented continuations, second paragraph of the RT item (D42)")
        void continuations() {
            List<ListItem> items = items();
            ListItem infra = items.get(4);
            ListItem wraps = items.get(7);
            ListItem rt = items.get(11);
            assertAll(
                    // Line 29 at column 0 right after the item text: lazy continuation with a soft break.
                    () -> assertEquals(List.of(text("infra update"), new SoftBreak(),
                            text("The service moves next week.")), Corpus.joinText(infra.content())),
                    // Line 30 `    * `: an empty child item.
                    () -> assertEquals(List.of(), infra.childItems().get(0).content()),
                    () -> assertEquals(List.of(text("a long item that wraps"), new SoftBreak(),
                            text("onto an indented continuation line")), Corpus.joinText(wraps.content())),
                    // Lines 43-44: after a blank line, indent 2 = the item's content column: a paragraph in the item.
                    () -> assertEquals(List.of("RT"), rt.speakers()),
                    () -> assertEquals("first paragraph", rt.plainText()),
                    () -> assertEquals(List.of(new Paragraph(List.of(text("second paragraph of the same item")))),
                            rt.children()));
        }

        @Test
        @DisplayName("markers: `-`/`*` mix in one list, marker after marker (D38, D43, D44)")
        void markers() {
            List<ListItem> items = items();
            assertAll(
                    () -> assertEquals(List.of(Marker.DASH, Marker.DASH, Marker.STAR, Marker.STAR, Marker.DASH,
                            Marker.DASH, Marker.DASH, Marker.DASH, Marker.DASH, Marker.DASH, Marker.STAR, Marker.DASH),
                            items.stream().map(ListItem::marker).toList()),
                    // Line 39 `- 1. First question`: an empty bullet item holding an ordered list (D43).
                    () -> assertEquals(List.of(), items.get(8).content()),
                    () -> assertTrue(((ListBlock) items.get(8).children().get(0)).ordered()),
                    // Line 41 `* * Site: …`: the inner item is a bullet too; `Site:` is a label.
                    () -> assertEquals(Marker.STAR, items.get(10).childItems().get(0).marker()),
                    () -> assertEquals(Optional.empty(), items.get(10).childItems().get(0).speaker()),
                    // Line 27: two spaces after the marker are trivia.
                    () -> assertEquals("two spaces after the marker", items.get(3).childItems().get(0).plainText()));
        }

        @Test
        @DisplayName("speakers and action items (D49, D67)")
        void speakersAndActionItems() {
            Document doc = parse(FILE).document();
            // Lines 16, 17, 18, 19, 20, 21, 22, 23, 28, 34, 37, 42.
            assertEquals(List.of("QE", "RT", "QE", "RT", "RT", "QE", "RT", "QE", "QE", "QE", "RT", "RT"),
                    Corpus.speakers(doc.sections().get(1)));
            // D67 as amended 2026-12 (before it, lines 34 and 37 were open action items and lines 16, 20, 28, 31
            // completed ones): no nested item has a box, so no action item; the top-level items with real text are
            // topics (D67 (2)). Lines 39, 40 and 41 hold only a nested list (D43): empty text, no topic.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[QE] two-space nesting @ new_agenda_items discussed",
                    "[RT] tabs @ new_agenda_items discussed",
                    "[] Topic @ new_agenda_items untracked",
                    "[] 1-space sibling of Topic @ new_agenda_items untracked",
                    "[QE] infra update The service moves next week. @ new_agenda_items discussed",
                    "[] Votes that closed this week: @ new_agenda_items discussed",
                    "[QE] odd widths @ new_agenda_items pending",
                    "[RT] a long item that wraps onto an indented continuation line @ new_agenda_items pending",
                    // Line 42: the item's text is its first paragraph; the second is a child block (D44).
                    "[RT] first paragraph @ new_agenda_items untracked"), topics(doc));
        }

        @Test
        @DisplayName("expect: exactly one list/inconsistent-indent, on the \"three columns\" line (D40)")
        void diagnostics() {
            assertEquals(List.of("list/inconsistent-indent 36"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("03-fences-and-comments.md")
    class FencesAndComments {

        static final String FILE = "03-fences-and-comments.md";

        @Test
        @DisplayName("expect: no section from a fence; preamble times (D8, D21, D63)")
        void sectionsAndPreamble() {
            Document doc = parse(FILE).document();
            Schedule schedule = doc.schedule();
            assertAll(
                    () -> assertEquals(Optional.of(LocalDate.of(2031, 5, 14)), doc.date()),
                    () -> assertEquals("Widget Ecosystem Meeting", doc.name()),
                    () -> assertEquals(Optional.of("https://zoom.example.org/j/123456789"), doc.meetingLink()),
                    () -> assertTime(Optional.of(LocalDate.of(2031, 5, 14)), 17, ZoneOffset.UTC,
                            schedule.primary().orElseThrow()),
                    () -> assertEquals(1, schedule.alternates().size()),
                    () -> assertTime(Optional.of(LocalDate.of(2031, 5, 14)), 14, ZoneOffset.UTC,
                            schedule.alternates().get(0)),
                    // Lines 33 and 47 are inside fences: no section.
                    () -> assertEquals(List.of(
                            "## Attendees → attendees, 2/2 items",
                            "## Announcements → announcements, 3/5 items",
                            "## New agenda items → new_agenda_items, 3/3 items"), Corpus.outline(doc.sections())));
        }

        @Test
        @DisplayName("expect: attendees QE and RT only; comments yield none (D26, D62, D81)")
        void attendees() {
            Document doc = parse(FILE).document();
            assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                    attendee("Rosa Tester", "RT", "rtester", "Globex")), doc.attendees());
            List<Block> blocks = doc.sections().get(0).blocks();
            assertEquals(List.of(Comment.class, Comment.class, ListBlock.class), blockTypes(blocks));
            assertEquals(List.of("<!-- Format:", "* XY: Given Family (@handle), Org.", "1. ...", "-->"),
                    ((Comment) blocks.get(0)).lines());
            assertEquals(List.of("<!-- QE (Quinn): travelling, notes async -->"), ((Comment) blocks.get(1)).lines());
        }

        @Test
        @DisplayName("expect: fences and quotes inside items; the 1-space fence is top-level (D42, D63, D64, D77)")
        void announcements() {
            List<Block> blocks = parse(FILE).document().sections().get(1).blocks();
            assertEquals(List.of(Comment.class, ListBlock.class, CodeBlock.class, CodeBlock.class), blockTypes(blocks));
            List<ListItem> items = ((ListBlock) blocks.get(1)).items();
            ListItem loader = items.get(0);
            ListItem quote = items.get(1);
            ListItem precedence = items.get(2);
            assertAll(
                    // Lines 25-29: opener indent 4 is removed from each content line.
                    () -> assertEquals(new CodeBlock('`', 3, "yaml=", List.of("## widget.toml", "options:", "  - fast")),
                            loader.children().get(0)),
                    () -> assertEquals("what about the old format?", loader.childItems().get(0).plainText()),
                    // Lines 31-34, inside the RT item (content column 6), opener indent 8 removed.
                    () -> assertEquals(List.of(new CodeBlock('~', 3, "", List.of("- not an item", "# not a heading"))),
                            loader.childItems().get(0).children()),
                    // Lines 36-38: a quote of two paragraphs, split by the bare `>`.
                    () -> assertEquals(List.of(new BlockQuote(List.of(
                            new Paragraph(List.of(text("Ship small, ship often."))),
                            new Paragraph(List.of(text("Second quoted paragraph.")))))), quote.children()),
                    () -> assertEquals(Marker.STAR, precedence.marker()),
                    () -> assertEquals("config precedence?{warn in this case}", Corpus.tree(List.of(precedence))),
                    // Lines 41-44: the D77 fence at column 1, content minus 1 column.
                    () -> assertEquals(new CodeBlock('`', 3, "", List.of("   ## widget/config.yaml", "   options:")),
                            blocks.get(2)),
                    // Lines 46-49.
                    () -> assertEquals(new CodeBlock('~', 3, "", List.of("## top-level code, not a section",
                            "<!-- not a comment either -->")), blocks.get(3)));
        }

        @Test
        @DisplayName("expect: unclosed openers are text and the items after them are items (D8, D62, D63)")
        void unclosedOpeners() {
            Document doc = parse(FILE).document();
            List<Block> blocks = doc.sections().get(2).blocks();
            // Line 55 and 58 are text at column 0 after a blank line: they close the list (D42) as paragraphs.
            assertEquals(List.of(ListBlock.class, Paragraph.class, ListBlock.class, Paragraph.class, ListBlock.class),
                    blockTypes(blocks));
            assertEquals("<!-- this comment never closes", ((Paragraph) blocks.get(1)).plainText());
            assertEquals("```never closed", ((Paragraph) blocks.get(3)).plainText());
            assertEquals(List.of("RT", "QE", "RT"), Corpus.speakers(doc.sections().get(2)));
            assertEquals(List.of("QE", "RT", "RT", "QE"), Corpus.speakers(doc.sections().get(1)));
            // D67 as amended 2026-12 (before it, lines 53, 56 and 59 were open action items and lines 24 and 35
            // completed ones): every item here is a top-level item of Announcements or New agenda items, so a topic
            // (D67 (2)); the only nested item, line 40, has no box and its topic has none either: no action item.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[QE] config loader rewrite @ announcements discussed",
                    "[RT] quote from a sponsor @ announcements discussed",
                    "[QE] config precedence? @ announcements untracked",
                    "[RT] two unclosed openers follow @ new_agenda_items pending",
                    "[QE] still an item @ new_agenda_items pending",
                    "[RT] still an item too @ new_agenda_items pending"), topics(doc));
        }

        @Test
        @DisplayName("expect: comment/unclosed and code/unclosed-fence (D62, D63)")
        void diagnostics() {
            assertEquals(List.of("comment/unclosed 55", "code/unclosed-fence 58"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("04-table-anomalies.md")
    class TableAnomalies {

        static final String FILE = "04-table-anomalies.md";

        @Test
        @DisplayName("expect: the ten attendees with their fields, Vera absent (D26, D28-D31)")
        void attendees() {
            assertEquals(List.of(
                    // Line 18: `@` dropped from the handle.
                    attendee("Quinn Example", "QE", "qexample", "Acme"),
                    // Line 19: no padding; `RT.` loses its period.
                    attendee("Rosa Tester", "RT", "rtester", "Globex"),
                    attendee("Pat Xu", "PX", "patxu", "Initech/cf"),
                    // Line 21: NBSP trimmed; one affiliation per cell.
                    attendee("Milo van Vliet", "MvV", "mvvliet", "Globex / widget-forge"),
                    attendee("Nia Nobody", null, null),
                    attendee("", null, "lonehandle"),
                    // Line 24: the handle comes from the single extra cell.
                    attendee("Sam Sample", "SS", "ssample", "Acme"),
                    attendee("Tom Trial", "TT", "ttrial", "N/A"),
                    attendee("Uma Unit (Umi)", "qxe", "uunit", "--"),
                    // Line 36, under "Attendees in Absentia"; the `Username` column is the handle.
                    new Attendee("Vera Verify", Optional.of("VV"), Optional.of("vverify"), List.of("Acme"), true)),
                    parse(FILE).document().attendees());
        }

        @Test
        @DisplayName("expect: blank, NBSP-only and lone-pipe rows are not rows; head count 31, the first (D29, D31, D36)")
        void tableRows() {
            Document doc = parse(FILE).document();
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## Attendees in Absentia → attendees_absentia, 0/0 items",
                    "## Introductions → introductions, 1/1 items",
                    "## Announcements → announcements, 3/3 items"), Corpus.outline(doc.sections()));
            List<Block> attendees = doc.sections().get(0).blocks();
            assertEquals(List.of(Table.class, HeadCount.class), blockTypes(attendees));
            Table table = (Table) attendees.get(0);
            // Rows on lines 18-26; lines 17, 27, 28 are blank rows, line 29 the lone pipe.
            assertEquals(9, table.rows().size());
            assertEquals(List.of("Sam Sample", "SS", "Acme", "", "@ssample"),
                    table.rows().get(6).cells().stream().map(TableCell::plainText).toList(), "extra cell kept");
            assertEquals(4, table.rows().get(7).cells().size(), "no trailing pipe, no extra cell");
            assertEquals("31 people in total", ((HeadCount) attendees.get(1)).text());
            HeadCount second = assertInstanceOf(HeadCount.class, doc.sections().get(1).blocks().get(1));
            assertEquals(OptionalInt.of(27), second.count());
            assertEquals(OptionalInt.of(31), doc.headCount());
        }

        @Test
        @DisplayName("expect: the Announcements table is no attendee table; a pipe line is text (D27, D61)")
        void announcements() {
            Document doc = parse(FILE).document();
            List<Block> blocks = doc.sections().get(3).blocks();
            assertEquals(List.of(Table.class, Paragraph.class, ListBlock.class), blockTypes(blocks));
            Table releases = (Table) blocks.get(0);
            assertEquals(List.of("Release", "Date"),
                    releases.header().cells().stream().map(TableCell::plainText).toList());
            assertEquals(List.of("3.2.1", "2031-06-01"),
                    releases.rows().get(0).cells().stream().map(TableCell::plainText).toList());
            assertEquals("| just a pipe line, no delimiter row |", ((Paragraph) blocks.get(1)).plainText());
            ListItem escaped = ((ListBlock) blocks.get(2)).items().get(2);
            // Line 54: `\|` is an escaped pipe; `a|b` a code span.
            assertEquals(List.of(text("release 3.2.1|2 incident, see "), new Code("a|b")),
                    Corpus.joinText(escaped.content()));
        }

        @Test
        @DisplayName("expect: `(qxe)` resolves to Uma Unit, `(VV)` to the absent Vera (D48, D53)")
        void speakers() {
            Document doc = parse(FILE).document();
            assertEquals(List.of("qxe", "VV"), Corpus.speakers(doc.sections().get(3)));
            assertEquals("Uma Unit (Umi)", doc.resolveSpeaker("qxe").orElseThrow().name());
            assertTrue(doc.resolveSpeaker("VV").orElseThrow().absent());
            // D67 as amended 2026-12 (before it, lines 52-54 were completed action items): top-level done boxes of
            // Announcements are discussed topics; line 42 in Introductions is empty: neither.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[qxe] lower-case initials in parentheses resolve to Uma Unit @ announcements discussed",
                    "[VV] an absent attendee still resolves @ announcements discussed",
                    "[] release 3.2.1|2 incident, see a|b @ announcements discussed"), topics(doc));
        }

        @Test
        @DisplayName("expect: missing-name, extra-cells, missing-trailing-pipe, lone-pipe, not-a-table (D27, D29, D30)")
        void diagnostics() {
            assertEquals(List.of(
                    "attendees/missing-name 23",
                    "table/extra-cells 24",
                    "table/missing-trailing-pipe 25",
                    "table/lone-pipe 29",
                    "table/not-a-table 50"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("05-numbered-attendees.md")
    class NumberedAttendees {

        static final String FILE = "05-numbered-attendees.md";

        @Test
        @DisplayName("expect: 17:00 UTC, alternate 14:00 UTC, the \"Various parts\" description (D19, D21, D22)")
        void preamble() {
            Document doc = parse(FILE).document();
            Schedule schedule = doc.schedule();
            LocalDate date = LocalDate.of(2031, 7, 8);
            assertAll(
                    () -> assertEquals(Optional.of(date), doc.date()),
                    () -> assertEquals("Widget Ecosystem Meeting", doc.name()),
                    () -> assertEquals(Optional.of("https://zoom.example.org/j/987654321?pwd=AbC"), doc.meetingLink()),
                    () -> assertTime(Optional.of(date), 17, ZoneOffset.UTC, schedule.primary().orElseThrow()),
                    () -> assertEquals(1, schedule.alternates().size()),
                    () -> assertTime(Optional.of(date), 14, ZoneOffset.UTC, schedule.alternates().get(0)),
                    () -> assertEquals(Optional.of("Various parts of the widget ecosystem gather on a regular basis. "
                            + "This meeting brings together all of these sub-communities for a community wide call."),
                            doc.description()));
        }

        @Test
        @DisplayName("expect: the numbered variants and the unparsed entry (D32, D33, D35, D80)")
        void attendees() {
            Document doc = parse(FILE).document();
            assertEquals(List.of(
                    "## Attendees → attendees, 11/11 items",
                    "## Announcements → announcements, 5/5 items"), Corpus.outline(doc.sections()));
            assertEquals(List.of(
                    attendee("Quinn Example", "QE", "qexample", "Acme", "C/SC", "CF/C"),
                    attendee("Rosa Tester", "RT", "rtester", "Globex"),
                    attendee("Pat Xu", null, "patxu", "Initech"),
                    attendee("Milo van Vliet", "MvV", "mvv", "CF/C"),
                    attendee("Nia Nobody", "NN", null),
                    // Line 22: ", SS" repeating the initials leaves the name.
                    attendee("Sam Sample", "SS", "ssample", "Acme/CF/CFC", "widget-forge/core"),
                    attendee("Tom Trial", "TT", null, "Initech"),
                    attendee("Uma Unit", "UU", "uunit", "Globex & widget-forge/core"),
                    // Line 25: empty NAME, so the whole text names the attendee, no other field.
                    attendee("QE: (@qexample2), Acme", null, null)), doc.attendees());
        }

        @Test
        @DisplayName("expect: MVV resolves case-insensitively, ZZ unresolved (D53)")
        void speakers() {
            Document doc = parse(FILE).document();
            assertEquals(List.of("QE", "MvV", "MVV", "NN", "ZZ"), Corpus.speakers(doc.sections().get(1)));
            assertAll(
                    () -> assertEquals("Quinn Example", doc.resolveSpeaker("QE").orElseThrow().name()),
                    () -> assertEquals("Milo van Vliet", doc.resolveSpeaker("MVV").orElseThrow().name()),
                    () -> assertEquals("Nia Nobody", doc.resolveSpeaker("NN").orElseThrow().name()),
                    () -> assertEquals(Optional.empty(), doc.resolveSpeaker("ZZ")));
            // D67 as amended 2026-12 (before it, line 35 was an open action item and lines 31-34 completed ones):
            // the top-level boxes of Announcements are topics, discussed on lines 31-34 and pending on line 35.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[QE] new meeting schedule @ announcements discussed",
                    "[MvV] welcome @ announcements discussed",
                    "[MVV] same person, upper-case variant @ announcements discussed",
                    "[NN] first time here @ announcements discussed",
                    "[ZZ] agenda item from someone not listed @ announcements pending"), topics(doc));
        }

        @Test
        @DisplayName("expect: unparsed-entry, two placeholders, ZZ unresolved (D33, D35, D53)")
        void diagnostics() {
            assertEquals(List.of(
                    "attendees/unparsed-entry 25",
                    "attendees/placeholder 26",
                    "attendees/placeholder 27",
                    "speaker/unresolved 35"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("06-speaker-lookalikes.md")
    class SpeakerLookalikes {

        static final String FILE = "06-speaker-lookalikes.md";

        @Test
        @DisplayName("sections and attendees, two of them UA")
        void sections() {
            Document doc = parse(FILE).document();
            // Lines 26-76 are all items; 31-34 are children of 30 and 53 a child of 52.
            assertEquals(List.of(
                    "## Attendees → attendees, 0/0 items",
                    "## Introductions → introductions, 3/3 items",
                    "## New Agenda Items → new_agenda_items, 46/51 items"), Corpus.outline(doc.sections()));
            assertEquals(List.of("QE", "RT", "MvV", "JS", "UA", "UA"),
                    doc.attendees().stream().map(a -> a.initials().orElseThrow()).toList());
        }

        @Test
        @DisplayName("expect: speakers exactly on the listed items, with forms and qualifiers (D47-D52, D79)")
        void speakers() {
            Document doc = parse(FILE).document();
            // Introductions: line 21 only; `Quinn:` and `Rosa:` are labels even there (D52).
            assertEquals(List.of("QE COLON · happy to be here"),
                    Corpus.speakerItems(doc.sections().get(1)).stream().map(SharedExamplesTest::prefix).toList());
            // Lines 27, 36, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 66, 68, 69, 73.
            assertEquals(List.of(
                    "QE PAREN · release planned",
                    "JS COLON · owns the bindings",
                    "QE PAREN (away, please read aloud) · vote!",
                    "QE COLON (acme-team) · idea",
                    "RT/QE COLON · notices",
                    "QE PAREN (away this week, see notes) · ",
                    "QE PAREN (Rosa) · poll results",
                    "RT PAREN (relayed by QE) · upload done",
                    "QE PAREN (others) · group photo",
                    "QE/RT PAREN_COLON · +1 on option A",
                    "QE BRACKET_COLON · index spec",
                    "RT/QE BRACKET · plan",
                    "MvV COLON · mixed-case initials",
                    "MVV COLON · upper-case variant",
                    "mvv PAREN · lower-case initials in parentheses",
                    "XY COLON · someone not in the table",
                    "QE/RT COLON · semicolon joint",
                    "QE PAREN (ok) · fine",
                    "UA COLON · which of the two?"),
                    Corpus.speakerItems(doc.sections().get(2)).stream().map(SharedExamplesTest::prefix).toList());
        }

        @Test
        @DisplayName("look-alikes keep their text unchanged (D51, D52, D60, D79)")
        void lookalikes() {
            List<ListItem> items = Corpus.allItems(parse(FILE).document().sections().get(2));
            // Index = line - 26 (every line 26-76 is an item, in order).
            assertAll(
                    () -> assertEquals("[x] (Acme) release planned", Corpus.box(items.get(0))),
                    () -> assertEquals("[widgetlib] faster index", Corpus.box(items.get(2))),
                    () -> assertEquals("[x] SPECS:", Corpus.box(items.get(3))),
                    () -> assertEquals("[x] CEPS:{PR: https://example.org/widgets/pull/7 | TODO: write tests | "
                            + "FYI: freeze next week | RFC: https://example.org/rfc/3}", "[x] "
                            + Corpus.tree(List.of(items.get(4)))),
                    () -> assertEquals("[ ] JS bindings for the widget lib", Corpus.box(items.get(9))),
                    // Line 37: `@` + WS is no mention (D60), and no speaker.
                    () -> assertEquals(List.of(text("@ acme/core-team: please review")),
                            Corpus.joinText(items.get(11).content())),
                    // Line 38: an addressee, not a speaker; the mention stays.
                    () -> assertEquals(List.of(new Mention("qexample", Optional.empty()), text(": ping")),
                            Corpus.joinText(items.get(12).content())),
                    () -> assertEquals("QE will follow up{QE - is there a mirror?}", Corpus.tree(List.of(items.get(26)))),
                    () -> assertEquals("Docs need screenshots (RT)", Corpus.box(items.get(28))),
                    () -> assertEquals("Demo went well :) TL;DR: ship it.", Corpus.box(items.get(29))),
                    () -> assertEquals("TL;DR: ship it.", Corpus.box(items.get(30))),
                    () -> assertEquals("(postponed) QE: later", Corpus.box(items.get(31))),
                    () -> assertEquals("(wip) exporter", Corpus.box(items.get(33))),
                    () -> assertEquals("[ ] ()", Corpus.box(items.get(34))),
                    () -> assertEquals("[ ] (@qexample) plug for the talk", Corpus.box(items.get(36))),
                    () -> assertEquals("[ ] (TODO) draft the spec", Corpus.box(items.get(41))),
                    () -> assertEquals("QE and RT: not a joint prefix", Corpus.box(items.get(44))),
                    () -> assertEquals("Q&A: open floor", Corpus.box(items.get(45))),
                    () -> assertEquals("CI/CD: green again", Corpus.box(items.get(46))),
                    // Lines 75-76: a prefix must be followed by WS (D49).
                    () -> assertEquals("[ ] QE:no space after the colon", Corpus.box(items.get(49))),
                    () -> assertEquals("[ ] (QE)no space after the parenthesis", Corpus.box(items.get(50))));
        }

        @Test
        @DisplayName("expect: resolution, UA ambiguous, one decision; action items (D53, D67, D68)")
        void resolutionActionItemsDecisions() {
            Document doc = parse(FILE).document();
            assertAll(
                    // Two attendees are UA: the first wins (D53).
                    () -> assertEquals("Una Ample", doc.resolveSpeaker("UA").orElseThrow().name()),
                    () -> assertEquals("Milo van Vliet", doc.resolveSpeaker("MVV").orElseThrow().name()),
                    () -> assertEquals("Milo van Vliet", doc.resolveSpeaker("mvv").orElseThrow().name()),
                    () -> assertEquals(Optional.empty(), doc.resolveSpeaker("XY")));
            // D67 as amended 2026-12 (before it, the open boxes with text were open action items and the done boxes
            // completed ones). Line 33 `- TODO: write tests`, a child of the discussed topic `[x] CEPS:`, is the only
            // action item: open, "write tests", no assignee (D67 (1)(b), as the header says). No item at depth >= 2
            // has a box, so none is a (c) follow-up.
            assertEquals(List.of("[] write tests @ new_agenda_items"), open(doc));
            assertEquals(List.of(), completed(doc));
            // Every top-level item of New Agenda Items with real text is a topic (D67 (2)): 46 items on lines 27-77,
            // less line 43 (speaker and qualifier, empty text) and the placeholders `()` and `( )` on lines 61-62.
            // Open boxes on lines 36, 37, 40, 41, 63, 67, 68, 76, 77: pending.
            assertEquals(List.of(
                    "[] JS bindings for the widget lib @ new_agenda_items pending",
                    "[JS] owns the bindings @ new_agenda_items pending",
                    "[QE] vote! @ new_agenda_items pending",
                    "[QE] idea @ new_agenda_items pending",
                    "[] (@qexample) plug for the talk @ new_agenda_items pending",
                    "[XY] someone not in the table @ new_agenda_items pending",
                    "[] (TODO) draft the spec @ new_agenda_items pending",
                    "[] QE:no space after the colon @ new_agenda_items pending",
                    "[] (QE)no space after the parenthesis @ new_agenda_items pending"),
                    topics(doc).stream().filter(topic -> topic.endsWith(" pending")).toList());
            // Done boxes on lines 27, 28, 30, 31, 38, 39, 44, 45, 46: discussed.
            assertEquals(List.of(
                    "[] (Acme) release planned @ new_agenda_items discussed",
                    "[QE] release planned @ new_agenda_items discussed",
                    "[] SPECS: @ new_agenda_items discussed",
                    "[] CEPS: @ new_agenda_items discussed",
                    "[] @ acme/core-team: please review @ new_agenda_items discussed",
                    "[] @qexample: ping @ new_agenda_items discussed",
                    "[QE] poll results @ new_agenda_items discussed",
                    "[RT] upload done @ new_agenda_items discussed",
                    "[QE] group photo @ new_agenda_items discussed"),
                    topics(doc).stream().filter(topic -> topic.endsWith(" discussed")).toList());
            // The 25 top-level items without a box (lines 29, 42, 47-53, 55-60, 64-66, 69-75): untracked, the
            // decision on line 75 included (D68 keeps it from being an action item, not a topic).
            assertEquals(25, doc.topics().stream().filter(topic -> topic.state() == TopicState.UNTRACKED).count());
            // Line 75 is the third-last topic, before the pending lines 76 and 77.
            assertEquals("[] Consensus: ship on Friday @ new_agenda_items untracked", topics(doc).get(40));
            assertEquals(43, doc.topics().size());
            assertEquals(List.of("[] ship on Friday"), decisions(doc));
        }

        @Test
        @DisplayName("expect: XY unresolved, UA ambiguous (D53)")
        void diagnostics() {
            assertEquals(List.of("speaker/unresolved 67", "speaker/ambiguous 74"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("07-inline-edge-cases.md")
    class InlineEdgeCases {

        static final String FILE = "07-inline-edge-cases.md";

        @Test
        @DisplayName("sections; the heading keeps its emoji (D13, D24, D59)")
        void sections() {
            Document doc = parse(FILE).document();
            // Top-level items on lines 12 (to 13), 14-18, 20-37; line 19 is a child.
            assertEquals(List.of(
                    "## Attendees → attendees, 1/1 items",
                    "## New Agenda Items :newspaper: → new_agenda_items, 24/25 items"), Corpus.outline(doc.sections()));
            assertEquals(List.of(text("New Agenda Items "), new Emoji("newspaper")),
                    Corpus.joinText(doc.sections().get(1).heading()));
            assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme")), doc.attendees());
        }

        @Test
        @DisplayName("expect: links, URLs, code, emphasis, emoji, mentions and escapes, item by item (D54-D61, D78)")
        void inlines() {
            List<ListItem> items = Corpus.allItems(parse(FILE).document().sections().get(1));
            List<List<Inline>> expected = List.of(
                    // Lines 12-13: the link closes on the lazy line, no soft break (D78); `Site:` is a label.
                    List.of(text("Site: review the "), link("https://example.org/doc/edit#h.q1", text("copy")),
                            text(" before the next sprint.")),
                    List.of(link("", text("previous notes")), text(" TBD!")),
                    List.of(link("example.org", text("example.org")), text(" and "),
                            link("https:example.org/acme/theme", text("theme"))),
                    List.of(link("https://example.org/read", new Strong(List.of(text("Read this first")))),
                            text(", "), link("https://example.org/spec", new Code("widget.toml"), text(" spec")),
                            text(" and "), link("https://example.org/opts", text("max_retries option"))),
                    // Line 17: no bare URL inside link text (D57 "outside link syntax").
                    List.of(text("a "), link("https://example.org/t", text("URL as link text https://example.org")),
                            text(" stays text inside the link")),
                    // Line 18: `(text)[url]` is text; the final `]` has no partner in the URL.
                    List.of(text("(Solver bug)["), url("https://example.org/issues/1"), text("]")),
                    List.of(new Image(List.of(text("screenshot")), "https://example.org/a.png")),
                    List.of(text("see "), url("https://example.org/x"), text(". Also "), url("https://example.org/y"),
                            text(", and "), url("https://example.org/z"), text("; done")),
                    List.of(text("(see "), url("https://example.org/issues/7"), text(") and ( "),
                            url("https://example.org/issues/8"), text(" )")),
                    List.of(url("https://en.example.org/wiki/Foo_(bar)"), text(" is balanced")),
                    List.of(text("{%preview "), url("https://example.org/pull/1"), text(" %}")),
                    // Line 24: "`` a | b ``" loses one space on each side; "``.widgetrc`?" has no closer.
                    List.of(new Code("widget build"), text(" and "), new Code("a | b"),
                            text(" and ``.widgetrc`? unbalanced")),
                    List.of(new Code("add <pkg> *not* _emphasis_"), text(" stays literal in code")),
                    List.of(new Strong(List.of(text("Heads-up"))), text(": "),
                            new Emphasis('_', List.of(text("only on Linux"))), text(" and "),
                            new Emphasis('*', List.of(text("before"))), text(" and "),
                            new Strikethrough(List.of(text("Tuesday"))), text(" Wednesday")),
                    List.of(text("max_retries, build_number and __gpu_level virtual package stay text")),
                    List.of(text("_unmatched opener and **unmatched strong and ~~unmatched strike")),
                    List.of(text("*escaped stars* and _escaped underscores_ are text")),
                    List.of(text("shipped "), new Emoji("tada"), text(" and "), new Emoji("thinking_face"),
                            text(" but not :) or :-) or :D or 10:30:00")),
                    List.of(text("thanks "), new Mention("qexample", Optional.empty()), text(" and "),
                            new Mention("acme", Optional.of("communications")),
                            text("; mail team@example.org; Pat @ Acme")),
                    List.of(text("store <run-id>.log and a <> b and <3 and <-- see above")),
                    List.of(text("template ${{ value }} and {{ date }} stay text")),
                    List.of(text("issue acme/widget#123 and #8 and #widget-summit are text")),
                    List.of(text("release 3.2.1|2 and A & B and &amp; stay text")),
                    List.of(text("2 * 3 * 4 is not emphasis")),
                    List.of(text("schemeless example.org/path and docs.widget.example stay text")));
            assertEquals(expected.size(), items.size(), "items on lines 12-37, the link spanning 12-13");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), Corpus.joinText(items.get(i).content()), "item " + i);
            }
            assertTrue(items.stream().allMatch(item -> item.speaker().isEmpty() && item.checkbox().isEmpty()));
        }

        @Test
        @DisplayName("no diagnostics")
        void diagnostics() {
            assertEquals(List.of(), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("08-crlf-and-bom.md")
    class CrlfAndBom {

        static final String FILE = "08-crlf-and-bom.md";

        @Test
        @DisplayName("the file really has a BOM and CRLF line endings")
        void fileIsByteExact() throws IOException {
            byte[] bytes = Files.readAllBytes(Corpus.examples().resolve(FILE));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertEquals(24, text.split("\r\n", -1).length - 1, "24 CRLF-terminated lines");
            assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
        }

        @Test
        @DisplayName("expect: the same AST as with LF and no BOM (D1, D2)")
        void sameAstAsLf() throws IOException {
            String text = Files.readString(Corpus.examples().resolve(FILE), StandardCharsets.UTF_8);
            String plain = text.substring(1).replace("\r\n", "\n");
            assertEquals(MinutesParser.create().parse(plain).document(), parse(FILE).document());
        }

        @Test
        @DisplayName("the BOM shifts no column: lead comment at 1:1, title at 4:1 (D1, D69)")
        void positions() {
            ParseResult result = parse(FILE);
            Document doc = result.document();
            assertEquals(new Position(1, 1), Corpus.start(result, doc.lead().get(0)));
            assertEquals(new Position(4, 1), Corpus.start(result, doc.title().orElseThrow()));
            assertTrue(((Comment) doc.lead().get(0)).lines().get(0).startsWith("<!-- Exercises D1"), "no BOM in it");
        }

        @Test
        @DisplayName("structure, path-style UTC time, action items, no diagnostics (D20, D42, D45)")
        void structure() {
            ParseResult result = parse(FILE);
            Document doc = result.document();
            LocalDate date = LocalDate.of(2031, 10, 7);
            assertAll(
                    () -> assertEquals(Optional.of(date), doc.date()),
                    () -> assertEquals("Widget Community Meeting", doc.name()),
                    () -> assertEquals(Optional.of("https://meet.example.org/abc-defg-hij"), doc.meetingLink()),
                    // Line 7: /UTC/2031-10-07/17:00/…, the URL date equals the title's: no date-mismatch.
                    () -> assertTime(Optional.of(date), 17, ZoneOffset.UTC, doc.schedule().primary().orElseThrow()),
                    () -> assertEquals(List.of(
                            "## Attendees → attendees, 0/0 items",
                            "## Announcements → announcements, 2/3 items"), Corpus.outline(doc.sections())),
                    () -> assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                            attendee("Rosa Tester", "RT", "rtester", "Globex")), doc.attendees()),
                    () -> assertEquals(OptionalInt.of(2), doc.headCount()),
                    // D67 as amended 2026-12 (before it, line 21 was an open action item and lines 22-24 completed
                    // ones): the top-level boxes of Announcements are topics, line 21 pending and lines 23-24
                    // discussed; line 22 `[x] RT: done` stands under a pending topic, so it is neither (D67 (1)(c)).
                    () -> assertEquals(List.of(), doc.actionItems()),
                    // Lines 23-24: the continuation line joins with a soft break; no CR in any text.
                    () -> assertEquals(List.of("[QE] ping RT about the release @ announcements pending",
                            "[RT] notes that span two lines and continue here @ announcements discussed"), topics(doc)),
                    () -> assertEquals(List.of(), Corpus.diagnosticLines(result)));
        }
    }

    @Nested
    @DisplayName("09-nbsp-and-no-final-newline.md")
    class NbspAndNoFinalNewline {

        static final String FILE = "09-nbsp-and-no-final-newline.md";

        @Test
        @DisplayName("the file really has NBSPs and no final newline")
        void fileIsByteExact() throws IOException {
            String text = Files.readString(Corpus.examples().resolve(FILE), StandardCharsets.UTF_8);
            assertTrue(text.contains("\u00A0"));
            assertTrue(text.endsWith("a final newline"));
        }

        @Test
        @DisplayName("expect: name, attendees QE (Acme) and RT (rtester), head count absent (D3, D28, D30, D36, D83)")
        void headAndAttendees() {
            Document doc = parse(FILE).document();
            assertAll(
                    // Line 5 ends with space, NBSP, two spaces: all trimmed.
                    () -> assertEquals("Widget Community Meeting", doc.name()),
                    () -> assertEquals(Optional.of(LocalDate.of(2031, 11, 4)), doc.date()),
                    // Line 7 "## Attendees " and line 20 "## New Agenda Items  ".
                    () -> assertEquals(List.of(
                            "## Attendees → attendees, 0/0 items",
                            "## New Agenda Items → new_agenda_items, 6/8 items"), Corpus.outline(doc.sections())),
                    // Line 12: NBSP after the name; "@" NBSP "rtester" loses `@` and WS.
                    () -> assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                            attendee("Rosa Tester", "RT", "rtester", "Globex")), doc.attendees()),
                    () -> assertEquals(OptionalInt.empty(), doc.headCount()));
            List<Block> blocks = doc.sections().get(0).blocks();
            // Lines 13-14 are blank rows (NBSP-only too); lines 15-16 blank lines before `X people in total`.
            assertEquals(List.of(Table.class, HeadCount.class), blockTypes(blocks));
            assertEquals(2, ((Table) blocks.get(0)).rows().size());
        }

        @Test
        @DisplayName("expect: NBSP is WS after markers, checkboxes and colons, but stays inside text (D3, D45, D49, D60)")
        void items() {
            List<ListItem> items = Corpus.allItems(parse(FILE).document().sections().get(1));
            assertAll(
                    () -> assertEquals(List.of(
                            "item after an NBSP following the marker",
                            "[X] QE: shipped the exporter",
                            "[x] QE: NBSP after the colon too",
                            "[x] @\u00A0acme/team: please review",
                            "[ ] RT: met\u00A0Acme folks\u00A0at the summit",
                            "[ ] ",
                            "[x] RT: tab-indented sibling of the empty child",
                            "[ ] RT: last line without a final newline"),
                            items.stream().map(Corpus::box).toList()),
                    // Line 24: `@` + NBSP is no mention.
                    () -> assertEquals(List.of(text("@\u00A0acme/team: please review")), items.get(3).content()),
                    // Line 26 (column 4) and line 27 (tab → column 4) are siblings under line 25.
                    () -> assertEquals(2, items.get(4).childItems().size()),
                    () -> assertEquals(Optional.empty(), items.get(5).speaker()));
        }

        @Test
        @DisplayName("action items and the X head count diagnostic (D36, D67)")
        void actionItemsAndDiagnostics() {
            ParseResult result = parse(FILE);
            Document doc = result.document();
            // D67 as amended 2026-12 (before it, lines 25 and 28 were open action items and lines 22, 23, 24, 27
            // completed ones): the top-level items are topics; the boxed children on lines 26-27 stand under the
            // pending topic of line 25, so they are neither (D67 (1)(c)), and line 26 has no real text anyway.
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[] item after an NBSP following the marker @ new_agenda_items untracked",
                    "[QE] shipped the exporter @ new_agenda_items discussed",
                    "[QE] NBSP after the colon too @ new_agenda_items discussed",
                    "[] @\u00A0acme/team: please review @ new_agenda_items discussed",
                    "[RT] met\u00A0Acme folks\u00A0at the summit @ new_agenda_items pending",
                    "[RT] last line without a final newline @ new_agenda_items pending"), topics(doc));
            assertEquals(List.of("headcount/placeholder 17"), Corpus.diagnosticLines(result));
        }
    }

    @Nested
    @DisplayName("10-empty-template.md")
    class EmptyTemplate {

        static final String FILE = "10-empty-template.md";

        @Test
        @DisplayName("expect: no date, template name, undated times (D15, D16, D21)")
        void headAndPreamble() {
            Document doc = parse(FILE).document();
            Schedule schedule = doc.schedule();
            assertAll(
                    () -> assertEquals(Optional.empty(), doc.date()),
                    () -> assertFalse(doc.draft()),
                    () -> assertEquals("{{ meeting_date }} Widget Ecosystem Meeting", doc.name()),
                    () -> assertTime(Optional.empty(), 17, ZoneOffset.UTC, schedule.primary().orElseThrow()),
                    () -> assertEquals(1, schedule.alternates().size()),
                    () -> assertTime(Optional.empty(), 14, ZoneOffset.UTC, schedule.alternates().get(0)),
                    () -> assertEquals(Optional.of("https://zoom.example.org/j/123456789"), doc.meetingLink()),
                    () -> assertEquals(Optional.of("Various parts of the widget ecosystem gather on a regular basis. "
                            + "This meeting brings together all of these sub-communities for a community wide call."),
                            doc.description()));
        }

        @Test
        @DisplayName("expect: no attendees, no head count, no action items (D25, D33, D36, D67)")
        void emptyModel() {
            Document doc = parse(FILE).document();
            assertAll(
                    () -> assertEquals(List.of(
                            "## Attendees → attendees, 3/3 items",
                            "## Introductions → introductions, 1/1 items",
                            "## Announcements → announcements, 1/1 items",
                            "## From previous meetings → from_previous, 1/1 items",
                            "## New agenda items → new_agenda_items, 1/1 items",
                            "## Deferred to next meeting → deferred, 1/1 items"), Corpus.outline(doc.sections())),
                    // Lines 13-16 comment, 17-19 list, 20 comment (column 0 closes the list), 22 head count.
                    () -> assertEquals(List.of(Comment.class, ListBlock.class, Comment.class, HeadCount.class),
                            blockTypes(doc.sections().get(0).blocks())),
                    // Line 28's comment belongs to Introductions, the section it stands in.
                    () -> assertEquals(List.of(ListBlock.class, Comment.class),
                            blockTypes(doc.sections().get(1).blocks())),
                    () -> assertEquals(List.of(), doc.attendees()),
                    () -> assertEquals(OptionalInt.empty(), doc.headCount()),
                    () -> assertEquals(List.of(), doc.actionItems()));
        }

        @Test
        @DisplayName("expect: title/no-date, three placeholders, headcount/placeholder")
        void diagnostics() {
            assertEquals(List.of(
                    "title/no-date 5",
                    "attendees/placeholder 17",
                    "attendees/placeholder 18",
                    "attendees/placeholder 19",
                    "headcount/placeholder 22"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("11-headless-attendees-and-headings.md")
    class HeadlessAttendeesAndHeadings {

        static final String FILE = "11-headless-attendees-and-headings.md";

        @Test
        @DisplayName("expect: draft, date, description, preamble attendee list (D15, D17, D22, D26)")
        void headAndPreamble() {
            Document doc = parse(FILE).document();
            assertAll(
                    () -> assertTrue(doc.draft()),
                    () -> assertEquals(Optional.of(LocalDate.of(2031, 12, 2)), doc.date()),
                    () -> assertEquals("Widget Community Meeting", doc.name()),
                    () -> assertEquals(List.of(ThematicBreak.class, Paragraph.class, Paragraph.class, ListBlock.class),
                            blockTypes(doc.preamble())),
                    () -> assertEquals(Optional.of("Quick sync before the holidays."), doc.description()),
                    () -> assertEquals(Optional.of("https://zoom.example.org/j/123456789"), doc.meetingLink()),
                    // "…my time zone: 5pm UTC" still starts with the D19 text.
                    () -> assertTime(Optional.of(LocalDate.of(2031, 12, 2)), 17, ZoneOffset.UTC,
                            doc.schedule().primary().orElseThrow()),
                    () -> assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                            attendee("Rosa Tester", "RT", "rtester", "Globex")), doc.attendees()));
        }

        @Test
        @DisplayName("expect: thirteen sections and their kinds; `#tag` is a paragraph (D13, D14, D23-D25)")
        void sections() {
            Document doc = parse(FILE).document();
            assertEquals(List.of(
                    "# Previous meetings → previous_meetings, 1/1 items",
                    "## Introductions :wave: → introductions, 1/1 items",
                    "## New Agenda Items :newspaper: → new_agenda_items, 0/0 items",
                    "## Stuff from last week that we didn\u2019t get to → from_previous, 1/1 items",
                    "## Defer to next meeting → deferred, 0/0 items",
                    "## Other notes / discussions → discussion, 1/1 items",
                    "## TODO → action_items, 1/1 items",
                    "## Last Meeting 203101102 → previous_meetings, 0/0 items",
                    "## 2 meetings ago → previous_meetings, 0/0 items",
                    "### Move to Issue Tracker → move_to_issue_tracker, 0/0 items",
                    "#### Subteam Updates → subteam_updates, 0/0 items",
                    "## What is this meeting for? → meeting_purpose, 0/0 items",
                    "##### Deep heading → other, 0/0 items"), Corpus.outline(doc.sections()));
            List<Block> deep = doc.sections().get(12).blocks();
            assertEquals(List.of(new Paragraph(List.of(text("#tag is not a heading")))), deep);
        }

        @Test
        @DisplayName("speakers and action items by section kind (D67)")
        void actionItems() {
            Document doc = parse(FILE).document();
            // D67 as amended 2026-12: only the TODO section (kind action_items) holds an action item (D67 (1)(a), D93);
            // before the amendment lines 27 and 32 were an open and a completed action item too. They are topics of
            // their sections (D67 (2)), as is line 19 of the first section; Introductions holds neither.
            assertEquals(List.of("[QE] send the notes @ action_items"), open(doc));
            assertEquals(List.of(), completed(doc));
            assertEquals(List.of(
                    "[] 2031-11-18 https://example.org/notes/AbCdEf @ previous_meetings untracked",
                    "[RT] carry over the audit @ from_previous pending",
                    "[QE] done @ discussion discussed"), topics(doc));
            assertEquals(List.of("QE"), Corpus.speakers(doc.sections().get(1)));
        }

        @Test
        @DisplayName("expect: attendees/no-heading and heading/deep-level (D13, D26)")
        void diagnostics() {
            assertEquals(List.of("attendees/no-heading 15", "heading/deep-level 49"),
                    Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("12-checkboxes-and-markers.md")
    class CheckboxesAndMarkers {

        static final String FILE = "12-checkboxes-and-markers.md";

        @Test
        @DisplayName("blocks: lists split by kind and by text at column 0; `+` is a marker, `1)` a lazy line (D37, D44)")
        void blocks() {
            Document doc = parse(FILE).document();
            // Top-level: 12 bullets (23-34), `1.` (35), `+` (37), `2031.` (40), bullets 43, 46, 47, 48, 49; line 47
            // nests two more items (D43) and 43 two more (44, 45).
            // D37 as amended 2026-12 makes `+` a marker: `+ plus is not a marker` (line 37) is an item of its own
            // list, whose text continues lazily with line 38 (`1)` is no marker); before the amendment both lines
            // were one paragraph, and the section had 19/23 items.
            assertEquals(List.of(
                    "## Attendees → attendees, 2/2 items",
                    "## Agenda → agenda, 20/24 items"), Corpus.outline(doc.sections()));
            List<Block> blocks = doc.sections().get(1).blocks();
            assertEquals(List.of(ListBlock.class, ListBlock.class, ListBlock.class, ListBlock.class, Paragraph.class,
                    ListBlock.class), blockTypes(blocks));
            ListItem plus = ((ListBlock) blocks.get(2)).items().get(0);
            assertAll(
                    () -> assertTrue(((ListBlock) blocks.get(1)).ordered()),
                    () -> assertFalse(((ListBlock) blocks.get(2)).ordered()),
                    () -> assertEquals(1, ((ListBlock) blocks.get(2)).items().size()),
                    () -> assertEquals(Marker.PLUS, plus.marker()),
                    () -> assertEquals(List.of(text("plus is not a marker"), new SoftBreak(), text("1) neither is N)")),
                            Corpus.joinText(plus.content())),
                    () -> assertTrue(((ListBlock) blocks.get(3)).ordered()),
                    () -> assertEquals("is an ordered item", ((ListBlock) blocks.get(3)).items().get(0).plainText()),
                    () -> assertEquals("1.5 release is text", ((Paragraph) blocks.get(4)).plainText()));
        }

        @Test
        @DisplayName("expect: checkbox states, malformed boxes stay text (D45, D46)")
        void checkboxes() {
            List<Block> blocks = parse(FILE).document().sections().get(1).blocks();
            assertEquals(List.of(
                    "[ ] QE: open action item",
                    "[x] RT: completed item",
                    "[X] QE: completed, upper-case X kept",
                    "[ ] ",
                    "[ ] ",
                    "[ ] ...",
                    "[ ] xxx",
                    "[] Pat: joined the team",
                    "[-] cancelled?",
                    "[x]done without a space",
                    "[  ] two spaces inside",
                    "N/]"), Corpus.allItems(List.of(blocks.get(0))).stream().map(Corpus::box).toList());
            assertEquals(List.of("[ ] RT: checkbox on an ordered item"),
                    Corpus.allItems(List.of(blocks.get(1))).stream().map(Corpus::box).toList());
            assertEquals(List.of(
                    "[x] parent done",
                    "[ ] child still open",
                    "[x] QE/RT: joint assignees",
                    "[ ] - not a nested item after a checkbox",
                    "",
                    "",
                    "deeply nested markers",
                    "Decision: ship on Friday",
                    "[x] RT: Agreed: move the call"),
                    Corpus.allItems(List.of(blocks.get(5))).stream().map(Corpus::box).toList());
            ListItem nested = ((ListBlock) blocks.get(5)).items().get(2);
            assertEquals(Marker.STAR, nested.childItems().get(0).childItems().get(0).marker());
        }

        @Test
        @DisplayName("expect: topics, action items under the discussed topic, letter X kept, decisions (D67, D68)")
        void actionItemsAndDecisions() {
            // D67 as amended 2026-12, as the header states (before it, every box with real text was an action item:
            // four open, five completed). The header gives the action items and the topics' states and speakers.
            Document doc = parse(FILE).document();
            // D67 (1)(c): the boxed items at depth >= 2 under the discussed topic "parent done" (lines 44, 45).
            assertEquals(List.of("[] child still open @ agenda"), open(doc));
            assertEquals(List.of("[QE/RT] joint assignees @ agenda"), completed(doc));
            // D67 (2): every top-level item of `## Agenda` with real text, in document order (lines 23, 24, 25,
            // 30-35, 37, 40, 43, 46, 48, 49). The empty and placeholder boxes (26-29) and line 47 (empty text, D43)
            // are no topics; the malformed boxes stay text (D46), so their items are untracked.
            assertEquals(List.of(
                    "[QE] open action item @ agenda pending",
                    "[RT] completed item @ agenda discussed",
                    "[QE] completed, upper-case X kept @ agenda discussed",
                    "[] [] Pat: joined the team @ agenda untracked",
                    "[] [-] cancelled? @ agenda untracked",
                    "[] [x]done without a space @ agenda untracked",
                    "[] [  ] two spaces inside @ agenda untracked",
                    "[] N/] @ agenda untracked",
                    "[RT] checkbox on an ordered item @ agenda pending",
                    "[] plus is not a marker 1) neither is N) @ agenda untracked",
                    "[] is an ordered item @ agenda untracked",
                    "[] parent done @ agenda discussed",
                    "[] - not a nested item after a checkbox @ agenda pending",
                    "[] Decision: ship on Friday @ agenda untracked",
                    "[RT] Agreed: move the call @ agenda discussed"), topics(doc));
            // Letter X kept on the discussed topic of line 25 (D45).
            assertEquals(Optional.of(Checkbox.DONE_UPPER_CASE), doc.topics().get(2).item().checkbox());
            assertEquals(List.of("[] ship on Friday", "[RT] move the call"), decisions(doc));
        }

        @Test
        @DisplayName("expect: item/malformed-checkbox on the four malformed lines (D46)")
        void diagnostics() {
            assertEquals(List.of(
                    "item/malformed-checkbox 30",
                    "item/malformed-checkbox 31",
                    "item/malformed-checkbox 32",
                    "item/malformed-checkbox 33"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("13-sign-in-roll-call.md")
    class SignInRollCall {

        static final String FILE = "13-sign-in-roll-call.md";

        @Test
        @DisplayName("expect: date and start time from the `Date:` label, name kept with its suffix (D84 (3), D85)")
        void dateTimeAndName() {
            Document doc = parse(FILE).document();
            LocalDate date = LocalDate.of(2031, 5, 16);
            assertAll(
                    // Line 19, in the first section: `**Date:** Thursday, 16th May 2031 at 5pm UTC`.
                    () -> assertEquals(Optional.of(new MeetingDate(date, DateSource.DATE_LINE)), doc.meetingDate()),
                    // " - May" is no ISO date, so the name keeps it (D84 (2)).
                    () -> assertEquals("Widget Team Meeting - May", doc.name()),
                    () -> assertEquals(Optional.empty(), doc.title().orElseThrow().date()),
                    // No time link; `at 5pm UTC` after the label's date (D85).
                    () -> assertTime(Optional.of(date), 17, ZoneOffset.UTC, doc.schedule().primary().orElseThrow()),
                    () -> assertEquals(List.of(), doc.schedule().alternates()));
        }

        @Test
        @DisplayName("expect: the sign-in list under the welcome heading: five attendees, legend, placeholder (D86-D89)")
        void attendees() {
            Document doc = parse(FILE).document();
            assertAll(
                    // Lines 32-38, after the paragraph with "sign in" ending "Roll call:" (D86); line 32 is the legend
                    // (D87) and fixes the fields name, affiliation, handle; line 38 `/` is a placeholder (D89).
                    () -> assertEquals(List.of(
                            attendee("Quinn Example", null, "qexample", "Acme"),
                            attendee("Rosa Tester", null, "rtester", "Globex"),
                            attendee("Pat Xu", null, "patxu", "Initech", "Widget Labs"),
                            // Line 36: `/` without WS in `FZJ/JSC` stays in its part; `@mvv (github)` is the handle.
                            attendee("Milo van Vliet", null, "mvv", "FZJ/JSC"),
                            attendee("Nia Nobody", null, null)), doc.attendees()),
                    // No written initials: derived ones (D90).
                    () -> assertEquals(List.of("QE", "RT", "PX", "MVV", "NN"), derived(doc)));
        }

        @Test
        @DisplayName("expect: name, handle and escaped-bracket speakers and their attendees; labels (D37, D90-D92)")
        void speakers() {
            Document doc = parse(FILE).document();
            Section updates = doc.sections().get(4);
            // Sections by D25: only `## Action items` has a kind of its own; "Agenda items" is other.
            assertEquals(List.of(
                    "## Meeting details → other, 0/0 items",
                    "## Agenda items → other, 1/1 items",
                    "## Welcome to the Team Meeting → other, 7/7 items",
                    "## Speaking queue → other, 1/1 items",
                    "## Quick updates → other, 4/9 items",
                    "## Action items → action_items, 1/1 items"), Corpus.outline(doc.sections()));
            // Lines 46, 47, 49, 50, 51, 53, 54; `Goal:` (48) and `Question:` (52) are labels (D52).
            assertEquals(List.of(
                    "Quinn NAME_COLON → Quinn Example",
                    "pat NAME_COLON → Pat Xu",
                    "QE BRACKET_ESCAPED → Quinn Example",
                    "Nia NAME_COLON → Nia Nobody",
                    "rtester NAME_COLON → Rosa Tester",
                    "Rosa NAME_COLON → Rosa Tester",
                    "Quinn NAME_COLON → Quinn Example"), resolved(doc, updates));
            List<ListItem> items = Corpus.allItems(updates);
            assertAll(
                    () -> assertEquals("Goal: ship before the summit", Corpus.box(items.get(2))),
                    () -> assertEquals("Question: who owns the docs?", Corpus.box(items.get(6))),
                    // Line 50: `+` is a bullet marker (D37 as amended).
                    () -> assertEquals(Marker.PLUS, items.get(4).marker()),
                    () -> assertEquals("Nia: fine by me", Corpus.box(items.get(4))),
                    () -> assertEquals(Marker.PLUS, items.get(5).marker()));
        }

        @Test
        @DisplayName("expect: untracked topics, one action item; `- [ ] name` is neither (D67, D89, D91, D93)")
        void topicsAndActionItems() {
            Document doc = parse(FILE).document();
            assertEquals(List.of("[Rosa] post the slides @ action_items"), open(doc));
            assertEquals(List.of(), completed(doc));
            assertEquals("Rosa Tester", doc.resolveSpeaker(doc.actionItems().get(0).assignees().get(0))
                    .orElseThrow().name());
            // Line 26 (kind other) and the top-level quick updates (46, 49, 52, 54); line 42 `- [ ] name` has no
            // real text (a field word, D89); the children have no box, so no (c) follow-up.
            assertEquals(List.of(
                    "[] Add agenda item here [name, estimated time] @ other untracked",
                    "[Quinn] the index audit finished @ other untracked",
                    "[QE] we should discuss the release cadence @ other untracked",
                    "[] Question: who owns the docs? @ other untracked",
                    "[Quinn] thanks all @ other untracked"), topics(doc));
        }

        @Test
        @DisplayName("expect: the `/` placeholder's info only (D89)")
        void diagnostics() {
            assertEquals(List.of("attendees/placeholder 38"), Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("14-slash-entries-and-action-section.md")
    class SlashEntriesAndActionSection {

        static final String FILE = "14-slash-entries-and-action-section.md";

        @Test
        @DisplayName("expect: title after the block quote, date from front matter, name without the suffix (D7, D84, D94)")
        void head() {
            Document doc = parse(FILE).document();
            assertAll(
                    // Line 7 block quote, then the header comment (lines 9-20): both lead blocks (D7, D94).
                    () -> assertEquals(List.of(BlockQuote.class, Comment.class), blockTypes(doc.lead())),
                    () -> assertEquals(List.of("widget-notes"), doc.tags()),
                    () -> assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 1, 6), DateSource.FRONT_MATTER)),
                            doc.meetingDate()),
                    () -> assertEquals("Widget sync meeting", doc.name()),
                    // The AST title keeps its text, suffix included (D84, D71).
                    () -> assertEquals("Widget sync meeting (2031-01-06)", doc.title().orElseThrow().nameText()),
                    () -> assertEquals(Optional.empty(), doc.title().orElseThrow().date()));
        }

        @Test
        @DisplayName("expect: legend paragraph orders the slash entries; placeholder; derived initials (D87-D90)")
        void attendees() {
            Document doc = parse(FILE).document();
            assertAll(
                    // Line 30 `Your name / GitHub ID / affiliation`: name, handle, affiliation (D87); lines 32-34.
                    () -> assertEquals(List.of(
                            attendee("Quinn", null, "qexample"),
                            attendee("Rosa Tester", null, "rtester", "Globex"),
                            attendee("Pat Xu", null, "patxu", "Initech")), doc.attendees()),
                    () -> assertEquals(List.of("Q", "RT", "PX"), derived(doc)));
        }

        @Test
        @DisplayName("expect: name speakers, RT by derived initials, CNES a label (D52, D90, D91)")
        void speakers() {
            Document doc = parse(FILE).document();
            Section status = doc.sections().get(1);
            // Lines 39, 40, 41; line 42 `CNES:` matches no derived initials: a label.
            assertEquals(List.of(
                    "Quinn NAME_COLON → Quinn",
                    "Rosa NAME_COLON → Rosa Tester",
                    "RT COLON → Rosa Tester"), resolved(doc, status));
            assertEquals("CNES: funding news for the next quarter", Corpus.box(Corpus.allItems(status).get(3)));
            assertEquals(Optional.empty(), doc.resolveSpeaker("CNES"));
        }

        @Test
        @DisplayName("expect: every item of `### Action items:` is an action item, boxed or not (D67, D93)")
        void actionItems() {
            Document doc = parse(FILE).document();
            assertEquals(List.of(
                    "[Quinn] send Rosa the contact @ action_items",
                    "[Rosa] schedule the strategy meeting @ action_items",
                    "[] Update the project board @ action_items"), open(doc));
            assertEquals(List.of("[Pat] close the stale issues @ action_items"), completed(doc));
            assertEquals(List.of("Quinn", "Rosa Tester", "Pat Xu"), doc.actionItems().stream()
                    .flatMap(item -> item.assignees().stream())
                    .map(who -> doc.resolveSpeaker(who).orElseThrow().name()).toList());
            // D67 (2): the top-level items of `## Status reports` and `### For next week` (kind other), no box.
            assertEquals(List.of(
                    "[Quinn] the tiler prototype works @ other untracked",
                    "[] CNES: funding news for the next quarter @ other untracked",
                    "[] Strategy meeting with Quinn, Rosa and Pat! @ other untracked",
                    "[] Map tiles @ other untracked"), topics(doc));
        }

        @Test
        @DisplayName("expect: title/not-first on the block quote, the placeholder's info, no date/mismatch (D7, D84, D89)")
        void diagnostics() {
            assertEquals(List.of("title/not-first 7", "attendees/placeholder 35"),
                    Corpus.diagnosticLines(parse(FILE)));
        }
    }

    @Nested
    @DisplayName("15-month-day-title-and-path-date.md")
    class MonthDayTitleAndPathDate {

        static final String FILE = "15-month-day-title-and-path-date.md";

        private static ParseResult parseAs(String sourceName) throws IOException {
            String text = Files.readString(Corpus.examples().resolve(FILE), StandardCharsets.UTF_8);
            return sourceName == null ? MinutesParser.create().parse(text)
                    : MinutesParser.create().parse(text, sourceName);
        }

        @Test
        @DisplayName("expect: with the source name 2031/widget-10-26.md, date 2031-10-26 from source_name (D84 (4))")
        void dateFromSourceName() throws IOException {
            ParseResult result = parseAs("2031/widget-10-26.md");
            Document doc = result.document();
            assertAll(
                    () -> assertEquals(Optional.of("2031/widget-10-26.md"), result.sourceName()),
                    () -> assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 10, 26), DateSource.SOURCE_NAME)),
                            doc.meetingDate()),
                    () -> assertEquals("October 26 project call", doc.name()),
                    // A date is found, so no title/no-date; the placeholder on line 27 keeps its info.
                    () -> assertEquals(List.of("attendees/placeholder 27"), Corpus.diagnosticLines(result)));
        }

        @Test
        @DisplayName("expect: without a source name, no date and title/no-date (D15, D84)")
        void noDateWithoutSourceName() throws IOException {
            ParseResult result = parseAs(null);
            Document doc = result.document();
            assertAll(
                    () -> assertEquals(Optional.empty(), result.sourceName()),
                    () -> assertEquals(Optional.empty(), doc.meetingDate()),
                    () -> assertEquals("October 26 project call", doc.name()),
                    () -> assertEquals(List.of("title/no-date 8", "attendees/placeholder 27"),
                            Corpus.diagnosticLines(result)));
            // Its real path names no date either: the file name has no YYYY-MM-DD and its folder is no year.
            assertEquals(Optional.empty(), parse(FILE).document().meetingDate());
        }

        @Test
        @DisplayName("expect: plain lower-case attendees under `### Attendees`, the parenthesised placeholder (D33, D89)")
        void attendees() throws IOException {
            Document doc = parseAs(null).document();
            assertEquals(List.of(
                    "## Agenda → agenda, 2/4 items",
                    "## Notes → other, 0/0 items",
                    "### Attendees → attendees, 5/5 items",
                    "### Notes → other, 1/5 items"), Corpus.outline(doc.sections()));
            assertEquals(List.of(
                    attendee("fitzgen", null, null),
                    attendee("quinn example", null, null),
                    attendee("rosa tester", null, null),
                    attendee("pat xu", null, null)), doc.attendees());
        }

        @Test
        @DisplayName("expect: name speakers resolve, `notes:` is a label, `+` items are items (D37, D91)")
        void speakers() throws IOException {
            Document doc = parseAs(null).document();
            Section notes = doc.sections().get(3);
            // Lines 31, 33, 34.
            assertEquals(List.of(
                    "quinn NAME_COLON → quinn example",
                    "rosa NAME_COLON → rosa tester",
                    "fitzgen NAME_COLON → fitzgen"), resolved(doc, notes));
            List<ListItem> items = Corpus.allItems(notes);
            assertAll(
                    () -> assertEquals(Marker.PLUS, items.get(3).marker()),
                    () -> assertEquals("notes: see the tracking issue", Corpus.box(items.get(4))));
        }

        @Test
        @DisplayName("topics: untracked agenda points and the note; no action item (D67)")
        void topics() throws IOException {
            Document doc = parseAs(null).document();
            // No box, no action-items section, no `Action:` label: no action item (D67 (1)). Top-level items of
            // `## Agenda` and `### Notes` (kind other) are untracked topics (D67 (2)).
            assertEquals(List.of(), doc.actionItems());
            assertEquals(List.of(
                    "[] Opening, welcome and roll call @ agenda untracked",
                    "[] Other agenda items @ agenda untracked",
                    "[quinn] CLI breaking changes @ other untracked"), SharedExamplesTest.topics(doc));
        }
    }

    @Nested
    @DisplayName("16-date-sources-disagree.md")
    class DateSourcesDisagree {

        static final String FILE = "16-date-sources-disagree.md";

        @Test
        @DisplayName("expect: front matter date wins over the `Date:` item, with date/mismatch; time from `Time:` (D84, D85)")
        void dateAndTime() {
            ParseResult result = parse(FILE);
            Document doc = result.document();
            LocalDate date = LocalDate.of(2031, 3, 10);
            ScheduledTime start = doc.schedule().primary().orElseThrow();
            assertAll(
                    () -> assertEquals(Optional.of(new MeetingDate(date, DateSource.FRONT_MATTER)), doc.meetingDate()),
                    // A scalar `tags:` is one tag (D9).
                    () -> assertEquals(List.of("meeting, notes"), doc.tags()),
                    () -> assertEquals("Widget HPC Meeting - March 2031", doc.name()),
                    // Line 15 `**Time:** 8:30 AM PDT` on the meeting date: 15:30Z (D85); the `Your timezone` URL of
                    // line 16 is no time link (D19), so no alternate either.
                    () -> assertEquals(Optional.of(date), start.date()),
                    () -> assertEquals(LocalTime.of(8, 30), start.time()),
                    () -> assertEquals(Instant.parse("2031-03-10T15:30:00Z"),
                            start.date().orElseThrow().atTime(start.time()).atZone(start.zone().orElseThrow())
                                    .toInstant()),
                    () -> assertEquals(List.of(), doc.schedule().alternates()));
            // The `Date:` item of line 14 gives 2031-03-11: one info naming both dates (D84, D95).
            List<String> codes = result.diagnostics().stream().map(d -> d.code().id()).toList();
            assertEquals(List.of("date/mismatch"), codes);
            String message = result.diagnostics().get(0).message();
            assertTrue(message.contains("2031-03-10") && message.contains("2031-03-11"), message);
        }

        @Test
        @DisplayName("expect: attendees under `## Participants`, legend entry, derived initials (D86-D88, D90)")
        void attendees() {
            Document doc = parse(FILE).document();
            assertEquals("attendees", doc.sections().get(0).kind().id());
            // Line 21 is the legend (D87); line 23 has a handle part and a name, no affiliation (D88).
            assertEquals(List.of(
                    attendee("Quinn Example", null, "qexample", "Acme"),
                    attendee("Rosa Tester", null, "rtester")), doc.attendees());
            assertEquals(List.of("QE", "RT"), derived(doc));
        }

        @Test
        @DisplayName("expect: the action item assigned by derived initials, the untracked topic with a name speaker (D67)")
        void topicsAndActionItems() {
            Document doc = parse(FILE).document();
            assertEquals(List.of("[QE] file the ticket @ action_items"), open(doc));
            assertEquals(List.of(), completed(doc));
            assertEquals("Quinn Example", doc.resolveSpeaker("QE").orElseThrow().name());
            // Preamble items hold neither (D67); `## Quick updates` is of kind other.
            assertEquals(List.of("[Rosa] the scheduler upgrade is done @ other untracked"), topics(doc));
            assertEquals(List.of("Rosa NAME_COLON → Rosa Tester"), resolved(doc, doc.sections().get(1)));
        }
    }
}
