package org.minutes.sdk.internal.inline;

import java.util.Arrays;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.minutes.grammar.InlineLexer;

/**
 * The tokens of one joined inline text as parallel arrays: type, start and end (UTF-16 offsets into the joined
 * text). ANTLR's char streams count code points; this is the one place where token positions are turned into UTF-16
 * offsets, so everything downstream indexes the Java string directly.
 */
final class TokenBuffer {

    /** The inline lexer is stateless between inputs and costly to build, so each thread keeps one. */
    private static final ThreadLocal<InlineLexer> LEXER = ThreadLocal.withInitial(() -> {
        InlineLexer lexer = new InlineLexer(CharStreams.fromString(""));
        lexer.removeErrorListeners();
        return lexer;
    });

    final int size;
    final int[] types;
    final int[] starts;
    final int[] ends;

    private TokenBuffer(int size, int[] types, int[] starts, int[] ends) {
        this.size = size;
        this.types = types;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * Lexes a joined inline text.
     *
     * @param text           the text, lines joined by LF
     * @param hasSurrogates whether the text holds any surrogate (then code point and UTF-16 offsets differ)
     * @return the tokens, EOF excluded
     */
    static TokenBuffer lex(String text, boolean hasSurrogates) {
        InlineLexer lexer = LEXER.get();
        lexer.setInputStream(CharStreams.fromString(text));
        int capacity = Math.max(16, text.length() / 3);
        int[] types = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int utf16 = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (size == types.length) {
                int grown = size * 2;
                types = Arrays.copyOf(types, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            int codePoints = token.getStopIndex() - token.getStartIndex() + 1;
            int end = hasSurrogates ? text.offsetByCodePoints(utf16, codePoints) : utf16 + codePoints;
            types[size] = token.getType();
            starts[size] = utf16;
            ends[size] = end;
            size++;
            utf16 = end;
        }
        // Drop the reference to the (possibly large) input so an idle thread does not keep it alive.
        lexer.setInputStream(CharStreams.fromString(""));
        return new TokenBuffer(size, types, starts, ends);
    }
}
