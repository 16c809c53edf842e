package org.minutes.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;

/**
 * Checkboxes (D45, D46) and speaker prefixes (D47–D52, D79, D83) at the start of item text. Inputs are the text after
 * the list marker and its WS, so {@code - [x] (QE) text} is tested as {@code "[x] (QE) text"}.
 */
class ItemHeadsTest {

    private static final Checkbox NONE = null;
    private static final SpeakerPrefix NOBODY = null;
    private static final Checkbox OPEN = Checkbox.OPEN;
    private static final Checkbox DONE = Checkbox.DONE;
    private static final Checkbox DONE_X = Checkbox.DONE_UPPER_CASE;
    private static final SpeakerForm COLON = SpeakerForm.COLON;
    private static final SpeakerForm PAREN = SpeakerForm.PAREN;
    private static final SpeakerForm PAREN_COLON = SpeakerForm.PAREN_COLON;
    private static final SpeakerForm BRACKET = SpeakerForm.BRACKET;
    private static final SpeakerForm BRACKET_COLON = SpeakerForm.BRACKET_COLON;

    private static SpeakerPrefix who(SpeakerForm form, String... initials) {
        return new SpeakerPrefix(List.of(initials), Optional.empty(), form);
    }

    private static SpeakerPrefix qualified(SpeakerForm form, String qualifier, String... initials) {
        return new SpeakerPrefix(List.of(initials), Optional.of(qualifier), form);
    }

    /** Analyses with speakers on and checks everything, including that no malformed box was reported. */
    private static void assertHead(String text, Checkbox box, SpeakerPrefix speaker, String rest) {
        ItemHead head = ItemHeads.analyse(text, true);
        assertAll(text,
                () -> assertEquals(Optional.ofNullable(box), head.checkbox(), "checkbox"),
                () -> assertFalse(head.malformedCheckbox(), "malformed"),
                () -> assertEquals(Optional.ofNullable(speaker), head.speaker(), "speaker"),
                () -> assertEquals(rest, text.substring(head.textStart()), "text"));
    }

    /** No checkbox, no speaker, the whole text stays. */
    private static void assertPlain(String text) {
        assertHead(text, NONE, NOBODY, text);
    }

    /** D46: a malformed box is no checkbox, stays text, and nothing after it is a prefix. */
    private static void assertMalformed(String text) {
        ItemHead head = ItemHeads.analyse(text, true);
        assertAll(text,
                () -> assertEquals(Optional.empty(), head.checkbox(), "checkbox"),
                () -> assertTrue(head.malformedCheckbox(), "malformed"),
                () -> assertEquals(Optional.empty(), head.speaker(), "speaker"),
                () -> assertEquals(0, head.textStart(), "text start"));
    }

    @Nested
    class Checkboxes {

        @Test
        void d45EmptyOpenBox() {
            assertHead("[ ]", OPEN, NOBODY, "");
        }

        @Test
        void d45UpperCaseDoneBoxWithSpeaker() {
            assertHead("[X] QE: done", DONE_X, who(COLON, "QE"), "done");
        }

        @Test
        void d45StatePerItem() {
            assertHead("[x] a", DONE, NOBODY, "a");
            assertHead("[ ] b", OPEN, NOBODY, "b");
        }

        @Test
        void d45DoneBoxAtEndOfLine() {
            assertHead("[x]", DONE, NOBODY, "");
        }

        @Test
        void d3TabOrNbspInsideTheBox() {
            assertHead("[\t] tab inside", OPEN, NOBODY, "tab inside");
            assertHead("[\u00A0] nbsp inside", OPEN, NOBODY, "nbsp inside");
        }

        @Test
        void d3NbspAfterTheBox() {
            assertHead("[X]\u00A0(QE) shipped", DONE_X, who(PAREN, "QE"), "shipped");
            assertHead("[ ]\u00A0", OPEN, NOBODY, "");
        }

        @Test
        void d45AllWsAfterTheBoxIsSkipped() {
            assertHead("[ ] \t\u00A0 text", OPEN, NOBODY, "text");
        }

        @Test
        void d45CheckboxWithoutSpeakersInAttendeeEntries() {
            ItemHead head = ItemHeads.analyse("[x] QE: Quinn Example", false);
            assertEquals(Optional.of(DONE), head.checkbox());
            assertEquals(Optional.empty(), head.speaker());
            assertEquals("QE: Quinn Example", "[x] QE: Quinn Example".substring(head.textStart()));
        }

        @Test
        void d46EmptyBrackets() {
            assertMalformed("[] Pat: joined the team");
            assertMalformed("[]");
        }

        @Test
        void d46TwoOrMoreWsInside() {
            assertMalformed("[  ] two spaces inside");
            assertMalformed("[ \t\u00A0] three WS inside");
        }

        @Test
        void d46OnePunctuationCharacter() {
            assertMalformed("[-] cancelled?");
            assertMalformed("[/] half done");
            assertMalformed("[?] unsure");
        }

        @Test
        void d46ValidBoxGluedToText() {
            assertMalformed("[x]done without a space");
            assertMalformed("[X]done");
            assertMalformed("[ ]open");
        }

        @Test
        void d46MalformedBoxHidesTheSpeaker() {
            assertMalformed("[-] QE: cancelled");
        }

        @Test
        void d46NSlashBracketIsPlainText() {
            assertPlain("N/]");
        }

        @Test
        void d46ALetterOtherThanXIsNeitherBoxNorMalformed() {
            assertPlain("[a] first option");
        }
    }

    @Nested
    class Speakers {

        @Test
        void d47SpeakerAndItsWsLeaveTheText() {
            assertHead("[x] (QE) Release 2.0 is out", DONE, who(PAREN, "QE"), "Release 2.0 is out");
        }

        @Test
        void d47NoSpeakersWhenTheCallerSaysSo() {
            ItemHead head = ItemHeads.analyse("QE: hi", false);
            assertEquals(new ItemHead(Optional.empty(), false, Optional.empty(), 0), head);
        }

        @ParameterizedTest
        @ValueSource(strings = {"QE", "MRB", "JJH", "MvN", "MvV"})
        void d48TokensThatCount(String initials) {
            assertHead(initials + ": text", NONE, who(COLON, initials), "text");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Quinn", "Qe", "Q", "QEXYZ", "QE1"})
        void d48TokensThatDoNotCount(String word) {
            assertPlain(word + ": text");
            assertPlain("(" + word + ") text");
        }

        @Test
        void d48LowerCaseOnlyInParentheses() {
            assertHead("(qxe) text", NONE, who(PAREN, "qxe"), "text");
            assertPlain("qxe: text");
            assertPlain("[qxe] text");
        }

        @Test
        void d49Colon() {
            assertHead("RT: works for me", NONE, who(COLON, "RT"), "works for me");
        }

        @Test
        void d49ColonWithQualifier() {
            assertHead("QE (in chat): +1", NONE, qualified(COLON, "in chat", "QE"), "+1");
        }

        @Test
        void d49Paren() {
            assertHead("(QE) plan", NONE, who(PAREN, "QE"), "plan");
        }

        @Test
        void d49ParenColon() {
            assertHead("(QE): objections?", NONE, who(PAREN_COLON, "QE"), "objections?");
        }

        @Test
        void d49ParenWithQualifier() {
            assertHead("(QE, away, please read aloud) vote!", NONE, qualified(PAREN, "away, please read aloud", "QE"),
                    "vote!");
        }

        @Test
        void d49ParenWithColonQualifier() {
            assertHead("(QE: away) vote!", NONE, qualified(PAREN, "away", "QE"), "vote!");
        }

        @Test
        void d49Bracket() {
            assertHead("[RT / QE] plan", NONE, who(BRACKET, "RT", "QE"), "plan");
        }

        @Test
        void d49BracketColon() {
            assertHead("[QE,RT]: spec", NONE, who(BRACKET_COLON, "QE", "RT"), "spec");
        }

        @Test
        void d49EmptyTextAfterThePrefix() {
            assertHead("JRG: ", NONE, who(COLON, "JRG"), "");
            assertHead("JRG:", NONE, who(COLON, "JRG"), "");
            assertHead("[ ] (QE)", OPEN, who(PAREN, "QE"), "");
        }

        @Test
        void d49PrefixNeedsWsOrEndAfterIt() {
            assertHead("[ ] QE:no space after the colon", OPEN, NOBODY, "QE:no space after the colon");
            assertHead("[ ] (QE)no space after the parenthesis", OPEN, NOBODY,
                    "(QE)no space after the parenthesis");
            assertPlain("[QE]:x");
            assertPlain("QE (in chat):+1");
        }

        @Test
        void d50SlashJoint() {
            assertHead("BZ/WV: CEP17 …", NONE, who(COLON, "BZ", "WV"), "CEP17 …");
        }

        @Test
        void d50QualifierAfterTheFirstPieceThatIsNoToken() {
            assertHead("(RT, relayed by QE) done", NONE, qualified(PAREN, "relayed by QE", "RT"), "done");
            assertHead("(QE/Rosa) poll", NONE, qualified(PAREN, "Rosa", "QE"), "poll");
        }

        @Test
        void d50AmpersandJointWithWs() {
            assertHead("RT & QE: notices", NONE, who(COLON, "RT", "QE"), "notices");
        }

        @Test
        void d50WordsAreNoSeparator() {
            assertPlain("QE and RT: notes");
        }

        @Test
        void d50EveryPieceBeforeAColonMustBeAToken() {
            assertPlain("QE/Rosa: notes");
        }

        @Test
        void d50QualifierInSquareBrackets() {
            assertHead("[RT, relayed by QE] done", NONE, qualified(BRACKET, "relayed by QE", "RT"), "done");
        }

        @Test
        void d50QualifierMayHoldParentheses() {
            assertHead("(QE, see (notes)) text", NONE, qualified(PAREN, "see (notes)", "QE"), "text");
        }

        /**
         * D61 in a qualifier: an escaped bracket is text, so the AST's check must not count it either. Found by
         * {@code RoundTripFuzzTest#jsonRoundTrips}: {@code - [QE,\[ T]: x} made {@code SpeakerPrefix} throw, as
         * its check counted the escaped {@code [} as an opener (D6).
         */
        @Test
        void d61EscapedBracketInAQualifierIsText() {
            assertHead("[QE,\\[ T]: x", NONE, qualified(BRACKET_COLON, "\\[ T", "QE"), "x");
            assertHead("(QE, \\) away) x", NONE, qualified(PAREN, "\\) away", "QE"), "x");
            assertHead("QE (a\\(b): x", NONE, qualified(COLON, "a\\(b", "QE"), "x");
        }

        /**
         * D61: trimmed, a qualifier ending in a backslash would escape the closer when written back, so the prefix
         * would not read again (D72); such a line is item text.
         */
        @Test
        void d61QualifierEndingInABackslashIsNoPrefix() {
            assertPlain("(QE, away\\ ) x");
            assertPlain("[QE, away\\ ] x");
            assertPlain("QE (away\\ ): x");
            assertHead("(QE, away\\\\) x", NONE, qualified(PAREN, "away\\\\", "QE"), "x");
        }

        @Test
        void d51StopWordBeforeColon() {
            assertHead("[x] CEPS:", DONE, NOBODY, "CEPS:");
            assertPlain("TODO: draft");
        }

        @Test
        void d51StopWordInParentheses() {
            assertPlain("(wip) x");
        }

        @Test
        void d51WholeWhoTextOnTheStopList() {
            assertPlain("TL;DR: ship it");
            assertPlain("(TL;DR) ship it");
        }

        @Test
        void d51StopWordStartsTheQualifier() {
            assertHead("(QE, ok) fine", NONE, qualified(PAREN, "ok", "QE"), "fine");
        }

        @ParameterizedTest
        @ValueSource(strings = {"API", "ASAP", "CC", "CD", "CEP", "CI", "EOD", "ETA", "FAQ", "FYI", "IIRC", "IIUC",
                "IMO", "NB", "OK", "PR", "PS", "QA", "RE", "RFC", "TBA", "TBD", "TLDR", "TODO", "URL", "WIP"})
        void d51EveryStopWordThatLooksLikeInitials(String word) {
            assertPlain(word + ": text");
            assertPlain("(" + word + ") text");
            assertPlain("[" + word + "] text");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Goal: faster builds", "Question: why?", "Consensus: ship it", "Acme: news",
                "Quinn: release manager", "SPECS: index", "slides: https://example.org/s",
                "widget-forge: a label", "(Acme) release", "(beta) exporter", "(postponed) QE: later",
                "[widgetlib] faster index", "@acme/core-team: review", "@\u00A0acme: review", "(@qexample) talk",
                "() nothing", "( ) nothing", "QE will follow up", "JS bindings to rattler", "QE - is there a mirror?",
                "Docs need screenshots (RT)", "Walkthrough -- QE", "Requesting feedback :) TL;DR: ship it"})
        void d52NotSpeakers(String text) {
            assertPlain(text);
        }

        @Test
        void d52IntroductionsAreNoException() {
            assertPlain("Quinn: release manager");
            assertHead("QE: hello", NONE, who(COLON, "QE"), "hello");
        }

        @Test
        void d52JsBindingsWithCheckbox() {
            assertHead("[ ] JS bindings for the widget lib", OPEN, NOBODY, "JS bindings for the widget lib");
        }

        @Test
        void emptyPiecesMakeNoPrefix() {
            assertPlain("(QE,) text");
            assertPlain("(QE, , away) text");
            assertPlain("QE ( ): text");
        }

        @Test
        void qualifierWithoutColonIsNoColonForm() {
            assertPlain("QE (in chat) +1");
        }

        @Test
        void unclosedBracketsMakeNoPrefix() {
            assertPlain("(QE text");
            assertPlain("[QE text");
        }

        @Test
        void nonBmpTextAfterThePrefix() {
            assertHead("(PZ) S3 support 🎉", NONE, who(PAREN, "PZ"), "S3 support 🎉");
        }
    }

    @Nested
    class HardCases {

        @Test
        void d79SpeakerLookalikes() {
            assertHead("[x] (Acme) release planned", DONE, NOBODY, "(Acme) release planned");
            assertHead("[x] (QE) release planned", DONE, who(PAREN, "QE"), "release planned");
            assertHead("[x] SPECS:", DONE, NOBODY, "SPECS:");
            assertHead("[ ] JS bindings for the widget lib", OPEN, NOBODY, "JS bindings for the widget lib");
            assertHead("[X] @ acme/core-team:", DONE_X, NOBODY, "@ acme/core-team:");
            assertPlain("Quinn: joined as release manager");
            assertHead("[ ] (QE, away, please read aloud) vote!", OPEN, qualified(PAREN, "away, please read aloud", "QE"),
                    "vote!");
            assertHead("[ ] QE (acme-team): idea", OPEN, qualified(COLON, "acme-team", "QE"), "idea");
            assertHead("[ ] (QE: away this week, see notes)", OPEN, qualified(PAREN, "away this week, see notes", "QE"),
                    "");
        }

        @Test
        void d83Nbsp() {
            assertHead("[X]\u00A0(QE) shipped", DONE_X, who(PAREN, "QE"), "shipped");
            assertHead("[x] @\u00A0acme/team: review", DONE, NOBODY, "@\u00A0acme/team: review");
        }

        @Test
        void d3NbspAfterTheColonAndInsideText() {
            assertHead("[x]\u00A0QE:\u00A0NBSP after the colon too", DONE, who(COLON, "QE"),
                    "NBSP after the colon too");
            assertHead("[ ] RT: met\u00A0Acme folks\u00A0at the summit", OPEN, who(COLON, "RT"),
                    "met\u00A0Acme folks\u00A0at the summit");
        }

        @Test
        void d43MarkerAfterACheckboxIsText() {
            assertHead("[ ] - not a nested item after a checkbox", OPEN, NOBODY,
                    "- not a nested item after a checkbox");
        }

        @Test
        void d68DecisionLabelAfterTheSpeakerStaysText() {
            assertHead("[x] RT: Agreed: move the call", DONE, who(COLON, "RT"), "Agreed: move the call");
        }
    }

    /**
     * Every item line of examples/06-speaker-lookalikes.md. Its header lists the items with speakers: QE
     * (Introductions), (QE), JS, (QE, away...), QE (acme-team), RT &amp; QE, (QE: away...), (QE/Rosa), (RT, relayed by
     * QE), (QE+others), (QE, RT):, [QE]:, [RT / QE], MvV:, MVV:, (mvv), XY, QE;RT, (QE, ok), UA.
     */
    static Stream<Arguments> speakerLookalikesExample() {
        return Stream.of(
                // ## Introductions
                plain("Quinn: joined as release manager"),
                head("QE: happy to be here", NONE, who(COLON, "QE"), "happy to be here"),
                plain("Rosa: Globex, docs"),
                // ## New Agenda Items
                head("[x] (Acme) release planned", DONE, NOBODY, "(Acme) release planned"),
                head("[x] (QE) release planned", DONE, who(PAREN, "QE"), "release planned"),
                plain("[widgetlib] faster index"),
                head("[x] SPECS:", DONE, NOBODY, "SPECS:"),
                head("[x] CEPS:", DONE, NOBODY, "CEPS:"),
                plain("PR: https://example.org/widgets/pull/7"),
                plain("TODO: write tests"),
                plain("FYI: freeze next week"),
                plain("RFC: https://example.org/rfc/3"),
                head("[ ] JS bindings for the widget lib", OPEN, NOBODY, "JS bindings for the widget lib"),
                head("[ ] JS: owns the bindings", OPEN, who(COLON, "JS"), "owns the bindings"),
                head("[X] @ acme/core-team: please review", DONE_X, NOBODY, "@ acme/core-team: please review"),
                head("[X] @qexample: ping", DONE_X, NOBODY, "@qexample: ping"),
                head("[ ] (QE, away, please read aloud) vote!", OPEN, qualified(PAREN, "away, please read aloud", "QE"),
                        "vote!"),
                head("[ ] QE (acme-team): idea", OPEN, qualified(COLON, "acme-team", "QE"), "idea"),
                head("RT & QE: notices", NONE, who(COLON, "RT", "QE"), "notices"),
                head("[ ] (QE: away this week, see notes)", OPEN, qualified(PAREN, "away this week, see notes", "QE"), ""),
                head("[x] (QE/Rosa) poll results", DONE, qualified(PAREN, "Rosa", "QE"), "poll results"),
                head("[x] (RT, relayed by QE) upload done", DONE, qualified(PAREN, "relayed by QE", "RT"), "upload done"),
                head("[x] (QE+others) group photo", DONE, qualified(PAREN, "others", "QE"), "group photo"),
                head("(QE, RT): +1 on option A", NONE, who(PAREN_COLON, "QE", "RT"), "+1 on option A"),
                head("[QE]: index spec", NONE, who(BRACKET_COLON, "QE"), "index spec"),
                head("[RT / QE] plan", NONE, who(BRACKET, "RT", "QE"), "plan"),
                head("MvV: mixed-case initials", NONE, who(COLON, "MvV"), "mixed-case initials"),
                head("MVV: upper-case variant", NONE, who(COLON, "MVV"), "upper-case variant"),
                head("(mvv) lower-case initials in parentheses", NONE, who(PAREN, "mvv"),
                        "lower-case initials in parentheses"),
                plain("QE will follow up"),
                plain("QE - is there a mirror?"),
                plain("Docs need screenshots (RT)"),
                plain("Demo went well :) TL;DR: ship it."),
                plain("TL;DR: ship it."),
                plain("(postponed) QE: later"),
                plain("(beta) new exporter"),
                plain("(wip) exporter"),
                head("[ ] ()", OPEN, NOBODY, "()"),
                head("[ ] ( )", OPEN, NOBODY, "( )"),
                head("[ ] (@qexample) plug for the talk", OPEN, NOBODY, "(@qexample) plug for the talk"),
                plain("Goal: faster builds"),
                plain("slides: https://example.org/slides"),
                plain("widget-forge: a lower-case label"),
                head("[ ] XY: someone not in the table", OPEN, who(COLON, "XY"), "someone not in the table"),
                head("[ ] (TODO) draft the spec", OPEN, NOBODY, "(TODO) draft the spec"),
                head("QE;RT: semicolon joint", NONE, who(COLON, "QE", "RT"), "semicolon joint"),
                head("(QE, ok) fine", NONE, qualified(PAREN, "ok", "QE"), "fine"),
                plain("QE and RT: not a joint prefix"),
                plain("Q&A: open floor"),
                plain("CI/CD: green again"),
                head("UA: which of the two?", NONE, who(COLON, "UA"), "which of the two?"),
                plain("Consensus: ship on Friday"),
                head("[ ] QE:no space after the colon", OPEN, NOBODY, "QE:no space after the colon"),
                head("[ ] (QE)no space after the parenthesis", OPEN, NOBODY, "(QE)no space after the parenthesis"));
    }

    private static Arguments head(String text, Checkbox box, SpeakerPrefix speaker, String rest) {
        return Arguments.of(text, box, speaker, rest);
    }

    private static Arguments plain(String text) {
        return Arguments.of(text, NONE, NOBODY, text);
    }

    @ParameterizedTest
    @MethodSource
    void speakerLookalikesExample(String text, Checkbox box, SpeakerPrefix speaker, String rest) {
        assertHead(text, box, speaker, rest);
    }

    @Test
    void speakerLookalikesExampleHasTwentySpeakers() {
        long speakers = speakerLookalikesExample().filter(a -> a.get()[2] != null).count();
        assertEquals(20, speakers);
    }

    /** Every item line of examples/12-checkboxes-and-markers.md that starts with a box or a look-alike. */
    @Test
    void checkboxesExample() {
        assertHead("[ ] QE: open action item", OPEN, who(COLON, "QE"), "open action item");
        assertHead("[x] RT: completed item", DONE, who(COLON, "RT"), "completed item");
        assertHead("[X] QE: completed, upper-case X kept", DONE_X, who(COLON, "QE"), "completed, upper-case X kept");
        assertHead("[ ]", OPEN, NOBODY, "");
        assertHead("[ ]   ", OPEN, NOBODY, "");
        assertHead("[ ] ...", OPEN, NOBODY, "...");
        assertHead("[ ] xxx", OPEN, NOBODY, "xxx");
        assertMalformed("[] Pat: joined the team");
        assertMalformed("[-] cancelled?");
        assertMalformed("[x]done without a space");
        assertMalformed("[  ] two spaces inside");
        assertPlain("N/]");
        assertHead("[ ] RT: checkbox on an ordered item", OPEN, who(COLON, "RT"), "checkbox on an ordered item");
        assertHead("[x] parent done", DONE, NOBODY, "parent done");
        assertHead("[ ] child still open", OPEN, NOBODY, "child still open");
        assertHead("[x] QE/RT: joint assignees", DONE, who(COLON, "QE", "RT"), "joint assignees");
    }
}
