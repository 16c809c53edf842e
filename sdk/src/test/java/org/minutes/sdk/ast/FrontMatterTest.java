package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D9, D12: {@link FrontMatter} refuses YAML holding a line that would close the front matter ({@code ---} and
 * whitespace) or end it as a heading (up to three spaces or NBSPs, one to six {@code #}, then the end or whitespace),
 * on any line of the text, the first and the last included; every other line is YAML.
 */
class FrontMatterTest {

    @ParameterizedTest
    @ValueSource(strings = {"---", "a: 1\n---", "---\na: 1", "a: 1\n--- \t\u00A0\nb: 2", "# x", "a: 1\n## x",
        "   ###### x", "\u00A0#\ty", "a: 1\n#", "a: 1\n\n  #"})
    void linesThatWouldCloseTheFrontMatterOrEndItAsAHeadingAreRefused(String yaml) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> new FrontMatter(yaml));
        assertEquals(true, refusal.getMessage().contains("would close the front matter or end it as a heading"),
                refusal.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "a: 1\n", "----", "--- x", " ---", "#x", "    # x", "####### x", "a: 1 # c",
        "---\u2028", "a:\n  - '---'", "#\u2028x"})
    void everyOtherLineIsYaml(String yaml) {
        assertEquals(yaml, new FrontMatter(yaml).yaml());
    }
}
