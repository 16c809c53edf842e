package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;

/**
 * What a document holds must read back from its rendering (D72): the parser's sign-in lists hold no speakers (D47,
 * D86), and a document built in code cannot hold a bracketed speaker that D45 reads as a checkbox, nor two {@code _}
 * that bare URLs shed and that would pair as emphasis (D57, D58).
 */
class ReadBackInvariantTest {

    private static final MinutesParser PARSER = MinutesParser.create();

    /** D86: "directly after" the sign-in paragraph is the next block; the blank line between them is trivia (D5). */
    @Test
    void aSignInListAfterABlankLineHoldsNoSpeakers() {
        Document document = PARSER.parse("# 2031-05-14 T\n## Welcome\n\nPlease sign in below.\n\n"
                + "- RT: Rosa Tester / Globex\n").document();
        ListBlock list = (ListBlock) document.sections().get(0).blocks().get(1);
        assertEquals(Optional.empty(), list.items().get(0).speaker(), "attendee entries hold no speakers (D47)");
        assertEquals(1, document.attendeeBlocks().size(), "the list is the sign-in list (D86)");
        assertEquals(1, document.attendees().size());
    }

    /** D45: {@code [x]} at the start of an item without checkbox is a checkbox, never a bracketed speaker. */
    @Test
    void aBracketedNameSpeakerThatSpellsACheckboxIsRefused() {
        Document parsed = PARSER.parse("# 2031-05-14 T\n## Attendees\n\n* X Ray / @xray\n\n## Notes\n\n"
                + "- X: ship it\n").document();
        ListItem item = ((ListBlock) parsed.sections().get(1).blocks().get(0)).items().get(0);
        assertEquals(List.of("X"), item.speakers(), "X is the first name of X Ray (D91)");
        ListItem bracketed = new ListItem(item.marker(), Optional.empty(),
                Optional.of(new SpeakerPrefix(List.of("X"), Optional.empty(), SpeakerForm.NAME_BRACKET)),
                item.content(), item.children());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Documents.replace(parsed, item, bracketed));
        assertTrue(refused.getMessage().contains("D45"), refused.getMessage());
    }

    /**
     * D57, D58: a {@code _} right after a bare URL is what its end sheds and cannot be escaped (a backslash would join
     * the URL). Two that can open and close pair as emphasis, as the parser shows; the AST refuses them as text
     * (found by {@code MarkdownProperties.urlsBeforeTheirTrailersRoundTrip}, seed 14446045294302).
     */
    @Test
    void twoShedUnderscoresThatWouldPairAreRefusedAsText() {
        String source = "# 2031-05-14 T\n\n## HTTP://example.org///_) , b https://example.org:(x)_) c\n";
        List<Inline> heading = PARSER.parse(source).document().sections().get(0).heading();
        assertEquals(new BareUrl("HTTP://example.org///"), heading.get(0));
        assertTrue(heading.get(1) instanceof Emphasis, "the parser pairs them: " + heading);
        List<Inline> asText = List.of(new BareUrl("HTTP://example.org///"), new Text("_) , b "),
                new BareUrl("https://example.org:(x)"), new Text("_) c"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Paragraph(asText));
        assertTrue(refused.getMessage().contains("D57, D58"), refused.getMessage());
    }

    /** D58: shed {@code _} after a letter and before WS can only close; two of them stay text and are accepted. */
    @Test
    void shedUnderscoresThatCannotPairStayText() {
        String source = "# 2031-05-14 T\n\nsee https://a.org/a_ and https://b.org/b_ too\n";
        Paragraph paragraph = (Paragraph) PARSER.parse(source).document().preamble().get(0);
        assertEquals(List.of(new Text("see "), new BareUrl("https://a.org/a"), new Text("_ and "),
                new BareUrl("https://b.org/b"), new Text("_ too")), paragraph.content());
        assertEquals(paragraph, new Paragraph(paragraph.content()));
    }

    /**
     * D57, D61: a URL's last backslash also escapes the shed {@code *} after it, so that {@code *} is text and pairs
     * with nothing; the parser's AST is accepted (found by {@code MarkdownProperties}: the check refused it and the
     * parser threw).
     */
    @Test
    void aShedStarEscapedByTheUrlsLastBackslashIsNoDelimiter() {
        Paragraph paragraph = (Paragraph) PARSER.parse("# 2031-05-14 T\n\nb.1* http://\\*)_* x\n").document()
                .preamble().get(0);
        assertEquals(List.of(new Text("b.1* "), new BareUrl("http://\\"), new Text("*)_* x")), paragraph.content());
        assertEquals(paragraph, new Paragraph(paragraph.content()));
    }

    /**
     * D58: a {@code _} inside a word ("a_b") can neither open nor close, so it does not keep two shed {@code _} apart:
     * the parser pairs them across it, and the AST refuses them as text (a generated document the renderer could not
     * write, found by {@code MarkdownProperties.urlsBeforeTheirTrailersRoundTrip} with a random seed).
     */
    @Test
    void anUnderscoreInsideAWordDoesNotKeepTwoShedUnderscoresApart() {
        List<Inline> parsed = ((Paragraph) PARSER.parse("# 2031-05-14 T\n\nhttps://a.org/_) a_b https://b.org/_) c\n")
                .document().preamble().get(0)).content();
        assertTrue(parsed.get(1) instanceof Emphasis, "the parser pairs them: " + parsed);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Paragraph(List.of(
                new BareUrl("https://a.org/"), new Text("_) a_b "), new BareUrl("https://b.org/"), new Text("_) c"))));
        assertTrue(refused.getMessage().contains("D57, D58"), refused.getMessage());
    }
}
