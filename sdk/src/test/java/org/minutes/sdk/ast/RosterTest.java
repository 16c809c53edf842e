package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
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
}
