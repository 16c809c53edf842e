package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.testing.SignInNotes;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

/**
 * D72, D73 for the forms of section 16: generated notes with sign-in lists (D86), legends, slash entries and
 * placeholders (D87–D89), name speakers (D91), derived initials (D90), escaped brackets (D92), date and time labels
 * (D84 (3), D85), other date sources and source names (D84) never make a converter throw; their parse renders
 * canonically and in its own style to text that parses back to an equal document with the same meaning (date and its
 * source, schedule, attendees, topics, action items), idempotently; the edit-preserving renderer gives an untouched
 * parse back byte for byte and changes one line per checkbox toggled; JSON reads back to the same document and
 * meeting. The number of examples is the system property {@code minutes.examples} (10 000 by default).
 */
class SignInProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer CANONICAL = MarkdownRenderer.create();
    private static final JsonConverter JSON = JsonConverter.create();

    private static ParseResult parse(String text, SignInNotes.Note note) {
        return note.sourceName().map(name -> PARSER.parse(text, name)).orElseGet(() -> PARSER.parse(text));
    }

    /** The meaning D66–D67 and D84–D93 give a document, which a round trip must keep. */
    private static void assertSameMeeting(Document expected, Document actual, String text) {
        assertEquals(expected.meetingDate(), actual.meetingDate(), () -> "D84 date of:\n" + text);
        assertEquals(expected.name(), actual.name(), "D84 name");
        assertEquals(expected.schedule(), actual.schedule(), "D85 schedule");
        assertEquals(expected.attendees(), actual.attendees(), "D86-D89 attendees");
        assertEquals(expected.topics(), actual.topics(), "D67 topics");
        assertEquals(expected.actionItems(), actual.actionItems(), "D67, D93 action items");
    }

    @Test
    void canonicalRenderingParsesBackWithTheSameMeaningAndIsIdempotent() {
        qt().withExamples(EXAMPLES).forAll(SignInNotes.notes()).checkAssert(note -> {
            Document document = parse(note.text(), note).document();
            String markdown = CANONICAL.convert(document);
            Document back = parse(markdown, note).document();
            assertEquals(document, back, () -> "D72 round trip of:\n" + note.text() + "\nrendered:\n" + markdown);
            assertSameMeeting(document, back, markdown);
            assertEquals(markdown, CANONICAL.convert(back), "D72 idempotence");
        });
    }

    @Test
    void formattingInTheSourceStyleKeepsTheDocumentAndIsIdempotent() {
        qt().withExamples(EXAMPLES).forAll(SignInNotes.notes()).checkAssert(note -> {
            ParseResult parsed = parse(note.text(), note);
            String formatted = CANONICAL.convert(parsed.document(), MarkdownStyle.of(parsed));
            ParseResult again = parse(formatted, note);
            assertEquals(parsed.document(), again.document(), () -> "D72 fmt of:\n" + note.text());
            assertSameMeeting(parsed.document(), again.document(), formatted);
            assertEquals(formatted, CANONICAL.convert(again.document(), MarkdownStyle.of(again)), "D71 fmt(fmt(x))");
        });
    }

    @Test
    void untouchedTextComesBackAndEveryToggleChangesOneLine() {
        qt().withExamples(EXAMPLES).forAll(SignInNotes.notes())
                .checkAssert(note -> MarkdownProperties.assertEditPreserving(note.text()));
    }

    @Test
    void jsonAndCalendarNeverThrowAndJsonReadsBackTheSameMeeting() {
        qt().withExamples(EXAMPLES).forAll(SignInNotes.notes()).checkAssert(note -> {
            Document document = parse(note.text(), note).document();
            Document back = JSON.fromJson(JSON.convert(document));
            assertEquals(document, back);
            assertEquals(document.sourceName(), back.sourceName(), "D84 (4) the source name is read back");
            assertSameMeeting(document, back, note.text());
            CalendarConverter.create().convert(document);
        });
    }
}
