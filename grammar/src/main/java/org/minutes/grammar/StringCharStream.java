package org.minutes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over a {@link String} as it is, without the copy {@code CharStreams.fromString} makes (to a
 * {@code char[]}, then to bytes, chars or ints): indexes count code points, as ANTLR's streams do (a surrogate pair is
 * one code point, a lone surrogate is one code point), and the stream keeps the UTF-16 index of its position beside
 * it, so {@link NotesLexerBase} scans the string itself. A text without surrogates (code points and UTF-16 units
 * coincide) is indexed directly; otherwise moving the position walks from the current one, which is where a lexer
 * moves it.
 */
public final class StringCharStream implements CharStream {

    private final String text;
    private final String sourceName;
    private final int size;
    private final boolean utf16Indexes;
    /** The position, in code points. */
    private int index;
    /** The position, in UTF-16 units of {@link #text}. */
    private int at;

    /**
     * Creates a stream at the start of a text.
     *
     * @param text       the characters
     * @param sourceName the source's name, or null if unknown
     */
    public StringCharStream(String text, String sourceName) {
        this.text = text;
        this.sourceName = sourceName == null || sourceName.isEmpty() ? UNKNOWN_SOURCE_NAME : sourceName;
        this.size = text.codePointCount(0, text.length());
        this.utf16Indexes = size == text.length();
    }

    /** {@return the whole text} */
    String text() {
        return text;
    }

    /** {@return the UTF-16 index of the position} */
    int utf16Index() {
        return at;
    }

    /**
     * Moves to a position known in both units.
     *
     * @param index the position in code points
     * @param at    the same position in UTF-16 units
     */
    void seek(int index, int at) {
        this.index = index;
        this.at = at;
    }

    /** {@return the UTF-16 index of a code-point index, walking from the position} */
    private int utf16(int codePoint) {
        if (utf16Indexes) {
            return codePoint;
        }
        return text.offsetByCodePoints(at, codePoint - index);
    }

    @Override
    public void consume() {
        if (index >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        at += utf16Indexes ? 1 : Character.charCount(text.codePointAt(at));
        index++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int target = i > 0 ? index + i - 1 : index + i;
        if (target < 0 || target >= size) {
            return IntStream.EOF;
        }
        return text.codePointAt(utf16(target));
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        int clamped = Math.max(0, Math.min(index, size));
        seek(clamped, utf16(clamped));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return sourceName;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, Math.min(interval.a, size));
        int length = Math.min(interval.b - interval.a + 1, size - start);
        if (length <= 0) {
            return "";
        }
        int from = utf16(start);
        return text.substring(from, utf16Indexes ? from + length : text.offsetByCodePoints(from, length));
    }

    @Override
    public String toString() {
        return text;
    }
}
