package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.model.Attendee;

/** D90's derived initials and D91's name keys, read from attendees built in code. */
class RosterTest {

    @ParameterizedTest(name = "D90: \"{0}\" derives {1}")
    @CsvSource(delimiter = '|', value = {
        "Jane Doe|JD",
        "  Jane \t\u00A0 van   Doe |JVD",
        "Jane (she/her) Doe|JD",
        "José Ñúñez|JÑ",
        "Jane 2nd Doe|JND",
        "𝒜lice Bob|𝒜B",
    })
    void initialsAreTheFirstLetterOfEachWord(String name, String initials) {
        assertEquals(Optional.of(initials), Roster.derive(name));
    }

    @Test
    void aNameWithoutLettersDerivesNone() {
        assertEquals(Optional.empty(), Roster.derive("(x) 42 --"));
    }

    @Test
    void namesMatchByFullNameFirstWordAndHandleOnce() {
        Attendee jane = new Attendee("Jane Doe", Optional.empty(), Optional.of("jane"), List.of(), false);
        Roster roster = Roster.of(List.of(jane));
        assertEquals(List.of(jane), roster.nameMatches("jane doe"));
        // "jane" is both the first word and the handle: one match, not two.
        assertEquals(List.of(jane), roster.nameMatches("JANE"));
        assertEquals(List.of(jane), roster.initialsMatches("JD"));
    }

    /** Notes whose attendee list gives a finding: a placeholder entry (D33). */
    private static final String NOTES = """
            # 2031-01-01 Widget sync

            ## Attendees

            - Jane Doe (@jane)
            - …
            - Quinn Example

            ## Notes

            - Jane: ships it
            - QE: reviews it
            """;

    @Test
    void aDocumentBuiltWithTheRosterOfItsOwnListsMeansWhatItWouldWithout() {
        Document parsed = MinutesParser.create().parse(NOTES).document();
        List<Block> preamble = List.copyOf(parsed.preamble());
        List<Section> sections = List.copyOf(parsed.sections());
        Roster roster = Roster.of(preamble, sections);
        Document reusing = Document.of(parsed.frontMatter(), parsed.lead(), parsed.title(), preamble, sections,
                Optional.empty(), roster);
        Document reading = Document.of(parsed.frontMatter(), parsed.lead(), parsed.title(), preamble, sections,
                Optional.empty());
        assertTrue(roster.readFrom(preamble, sections));
        assertSame(roster, reusing.semantics().roster(), "the roster read from these lists is the document's");
        assertFalse(reading.semantics().findings().isEmpty(), "the fixture's attendee list gives findings");
        assertEquals(reading.semantics().findings(), reusing.semantics().findings());
        assertEquals(reading.semantics().attendeeBlocks(), reusing.semantics().attendeeBlocks());
        assertEquals(reading.attendees(), reusing.attendees());
        assertEquals(reading.resolveSpeaker("QE"), reusing.resolveSpeaker("QE"));
    }

    @Test
    void aRosterReadFromOtherListsIsNotReused() {
        Document parsed = MinutesParser.create().parse(NOTES).document();
        Roster empty = Roster.of(List.of(), List.of());
        Document document = Document.of(parsed.frontMatter(), parsed.lead(), parsed.title(), parsed.preamble(),
                parsed.sections(), Optional.empty(), empty);
        assertFalse(empty.readFrom(parsed.preamble(), parsed.sections()));
        assertNotSame(empty, document.semantics().roster());
        assertEquals(3 - 1, document.attendees().size(), "the attendee blocks are read again: two people");
    }

    @Test
    void theParserReadsNameSpeakersAgainstAnAttendeesSectionAfterThem() {
        // D91: a name-shaped prefix is a speaker when it names a listed attendee, wherever the list stands (D26).
        Document document = MinutesParser.create().parse("""
                # 2031-01-01 Widget sync

                ## Notes

                - Jane: ships it
                - Pat: not listed

                ## Attendees

                - Jane Doe (@jane)
                """).document();
        ListBlock notes = (ListBlock) document.sections().get(0).blocks().get(0);
        assertEquals(List.of("Jane"), notes.items().get(0).speakers());
        assertEquals(List.of(), notes.items().get(1).speakers(), "a name of no attendee is item text");
        assertTrue(document.semantics().roster().readFrom(document.preamble(), document.sections()),
                "the parser's roster is the document's");
    }
}
