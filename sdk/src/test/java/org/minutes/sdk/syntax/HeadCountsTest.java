package org.minutes.sdk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.HeadCount;

class HeadCountsTest {

    @ParameterizedTest(name = "D36: \"{0}\" counts {1}")
    @CsvSource(delimiter = '|', value = {
        "15 people in total|15",
        "27 people total.|27",
        "29 people present|29",
        "30 total participants.|30",
        "31 people in total|31",
        "12 People in total|12",
        "8 People present, 2 of them late|8",
        "15 people in total (3 remote)|15",
        "0 people present|0",
        "007 people total|7",
    })
    void numbersAreCounted(String line, int count) {
        assertTrue(HeadCounts.matches(line));
        assertEquals(OptionalInt.of(count), HeadCounts.count(line));
    }

    @ParameterizedTest(name = "D36: \"{0}\" is a placeholder")
    @ValueSource(strings = {"X people in total", "x people in total", "X people total", "X People present"})
    void placeholderHasNoCount(String line) {
        assertTrue(HeadCounts.matches(line));
        assertEquals(OptionalInt.empty(), HeadCounts.count(line));
    }

    @ParameterizedTest(name = "D36: \"{0}\" is no head count")
    @ValueSource(strings = {
        "15 people attended",
        "About 15 people in total",
        "15 people",
        "15 people in",
        "15 people totally",
        "15 people presently",
        "15people in total",
        "X total participants",
        "15 total participant",
        "15 PEOPLE in total",
        "15 people In Total",
        "Y people in total",
        "1234567890 people in total",
        "",
        "people in total",
    })
    void otherLinesAreNoHeadCount(String line) {
        assertFalse(HeadCounts.matches(line));
        assertEquals(OptionalInt.empty(), HeadCounts.count(line));
    }

    @Test
    void nbspCountsAsWhiteSpaceBetweenWordsAndAround() {
        // D3: NBSP is WS for structural decisions.
        assertEquals(OptionalInt.of(15), HeadCounts.count("15\u00A0people\u00A0in total"));
        assertEquals(OptionalInt.of(4), HeadCounts.count(" \u00A04 people present\t"));
        assertEquals(OptionalInt.of(3), HeadCounts.count("3\tpeople\ttotal"));
    }

    @Test
    void aHeadCountIsOneLine() {
        assertFalse(HeadCounts.matches("15 people in total\nand more"));
        assertFalse(HeadCounts.matches("15 people\r\nin total"));
    }

    @Test
    void headCountNodesUseTheRule() {
        assertEquals(OptionalInt.of(15), new HeadCount("15 people in total").count());
        assertEquals(OptionalInt.empty(), new HeadCount("X people in total").count());
        assertThrows(IllegalArgumentException.class, () -> new HeadCount("15 people attended"));
    }
}
