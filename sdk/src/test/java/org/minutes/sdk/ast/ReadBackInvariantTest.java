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
 * D86), and a document built in code cannot hold a bracketed speaker that D45 reads as a checkbox.
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
}
