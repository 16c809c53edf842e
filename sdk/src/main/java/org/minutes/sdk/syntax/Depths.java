package org.minutes.sdk.syntax;

import org.minutes.grammar.NotesLexerBase;

/**
 * The nesting caps of the dialect. The list cap is D41's and lives in the lexer, which enforces it while reading
 * indentation; the grammar sits below the SDK, so its constant is the one source and this class exposes it. The inline
 * cap is a guard for totality (D6), not a rule of how notes are written.
 */
public final class Depths {

    /** D41: the deepest list nesting; a marker line that would open the next level is text of the deepest item. */
    public static final int MAX_LIST_DEPTH = NotesLexerBase.MAX_DEPTH;

    /**
     * D6: the deepest nesting of emphasis, links and images the parser builds (and the AST accepts), and of
     * parentheses in a link destination (D56), so that no input nests deeper than a recursive consumer can go.
     */
    public static final int MAX_INLINE_DEPTH = 32;

    private Depths() {
    }
}
