package org.minutes.sdk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** The shape of a name speaker (D91), scanned by {@link SpeakerNames#isName}, against its regular expression. */
class SpeakerNamesTest {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    /** D91 as a regular expression: one or two words (one WS between them), or a handle without {@code @}. */
    private static final Pattern WORDS = Pattern.compile(
            "[\\p{L}'.-]*\\p{L}[\\p{L}'.-]*(?:[ \\t\\u00A0][\\p{L}'.-]*\\p{L}[\\p{L}'.-]*)?");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private static final String[] PIECES = {"a", "Q", "é", "ß", "中", "𝐀", "ǅ", "ʰ", "1", "0", "'", ".", "-", " ", "\t",
        "\u00A0", "\u2028", "\u3000", "_", "@", ":", "(", "\uD800", "\uDC00", "😀", "\u0301"};

    private static final Gen<String> TEXTS = lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8)
            .map(indices -> indices.stream().map(i -> PIECES[i]).collect(Collectors.joining()));

    @Test
    void theScanIsTheRegularExpression() {
        qt().withExamples(EXAMPLES).forAll(TEXTS).checkAssert(text -> assertEquals(
                WORDS.matcher(text).matches() || HANDLE.matcher(text).matches(), SpeakerNames.isName(text), text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quinn", "Quinn Example", "José", "O'Neil", "Mary-Jo", "J. Doe", "qexample", "q-example",
        "Quinn\u00A0Example", "2031", "a1-b2"})
    void names(String text) {
        assertTrue(SpeakerNames.isName(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Quinn  Example", "Quinn Example Third", " Quinn", "Quinn ", "-1", "1-", "..", "a_b",
        "Quinn: x", "@qexample"})
    void notNames(String text) {
        assertFalse(SpeakerNames.isName(text), text);
    }
}
