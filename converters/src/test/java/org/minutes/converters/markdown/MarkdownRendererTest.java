package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
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
        String markdown = RENDERER.render(document);
        assertEquals(expected, markdown);
        assertEquals(document, MinutesParser.create().parse(markdown).document(), "D72");
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
        assertEquals("- QE (away):", BlockRenderer.speaker(new SpeakerPrefix(List.of("QE"), away,
                SpeakerForm.COLON)).transform(s -> "- " + s));
        assertEquals("(QE, away):", BlockRenderer.speaker(new SpeakerPrefix(List.of("QE"), away,
                SpeakerForm.PAREN_COLON)));
        assertEquals("[QE/RT, away]", BlockRenderer.speaker(new SpeakerPrefix(List.of("QE", "RT"), away,
                SpeakerForm.BRACKET)));
    }

    @Test
    void whenInDoubtTextIsEscaped() {
        Document document = doc(Optional.empty(), List.of(new Paragraph(text("# not a heading")),
                new ListBlock(List.of(item(Marker.DASH, text("QE: not a speaker")),
                        item(Marker.DASH, text("[x] not a box")), item(Marker.DASH, text("1. not nested"))))));
        assertRoundTrip(document, "\\# not a heading\n\n- QE\\: not a speaker\n- \\[x\\] not a box\n"
                + "- 1\\. not nested\n");
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
}
