package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * D9, D10: {@link PlainFrontMatter} reads what SnakeYAML reads, or leaves the text to it. On random texts made of the
 * plain shape's pieces and of the pieces around it (quotes, numbers, booleans, nulls, dates, comments, repeated keys,
 * tabs, nesting, stray brackets), every text the plain reader takes must read the same with SnakeYAML: the same keys
 * in the same order, the same values of the same types, and no problem.
 */
class PlainFrontMatterTest {

    private static final String[] KEYS = {"tags", "title", "date", "x", "a-b", "null", "True", "2024", "k_1", "ta gs",
        "\"q\"", "-a", "é"};
    private static final String[] WORDS = {"meeting-notes", "a", "conda", "x_y", "true", "False", "null", "NULL",
        "no", "yes", "on", "off", "y", "n", "inf", ".inf", "nan", "e5", "0x1F", "12", "1.5", "-3", "2024-01-02",
        "17:00", "~", "'quoted'", "\"double\"", "a b", "a#b", "a #b", "[x]", "{a: b}", "é", "a,", "*alias", "&anchor a",
        "!!str s", "<<", ""};
    private static final String[] SEPARATORS = {", ", ",", " , ", ",  ", ", ,"};
    private static final String[] LINE_ENDS = {"", " ", "  ", "\t", " # comment", "\r"};

    @Test
    void whatItReadsSnakeYamlReadsAlike() {
        Random random = new Random(20261203L);
        int taken = 0;
        for (int round = 0; round < 20_000; round++) {
            String yaml = text(random);
            Optional<Map<String, Object>> plain = PlainFrontMatter.read(yaml);
            if (plain.isEmpty()) {
                continue;
            }
            taken++;
            Yaml.Reading snake = Yaml.SnakeYaml.read(yaml);
            assertEquals(List.of(), snake.problems(), () -> "problems of " + yaml);
            assertTrue(snake.mapping().isPresent(), () -> "SnakeYAML reads no mapping from " + yaml);
            assertEquals(entries(snake.mapping().get()), entries(plain.get()), () -> "reading of " + yaml);
        }
        assertTrue(taken > 2_000, "texts of the plain shape drawn: " + taken);
    }

    @Test
    void d9TheSamplesFrontMatterIsPlain() {
        assertEquals(Optional.of(Map.of("tags", List.of("meeting-notes"))),
                PlainFrontMatter.read("tags: [meeting-notes]\n"));
        assertEquals(Optional.of(Map.of("tags", List.of("a", "b"), "title", "x")),
                PlainFrontMatter.read("tags: [ a , b ]\ntitle: x"));
        assertEquals(Optional.of(Map.of("tags", List.of())), PlainFrontMatter.read("tags: []"));
    }

    @Test
    void d10OtherShapesAreLeftToSnakeYaml() {
        for (String yaml : List.of("tags: [true]", "tags: null", "tags: [1]", "tags: 'a'", "tags: [a]\ntags: [b]",
                "tags:\n  - a", "tags: [a] # note", "tags: a b", "tags:  a", "tags:", "tags: [a,]", "\ttags: a",
                "tags: [a]\r\n", "tags: [a]\n\n", "tags: {a: b}", "tags: [a, [b]]", "tags: 2024-01-02")) {
            assertEquals(Optional.empty(), PlainFrontMatter.read(yaml), yaml);
        }
    }

    /** A text of one to four lines of keys and values, most in the plain shape, some not. */
    private static String text(Random random) {
        StringBuilder yaml = new StringBuilder();
        for (int line = 1 + random.nextInt(4); line > 0; line--) {
            yaml.append(pick(random, KEYS, 5)).append(random.nextInt(12) == 0 ? ":" : ": ");
            if (random.nextBoolean()) {
                yaml.append(pick(random, WORDS, 4));
            } else {
                yaml.append(random.nextInt(6) == 0 ? "[ " : "[");
                for (int word = random.nextInt(4); word > 0; word--) {
                    yaml.append(pick(random, WORDS, 4));
                    if (word > 1) {
                        yaml.append(pick(random, SEPARATORS, 2));
                    }
                }
                yaml.append(random.nextInt(6) == 0 ? " ]" : "]");
            }
            yaml.append(pick(random, LINE_ENDS, 1));
            if (line > 1 || random.nextBoolean()) {
                yaml.append('\n');
            }
        }
        return yaml.toString();
    }

    /** One of the pieces, the first {@code common} of them as often as all the others together. */
    private static String pick(Random random, String[] pieces, int common) {
        return random.nextBoolean() ? pieces[random.nextInt(common)] : pieces[random.nextInt(pieces.length)];
    }

    /** The entries in order with each value's type, so that a string and a number that print alike differ. */
    private static List<String> entries(Map<String, Object> mapping) {
        List<String> entries = new ArrayList<>();
        mapping.forEach((key, value) -> entries.add(key + "=" + describe(value)));
        return entries;
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            List<String> elements = new ArrayList<>();
            list.forEach(element -> elements.add(describe(element)));
            return "list" + elements;
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }
}
