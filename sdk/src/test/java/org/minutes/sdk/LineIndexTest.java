package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.source.Position;

/**
 * D2, D69: {@link LineIndex} against a count from the start of the text, for offsets asked in source order (as
 * diagnostics are, which its hint of the last line serves), in reverse and at random.
 */
class LineIndexTest {

    private static final String[] PIECES = {"a", "bc", " ", "\n", "\r", "\r\n", "\n\n", "é", "😀", "\uFEFF", "- x"};

    @Test
    void d69PositionsAreLinesAndCodePointColumnsInAnyOrderOfAsking() {
        Random random = new Random(20261203L);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String source = text.toString();
            LineIndex index = new LineIndex(source);
            List<Integer> offsets = new ArrayList<>();
            for (int offset = 0; offset <= source.length(); offset++) {
                offsets.add(offset);
            }
            check(source, index, offsets);
            Collections.reverse(offsets);
            check(source, index, offsets);
            Collections.shuffle(offsets, random);
            check(source, index, offsets);
        }
    }

    private static void check(String source, LineIndex index, List<Integer> offsets) {
        for (int offset : offsets) {
            assertEquals(counted(source, offset), index.position(offset),
                    () -> "offset " + offset + " of " + source.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    /** Line and column by walking from the start: CR LF, CR and LF end lines; a leading BOM takes no column. */
    private static Position counted(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        if (lineStart == 0 && source.startsWith("\uFEFF") && offset > 0) {
            lineStart = 1;
        }
        return new Position(line, source.codePointCount(lineStart, offset) + 1);
    }
}
