package org.minutes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.atn.ATN;

/**
 * The block lexer for production: {@link NotesLexerBase}'s hand-written line classes (D8) and front-matter opener
 * (D9, D11) with no ANTLR lexer simulator behind them, so the generated {@code NotesLexer} class, its ATN and its
 * DFA are never loaded. Its tokens are the generated lexer's; {@code NotesLexerDifferentialTest} holds the two
 * alike.
 */
public final class BlockLexer extends NotesLexerBase {

    /**
     * Creates the lexer.
     *
     * @param input the characters
     */
    public BlockLexer(CharStream input) {
        super(input);
    }

    /** {@return no rule names: lines are classified by hand, by no lexer rule} */
    @Override
    public String[] getRuleNames() {
        return new String[0];
    }

    @Override
    public String getGrammarFileName() {
        return "NotesLexer.g4";
    }

    /**
     * There is no ATN: this lexer never simulates one.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public ATN getATN() {
        throw new UnsupportedOperationException("BlockLexer classifies lines by hand, with no ATN");
    }
}
