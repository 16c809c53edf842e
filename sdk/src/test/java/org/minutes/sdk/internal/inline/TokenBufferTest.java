package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;
import org.minutes.grammar.InlineLexer;
import org.quicktheories.core.Gen;

/**
 * The hand-written scan of {@link TokenBuffer} against the lexer ANTLR generates from {@code InlineLexer.g4}, the
 * definition of the inline tokens (D54–D61, D78): the same types at the same UTF-16 offsets on every text.
 */
class TokenBufferTest {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    /** Every rule's characters and spellings, their near misses, and text around them, non-BMP and lone surrogates. */
    private static final String[] FRAGMENTS = {"\\", "`", "``", "\\`", "\\``", "\\*", "\\a", "\\\\", "\\ ", "!", "![",
        "[", "]", "(", ")", "*", "**", "_", "__", "~", "~~", ":", "::", ":tada:", ":+1:", ":a-b_c:", ":123:", ":A:",
        ":ok", "@", "http://", "https://", "HtTpS://", "http:/", "http", "https:", "httpx://", "h", "t", "s", "p", "/",
        " ", "  ", "\t", "\u00A0", "\u2028", "\u3000", "\n", "a", "Z", "é", "ß", "1", "٣", "x9", "😀", "𝐀", "\uD800",
        "\uDC00", "-", "+", ".", ",", "<", "#", "|", "\u0000", "\u00AD", "ǅ", "ʰ", "中文"};

    private static final Gen<String> TEXTS = lists().of(integers().between(0, FRAGMENTS.length - 1))
            .ofSizeBetween(0, 30).map(indices -> indices.stream().map(i -> FRAGMENTS[i]).collect(Collectors.joining()));

    /** Code points from everywhere, as text of one to eight of them. */
    private static final Gen<String> CODE_POINTS = lists().of(integers().between(0, Character.MAX_CODE_POINT))
            .ofSizeBetween(1, 8).map(cps -> cps.stream()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());

    @Test
    void agreesWithTheGeneratedLexerOnMarkupRichTexts() {
        qt().withExamples(EXAMPLES).forAll(TEXTS).checkAssert(text -> assertEquals(antlr(text), scan(text), text));
    }

    @Test
    void agreesWithTheGeneratedLexerOnAnyCodePoints() {
        qt().withExamples(EXAMPLES).forAll(CODE_POINTS)
                .checkAssert(text -> assertEquals(antlr(text), scan(text), text));
    }

    /** The table the build wrote (issue 12 point 3) is the grammar's {@code WORD} set, code point by code point. */
    @Test
    void theWordTableIsTheGrammarsWordRule() {
        ATN atn = InlineLexer._ATN;
        IntervalSet grammar = atn.nextTokens(atn.ruleToStartState[Arrays.asList(InlineLexer.ruleNames).indexOf("WORD")]);
        assertEquals(grammar.size(), TokenBuffer.WORD.cardinality());
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (grammar.contains(cp) != TokenBuffer.WORD.get(cp)) {
                fail("U+" + Integer.toHexString(cp).toUpperCase() + " differs");
            }
        }
        // Spot checks by hand: letters and decimal digits of several scripts are WORD, marks and symbols are not.
        assertTrue(TokenBuffer.WORD.get('a') && TokenBuffer.WORD.get('ß') && TokenBuffer.WORD.get('٣')
                && TokenBuffer.WORD.get(0x1D400));
        assertFalse(TokenBuffer.WORD.get(' ') || TokenBuffer.WORD.get('_') || TokenBuffer.WORD.get(0x1F600)
                || TokenBuffer.WORD.get(0x0301));
    }

    @Test
    void examplesCountedByHand() {
        // [ WORD ] ( URL_SCHEME WORD OTHER WORD ) WS SHORTCODE WS AT WORD
        assertEquals(List.of("OPEN_BRACKET 0-1", "WORD 1-6", "CLOSE_BRACKET 6-7", "OPEN_PAREN 7-8", "URL_SCHEME 8-16",
                "WORD 16-17", "OTHER 17-18", "WORD 18-21", "CLOSE_PAREN 21-22", "WS 22-23", "SHORTCODE 23-29",
                "WS 29-30", "AT 30-31", "WORD 31-33"), scan("[notes](https://x.org) :tada: @qe"));
        // A non-BMP letter is one WORD of two chars; an emoji is one OTHER of two chars.
        assertEquals(List.of("WORD 0-3", "OTHER 3-5", "ESCAPED_BACKTICKS 5-8", "ESCAPE 8-10", "OTHER 10-11"),
                scan("𝐀b😀\\``\\*\\"));
    }

    private static List<String> scan(String text) {
        TokenBuffer tokens = TokenBuffer.lex(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            out.add(InlineLexer.VOCABULARY.getSymbolicName(tokens.types[i]) + " " + tokens.starts[i] + "-"
                    + tokens.ends[i]);
        }
        return out;
    }

    /** The generated lexer's tokens, code-point indexes turned into UTF-16 offsets. */
    private static List<String> antlr(String text) {
        InlineLexer lexer = new InlineLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        int utf16 = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            int end = text.offsetByCodePoints(utf16, token.getStopIndex() - token.getStartIndex() + 1);
            out.add(InlineLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + utf16 + "-" + end);
            utf16 = end;
        }
        return out;
    }
}
