package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.testing.Escapes;
import org.minutes.sdk.testing.ParseInvariants;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Unicode line and space separators are text, not WS and not line ends (D2, D3, D5): the parser and every AST check
 * must agree on that, or an AST check throws on what the parser built (D6). Pasted web text holds U+2028.
 */
class SeparatorsTest {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    private static final MinutesParser PARSER = MinutesParser.create();

    /** Every character Java's {@code isWhitespace}, {@code strip()} or {@code \s} takes for space that D3 does not. */
    private static final List<String> SEPARATORS = List.of("\u2028", "\u2029", "\u0085", "\u000B", "\u000C",
            "\u001C", "\u1680", "\u2000", "\u2005", "\u200A", "\u202F", "\u205F", "\u3000");

    /** The info string keeps a trailing U+2028: it is text (D63), so the fence is ``` with the info "\u2028". */
    @Test
    void fenceInfoEndingInLineSeparatorIsText() {
        String input = "```\u2028\n```";
        ParseResult result = PARSER.parse(input);
        ParseInvariants.assertWellFormed(result, input);
        CodeBlock code = assertInstanceOf(CodeBlock.class, result.document().preamble().get(0));
        assertEquals("\u2028", code.info());
        assertEquals(List.of(), code.lines());
    }

    /** A qualifier that is only a separator is text, so {@code - (QE,RT\u2028)} stays a well-formed item (D50). */
    @Test
    void qualifierOfOnlyALineSeparatorDoesNotThrow() {
        String input = "- (QE,RT\u2028)";
        ParseResult result = PARSER.parse(input);
        ParseInvariants.assertWellFormed(result, input);
        assertInstanceOf(ListBlock.class, result.document().preamble().get(0));
    }

    /** A line separator in a head-count line is text after the keyword: the line is a head count (D36). */
    @Test
    void headCountWithLineSeparatorIsAHeadCount() {
        String input = "5 people total http://\u2028";
        ParseResult result = PARSER.parse(input);
        ParseInvariants.assertWellFormed(result, input);
        assertEquals(1, result.document().preamble().size(), () -> result.document().preamble().toString());
        assertEquals(false, result.document().preamble().get(0) instanceof Paragraph,
                () -> "a head count, not a paragraph: " + result.document().preamble());
    }

    /**
     * Each separator, where WS or a line end could stand, is text: after a fence, in a qualifier, around a head
     * count, at a paragraph's ends.
     *
     * @param separator the separator
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\u1680", "\u2000", "\u200A",
            "\u3000"})
    void everySeparatorIsTextWherever(String separator) {
        for (String input : List.of("```" + separator + "\n```", "```x" + separator + "\n```",
                "- (QE,RT" + separator + ")", "- (QE, " + separator + "away)", "- QE (" + separator + "): x",
                "5 people total " + separator, separator + "5 people total", "# 2031-05-14 T" + separator,
                "a" + separator, separator + "a", "| a |" + separator + "\n| --- |\n| b" + separator + " |")) {
            ParseResult result = PARSER.parse(input);
            ParseInvariants.assertWellFormed(result, input);
        }
    }

    /** A paragraph keeps a separator at its end: it is text, not trailing WS (D5). */
    @Test
    void paragraphKeepsTrailingSeparator() {
        String input = "a\u2028";
        Paragraph paragraph = assertInstanceOf(Paragraph.class, PARSER.parse(input).document().preamble().get(0));
        assertEquals("a\u2028", Inlines.plainText(paragraph.content()));
    }

    /** Random strings over the separators and the dialect's tokens always give a document (D6). */
    @Test
    void separatorSoupIsParsedTotally() {
        qt().withExamples(EXAMPLES)
                .forAll(separatorSoup())
                .checkAssert(input -> ParseInvariants.assertWellFormed(PARSER.parse(input), input));
    }

    /** Lines that start as a construct (a fence, a speaker prefix, a head count, ...) and go on with random pieces. */
    private static Gen<String> separatorSoup() {
        List<String> starts = List.of("", "```", "~~~ ", "- ", "- (QE,", "- QE (", "* [ ] RT: ", "5 people total ",
                "12 total participants ", "# 2031-05-14 ", "## ", "| a |", "| --- |", "> ", "---", "<!--", "1. ");
        List<String> tokens = List.of("- ", "[ ]", "[x]", "|", "#", "(", ")", ",", ":", "`", "```", "---",
                "http://", "https://x.org/", "5", " people total", "QE", "RT", "Quinn", "away", " ", "\t", "\u00A0",
                "<!--", "-->", "*", "_", "[", "](", "@", "x");
        Gen<String> piece = Generate.frequency(List.of(
                Pair.of(2, Generate.pick(SEPARATORS)), Pair.of(3, Generate.pick(tokens))));
        Gen<String> line = Generate.pick(starts).zip(lists().of(piece).ofSizeBetween(0, 6),
                (start, pieces) -> start + String.join("", pieces));
        return lists().of(line).ofSizeBetween(1, 6).map(lines -> String.join("\n", lines))
                .describedAs(Escapes::javaLiteral);
    }
}
