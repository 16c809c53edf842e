package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/**
 * The hand-written line classifier ({@link LineClasses}, used by {@link NotesLexerBase}) against the lexer ANTLR
 * generates from {@code NotesLexer.g4}, which stays the definition of the line classes (D8): the generated lexer,
 * its base class scanning by hand, and {@link BlockLexer} (no simulator at all, line 1's front-matter opener by
 * hand too, D9, D11) must give the same tokens (type, text, indices, line, column) and the same inconsistent
 * dedents (D40) on the {@link Corpora}.
 */
class NotesLexerDifferentialTest {

    @Test
    void samplesExamplesAndTheReferenceLexAlike() throws IOException {
        for (String text : Corpora.texts()) {
            assertSameTokens(text);
        }
    }

    @Test
    void randomLineSoupsLexAlike() {
        Corpora.soups().forEach(NotesLexerDifferentialTest::assertSameTokens);
    }

    private static void assertSameTokens(String text) {
        NotesLexer generated = lexer(text, true);
        NotesLexer scanned = lexer(text, false);
        List<String> expected = tokens(generated);
        List<String> actual = tokens(scanned);
        assertEquals(expected, actual, () -> "tokens of " + text.replace("\n", "\\n").replace("\r", "\\r"));
        assertEquals(describe(generated.inconsistentDedents()), describe(scanned.inconsistentDedents()));
        BlockLexer production = new BlockLexer(CharStreams.fromString(text));
        assertEquals(expected, tokens(production), () -> "BlockLexer's tokens of " + text.replace("\n", "\\n"));
        assertEquals(describe(generated.inconsistentDedents()), describe(production.inconsistentDedents()));
    }

    private static NotesLexer lexer(String text, boolean simulate) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.simulate = simulate;
        return lexer;
    }

    /**
     * The tokens as the tests compare them; a {@link LineToken} adds its part of the text by its UTF-16 bounds, which
     * must read as the generated lexer's text does (the simulator's token takes its text from ANTLR's stream).
     */
    private static List<String> tokens(NotesLexerBase lexer) {
        CharStream input = lexer.getInputStream();
        String text = input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1));
        List<String> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            tokens.add(token instanceof LineToken line
                    ? describe(token) + " '" + text.substring(line.sourceStart(), line.sourceEnd()) + "'"
                    : describe(token));
        } while (token.getType() != Token.EOF);
        return tokens;
    }

    private static List<String> describe(List<Token> tokens) {
        return tokens.stream().map(NotesLexerDifferentialTest::describe).toList();
    }

    private static String describe(Token token) {
        return NotesLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getStartIndex() + ".."
                + token.getStopIndex() + " " + token.getLine() + ":" + token.getCharPositionInLine() + " ch"
                + token.getChannel() + " '" + token.getText() + "'";
    }
}
