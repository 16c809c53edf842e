package org.minutes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of one whole line (without its line end) that {@link NotesLexerBase} read from a {@link String}: it knows
 * where the line lies in that string, in UTF-16 units, and reads its text from there when asked, instead of holding
 * a copy made when it was lexed. A reader of the lines, such as the SDK's builder, works on the string between
 * {@link #sourceStart()} and {@link #sourceEnd()} and copies only the parts it keeps.
 *
 * <p>{@link #getStartIndex()} and {@link #getStopIndex()} count code points, as every ANTLR token's do.
 */
public final class LineToken extends CommonToken {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int sourceStart;
    private final int sourceEnd;

    /**
     * Creates a token on the default channel.
     *
     * @param origin      the lexer and its stream
     * @param type        the token type
     * @param start       the index of the first code point
     * @param stop        the index of the last code point
     * @param source      the string the lexer read
     * @param sourceStart where the line starts in {@code source}, in UTF-16 units
     * @param sourceEnd   where it ends (exclusive), in UTF-16 units
     */
    LineToken(Pair<TokenSource, CharStream> origin, int type, int start, int stop, String source, int sourceStart,
              int sourceEnd) {
        super(origin, type, DEFAULT_CHANNEL, start, stop);
        this.source = source;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /** {@return where the line starts in the string the lexer read, in UTF-16 units} */
    public int sourceStart() {
        return sourceStart;
    }

    /** {@return where the line ends in the string the lexer read (exclusive), in UTF-16 units} */
    public int sourceEnd() {
        return sourceEnd;
    }

    /** {@return the line's text: a copy of its part of the string, unless {@link #setText} replaced it} */
    @Override
    public String getText() {
        return text != null ? text : source.substring(sourceStart, sourceEnd);
    }
}
