package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;

/** The document's front-matter mapping (D9, D10): read once, shared, unmodifiable all the way down. */
class FrontMatterValuesTest {

    private static Document parse(String text) {
        return MinutesParser.create().parse(text).document();
    }

    @Test
    void theMappingIsReadOnceAndKeepsNestedValuesAndNulls() {
        Document document = parse("---\ntags: [a, b]\nowner:\n  name: Jane\nempty:\n---\n# 2031-01-01 X\n");
        Map<String, Object> values = document.frontMatterValues().orElseThrow();
        assertEquals(List.of("tags", "owner", "empty"), List.copyOf(values.keySet()));
        assertEquals(List.of("a", "b"), values.get("tags"));
        assertEquals(Map.of("name", "Jane"), values.get("owner"));
        assertTrue(values.containsKey("empty"));
        assertEquals(null, values.get("empty"));
        assertSame(values, document.frontMatterValues().orElseThrow(), "read once, not on every call");
        assertEquals(List.of("a", "b"), document.tags());
    }

    @Test
    void theMappingCannotBeChangedAtAnyDepth() {
        Map<String, Object> values = parse("---\ntags: [a]\nowner:\n  name: Jane\n---\n# 2031-01-01 X\n")
                .frontMatterValues().orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> values.put("x", 1));
        @SuppressWarnings("unchecked") List<Object> tags = (List<Object>) values.get("tags");
        assertThrows(UnsupportedOperationException.class, () -> tags.add("b"));
        @SuppressWarnings("unchecked") Map<String, Object> owner = (Map<String, Object>) values.get("owner");
        assertThrows(UnsupportedOperationException.class, () -> owner.clear());
    }

    @Test
    void noMappingWithoutFrontMatterOrWithYamlThatIsNoMapping() {
        assertEquals(Optional.empty(), parse("# 2031-01-01 X\n").frontMatterValues());
        // D10: a YAML list is no mapping; the diagnostic stays at the first YAML line (2:1).
        var result = MinutesParser.create().parse("---\n- a\n- b\n---\n# 2031-01-01 X\n");
        assertEquals(Optional.empty(), result.document().frontMatterValues());
        assertEquals(List.of("front-matter/invalid-yaml@2:1"), result.diagnostics().stream()
                .filter(d -> d.code().id().startsWith("front-matter/"))
                .map(d -> d.code().id() + "@" + d.start().line() + ":" + d.start().column()).toList());
    }

    @Test
    void blankFrontMatterIsAnEmptyMapping() {
        assertEquals(Optional.of(Map.of()), parse("---\n\n---\n# 2031-01-01 X\n").frontMatterValues());
    }
}
