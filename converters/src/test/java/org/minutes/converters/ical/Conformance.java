package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Byte-level checks of RFC 5545 3.1 on a whole calendar, independent of any iCalendar reader. */
final class Conformance {

    private Conformance() {
    }

    /**
     * Asserts, on the UTF-8 bytes: every line ends in CR LF and no other CR or LF occurs; no physical line is longer
     * than 75 octets; every physical line is valid UTF-8 on its own (so no fold splits a sequence); continuation lines
     * start with one space.
     *
     * @param ics the calendar
     */
    static void assertWellFormed(String ics) {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= 2 && bytes[bytes.length - 2] == '\r' && bytes[bytes.length - 1] == '\n',
                "the last line ends in CR LF");
        int start = 0;
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                if (bytes[i] != '\r' || i + 1 >= bytes.length || bytes[i + 1] != '\n') {
                    fail("line " + line + ": bare " + (bytes[i] == '\r' ? "CR" : "LF") + " at octet " + i);
                }
                int length = i - start;
                if (length > ContentLines.MAX_OCTETS) {
                    fail("line " + line + " has " + length + " octets");
                }
                decodeStrictly(bytes, start, length, line);
                start = i + 2;
                i++;
                line++;
            }
        }
    }

    /** {@return the logical lines: physical lines joined where a continuation line starts with a space or tab} */
    static List<String> unfold(String ics) {
        List<String> logical = new ArrayList<>();
        for (String physical : ics.split("\r\n")) {
            if (!logical.isEmpty() && (physical.startsWith(" ") || physical.startsWith("\t"))) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + physical.substring(1));
            } else {
                logical.add(physical);
            }
        }
        return logical;
    }

    private static void decodeStrictly(byte[] bytes, int start, int length, int line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, start, length));
        } catch (CharacterCodingException e) {
            fail("line " + line + " is not valid UTF-8 on its own: a fold split a sequence");
        }
    }
}
