package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section kinds from heading text (D24, D25). Inputs are the heading's plain text, after the {@code #} run. */
class SectionKindsTest {

    private static void assertKind(SectionKind expected, String heading) {
        assertEquals(expected, SectionKind.of(heading), heading);
    }

    private static void assertKinds(List<SectionKind> expected, List<String> headings) {
        assertEquals(expected, headings.stream().map(SectionKind::of).toList(), headings.toString());
    }

    @Test
    void d2AndD5AttendeesWithTrailingWs() {
        assertKind(SectionKind.ATTENDEES, "Attendees");
        assertKind(SectionKind.ATTENDEES, "Attendees  ");
    }

    @Test
    void d14NextSteps() {
        assertKind(SectionKind.ACTION_ITEMS, "Next Steps");
    }

    @Test
    void d23SiblingSections() {
        assertKinds(List.of(SectionKind.AGENDA, SectionKind.ANNOUNCEMENTS, SectionKind.OPEN_PRS),
                List.of("Agenda", "Announcements", "Open PRs"));
    }

    @Test
    void d24Examples() {
        assertKind(SectionKind.INTRODUCTIONS, "Introductions :sparkles: ");
        assertKind(SectionKind.PREVIOUS_MEETINGS, "Last meeting points (2030-01-26)");
        assertKind(SectionKind.PREVIOUS_MEETINGS, "Last Meeting 20310110");
        assertKind(SectionKind.OTHER, "Roadmap");
    }

    @Test
    void d25Example() {
        assertKind(SectionKind.NEW_AGENDA_ITEMS, "New agenda items");
        assertKind(SectionKind.NEW_AGENDA_ITEMS, "New Agenda Items :newspaper:");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " <- ", quoteCharacter = '"', value = {
        "ATTENDEES <- Attendees",
        "INTRODUCTIONS <- Introductions",
        "ANNOUNCEMENTS <- Announcements",
        "AGENDA <- Agenda",
        "STANDING_ITEMS <- Standing items",
        "ACTIVE_VOTES <- Active votes",
        "SUBTEAM_UPDATES <- Subteam updates",
        "OPEN_PRS <- Open PRs",
        "MOVE_TO_ISSUE_TRACKER <- Move to issue tracker",
        "ATTENDEES_ABSENTIA <- Attendees in absentia",
        "NEW_AGENDA_ITEMS <- New agenda items",
        "NEW_AGENDA_ITEMS <- Your new agenda items",
        "NEW_AGENDA_ITEMS <- Items discussed",
        "FROM_PREVIOUS <- Outstanding items from the previous meeting",
        "FROM_PREVIOUS <- From previous meetings",
        "FROM_PREVIOUS <- Stuff from last week that we didn't get to",
        "FROM_PREVIOUS <- Check in on previous action items",
        "FROM_PREVIOUS <- Previous action items",
        "DEFERRED <- Deferred to next meeting",
        "DEFERRED <- Deferred agenda items",
        "DEFERRED <- Defer to next meeting",
        "DISCUSSION <- Discussion",
        "DISCUSSION <- Other notes / discussions",
        "ACTION_ITEMS <- Action items",
        "ACTION_ITEMS <- Current action items",
        "ACTION_ITEMS <- TODO",
        "ACTION_ITEMS <- Next steps",
        "PREVIOUS_MEETINGS <- Previous meetings",
        "PREVIOUS_MEETINGS <- Last meeting points",
        "PREVIOUS_MEETINGS <- Last meeting",
        "PREVIOUS_MEETINGS <- This meeting",
        "PREVIOUS_MEETINGS <- 2 meetings ago",
        "PREVIOUS_MEETINGS <- 12 meetings ago",
        "MEETING_PURPOSE <- What is this meeting for",
    })
    void d25EveryTableEntry(SectionKind kind, String heading) {
        assertKind(kind, heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Roadmap", "Standing_items", "Attendees in person", "two meetings ago",
        "1 meeting ago", "Meetings ago", "Agenda items"})
    void d25NoMatchIsOther(String heading) {
        assertKind(SectionKind.OTHER, heading);
    }

    @Test
    void d24EmojiCharactersAreDeleted() {
        assertKind(SectionKind.INTRODUCTIONS, "Introductions 👋");
        assertKind(SectionKind.AGENDA, "\u2764\uFE0F Agenda");
        assertKind(SectionKind.DISCUSSION, "\uD83D\uDC69\u200D\uD83D\uDCBB Discussion");
    }

    @Test
    void d24ShortcodesFollowD59() {
        assertKind(SectionKind.ANNOUNCEMENTS, ":mega: Announcements :tada::confetti_ball:");
        // `:+1:` has no letter, so it is no shortcode (D59) and stays in the text.
        assertKind(SectionKind.OTHER, "Discussion :+1:");
    }

    @Test
    void d24OnlyOneTrailingGroupIsDeleted() {
        assertKind(SectionKind.AGENDA, "Agenda (draft)");
        assertKind(SectionKind.OTHER, "Agenda (a) (b)");
        assertKind(SectionKind.OTHER, "Agenda (draft) later");
    }

    @Test
    void d24TrailingDateAfterTheGroup() {
        assertKind(SectionKind.PREVIOUS_MEETINGS, "Last meeting 2031-01-10 (notes)");
        assertKind(SectionKind.PREVIOUS_MEETINGS, "Last meeting 203101102");
        assertKind(SectionKind.OTHER, "Last meeting (notes) 2031-01-10 (x)");
    }

    @Test
    void d24OnlyOneTrailingDateIsDeleted() {
        assertKind(SectionKind.OTHER, "Last meeting 2031-01-10 2031-01-17");
    }

    @Test
    void d24DateNeedsEightOrNineDigitsOrTheIsoShape() {
        assertKind(SectionKind.OTHER, "Last meeting 2031011");
        assertKind(SectionKind.OTHER, "Last meeting 2031011012");
        assertKind(SectionKind.PREVIOUS_MEETINGS, "Last meeting 2031-99-99");
    }

    @Test
    void d24CurlyApostrophe() {
        assertKind(SectionKind.FROM_PREVIOUS, "Stuff from last week that we didn\u2019t get to");
    }

    @Test
    void d24WsIsCollapsedAndTrimmed() {
        assertKind(SectionKind.ACTION_ITEMS, "\u00A0Action \t\u00A0items\u00A0");
    }

    @Test
    void d24OneTrailingColonOrQuestionMark() {
        assertKind(SectionKind.ACTION_ITEMS, "Action items:");
        assertKind(SectionKind.MEETING_PURPOSE, "What is this meeting for?");
        assertKind(SectionKind.OTHER, "Action items::");
        assertKind(SectionKind.OTHER, "What is this meeting for?!");
    }

    @Test
    void d24LowerCasesInTheRootLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertKind(SectionKind.DISCUSSION, "DISCUSSION");
            assertKind(SectionKind.ACTION_ITEMS, "ACTION ITEMS");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void examples11HeadlessAttendeesAndHeadings() {
        assertKinds(List.of(SectionKind.PREVIOUS_MEETINGS, SectionKind.INTRODUCTIONS, SectionKind.NEW_AGENDA_ITEMS,
                        SectionKind.FROM_PREVIOUS, SectionKind.DEFERRED, SectionKind.DISCUSSION,
                        SectionKind.ACTION_ITEMS, SectionKind.PREVIOUS_MEETINGS, SectionKind.PREVIOUS_MEETINGS,
                        SectionKind.MOVE_TO_ISSUE_TRACKER, SectionKind.SUBTEAM_UPDATES, SectionKind.MEETING_PURPOSE,
                        SectionKind.OTHER),
                List.of("Previous meetings", "Introductions :wave:", "New Agenda Items :newspaper:",
                        "Stuff from last week that we didn\u2019t get to", "Defer to next meeting",
                        "Other notes / discussions", "TODO", "Last Meeting 203101102", "2 meetings ago",
                        "Move to Issue Tracker", "Subteam Updates", "What is this meeting for?", "Deep heading"));
    }

    @Test
    void examples01OlderLayoutBullets() {
        assertKinds(List.of(SectionKind.ATTENDEES, SectionKind.AGENDA, SectionKind.ANNOUNCEMENTS,
                        SectionKind.STANDING_ITEMS, SectionKind.OPEN_PRS, SectionKind.ACTIVE_VOTES,
                        SectionKind.DISCUSSION, SectionKind.MOVE_TO_ISSUE_TRACKER, SectionKind.ACTION_ITEMS,
                        SectionKind.PREVIOUS_MEETINGS, SectionKind.PREVIOUS_MEETINGS, SectionKind.PREVIOUS_MEETINGS),
                List.of("Attendees", "Agenda", "Announcements", "Standing Items", "Open PRs", "Active Votes",
                        "Discussion", "Move to Issue Tracker", "Action items", "Previous Meetings",
                        "Last Meeting 20310218", "Last meeting points (2030-02-18)"));
    }

    @Test
    void emptyAndBlankHeadingsAreOther() {
        assertKind(SectionKind.OTHER, "");
        assertKind(SectionKind.OTHER, " \u00A0");
        assertKind(SectionKind.OTHER, ":tada:");
    }
}
