package org.minutes.sdk;

import java.util.Arrays;

import org.minutes.sdk.source.Position;

/** Converts UTF-16 offsets to 1-based lines and code-point columns (D2, D69); a leading BOM counts no column. */
final class LineIndex {

    private final String source;
    private final int[] lineStarts;
    /**
     * The line of the last offset converted: diagnostics are converted in source order, so the next offset is
     * mostly on it or the next, and a binary search over a large file's lines misses the cache at each step. A
     * hint only: threads that share the index may overwrite each other's, and every use checks it.
     */
    private int lastLine;

    LineIndex(String source) {
        this.source = source;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean carriageReturns = source.indexOf('\r') >= 0;
        for (int i = 0; i < source.length(); i++) {
            if (!carriageReturns) {
                // Without CR, only LF ends lines: the search for it is the JDK's, much faster than a loop here.
                i = source.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            }
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    Position position(int offset) {
        if (offset < 0 || offset > source.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0.." + source.length());
        }
        int line = lineOf(offset);
        int start = lineStarts[line];
        if (line == 0 && !source.isEmpty() && source.charAt(0) == '\uFEFF' && offset > 0) {
            start = 1;
        }
        return new Position(line + 1, source.codePointCount(start, Math.max(start, offset)) + 1);
    }

    /** {@return the 0-based line holding the offset: the last one found or the next, else by binary search} */
    private int lineOf(int offset) {
        int hint = lastLine;
        for (int line = hint; line <= hint + 1 && line < lineStarts.length; line++) {
            if (lineStarts[line] <= offset && (line + 1 == lineStarts.length || offset < lineStarts[line + 1])) {
                lastLine = line;
                return line;
            }
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        lastLine = line;
        return line;
    }
}
