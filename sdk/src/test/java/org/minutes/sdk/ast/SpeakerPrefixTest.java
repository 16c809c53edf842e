package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.MinutesParser;

/**
 * The qualifier check of {@link SpeakerPrefix} (D49, D50) agrees with the reader on backslash escapes (D61): what the
 * parser reads, the record accepts, and what it accepts is written back so that the prefix closes where it did.
 */
class SpeakerPrefixTest {

    private static SpeakerPrefix bracketed(String qualifier) {
        return new SpeakerPrefix(List.of("QE"), Optional.of(qualifier), SpeakerForm.BRACKET_COLON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\[ T", "a\\]b", "see [notes]", "a\\\\", "\\\\\\["})
    void escapedBracketsAreTextAndTheRestBalances(String qualifier) {
        SpeakerPrefix prefix = bracketed(qualifier);
        String line = "- " + prefix.written() + " x\n";
        ListItem item = ((ListBlock) MinutesParser.create().parse(line).document().preamble().get(0)).items().get(0);
        assertEquals(Optional.of(prefix), item.speaker(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[ T", "a]b", "see [notes", "a\\", "\\\\\\"})
    void unbalancedBracketsOrAClosingEscapeAreRefused(String qualifier) {
        assertThrows(IllegalArgumentException.class, () -> bracketed(qualifier));
    }
}
