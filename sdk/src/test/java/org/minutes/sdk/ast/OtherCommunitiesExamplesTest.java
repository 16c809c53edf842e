package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.ast.MeetingsTest.Ast.attendee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;

/**
 * Examples 13–16 of the dialect (section 16, D84–D96), asserted field by field from what their header comments say
 * they must yield, not from the parser's output.
 */
class OtherCommunitiesExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");

    private static ParseResult parse(String file) throws IOException {
        return MinutesParser.create().parse(EXAMPLES.resolve(file));
    }

    /** Every item speaker in document order, as written. */
    private static List<String> speakers(Document document) {
        List<String> speakers = new ArrayList<>();
        document.accept(new DescendingVisitor() {
            @Override
            public Void visit(ListItem item) {
                speakers.addAll(item.speakers());
                return super.visit(item);
            }
        });
        return speakers;
    }

    private static List<String> resolved(Document document, List<String> speakers) {
        return speakers.stream().map(who -> document.resolveSpeaker(who).map(Attendee::name).orElse("?")).toList();
    }

    private static List<String> derived(Document document) {
        return document.attendees().stream().map(a -> document.derivedInitials(a).orElse("-")).toList();
    }

    @Test
    void example13SignInRollCall() throws IOException {
        ParseResult result = parse("13-sign-in-roll-call.md");
        Document document = result.document();

        // D84 (3), D85: the Date: label of the first section gives date and start.
        assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 5, 16), DateSource.DATE_LINE)),
                document.meetingDate());
        assertEquals(Optional.of(OffsetDateTime.parse("2031-05-16T17:00Z").toInstant()),
                document.schedule().primary().flatMap(t -> t.zoned()).map(z -> z.toInstant()));
        assertEquals("Widget Team Meeting - May", document.name());
        // D86–D89: the sign-in list under the welcome heading; legend and placeholder are no attendees.
        assertEquals(List.of(attendee("Quinn Example", null, "qexample", "Acme"),
                attendee("Rosa Tester", null, "rtester", "Globex"),
                attendee("Pat Xu", null, "patxu", "Initech", "Widget Labs"),
                attendee("Milo van Vliet", null, "mvv", "FZJ/JSC"),
                attendee("Nia Nobody", null, null)), document.attendees());
        assertEquals(1, result.diagnostics(DiagnosticCode.ATTENDEES_PLACEHOLDER).size());
        // D90: no written initials, so derived ones.
        assertEquals(List.of("QE", "RT", "PX", "MVV", "NN"), derived(document));
        // D91, D92, D37: name, escaped-bracket and `+` item speakers; Goal: and Question: are labels.
        List<String> speakers = speakers(document);
        assertEquals(List.of("Quinn", "pat", "QE", "Nia", "rtester", "Rosa", "Quinn", "Rosa"), speakers);
        assertEquals(List.of("Quinn Example", "Pat Xu", "Quinn Example", "Nia Nobody", "Rosa Tester", "Rosa Tester",
                "Quinn Example", "Rosa Tester"), resolved(document, speakers));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_UNRESOLVED));
        // D67, D89, D93: `- [ ] name` is neither; the action-item section holds one open item.
        assertEquals(List.of("post the slides"), document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of("Rosa")), document.actionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(List.of(), document.completedActionItems());
        assertEquals(List.of("Add agenda item here [name, estimated time]", "the index audit finished",
                "we should discuss the release cadence", "Question: who owns the docs?", "thanks all"),
                document.topics().stream().map(Topic::text).toList());
        assertTrue(document.topics().stream().allMatch(t -> t.state() == TopicState.UNTRACKED));
        assertEquals(SectionKind.OTHER, document.topics().get(0).section());
    }

    @Test
    void example14SlashEntriesAndActionSection() throws IOException {
        ParseResult result = parse("14-slash-entries-and-action-section.md");
        Document document = result.document();

        // D7, D94: the title after the block quote still gives date and name.
        assertEquals(1, result.diagnostics(DiagnosticCode.TITLE_NOT_FIRST).size());
        assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 1, 6), DateSource.FRONT_MATTER)),
                document.meetingDate());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.DATE_MISMATCH));
        assertEquals("Widget sync meeting", document.name());
        assertEquals("Widget sync meeting (2031-01-06)", document.title().orElseThrow().nameText());
        assertEquals(List.of("widget-notes"), document.tags());
        // D87, D88: the legend paragraph orders name, handle, affiliation.
        assertEquals(List.of(attendee("Quinn", null, "qexample"), attendee("Rosa Tester", null, "rtester", "Globex"),
                attendee("Pat Xu", null, "patxu", "Initech")), document.attendees());
        assertEquals(1, result.diagnostics(DiagnosticCode.ATTENDEES_PLACEHOLDER).size());
        // D90: derived Q, RT, PX; CNES: is a label, RT: resolves by derived initials.
        assertEquals(List.of("Q", "RT", "PX"), derived(document));
        assertTrue(!speakers(document).contains("CNES"));
        assertEquals(Optional.of("Rosa Tester"), document.resolveSpeaker("RT").map(Attendee::name));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_UNRESOLVED));
        // D93, D91: three open items without boxes and one done.
        assertEquals(List.of("send Rosa the contact", "schedule the strategy meeting", "Update the project board"),
                document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of("Quinn"), List.of("Rosa"), List.of()),
                document.openActionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(List.of("Quinn", "Rosa Tester"), document.openActionItems().stream().limit(2)
                .map(item -> document.resolveSpeaker(item.assignees().get(0)).orElseThrow().name()).toList());
        assertEquals(List.of("close the stale issues"),
                document.completedActionItems().stream().map(ActionItem::text).toList());
        assertEquals("Pat Xu", document.resolveSpeaker(document.completedActionItems().get(0).assignees().get(0))
                .orElseThrow().name());
        assertTrue(document.actionItems().stream().allMatch(item -> item.section() == SectionKind.ACTION_ITEMS));
    }

    @Test
    void example15MonthDayTitleAndPathDate() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("15-month-day-title-and-path-date.md"));
        ParseResult named = MinutesParser.create().parse(text, "2031/widget-10-26.md");
        ParseResult unnamed = MinutesParser.create().parse(text);

        // D84 (4): the source name gives the date; without it there is none.
        assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 10, 26), DateSource.SOURCE_NAME)),
                named.document().meetingDate());
        assertEquals(List.of(), named.diagnostics(DiagnosticCode.TITLE_NO_DATE));
        assertEquals(Optional.empty(), unnamed.document().meetingDate());
        assertEquals(1, unnamed.diagnostics(DiagnosticCode.TITLE_NO_DATE).size());
        for (ParseResult result : List.of(named, unnamed)) {
            Document document = result.document();
            assertEquals("October 26 project call", document.name());
            assertEquals(List.of(attendee("fitzgen", null, null), attendee("quinn example", null, null),
                    attendee("rosa tester", null, null), attendee("pat xu", null, null)), document.attendees());
            assertEquals(1, result.diagnostics(DiagnosticCode.ATTENDEES_PLACEHOLDER).size());
            // D91, D37: name speakers, one on a `+` item; notes: is a label.
            List<String> speakers = speakers(document);
            assertEquals(List.of("quinn", "rosa", "fitzgen"), speakers);
            assertEquals(List.of("quinn example", "rosa tester", "fitzgen"), resolved(document, speakers));
        }
    }

    @Test
    void example16DateSourcesDisagree() throws IOException {
        ParseResult result = parse("16-date-sources-disagree.md");
        Document document = result.document();

        // D84: the front matter's YAML date wins over the Date: item; one mismatch.
        assertEquals(Optional.of(new MeetingDate(LocalDate.of(2031, 3, 10), DateSource.FRONT_MATTER)),
                document.meetingDate());
        assertEquals(1, result.diagnostics(DiagnosticCode.DATE_MISMATCH).size());
        assertTrue(result.diagnostics(DiagnosticCode.DATE_MISMATCH).get(0).message().contains("2031-03-11"));
        assertTrue(result.diagnostics(DiagnosticCode.DATE_MISMATCH).get(0).message().contains("2031-03-10"));
        assertEquals(List.of("meeting, notes"), document.tags());
        // D85: the Time: label (the timezone URL is no time link) on the meeting date.
        assertEquals(Optional.of(OffsetDateTime.parse("2031-03-10T15:30Z").toInstant()),
                document.schedule().primary().flatMap(t -> t.zoned()).map(z -> z.toInstant()));
        // D86, D87, D88: the Participants heading, a strong legend, slash entries.
        assertEquals(List.of(attendee("Quinn Example", null, "qexample", "Acme"), attendee("Rosa Tester", null,
                "rtester")), document.attendees());
        assertEquals(List.of("QE", "RT"), derived(document));
        // D93 and D67: one open action item, one untracked topic with a name speaker.
        assertEquals(List.of("file the ticket"), document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals("Quinn Example", document.resolveSpeaker(document.openActionItems().get(0).assignees().get(0))
                .orElseThrow().name());
        assertEquals(List.of(TopicState.UNTRACKED), document.topics().stream().map(Topic::state).toList());
        assertEquals(List.of("Rosa"), document.topics().get(0).speakers());
        assertEquals("Rosa Tester", document.resolveSpeaker("Rosa").orElseThrow().name());
    }

    @Test
    void d67SeedsCountedByHand() throws IOException {
        // Issue 11 point 6, D67 as amended: per seed 000…004, open action items 0, 1, 2, 1, 0 and pending topics
        // 0, 0, 0, 2, 4.
        Path samples = Path.of("..", "samples");
        List<String> seeds = List.of("2026-01-14-conda-ecosystem.md", "2026-01-07-conda-ecosystem.md",
                "2024-11-06-conda-community.md", "2025-02-26-conda-community.md",
                "2025-02-12-conda-community-corrupted-front-matter.md");
        List<Integer> open = new ArrayList<>();
        List<Long> pending = new ArrayList<>();
        for (String seed : seeds) {
            Document document = MinutesParser.create().parse(samples.resolve(seed)).document();
            open.add(document.openActionItems().size());
            pending.add(document.topics().stream().filter(t -> t.state() == TopicState.PENDING).count());
        }
        assertEquals(List.of(0, 1, 2, 1, 0), open);
        assertEquals(List.of(0L, 0L, 0L, 2L, 4L), pending);
    }
}
