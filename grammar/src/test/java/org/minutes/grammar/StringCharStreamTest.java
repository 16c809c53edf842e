package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link StringCharStream} against ANTLR's own {@code CharStreams.fromString}: the same code points at the same
 * indexes (a surrogate pair one code point, a lone surrogate one too), the same look-ahead, look-behind and text of
 * an interval, after random walks of consumes and seeks.
 */
class StringCharStreamTest {

    private static final String[] PIECES = {"a", "-", " ", "\n", "\r\n", "é", "\u00A0", "😀", "\uD800", "\uDC00",
        "\uD83D", "\uDE00", "\uFEFF", "漢"};

    @Test
    void behavesAsAntlrsStreamOnRandomTexts() {
        Random random = new Random(20261203L);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String string = text.toString();
            CharStream expected = CharStreams.fromString(string);
            CharStream actual = new StringCharStream(string, null);
            String what = string.codePoints().mapToObj(Integer::toHexString).toList().toString();
            assertEquals(expected.size(), actual.size(), what);
            for (int step = 0; step < 30; step++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (expected.LA(1) != IntStream.EOF) {
                            expected.consume();
                            actual.consume();
                        }
                    }
                    case 1 -> {
                        int index = random.nextInt(expected.size() + 1);
                        expected.seek(index);
                        actual.seek(index);
                    }
                    case 2 -> {
                        int a = random.nextInt(expected.size() + 2);
                        Interval interval = Interval.of(a, a - 1 + random.nextInt(expected.size() + 3));
                        assertEquals(expected.getText(interval), actual.getText(interval), what + " " + interval);
                    }
                    default -> {
                    }
                }
                assertEquals(expected.index(), actual.index(), what);
                for (int k = -3; k <= 3; k++) {
                    assertEquals(expected.LA(k), actual.LA(k), what + " LA(" + k + ") at " + expected.index());
                }
            }
        }
    }

    @Test
    void consumingEofFailsAndTheNameDefaults() {
        StringCharStream stream = new StringCharStream("😀", "");
        stream.consume();
        assertEquals(IntStream.EOF, stream.LA(1));
        assertThrows(IllegalStateException.class, stream::consume);
        assertEquals(IntStream.UNKNOWN_SOURCE_NAME, stream.getSourceName());
        assertEquals("notes.md", new StringCharStream("", "notes.md").getSourceName());
    }
}
