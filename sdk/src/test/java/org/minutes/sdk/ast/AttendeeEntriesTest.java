package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Entry;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Kind;
import org.minutes.sdk.syntax.AttendeeEntryShapes;

class AttendeeEntriesTest {

    /** Asserts a person entry's fields; {@code -} stands for an absent field, pieces are joined by {@code ;}. */
    private static void assertPerson(Entry entry, String initials, String name, String handle, String pieces) {
        assertEquals(Kind.PERSON, entry.kind(), entry.toString());
        assertEquals(name, entry.name());
        assertEquals(field(initials), entry.initials());
        assertEquals(field(handle), entry.github());
        assertEquals(pieces.isEmpty() ? List.of() : Arrays.asList(pieces.split(";")), entry.pieces());
    }

    private static Optional<String> field(String value) {
        return value.equals("-") ? Optional.empty() : Optional.of(value);
    }

    @ParameterizedTest(name = "D80: {0}")
    @CsvSource(delimiter = '|', value = {
        "QE: Quinn Example (@qexample), Acme, C/SC, CF/C.|QE|Quinn Example|qexample|Acme;C/SC;CF/C",
        "RT, Rosa Tester, (@rtester), Globex|RT|Rosa Tester|rtester|Globex",
        "Pat Xu (@ patxu), Initech|-|Pat Xu|patxu|Initech",
        "MvV Milo van Vliet (@mvv), CF/C|MvV|Milo van Vliet|mvv|CF/C",
        "NN: Nia Nobody.|NN|Nia Nobody|-|''",
    })
    void d80NumberedVariants(String text, String initials, String name, String handle, String pieces) {
        assertPerson(AttendeeEntryShapes.parse(text, true), initials, name, handle, pieces);
    }

    @ParameterizedTest(name = "D80/D33: \"{0}\" is a placeholder")
    @ValueSource(strings = {"...", "", "…", " ... ", "\u00A0", "……"})
    void d33PlaceholdersNameNoOne(String text) {
        Entry entry = AttendeeEntryShapes.parse(text, true);
        assertEquals(Kind.PLACEHOLDER, entry.kind());
        assertEquals(Optional.empty(), AttendeeEntries.attendee(entry, false));
        assertEquals(Kind.PLACEHOLDER, AttendeeEntryShapes.parse(text, false).kind(), "bullets too (D34)");
    }

    @Test
    void d32SeedExamples() {
        // Seed 000 and seed 001.
        assertPerson(AttendeeEntryShapes.parse("MvN: Marius van Niekerk (@mariusvniekerk)", true),
                "MvN", "Marius van Niekerk", "mariusvniekerk", "");
        assertPerson(AttendeeEntryShapes.parse("WV, Wolf Vollprecht, (@wolfv), Prefix.dev, conda-forge/core", true),
                "WV", "Wolf Vollprecht", "wolfv", "Prefix.dev;conda-forge/core");
        assertPerson(AttendeeEntryShapes.parse("JRG: Jaime Rodríguez-Guerra (@jaimergp), Quansight", true),
                "JRG", "Jaime Rodríguez-Guerra", "jaimergp", "Quansight");
        assertPerson(AttendeeEntryShapes.parse("MRB: Matthew R. Becker (@beckermr)", true),
                "MRB", "Matthew R. Becker", "beckermr", "");
    }

    @Test
    void d32RepeatedInitialsAfterTheNameAreDropped() {
        assertPerson(AttendeeEntryShapes.parse("SS: Sam Sample, SS (@ssample), Acme/CF/CFC, widget-forge/core", true),
                "SS", "Sam Sample", "ssample", "Acme/CF/CFC;widget-forge/core");
        assertPerson(AttendeeEntryShapes.parse("SS: Sam Sample, SS, (@ssample)", true),
                "SS", "Sam Sample", "ssample", "");
        // Only the entry's own initials are dropped, and only after a comma.
        assertPerson(AttendeeEntryShapes.parse("SS: Sam Sample, QE (@ssample)", true),
                "SS", "Sam Sample, QE", "ssample", "");
        assertPerson(AttendeeEntryShapes.parse("SS: Sam SS (@ssample)", true), "SS", "Sam SS", "ssample", "");
    }

    @Test
    void d32PiecesKeepAmpersandAndSlashAndSkipEmptyOnes() {
        assertPerson(AttendeeEntryShapes.parse("UU, Uma Unit (@uunit), Globex & widget-forge/core", true),
                "UU", "Uma Unit", "uunit", "Globex & widget-forge/core");
        assertPerson(AttendeeEntryShapes.parse("JK, John Kirkham (@jakirkham), NVIDIA & conda-forge/core", true),
                "JK", "John Kirkham", "jakirkham", "NVIDIA & conda-forge/core");
        assertPerson(AttendeeEntryShapes.parse("QE: Quinn Example (@qexample), , Acme,", true),
                "QE", "Quinn Example", "qexample", "Acme");
    }

    @Test
    void d32WithoutHandleTheNameEndsAtTheFirstComma() {
        assertPerson(AttendeeEntryShapes.parse("TT: Tom Trial, Initech", true), "TT", "Tom Trial", "-", "Initech");
        assertPerson(AttendeeEntryShapes.parse("Tom Trial, Initech, QA", true), "-", "Tom Trial", "-", "Initech;QA");
    }

    @Test
    void d32InitialsBeforeWhiteSpaceOnlyWhenAHandleGroupFollows() {
        assertPerson(AttendeeEntryShapes.parse("QE Quinn Example, Acme", true), "-", "QE Quinn Example", "-", "Acme");
        assertPerson(AttendeeEntryShapes.parse("QE\u00A0Quinn Example (@qexample)", true),
                "QE", "Quinn Example", "qexample", "");
    }

    @Test
    void d32InitialsFollowD48AndTheStopList() {
        // "Pat" is no initials token; "PR" is on the stop-list (D51); "QEXYZ" is too long (D48).
        assertPerson(AttendeeEntryShapes.parse("Pat: Xu, Initech", true), "-", "Pat: Xu", "-", "Initech");
        assertPerson(AttendeeEntryShapes.parse("PR: Pat Rosen", true), "-", "PR: Pat Rosen", "-", "");
        assertPerson(AttendeeEntryShapes.parse("QEXYZ: Quinn", true), "-", "QEXYZ: Quinn", "-", "");
    }

    @Test
    void d32TrailingPeriodIsDroppedOnceButNotFromAnEllipsis() {
        assertPerson(AttendeeEntryShapes.parse("PX: Pat Xu.", true), "PX", "Pat Xu", "-", "");
        assertPerson(AttendeeEntryShapes.parse("PX: Pat Xu..", true), "PX", "Pat Xu.", "-", "");
        assertPerson(AttendeeEntryShapes.parse("PX: Pat Xu...", true), "PX", "Pat Xu...", "-", "");
        assertPerson(AttendeeEntryShapes.parse("PX: Pat Xu, Initech Inc.", true), "PX", "Pat Xu", "-", "Initech Inc");
    }

    @Test
    void d33NumberedFormsFollowFromD32() {
        assertPerson(AttendeeEntryShapes.parse("PX: Pat Xu.", true), "PX", "Pat Xu", "-", "");
        assertPerson(AttendeeEntryShapes.parse("Pat Xu (@ patxu), Initech", true), "-", "Pat Xu", "patxu", "Initech");
        assertPerson(AttendeeEntryShapes.parse("Pat Xu", true), "-", "Pat Xu", "-", "");
        assertPerson(AttendeeEntryShapes.parse("PX, Pat Xu, (@patxu)", true), "PX", "Pat Xu", "patxu", "");
    }

    @Test
    void d35EmptyNameMakesAnUnparsedEntryNamedByItsWholeText() {
        Entry entry = AttendeeEntryShapes.parse("QE: (@qexample), Acme", true);
        assertEquals(Kind.UNPARSED, entry.kind());
        assertEquals(Optional.of(new Attendee("QE: (@qexample), Acme", Optional.empty(), Optional.empty(), List.of(),
                false)), AttendeeEntries.attendee(entry, false));
    }

    @ParameterizedTest(name = "D35: \"{0}\" is unparsed")
    // "(@qexample)" left this list: wholly in parentheses, it is a placeholder since D89 (see below).
    @ValueSource(strings = {"QE:", "QE: , Acme", "Quinn Example (@)", "Quinn (@q x)"})
    void d35OtherUnsplittableNumberedEntries(String text) {
        Entry entry = AttendeeEntryShapes.parse(text, true);
        assertEquals(Kind.UNPARSED, entry.kind());
        assertEquals(text, entry.name());
        assertEquals(Optional.empty(), entry.initials());
        assertEquals(Optional.empty(), entry.github());
        assertEquals(List.of(), entry.pieces());
    }

    @ParameterizedTest(name = "D34: {0}")
    @CsvSource(delimiter = '|', value = {
        "Quinn Example (QE) (qexample)|QE|Quinn Example|qexample",
        "Pat Xu (PX) gh: patxu|PX|Pat Xu|patxu",
        "Rosa Tester RT @rtester|RT|Rosa Tester|rtester",
        "Quinn Example|-|Quinn Example|-",
        "Rosa Tester (RT) rtester|RT|Rosa Tester|rtester",
        "Milo van Vliet MvV @mvvliet|MvV|Milo van Vliet|mvvliet",
        "Nia Nobody|-|Nia Nobody|-",
        "Quinn Example (QE)|QE|Quinn Example|-",
        "Quinn Example(QE)|QE|Quinn Example|-",
        "Quinn Example (QE) (@qexample)|QE|Quinn Example|qexample",
        "Quinn Example (QE) @qexample|QE|Quinn Example|qexample",
        "Quinn Example (QE) GH:qexample|QE|Quinn Example|qexample",
        "Uma Unit (qxe) (uunit)|qxe|Uma Unit|uunit",
        "Uma Unit (Umi) (UU) (uunit)|UU|Uma Unit (Umi)|uunit",
        "Uma Unit (Umi) (uunit)|-|Uma Unit (Umi)|uunit",
        "Quinn Example (qexample)|-|Quinn Example|qexample",
        "Quinn Example (@qexample)|-|Quinn Example|qexample",
        "Quinn Example @qexample|-|Quinn Example|qexample",
        "Quinn Example gh: qexample|-|Quinn Example|qexample",
        "Quinn Example, Acme|-|Quinn Example, Acme|-",
        "Quinn Example QE|-|Quinn Example QE|-",
        "Quinn Example Smith @qexample|-|Quinn Example Smith|qexample",
    })
    void d34BulletShapes(String text, String initials, String name, String handle) {
        assertPerson(AttendeeEntryShapes.parse(text, false), initials, name, handle, "");
    }

    @Test
    void d34BulletsStartingWithInitialsAndColonOrCommaFollowD32() {
        assertPerson(AttendeeEntryShapes.parse("QE: Quinn Example (@qexample), Acme", false),
                "QE", "Quinn Example", "qexample", "Acme");
        assertPerson(AttendeeEntryShapes.parse("RT, Rosa Tester, Globex", false), "RT", "Rosa Tester", "-", "Globex");
        // D32 (2)'s "INI WS … (@" is for numbered entries; a bullet reads it by D34 and finds no shape.
        assertEquals(Kind.UNPARSED, AttendeeEntryShapes.parse("MvV Milo van Vliet (@mvv), CF/C", false).kind());
    }

    @ParameterizedTest(name = "D35: bullet \"{0}\" is unparsed")
    @ValueSource(strings = {"Quinn: release manager", "Quinn Example (QE) (qexample), Acme",
        "@qexample", "Quinn Example (QE) two words"})
    void d35UnsplittableBullets(String text) {
        Entry entry = AttendeeEntryShapes.parse(text, false);
        assertEquals(Kind.UNPARSED, entry.kind());
        assertEquals(text, entry.name());
    }

    @Test
    void d34LegendIsTextWhollyInStrongEmphasis() {
        ListItem legend = item(Marker.STAR, new Strong(List.of(new Text("Name (Initials) (githubid)"))));
        assertEquals(Kind.LEGEND, AttendeeEntries.parse(legend).kind());
        assertEquals(Optional.empty(), AttendeeEntries.attendee(AttendeeEntries.parse(legend), false));

        ListItem partly = item(Marker.STAR, new Strong(List.of(new Text("Quinn Example"))), new Text(" (QE)"));
        assertPerson(AttendeeEntries.parse(partly), "QE", "Quinn Example", "-", "");
        ListItem emphasis = item(Marker.STAR, new Emphasis('*', List.of(new Text("Quinn Example"))));
        assertPerson(AttendeeEntries.parse(emphasis), "-", "Quinn Example", "-", "");
    }

    @Test
    void itemsAreParsedByTheirListKind() {
        // Ordered: D32 reads "INI WS … (@"; bullet: D34 has no such shape.
        assertPerson(AttendeeEntries.parse(item(Marker.ORDERED, new Text("MvV Milo van Vliet (@mvv), CF/C"))),
                "MvV", "Milo van Vliet", "mvv", "CF/C");
        assertEquals(Kind.UNPARSED,
                AttendeeEntries.parse(item(Marker.DASH, new Text("MvV Milo van Vliet (@mvv), CF/C"))).kind());
        assertPerson(AttendeeEntries.parse(item(Marker.DASH, new Text("Rosa Tester RT @rtester"))),
                "RT", "Rosa Tester", "rtester", "");
    }

    @Test
    void aSpeakerPrefixSplitOffByTheParserIsPutBack() {
        ListItem colon = new ListItem(Marker.ORDERED, Optional.empty(), Optional.of(SpeakerPrefix.of("QE")),
                List.of(new Text("Quinn Example (@qexample), Acme")), List.of());
        Entry entry = AttendeeEntries.parse(colon);
        assertPerson(entry, "QE", "Quinn Example", "qexample", "Acme");
        assertTrue(entry.fullShape());
        assertEquals("QE: Quinn Example (@qexample), Acme", entry.text());

        ListItem comma = new ListItem(Marker.ORDERED, Optional.empty(),
                Optional.of(new SpeakerPrefix(List.of("RT"), Optional.of("away"), SpeakerForm.PAREN)),
                List.of(new Text("Rosa Tester")), List.of());
        assertEquals("(RT, away) Rosa Tester", AttendeeEntries.parse(comma).text());
    }

    /** D26: the shortcut that decides whether a preamble list is an attendee list says what the whole parse says. */
    @Test
    void isFullShapeAgreesWithTheParse() {
        List<ListItem> items = List.of(
                item(Marker.ORDERED, new Text("QE: Quinn Example (@qexample), Acme")),
                item(Marker.ORDERED, new Text("MvV Milo van Vliet (@mvv), CF/C")),
                item(Marker.DASH, new Text("MvV Milo van Vliet (@mvv), CF/C")),
                item(Marker.ORDERED, new Text("Quinn Example (@qexample)")),
                item(Marker.ORDERED, new Text("QE Quinn Example (\\@qexample)")),
                item(Marker.ORDERED, new Text("QE Quinn Example")),
                item(Marker.STAR, new Strong(List.of(new Text("QE: Name (@githubid)")))),
                new ListItem(Marker.ORDERED, Optional.empty(), Optional.of(SpeakerPrefix.of("QE")),
                        List.of(new Text("Quinn Example (@qexample), Acme")), List.of()));
        List<Boolean> expected = List.of(true, true, false, false, false, false, false, true);
        for (int i = 0; i < items.size(); i++) {
            assertEquals(expected.get(i), AttendeeEntries.parse(items.get(i)).fullShape(), "parse of item " + i);
            assertEquals(expected.get(i), AttendeeEntries.isFullShape(items.get(i)), "shortcut of item " + i);
        }
    }

    @Test
    void aCheckboxIsIgnored() {
        ListItem boxed = new ListItem(Marker.DASH, Optional.of(Checkbox.DONE), Optional.empty(),
                List.of(new Text("Quinn Example (QE) (qexample)")), List.of());
        assertPerson(AttendeeEntries.parse(boxed), "QE", "Quinn Example", "qexample", "");
    }

    @Test
    void d26FullShapeNeedsInitialsAndAHandleGroup() {
        assertTrue(AttendeeEntryShapes.parse("QE: Quinn Example (@qexample), Acme", true).fullShape());
        assertTrue(AttendeeEntryShapes.parse("MvV Milo van Vliet (@mvv)", true).fullShape());
        assertTrue(AttendeeEntryShapes.parse("RT, Rosa Tester, (@rtester)", false).fullShape());
        assertFalse(AttendeeEntryShapes.parse("Pat Xu (@ patxu), Initech", true).fullShape());
        assertFalse(AttendeeEntryShapes.parse("NN: Nia Nobody.", true).fullShape());
        assertFalse(AttendeeEntryShapes.parse("Quinn Example (QE) (@qexample)", false).fullShape(), "D34, not D32");
        assertFalse(AttendeeEntryShapes.parse("QE: (@qexample), Acme", true).fullShape(), "unparsed");
    }

    @Test
    void d3NbspIsTrimmedButKeptInsideText() {
        assertPerson(AttendeeEntryShapes.parse("\u00A0QE: Quinn\u00A0Example (@qexample),\u00A0Acme\u00A0", true),
                "QE", "Quinn\u00A0Example", "qexample", "Acme");
    }

    @Test
    void entriesBecomeAttendeesWithTheAbsentFlag() {
        Entry entry = AttendeeEntryShapes.parse("QE: Quinn Example (@qexample), Acme, C/SC", true);
        assertEquals(Optional.of(new Attendee("Quinn Example", Optional.of("QE"), Optional.of("qexample"),
                List.of("Acme", "C/SC"), true)), AttendeeEntries.attendee(entry, true));
    }

    @ParameterizedTest(name = "D89: \"{0}\" is a placeholder")
    @ValueSource(strings = {"(@qexample)", "/", "-", "name", "GitHub handle", "(missed the list, sorry)", "…"})
    void d89MorePlaceholders(String text) {
        assertEquals(Kind.PLACEHOLDER, AttendeeEntryShapes.parse(text, true).kind());
        assertEquals(Kind.PLACEHOLDER, AttendeeEntryShapes.parse(text, false).kind());
    }

    private static ListItem item(Marker marker, org.minutes.sdk.ast.Inline... content) {
        return new ListItem(marker, Optional.empty(), Optional.empty(), List.of(content), List.of());
    }

    @Test
    void d6MegabyteEntriesTakeLinearTime() {
        int n = 1_000_000;
        List<String> texts = List.of("Quinn" + " ".repeat(n) + "Example (QE", "a (".repeat(n / 3), "x".repeat(n) + " @",
                "QE: " + "a (@".repeat(n / 4), "a @b ".repeat(n / 5) + "(", "(".repeat(n) + ")", "QE, " + ", ".repeat(n),
                "Quinn" + "\u00A0".repeat(n) + "Example (QE) (@" + "q".repeat(n) + ")", "(@" + "a".repeat(n) + " b");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : texts) {
                for (boolean ordered : new boolean[] {true, false}) {
                    Entry entry = AttendeeEntryShapes.parse(text, ordered);
                    // D89: an entry with no letter, such as "((…()", is a placeholder; every other one names someone.
                    assertTrue(AttendeeEntries.attendee(entry, false).isPresent() || entry.kind() == Kind.PLACEHOLDER,
                            text.substring(0, 10));
                }
            }
        });
    }
}
