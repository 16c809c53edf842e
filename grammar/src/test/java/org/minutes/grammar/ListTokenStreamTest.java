package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link NotesLexerBase#tokenStream()} reads as ANTLR's {@code CommonTokenStream} over the same lexer: the same
 * tokens with the same indexes under look-ahead and look-behind, consume, seek and text.
 */
class ListTokenStreamTest {

    private static final String TEXT = "---\ntags: [a]\n---\n# 2031-05-14 Sync 😀\n\n- a\n    - b\n\n| x |\n| - |\n"
            + "| y |\n```\ncode\n```\ntext\n";

    private static NotesLexer lexer() {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(TEXT));
        lexer.removeErrorListeners();
        return lexer;
    }

    @Test
    void readsAsCommonTokenStream() {
        CommonTokenStream expected = new CommonTokenStream(lexer());
        expected.fill();
        NotesLexer lexer = lexer();
        TokenStream actual = lexer.tokenStream();
        assertEquals(expected.size(), actual.size());
        assertSame(lexer, actual.getTokenSource());
        assertEquals(expected.getText(), actual.getText());
        assertEquals(expected.getText(Interval.of(3, 9)), actual.getText(Interval.of(3, 9)));
        assertEquals(expected.getText(expected.get(2), expected.get(7)), actual.getText(actual.get(2), actual.get(7)));
        expected.seek(0);
        while (true) {
            assertEquals(expected.index(), actual.index());
            for (int k = -2; k <= 3; k++) {
                assertEquals(describe(expected.LT(k)), describe(actual.LT(k)), "LT(" + k + ") at " + actual.index());
                if (k != 0 && expected.LT(k) != null) {
                    assertEquals(expected.LA(k), actual.LA(k));
                }
            }
            if (expected.LA(1) == Token.EOF) {
                break;
            }
            expected.consume();
            actual.consume();
        }
        assertThrows(IllegalStateException.class, actual::consume);
        actual.seek(4);
        expected.seek(4);
        assertEquals(describe(expected.LT(1)), describe(actual.LT(1)));
    }

    @Test
    void nextTokenRepeatsEofAtTheEnd() {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString("x"));
        assertEquals(NotesLexer.PARAGRAPH, lexer.nextToken().getType());
        assertEquals(NotesLexer.TEXT_LINE, lexer.nextToken().getType());
        assertEquals(NotesLexer.NL, lexer.nextToken().getType());
        assertEquals(Token.EOF, lexer.nextToken().getType());
        assertEquals(Token.EOF, lexer.nextToken().getType());
    }

    private static String describe(Token token) {
        return token == null ? "null" : token.getTokenIndex() + " " + token;
    }
}
