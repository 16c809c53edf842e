package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.converters.DocumentConverter;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.Title;

/** The canonical form of D71 on hand-built documents, expected output written from the rule, not the program. */
class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

    private static Document doc(Optional<Title> title, List<Block> preamble, Section... sections) {
        return new Document(Optional.empty(), List.of(), title, preamble, List.of(sections));
    }

    private static List<Inline> text(String literal) {
        return List.of(new Text(literal));
    }

    private static ListItem item(Marker marker, List<Inline> content, Block... children) {
        return new ListItem(marker, Optional.empty(), Optional.empty(), content, List.of(children));
    }

    private static void assertRoundTrip(Document document, String expected) {
        String markdown = RENDERER.convert(document);
        assertEquals(expected, markdown);
        assertEquals(document, MinutesParser.create().parse(markdown).document(), "D72");
    }

    @Test
    void isTheMarkdownDocumentConverter() throws IOException {
        Document document = doc(Optional.empty(), List.of(new Paragraph(text("Hello"))));
        DocumentConverter converter = RENDERER;
        StringBuilder out = new StringBuilder("> ");
        converter.write(document, out);
        assertEquals("> Hello\n", out.toString());
    }

    @Test
    void d71FrontMatterTitleAndSpeakers() {
        ListItem item = new ListItem(Marker.STAR, Optional.of(Checkbox.DONE),
                Optional.of(new SpeakerPrefix(List.of("QE", "RT"), Optional.empty(), SpeakerForm.PAREN)),
                text("shipped"), List.of());
        Document document = new Document(Optional.of(new FrontMatter("tags: [meeting-notes]")), List.of(),
                Optional.of(new Title(true, Optional.of(LocalDate.of(2031, 5, 14)), text("Team Sync"))), List.of(),
                List.of(new Section(2, text("Announcements"), List.of(new ListBlock(List.of(item))))));
        assertRoundTrip(document, "---\ntags: [meeting-notes]\n---\n# DRAFT - 2031-05-14 Team Sync\n\n"
                + "## Announcements\n\n* [x] (QE/RT) shipped\n");
    }

    @Test
    void d71OrderedItemsAreNumberedAndChildrenIndentedFourColumns() {
        ListBlock children = new ListBlock(List.of(item(Marker.DASH, text("child"))));
        ListBlock list = new ListBlock(List.of(item(Marker.ORDERED, text("one"), children),
                item(Marker.ORDERED, text("two"), new Paragraph(text("more")))));
        assertRoundTrip(doc(Optional.empty(), List.of(list)), "1. one\n    - child\n2. two\n\n    more\n");
    }

    @Test
    void d49QualifiersInEveryForm() {
        Optional<String> away = Optional.of("away");
        assertEquals("- QE (away):", new SpeakerPrefix(List.of("QE"), away,
                SpeakerForm.COLON).written().transform(s -> "- " + s));
        assertEquals("(QE, away):", new SpeakerPrefix(List.of("QE"), away,
                SpeakerForm.PAREN_COLON).written());
        assertEquals("[QE/RT, away]", new SpeakerPrefix(List.of("QE", "RT"), away,
                SpeakerForm.BRACKET).written());
    }

    @Test
    void textIsEscapedOnlyWhereItWouldReadAsSyntax() {
        // D71: `# ` would open a heading, `QE:` a speaker, `[x] ` a checkbox, `1. ` a nested list (D13, D49, D45,
        // D43): one backslash each, before the one character that decides it.
        Document document = doc(Optional.empty(), List.of(new Paragraph(text("# not a heading")),
                new ListBlock(List.of(item(Marker.DASH, text("QE: not a speaker")),
                        item(Marker.DASH, text("[x] not a box")), item(Marker.DASH, text("1. not nested"))))));
        assertRoundTrip(document, "\\# not a heading\n\n- QE\\: not a speaker\n- \\[x] not a box\n"
                + "- 1\\. not nested\n");
    }

    @Test
    void textThatReadsAsTextIsNotEscaped() {
        // D71: `Goal:` is a label and `~8` no strike (D52, D58); CEPS is on the stop-list (D51); `Pixi:` is no
        // initials token (D48); a backslash before a letter is text (D61); brackets that close no link stay (D56);
        // `#8` opens no heading (D13); `(words)` is a tag, not a speaker (D52).
        Document document = doc(Optional.empty(), List.of(new Paragraph(text("#8 costs ~8 a\\b [see] here")),
                new ListBlock(List.of(item(Marker.DASH, text("Goal: ship")), item(Marker.DASH, text("CEPS:")),
                        item(Marker.DASH, text("Pixi: https")), item(Marker.DASH, text("(Acme) release")),
                        item(Marker.DASH, text("[widgetlib] faster index"))))));
        assertRoundTrip(document, "#8 costs ~8 a\\b [see] here\n\n- Goal: ship\n- CEPS:\n- Pixi: https\n"
                + "- (Acme) release\n- [widgetlib] faster index\n");
    }

    @Test
    void d71TheStyleReadFromTheSourceIsKept() {
        // Numbering `1.` `1.` (first two share a number) and `7.` `8.` (consecutive from 7); nesting step 2;
        // joint speakers written `RT , QE`; a loose list keeps one blank line between all items; alignment colons.
        String source = "1. a\n1. b\n1. c\n\n## Notes\n\n7. x\n  - RT , QE: y\n  - (MG, CS): z\n\n"
                + "- p\n\n- q\n- r\n\n| Left | Centre | Right |\n|:--|:-:|--:|\n| 漢字 | x | y |\n";
        String expected = "1. a\n1. b\n1. c\n\n## Notes\n\n7. x\n  - RT , QE: y\n  - (MG, CS): z\n\n"
                + "- p\n\n- q\n\n- r\n\n| Left | Centre | Right |\n| :--- | :----: | ----: |\n"
                + "| 漢字 | x      | y     |\n";
        assertEquals(expected, FormatSamplesTest.fmt(source));
        assertEquals(expected, FormatSamplesTest.fmt(expected), "D71 idempotent on text");
    }

    @Test
    void d71DefaultsWithoutASource() {
        // Consecutive numbers, step 4, `/` between joint speakers, tight lists, `---` delimiters of 3 at least.
        String source = "1. a\n1. b\n  - RT , QE: y\n\n| a | b |\n|:-:|-|\n| x | yyyy |\n";
        assertEquals("1. a\n2. b\n    - RT/QE: y\n\n| a   | b    |\n| --- | ---- |\n| x   | yyyy |\n",
                RENDERER.convert(MinutesParser.create().parse(source).document()));
    }

    @Test
    void d71ConsecutiveNumbersPastNineDigitsRepeatTheFirst() {
        // D37: 1 000 000 000 would be no marker, so the list repeats its first number.
        String source = "999999999. a\n5. b\n";
        assertEquals("999999999. a\n999999999. b\n", FormatSamplesTest.fmt(source));
    }

    @Test
    void d71TablesAreAlignedByDisplayWidth() {
        // East Asian wide characters and emoji count 2 columns, combining marks none.
        assertEquals(4, BlockRenderer.displayWidth("漢字"));
        assertEquals(2, BlockRenderer.displayWidth("\uD83C\uDF89"));
        assertEquals(1, BlockRenderer.displayWidth("e\u0301"));
        assertEquals(3, BlockRenderer.displayWidth("abc"));
    }

    @Test
    void d43MarkerAfterMarkerNestsTheLinesUnderIt() {
        // D43: `- 1. a` is an empty item whose child list holds `a`; `1. b` at column 4 is beyond `a`'s content
        // column (2 + 2, D38), so it is a child of `a` (D39). D71 writes children 4 columns right of their marker.
        ListItem b = item(Marker.ORDERED, text("b"));
        ListItem a = item(Marker.ORDERED, text("a"), new ListBlock(List.of(b)));
        Document expected = doc(Optional.empty(), List.of(new ListBlock(List.of(
                item(Marker.DASH, List.of(), new ListBlock(List.of(a)))))));
        assertEquals(expected, MinutesParser.create().parse("- 1. a\n    1. b\n").document());
        assertRoundTrip(expected, "-\n    1. a\n        1. b\n");
    }

    @Test
    void d44AdjacentListsOfOneKindAreNoDocument() {
        // They would read back as one list (D44), so the AST refuses them.
        assertThrows(IllegalArgumentException.class, () -> item(Marker.DASH, List.of(),
                new ListBlock(List.of(item(Marker.ORDERED, text("a")))),
                new ListBlock(List.of(item(Marker.ORDERED, text("b"))))));
    }

    @Test
    void d11FirstLineThatWouldOpenFrontMatterGetsABlankLineFirst() {
        Document document = doc(Optional.empty(), List.of(new Paragraph(text("ab---")),
                new org.minutes.sdk.ast.CodeBlock('`', 3, "", List.of("---"))));
        assertRoundTrip(document, "\nab---\n\n```\n---\n```\n");
    }

    @Test
    void d58LoneStarIsText() {
        // D58: the `*` of " * " has WS on both sides and the one of "2*3" no other `*` to pair with, so neither can
        // be emphasis and both are written as they are.
        String source = "# 2026-01-01 T\n\n## Notes\n\n- a * b and 2*3\n";
        ParseResult parsed = MinutesParser.create().parse(source);
        assertEquals(source, RENDERER.convert(parsed.document(), MarkdownStyle.of(parsed)));
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(text("2*3 = 6")))), "2*3 = 6\n");
        // At a line start it would still make a list item (D37, D8): that escape stays.
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(text("* a")))), "\\* a\n");
    }

    /**
     * D58, rule of three: in {@code a **b*c*\*d* e} the run {@code **} opens the outer emphasis with one star, the other
     * is text, and the inner {@code *} after "b" (which can open and close) is refused by the run of two. Escaping the
     * leftover star would leave a run of one that the inner {@code *} closes ("b" alone in emphasis), so it stays raw
     * (found by {@code MarkdownProperties.parsedTextRoundTrips}).
     */
    @Test
    void d58LeftoverStarStaysRawWhereAnInnerEmphasisWouldCloseTheEscapedOpener() {
        // The third is the fuzzer's (fuzz module, MarkdownFuzzTest): the leftover star starts the line.
        for (String line : List.of("a **b*c*\\*d* e", "|:tada:    **{{ x }}*RT!~~~*\\*12.*", "**s*e*x*")) {
            ParseResult parsed = MinutesParser.create().parse(line + "\n");
            String markdown = RENDERER.convert(parsed.document());
            assertEquals(parsed.document(), MinutesParser.create().parse(markdown).document(), markdown);
        }
        assertEquals("a **b*c*\\*d* e\n", RENDERER.convert(MinutesParser.create().parse("a **b*c*\\*d* e\n")
                .document()));
    }

    /**
     * D56, D57: a bare URL is written as it is, so a {@code ]} in it could close a link that a raw {@code [} of the text
     * before it opens: the fuzzer's {@code [](http://]()} (text "[](", URL "http://]()") read back as a link when only
     * the text's {@code ](} was escaped. The text's {@code [} is escaped too.
     */
    @Test
    void d56BracketBeforeAUrlHoldingABracketIsEscaped() {
        ParseResult parsed = MinutesParser.create().parse("[](http://]()\n");
        String markdown = RENDERER.convert(parsed.document());
        assertEquals("\\[\\](http://]()\n", markdown);
        assertEquals(parsed.document(), MinutesParser.create().parse(markdown).document());
    }

    @Test
    void d58LoneUnderscoreIsText() {
        // D58: `_` inside a word never delimits, so the leading `_` is the only one that could, with nothing to pair.
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(text("_init sets max_retries")))),
                "_init sets max_retries\n");
    }

    @Test
    void d58StarsAndUnderscoresThatCouldPairStayEscaped() {
        // Unescaped, "2*3*4" would hold emphasis "3", "_a and b_" emphasis "a and b".
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(text("2*3*4")))), "2\\*3\\*4\n");
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(text("_a and b_")))), "\\_a and b\\_\n");
        // The emphasis's own `*` could pair with the one in the text.
        assertRoundTrip(doc(Optional.empty(), List.of(new Paragraph(List.of(new Text("2*3 "),
                new Emphasis('*', text("x")))))), "2\\*3 *x*\n");
    }

    /**
     * D70, D71, D91, D92: a name speaker renders as stored, with its strong emphasis and the colon inside or outside
     * it; escaped brackets stay escaped. The attendees have no written initials, so QE is Quinn Example's derived
     * initials (D90).
     */
    private static Document nameSpeakers() {
        ListBlock attendees = new ListBlock(List.of(item(Marker.DASH, text("Quinn Example")),
                item(Marker.DASH, text("Rosa Tester"))));
        ListBlock remarks = new ListBlock(List.of(
                speaking("Quinn", SpeakerForm.NAME_COLON, NameEmphasis.NONE, "looks good"),
                speaking("Quinn", SpeakerForm.NAME_COLON, NameEmphasis.COLON_OUTSIDE, "merged"),
                speaking("Rosa", SpeakerForm.NAME_COLON, NameEmphasis.COLON_INSIDE, "agreed"),
                speaking("quinn", SpeakerForm.NAME_PAREN, NameEmphasis.NONE, "ship it"),
                speaking("Rosa Tester", SpeakerForm.NAME_BRACKET, NameEmphasis.NONE, "later"),
                speaking("QE", SpeakerForm.BRACKET_ESCAPED, NameEmphasis.NONE, "we should discuss the release")));
        return doc(Optional.of(new Title(false, Optional.of(LocalDate.of(2031, 5, 14)), text("Team Sync"))),
                List.of(), new Section(2, text("Attendees"), List.of(attendees)),
                new Section(2, text("Discussion"), List.of(remarks)));
    }

    private static ListItem speaking(String who, SpeakerForm form, NameEmphasis emphasis, String text) {
        return new ListItem(Marker.DASH, Optional.empty(),
                Optional.of(new SpeakerPrefix(List.of(who), Optional.empty(), form, emphasis)), text(text), List.of());
    }

    private static final String NAME_SPEAKERS = """
            # 2031-05-14 Team Sync

            ## Attendees

            - Quinn Example
            - Rosa Tester

            ## Discussion

            - Quinn: looks good
            - **Quinn**: merged
            - **Rosa:** agreed
            - (quinn) ship it
            - [Rosa Tester] later
            - \\[QE\\] we should discuss the release
            """;

    @Test
    void d71NameSpeakersAndEscapedBracketsRenderAsStored() {
        assertEquals(NAME_SPEAKERS, RENDERER.convert(nameSpeakers()));
    }

    @Test
    void d72NameSpeakersAndEscapedBracketsReadBack() {
        assertRoundTrip(nameSpeakers(), NAME_SPEAKERS);
    }

    /**
     * D71, D91: item text that would read as a name speaker of a listed attendee gets one backslash, at the colon or
     * the opening bracket; a label (D52) and any text in an introductions section (no name speakers there) get none.
     */
    @Test
    void d71TextThatWouldReadAsANameSpeakerIsEscaped() {
        ListBlock attendees = new ListBlock(List.of(item(Marker.DASH, text("Quinn Example")),
                item(Marker.DASH, text("Rosa Tester"))));
        ListBlock remarks = new ListBlock(List.of(
                item(Marker.DASH, text("Quinn: looks good")),
                item(Marker.DASH, List.of(new Strong(text("Quinn")), new Text(": merged"))),
                item(Marker.DASH, List.of(new Strong(text("Rosa:")), new Text(" agreed"))),
                item(Marker.DASH, text("(quinn) ship it")),
                item(Marker.DASH, text("[Rosa Tester] later")),
                item(Marker.DASH, text("Goal: ship"))));
        Document document = doc(Optional.empty(), List.of(), new Section(2, text("Attendees"), List.of(attendees)),
                new Section(2, text("Discussion"), List.of(remarks)),
                new Section(2, text("Introductions"), List.of(new ListBlock(List.of(
                        item(Marker.DASH, text("Quinn: hello")))))));
        assertRoundTrip(document, """
                ## Attendees

                - Quinn Example
                - Rosa Tester

                ## Discussion

                - Quinn\\: looks good
                - **Quinn**\\: merged
                - **Rosa\\:** agreed
                - \\(quinn) ship it
                - \\[Rosa Tester] later
                - Goal: ship

                ## Introductions

                - Quinn: hello
                """);
    }

    /**
     * D47, D26, D71: attendee entries hold no speaker wherever their list stands, so text that would read as one
     * elsewhere is written without a backslash in a preamble attendee list; the same text in a discussion item gets
     * one.
     */
    @Test
    void d71AttendeeEntriesOutsideAttendeeSectionsAreNotEscaped() {
        ListBlock preambleEntries = new ListBlock(List.of(item(Marker.ORDERED, List.of(
                new Text("QE: Quinn Example ("), new Mention("qexample", Optional.empty()), new Text(")")))));
        Document document = doc(Optional.empty(), List.of(preambleEntries),
                new Section(2, text("Discussion"), List.of(new ListBlock(List.of(
                        item(Marker.DASH, text("QE: not a speaker")))))));
        assertEquals(1, document.attendeeBlocks().size(), "D26: the preamble list is an attendee block");
        assertRoundTrip(document, """
                1. QE: Quinn Example (@qexample)

                ## Discussion

                - QE\\: not a speaker
                """);
    }

    /**
     * D90, D71: where the attendees' initials are derived, an initials-shaped prefix that matches none is a label and
     * gets no backslash ({@code ACME:}); one that matches derived initials ({@code QE:}) would read as a speaker and
     * gets one, at its colon.
     */
    @Test
    void d71DerivedInitialsEscapeOnlyWhatWouldReadAsASpeaker() {
        ListBlock attendees = new ListBlock(List.of(item(Marker.STAR, text("Quinn Example / Acme"))));
        Document document = doc(Optional.empty(), List.of(), new Section(2, text("Attendees"), List.of(attendees)),
                new Section(2, text("Discussion"), List.of(new ListBlock(List.of(
                        item(Marker.DASH, text("ACME: ship it")), item(Marker.DASH, text("QE: ship it")))))));
        assertEquals(Optional.of("QE"), document.derivedInitials(document.attendees().get(0)));
        assertRoundTrip(document, """
                ## Attendees

                * Quinn Example / Acme

                ## Discussion

                - ACME: ship it
                - QE\\: ship it
                """);
    }

    /** D71, D92: formatting keeps the separators of escaped brackets as written, like those of other prefixes. */
    @Test
    void d71EscapedBracketsKeepTheirSeparators() {
        String text = "# 2031-05-14 Team Sync\n\n- \\[QE, RT\\] we should discuss the release\n"
                + "- \\[QE & RT, in chat\\] later\n";
        ParseResult parsed = MinutesParser.create().parse(text);
        ListItem first = ((ListBlock) parsed.document().preamble().get(0)).items().get(0);
        assertEquals(SpeakerForm.BRACKET_ESCAPED, first.speaker().orElseThrow().form());
        assertEquals(text, RENDERER.convert(parsed.document(), MarkdownStyle.of(parsed)));
    }

    /**
     * D71, D92: a style that spells escaped brackets with other separators keeps them when they spell the same
     * prefix, and falls back to the canonical {@code /} when they do not.
     */
    @Test
    void d71StyleSpellsEscapedBracketsAsWritten() {
        ListItem item = new ListItem(Marker.DASH, Optional.empty(), Optional.of(new SpeakerPrefix(List.of("QE", "RT"),
                Optional.of("in chat"), SpeakerForm.BRACKET_ESCAPED)), text("later"), List.of());
        ListBlock list = new ListBlock(List.of(item));
        Document document = doc(Optional.empty(), List.of(list));
        assertEquals("- \\[QE & RT, in chat\\] later\n", RENDERER.convert(document, new MarkdownStyle(4, Map.of(),
                Map.of(item, "\\[QE & RT, in chat\\]"), Map.of())));
        assertEquals("- \\[QE/RT, in chat\\] later\n", RENDERER.convert(document, new MarkdownStyle(4, Map.of(),
                Map.of(item, "\\[QE & PX, in chat\\]"), Map.of())));
        assertEquals("- \\[QE/RT, in chat\\] later\n", RENDERER.convert(document, new MarkdownStyle(4, Map.of(),
                Map.of(item, "[QE & RT, in chat]"), Map.of())));
    }
}
