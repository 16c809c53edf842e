package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@link Growth}'s table, on JMH results written by hand, and the texts the growth benchmarks parse. */
class GrowthTest {

    private static String result(String benchmark, String shape, long n, double score) {
        return "{\"benchmark\":\"org.minutes.bench." + benchmark + "\",\"params\":{\"n\":\"" + n + "\",\"shape\":\""
                + shape + "\"},\"primaryMetric\":{\"score\":" + score + ",\"scoreUnit\":\"ms/op\"}}";
    }

    @Test
    void linearGrowsTenfoldAndQuadraticHundredfoldPerTenfold() throws Exception {
        String json = "[" + String.join(",",
                result("PathologicalBenchmark.minutes", "LONG_LINE", 1000, 1),
                result("PathologicalBenchmark.minutes", "LONG_LINE", 10000, 10),
                result("PathologicalBenchmark.minutes", "LONG_LINE", 100000, 100),
                result("PathologicalBenchmark.minutes", "TABLE_ROWS", 1000, 1),
                result("PathologicalBenchmark.minutes", "TABLE_ROWS", 10000, 100)) + "]";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Growth.print(new ObjectMapper().readTree(json), new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(6, lines.length);
        assertEquals("| PathologicalBenchmark.minutes LONG_LINE | 1000: 1.00, 10000: 10.0, 100000: 100 | 10.0, 10.0 "
                + "| 1.00 |", lines[4]);
        assertEquals("| PathologicalBenchmark.minutes TABLE_ROWS | 1000: 1.00, 10000: 100 | 100.0 | 10.00 |", lines[5]);
    }

    @Test
    void scalingFileStaysWithinItsSize() {
        for (int size : new int[] {10_000, 100_000}) {
            String file = ScalingBenchmark.file(size);
            int bytes = file.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= size && bytes > size / 2, size + ": " + bytes);
        }
        // Below one note's size, one note.
        String first = NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, 2).get(0).text();
        assertEquals(first, ScalingBenchmark.file(10));
    }

    @Test
    void shapesAreThoseOfThePathologicalTestAtTheirCount() {
        assertEquals("| Name | Initials |\n| --- | --- |\n" + "| Quinn Example | QE |\n".repeat(3),
                Shape.TABLE_ROWS.text(3));
        assertEquals("- a\n" + "b\n".repeat(5), Shape.LAZY_CONTINUATION_LINES.text(5));
        assertEquals("- x\n  - x\n    - x\n", Shape.NESTED_BULLETS.text(3));
        assertEquals("`a``a```a\n", Shape.RISING_BACKTICKS.text(8));
    }
}
