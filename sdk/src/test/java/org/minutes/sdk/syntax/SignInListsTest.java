package org.minutes.sdk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.syntax.SignInLists.Field;

/** D87's field words, read without regular expressions: spacing and case aside, and nothing longer. */
class SignInListsTest {

    @Test
    void fieldWordsAreReadWhateverTheirCaseAndSpacing() {
        assertEquals(Optional.of(Field.NAME), SignInLists.field("Name"));
        assertEquals(Optional.of(Field.NAME), SignInLists.field("  FULL \t\u00A0 name  "));
        assertEquals(Optional.of(Field.HANDLE), SignInLists.field("GitHub   Username"));
        assertEquals(Optional.of(Field.AFFILIATION), SignInLists.field("\tOrganisation\u00A0"));
    }

    @Test
    void aFieldWordWithLongRunsOfSpaceBetweenItsWordsIsStillOne() {
        // 40 spaces collapse to one (D3): "github handle".
        assertEquals(Optional.of(Field.HANDLE), SignInLists.field("github" + " ".repeat(40) + "handle"));
    }

    @ParameterizedTest(name = "D87: \"{0}\" is no field word")
    @ValueSource(strings = {"", "names", "github handles", "your  name please", "Jane Doe", "github username!",
        "nameless attendee of a very long meeting"})
    void otherTextsAreNone(String text) {
        assertEquals(Optional.empty(), SignInLists.field(text));
    }

    @Test
    void legendsSplitAtSlashes() {
        assertEquals(Optional.of(List.of(Field.NAME, Field.AFFILIATION, Field.HANDLE)),
                SignInLists.legend("Name / Institution / GitHub handle"));
        assertEquals(Optional.empty(), SignInLists.legend("Name / Jane"));
    }

    @ParameterizedTest(name = "D86: \"{0}\" introduces a sign-in list")
    @ValueSource(strings = {"If you are joining, sign in below. Roll call:", "Please SIGN-IN here", "sIgN\tiN",
        "Sign in", "(sign in)", "Who is here? Roll Call:", "ROLL CALL:", "roll\u00A0call:\t \u00A0", "rOlL  cAlL:"})
    void signInWordsInAnyAsciiCase(String text) {
        assertTrue(SignInLists.introducesSignIn(text));
    }

    @ParameterizedTest(name = "D86: \"{0}\" does not")
    @ValueSource(strings = {"", "design interviews", "signing in", "sign into", "roll call: later", "roll call;", "roll call:.", "troll call:", "sig n in",
        // Case is folded as ASCII: the long s (U+017F) and the Kelvin sign fold to s and k in Unicode, not here.
        "\u017Fign in", "\u017FIGN IN", "roll \u212Aall:"})
    void otherParagraphsDoNot(String text) {
        assertFalse(SignInLists.introducesSignIn(text));
    }
}
