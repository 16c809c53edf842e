package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Text;

/**
 * Issue 10, defects 5, 7 and 8: the reader's limits on numbers, strings, nesting and the counts that size what a
 * converter writes, and text the AST must not hold (lone surrogates, dates D15 cannot write), each refused with a
 * {@link JsonFormatException} that names the limit or the rule. The limits' values are the ones the javadoc of
 * {@link JsonConverter} documents, written out here by hand.
 */
class JsonLimitsTest {

    private static final JsonConverter CONVERTER = JsonConverter.create();

    /** {@code # 2031-05-14 T}, a fence of 3 backticks holding {@code x}, and a paragraph {@code a}. */
    private static Document small() {
        return MinutesParser.create().parse("# 2031-05-14 T\n\n```\nx\n```\n\na\n").document();
    }

    private static JsonFormatException refusedAfter(Consumer<ObjectNode> edit, String pointer) {
        ObjectNode tree = (ObjectNode) JsonAssertions.tree(CONVERTER.convert(small()));
        edit.accept(tree);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(tree.toString()));
        assertEquals(pointer, e.pointer(), e.getMessage());
        return e;
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void aFenceLengthBeyondTheLimitIsRefusedBeforeAnyConverterAllocatesIt() {
        // The probe's input: 2 000 000 000 backticks made `convert --to md` run out of memory.
        JsonFormatException e = refusedAfter(t -> at(t, "/preamble/0").put("fenceLength", 2_000_000_000),
                "/preamble/0/fenceLength");
        assertTrue(e.getMessage().contains("2000000000") && e.getMessage().contains("20000000"), e.getMessage());
    }

    @Test
    void aFenceLengthAtTheLimitIsRead() {
        Document document = CONVERTER.fromJson(CONVERTER.convert(small()).replace("\"fenceLength\":3",
                "\"fenceLength\":20000000"));
        assertEquals(20_000_000, ((CodeBlock) document.preamble().get(0)).fenceLength());
    }

    @Test
    void aStringBeyondTheLimitIsRefusedNamingTheLimit() {
        String json = CONVERTER.convert(small()).replace("\"literal\":\"a\"",
                "\"literal\":\"" + "a".repeat(20_000_001) + "\"");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(json));
        assertTrue(e.getMessage().startsWith("(root): over a limit of the reader: "), e.getMessage());
        assertTrue(e.getMessage().contains("20000000"), e.getMessage());
    }

    @Test
    void aStringAtTheLimitIsRead() {
        String literal = "a".repeat(20_000_000);
        String json = CONVERTER.convert(small()).replace("\"literal\":\"a\"", "\"literal\":\"" + literal + "\"");
        Paragraph paragraph = (Paragraph) CONVERTER.fromJson(json).preamble().get(1);
        assertEquals(new Text(literal), paragraph.content().get(0));
    }

    @Test
    void aNumberOfMoreThanTwentyDigitsIsRefusedNamingTheLimit() {
        String json = CONVERTER.convert(small()).replace("\"fenceLength\":3",
                "\"fenceLength\":123456789012345678901");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(json));
        assertTrue(e.getMessage().startsWith("(root): over a limit of the reader: "), e.getMessage());
        assertTrue(e.getMessage().contains("(21)") && e.getMessage().contains("(20"), e.getMessage());
    }

    @Test
    void nestingBeyondAThousandLevelsIsRefusedNamingTheLimit() {
        String deep = "{\"type\": \"document\", \"x\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(deep));
        assertTrue(e.getMessage().startsWith("(root): over a limit of the reader: "), e.getMessage());
        assertTrue(e.getMessage().contains("(1001)") && e.getMessage().contains("(1000"), e.getMessage());
    }

    /** Issue 10, defect 8: {@code \uD800} in JSON became {@code ?} in the Markdown, silently. */
    @ParameterizedTest
    @ValueSource(strings = {"a \\uD800 b", "\\uDC00", "end \\uD83D", "\\uDE00\\uD83D"})
    void aLoneSurrogateIsRefusedWhereItStands(String escaped) {
        ObjectNode tree = (ObjectNode) JsonAssertions.tree(CONVERTER.convert(small()));
        String json = tree.toString().replace("\"literal\":\"a\"", "\"literal\":\"" + escaped + "\"");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> CONVERTER.fromJson(json));
        assertEquals("/preamble/1/content/0/literal", e.pointer(), e.getMessage());
        assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
    }

    @Test
    void aLoneSurrogateInAListOfStringsIsRefusedToo() {
        JsonFormatException e = refusedAfter(
                t -> t.withArray("/preamble/0/lines").set(0, t.textNode("x \uDBFF")), "/preamble/0/lines/0");
        assertTrue(e.getMessage().contains("U+DBFF"), e.getMessage());
    }

    @Test
    void aSurrogatePairIsText() {
        String json = CONVERTER.convert(small()).replace("\"literal\":\"a\"", "\"literal\":\"\\uD83D\\uDE00\"");
        Document document = CONVERTER.fromJson(json);
        assertEquals(List.of(new Text("\uD83D\uDE00")), ((Paragraph) document.preamble().get(1)).content());
        assertTrue(MarkdownRenderer.create().convert(document).endsWith("```\n\n\uD83D\uDE00\n"));
    }

    /** Issue 10, defect 7: {@code +999999999-12-31} was read and crashed the calendar; D15 writes 4-digit years. */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "-0001-12-31"})
    void aTitleDateBeyondFourDigitYearsIsRefused(String date) {
        JsonFormatException e = refusedAfter(t -> at(t, "/title").put("date", date), "/title/date");
        assertTrue(e.getMessage().contains("0000") && e.getMessage().contains("9999"), e.getMessage());
    }

    @Test
    void fourDigitYearsAtTheEdgesAreRead() {
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))) {
            ObjectNode tree = (ObjectNode) JsonAssertions.tree(CONVERTER.convert(small()));
            at(tree, "/title").put("date", date.toString());
            assertEquals(Optional.of(date), CONVERTER.fromJson(tree.toString()).title().orElseThrow().date());
        }
    }
}
