package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.converters.ical.ContentLines.Param;

/** Escaping, parameter encoding and folding of single content lines (RFC 5545 3.1, 3.3.11; RFC 6868). */
class ContentLinesTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndEveryLineBreak() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ContentLines.text("a\\b;c,d\r\ne\nf\rg"));
    }

    @Test
    void textKeepsColonsQuotesTabsAndNonAscii() {
        assertEquals("Q: \"quoted\"\t€ 😀 ^n", ContentLines.text("Q: \"quoted\"\t€ 😀 ^n"));
    }

    @Test
    void textReplacesControlCharactersAndUnpairedSurrogates() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFD", ContentLines.text("a\u0000b\u001Bc\u007Fd\uD83D"));
        assertEquals("\uFFFDx", ContentLines.text("\uDE00x"));
    }

    @Test
    void plainParameterValuesStayUnquoted() {
        assertEquals("Quinn Example", ContentLines.paramValue("Quinn Example"));
        assertEquals("America/Chicago", ContentLines.paramValue("America/Chicago"));
        assertEquals("Jaime Rodríguez-Guerra", ContentLines.paramValue("Jaime Rodríguez-Guerra"));
    }

    @Test
    void parameterValuesWithColonSemicolonCommaEqualsOrEdgeSpaceAreQuoted() {
        assertEquals("\"Example, Quinn\"", ContentLines.paramValue("Example, Quinn"));
        assertEquals("\"a:b\"", ContentLines.paramValue("a:b"));
        assertEquals("\"a;b\"", ContentLines.paramValue("a;b"));
        assertEquals("\"==\"", ContentLines.paramValue("=="));
        assertEquals("\"\"", ContentLines.paramValue(""));
        assertEquals("\" x\"", ContentLines.paramValue(" x"));
        assertEquals("\"x\t\"", ContentLines.paramValue("x\t"));
    }

    @Test
    void parameterValuesUseRfc6868CaretEncoding() {
        assertEquals("\"Quinn ^'Q^' Example\"", ContentLines.paramValue("Quinn \"Q\" Example"));
        assertEquals("\"a^^b^^^'\"", ContentLines.paramValue("a^b^\""));
        assertEquals("a^^b", ContentLines.paramValue("a^b"));
        assertEquals("a^nb^nc^nd", ContentLines.paramValue("a\r\nb\nc\rd"));
        assertEquals("\"^'Q^', ^^n\"", ContentLines.paramValue("\"Q\", ^n"));
        assertEquals("\uFFFDx", ContentLines.paramValue("\u0001x"));
    }

    @Test
    void backslashIsLiteralInBareValuesAndFullwidthInQuotedOnes() {
        // RFC 5545 has no escapes in parameter values; inside quotes, StreamTokenizer-based readers such as ical4j
        // take the backslash as one and read on past the closing quote.
        assertEquals("a\\b\\", ContentLines.paramValue("a\\b\\"));
        assertEquals("\"a\uFF3Cb, c\uFF3C\"", ContentLines.paramValue("a\\b, c\\"));
    }

    @Test
    void propertyJoinsParametersAndValue() {
        ContentLines lines = new ContentLines();
        lines.property("ATTENDEE", List.of(new Param("CN", "Example, Quinn"), new Param("ROLE", "NON-PARTICIPANT")),
                "https://github.com/q");
        assertEquals("ATTENDEE;CN=\"Example, Quinn\";ROLE=NON-PARTICIPANT:https://github.com/q\r\n",
                lines.toString());
    }

    @Test
    void shortLinesAreNotFolded() {
        ContentLines lines = new ContentLines();
        String value = "x".repeat(75 - "SUMMARY:".length());
        lines.property("SUMMARY", value);
        assertEquals("SUMMARY:" + value + "\r\n", lines.toString());
    }

    @Test
    void asciiFoldsAtExactly75OctetsWithTheLeadingSpaceCounted() {
        ContentLines lines = new ContentLines();
        lines.property("DESCRIPTION", "x".repeat(200));
        // 12 + 200 = 212 octets: 75 on the first line, then a space and 74, then a space and the last 63.
        assertEquals(List.of("DESCRIPTION:" + "x".repeat(63), " " + "x".repeat(74), " " + "x".repeat(63)),
                physicalLines(lines.toString()));
    }

    @Test
    void twoOctetCharactersMoveWholeToTheNextLine() {
        ContentLines lines = new ContentLines();
        lines.property("SUMMARY", "é".repeat(100));
        // 8 + 33 × 2 = 74; a 34th é would make 76. Continuations hold a space and 37 × 2 = 75 octets.
        assertEquals(List.of("SUMMARY:" + "é".repeat(33), " " + "é".repeat(37), " " + "é".repeat(30)),
                physicalLines(lines.toString()));
    }

    @Test
    void threeOctetCharacterAtTheBoundaryIsNotSplit() {
        ContentLines lines = new ContentLines();
        lines.property("SUMMARY", "a".repeat(65) + "€b");
        // 8 + 65 = 73 octets; the € (3 octets) would end at 76, so it opens the continuation line.
        assertEquals(List.of("SUMMARY:" + "a".repeat(65), " €b"), physicalLines(lines.toString()));
    }

    @Test
    void fourOctetEmojiAreNeverSplit() {
        ContentLines lines = new ContentLines();
        lines.property("SUMMARY", "😀".repeat(50));
        // 8 + 16 × 4 = 72; then 1 + 18 × 4 = 73; the last 16 emoji: 1 + 64 = 65.
        assertEquals(List.of("SUMMARY:" + "😀".repeat(16), " " + "😀".repeat(18), " " + "😀".repeat(16)),
                physicalLines(lines.toString()));
        Conformance.assertWellFormed(lines.toString());
    }

    @Test
    void componentsAreBeginAndEndLines() {
        ContentLines lines = new ContentLines();
        lines.begin("VTODO");
        lines.text("SUMMARY", "a,b");
        lines.end("VTODO");
        assertEquals("BEGIN:VTODO\r\nSUMMARY:a\\,b\r\nEND:VTODO\r\n", lines.toString());
    }

    private static List<String> physicalLines(String written) {
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r\n"));
    }
}
