package org.minutes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over a {@link String} as it is, without the copy {@code CharStreams.fromString} makes (to a
 * {@code char[]}, then to bytes, chars or ints): indexes count code points, as ANTLR's streams do (a surrogate pair is
 * one code point, a lone surrogate is one code point), and the stream keeps the UTF-16 index of its position beside
 * it, so {@link NotesLexerBase} scans the string itself. Moving the position walks from the current one, which is
 * where a lexer moves it; nothing counts the whole text unless {@link #size()} is asked for.
 */
public final class StringCharStream implements CharStream, HeldInput {

    private final String text;
    private final String sourceName;
    /** The number of code points, counted when first asked for (-1 until then): a lexer that reads on never asks. */
    private int size = -1;
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

    /** The UTF-16 index {@code count} code points after {@code from}, or -1 past the end. */
    private int forward(int from, int count) {
        int u = from;
        for (int k = 0; k < count; k++) {
            if (u >= text.length()) {
                return -1;
            }
            u += Character.charCount(text.codePointAt(u));
        }
        return u;
    }

    /** The UTF-16 index {@code count} code points before {@code from}, or -1 before the start. */
    private int backward(int from, int count) {
        int u = from;
        for (int k = 0; k < count; k++) {
            if (u <= 0) {
                return -1;
            }
            u -= Character.charCount(text.codePointBefore(u));
        }
        return u;
    }

    /** The UTF-16 index of a code-point index, walking from the position; -1 outside the text. */
    private int utf16(int codePoint) {
        return codePoint >= index ? forward(at, codePoint - index) : backward(at, index - codePoint);
    }

    @Override
    public void consume() {
        if (at >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        at += Character.charCount(text.codePointAt(at));
        index++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int u = i > 0 ? forward(at, i - 1) : backward(at, -i);
        return u < 0 || u >= text.length() ? IntStream.EOF : text.codePointAt(u);
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        int target = Math.max(0, index);
        if (target < this.index) {
            seek(target, backward(at, this.index - target));
            return;
        }
        // Forward, stopping at the end of the text.
        while (this.index < target && at < text.length()) {
            consume();
        }
    }

    @Override
    public int size() {
        if (size < 0) {
            size = text.codePointCount(0, text.length());
        }
        return size;
    }

    @Override
    public String getSourceName() {
        return sourceName;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int from = utf16(start);
        if (from < 0 || interval.b < start) {
            return "";
        }
        int end = forward(from, interval.b - start + 1);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    @Override
    public String toString() {
        return text;
    }
}
