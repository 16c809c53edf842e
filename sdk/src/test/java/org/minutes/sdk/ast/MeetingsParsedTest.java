package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.ast.MeetingsTest.Ast.absent;
import static org.minutes.sdk.ast.MeetingsTest.Ast.attendee;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.source.Position;

/**
 * The attendee, head-count, speaker, action-item and decision expectations written in the header comments of the
 * dialect examples, checked on the files as the parser reads them; {@link MeetingsTest} checks those of examples 01,
 * 04 and 05 on documents built by hand.
 */
class MeetingsParsedTest {

    /** The dialect examples, next to the repository as in {@code .ci/run}; tests run in the module directory. */
    private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");

    private static ParseResult parse(String file) throws IOException {
        return MinutesParser.create().parse(EXAMPLES.resolve(file));
    }

    private static List<Integer> lines(ParseResult result, DiagnosticCode code) {
        return result.diagnostics(code).stream().map(d -> d.start().line()).toList();
    }

    @Test
    void example04TableAnomalies() throws IOException {
        ParseResult result = parse("04-table-anomalies.md");
        Document document = result.document();

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample", "Acme"),
                attendee("Rosa Tester", "RT", "rtester", "Globex"),
                attendee("Pat Xu", "PX", "patxu", "Initech/cf"),
                attendee("Milo van Vliet", "MvV", "mvvliet", "Globex / widget-forge"),
                attendee("Nia Nobody", null, null),
                attendee("", null, "lonehandle"),
                attendee("Sam Sample", "SS", "ssample", "Acme"),
                attendee("Tom Trial", "TT", "ttrial", "N/A"),
                attendee("Uma Unit (Umi)", "qxe", "uunit", "--"),
                absent(attendee("Vera Verify", "VV", "vverify", "Acme"))), document.attendees());
        // Lines of the file: the lone-handle row is line 23, Sam Sample's row line 24.
        assertEquals(List.of(23), lines(result, DiagnosticCode.ATTENDEES_MISSING_NAME));
        assertEquals(List.of(24), lines(result, DiagnosticCode.TABLE_EXTRA_CELLS));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.TABLE_NO_NAME_COLUMN));
        assertEquals(OptionalInt.of(31), document.headCount());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_UNRESOLVED));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_AMBIGUOUS));
        assertEquals(Optional.of("Uma Unit (Umi)"), document.resolveSpeaker("qxe").map(Attendee::name));
        assertEquals(Optional.of("Vera Verify"), document.resolveSpeaker("VV").map(Attendee::name));
        // D67 as amended: the done items under Announcements are discussed topics, not action items.
        assertEquals(List.of(List.of("qxe"), List.of("VV"), List.of()),
                document.topics().stream().map(Topic::speakers).toList());
        assertEquals(List.of(), document.actionItems());
    }

    @Test
    void example05NumberedAttendees() throws IOException {
        ParseResult result = parse("05-numbered-attendees.md");
        Document document = result.document();

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample", "Acme", "C/SC", "CF/C"),
                attendee("Rosa Tester", "RT", "rtester", "Globex"),
                attendee("Pat Xu", null, "patxu", "Initech"),
                attendee("Milo van Vliet", "MvV", "mvv", "CF/C"),
                attendee("Nia Nobody", "NN", null),
                attendee("Sam Sample", "SS", "ssample", "Acme/CF/CFC", "widget-forge/core"),
                attendee("Tom Trial", "TT", null, "Initech"),
                attendee("Uma Unit", "UU", "uunit", "Globex & widget-forge/core"),
                attendee("QE: (@qexample2), Acme", null, null)), document.attendees());
        assertEquals(List.of(new Position(25, 1)), result.diagnostics(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY)
                .stream().map(d -> d.start()).toList());
        assertEquals(List.of(26, 27), lines(result, DiagnosticCode.ATTENDEES_PLACEHOLDER));
        assertEquals(Optional.of("Milo van Vliet"), document.resolveSpeaker("MVV").map(Attendee::name));
        assertEquals(List.of(35), lines(result, DiagnosticCode.SPEAKER_UNRESOLVED));
        assertTrue(result.diagnostics(DiagnosticCode.SPEAKER_UNRESOLVED).get(0).message().contains("\"ZZ\""));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_AMBIGUOUS));
        // D67 as amended: the boxed items under Announcements are topics (four discussed, ZZ's pending), not action
        // items. D91: `MvV:` names Milo van Vliet's handle, so it is read as a name speaker, which resolves to him.
        assertEquals(List.of(), document.actionItems());
        assertEquals(List.of(List.of("ZZ")), document.topics().stream().filter(t -> t.state() == TopicState.PENDING)
                .map(Topic::speakers).toList());
        assertEquals(4, document.topics().stream().filter(t -> t.state() == TopicState.DISCUSSED).count());
    }

    @Test
    void example01OlderLayoutBullets() throws IOException {
        ParseResult result = parse("01-older-layout-bullets.md");
        Document document = result.document();

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample"),
                attendee("Rosa Tester", "RT", "rtester"),
                attendee("Pat Xu", "PX", "patxu"),
                attendee("Milo van Vliet", "MvV", "mvvliet"),
                attendee("Nia Nobody", null, null)), document.attendees());
        // The empty bullet (line 23) is a placeholder; the legend gives nothing.
        assertEquals(List.of(23), lines(result, DiagnosticCode.ATTENDEES_PLACEHOLDER));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY));
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.ATTENDEES_NO_HEADING));
        // [NN] in the Discussion section (line 47) is the only unresolved speaker.
        assertEquals(List.of(47), lines(result, DiagnosticCode.SPEAKER_UNRESOLVED));
        assertEquals(List.of(List.of("PX"), List.of("RT")),
                document.openActionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(OptionalInt.empty(), document.headCount());
        // D91 (amended 2026-12), from the header: `* Quinn: prefer option B` has the name speaker Quinn.
        ListItem quinn = findItem(document, "prefer option B");
        assertEquals(List.of("Quinn"), quinn.speakers());
        assertEquals(SpeakerForm.NAME_COLON, quinn.speaker().orElseThrow().form());
        assertEquals(Optional.of("Quinn Example"), document.resolveSpeaker("Quinn").map(Attendee::name));
    }

    private static ListItem findItem(Document document, String text) {
        List<ListItem> found = new java.util.ArrayList<>();
        document.accept(new DescendingVisitor() {
            @Override
            public Void visit(ListItem item) {
                if (item.plainText().equals(text)) {
                    found.add(item);
                }
                return super.visit(item);
            }
        });
        return found.get(0);
    }

    @Test
    void example06SpeakerLookalikes() throws IOException {
        ParseResult result = parse("06-speaker-lookalikes.md");
        Document document = result.document();

        assertEquals(6, document.attendees().size());
        // XY (line 67) is unresolved; UA (line 74) matches Una Ample and Uri Aster and is taken as the first.
        assertEquals(List.of(67), lines(result, DiagnosticCode.SPEAKER_UNRESOLVED));
        assertEquals(List.of(74), lines(result, DiagnosticCode.SPEAKER_AMBIGUOUS));
        assertEquals(Optional.of("Una Ample"), document.resolveSpeaker("UA").map(Attendee::name));
        assertEquals(Optional.of("Milo van Vliet"), document.resolveSpeaker("mvv").map(Attendee::name));
        assertEquals(List.of("ship on Friday"), document.decisions().stream().map(d -> d.text()).toList());
        // D67 (b), amended 2026-12, from the header: `- TODO: write tests` is an open action item, no assignee.
        assertEquals(List.of("write tests"), document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of()), document.openActionItems().stream().map(ActionItem::assignees).toList());
    }

    @Test
    void example10EmptyTemplate() throws IOException {
        ParseResult result = parse("10-empty-template.md");
        Document document = result.document();

        // The commented-out format lines give nothing; the three "1. ..." lines are placeholders.
        assertEquals(List.of(), document.attendees());
        assertEquals(List.of(17, 18, 19), lines(result, DiagnosticCode.ATTENDEES_PLACEHOLDER));
        assertEquals(OptionalInt.empty(), document.headCount());
        assertEquals(List.of(), document.actionItems());
    }

    @Test
    void example11HeadlessAttendees() throws IOException {
        ParseResult result = parse("11-headless-attendees-and-headings.md");
        Document document = result.document();

        assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme"),
                attendee("Rosa Tester", "RT", "rtester", "Globex")), document.attendees());
        assertEquals(List.of(new Position(15, 1)), result.diagnostics(DiagnosticCode.ATTENDEES_NO_HEADING).stream()
                .map(d -> d.start()).toList());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.SPEAKER_UNRESOLVED));
        // D67 as amended: "carry over the audit" (from_previous) is a pending topic; only "## TODO" (action_items,
        // D93) holds an action item.
        assertEquals(List.of("send the notes"), document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of("carry over the audit"), document.topics().stream()
                .filter(t -> t.state() == TopicState.PENDING).map(Topic::text).toList());
    }

    @Test
    void example12CheckboxesAndMarkers() throws IOException {
        // Written from the example's header (D37, D67 as amended 2026-12): under `## Agenda` top-level items are
        // topics; only the checkbox follow-ups under the discussed topic "parent done" are action items (c).
        Document document = parse("12-checkboxes-and-markers.md").document();

        assertEquals(List.of("open action item", "completed item", "completed, upper-case X kept",
                "[] Pat: joined the team", "[-] cancelled?", "[x]done without a space", "[  ] two spaces inside",
                "N/]", "checkbox on an ordered item", "plus is not a marker 1) neither is N)", "is an ordered item",
                "parent done", "- not a nested item after a checkbox", "Decision: ship on Friday",
                "Agreed: move the call"), document.topics().stream().map(Topic::text).toList());
        assertEquals(List.of("open action item", "checkbox on an ordered item", "- not a nested item after a checkbox"),
                topics(document, TopicState.PENDING));
        assertEquals(List.of("completed item", "completed, upper-case X kept", "parent done", "Agreed: move the call"),
                topics(document, TopicState.DISCUSSED));
        assertEquals(List.of(List.of("QE"), List.of("RT"), List.of("QE"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of("RT"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("RT")),
                document.topics().stream().map(Topic::speakers).toList());
        assertEquals(List.of("child still open"), document.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of()), document.openActionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(List.of("joint assignees"),
                document.completedActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of("QE", "RT")),
                document.completedActionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(List.of("ship on Friday", "move the call"),
                document.decisions().stream().map(d -> d.text()).toList());
        assertEquals(List.of(List.of(), List.of("RT")), document.decisions().stream().map(d -> d.speakers()).toList());
    }

    private static List<String> topics(Document document, TopicState state) {
        return document.topics().stream().filter(t -> t.state() == state).map(Topic::text).toList();
    }
}
