package org.minutes.fuzz;

import java.nio.charset.StandardCharsets;

/** How the fuzz tests read the fuzzer's bytes as text. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Reads bytes as a file holds them: UTF-8, each malformed sequence U+FFFD (D1). Text of this kind is what the
     * converters' round-trip contracts cover (JSON: no lone surrogates).
     */
    static String file(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * Reads bytes as any Java string: UTF-8 as {@link #file}, except that the three-byte spelling of a surrogate
     * ({@code ED A0 80} to {@code ED BF BF}, as CESU-8 writes one) gives that lone surrogate, which no file holds but
     * a {@code String} handed to {@code MinutesParser.parse(String)} may.
     */
    static String anyString(byte[] data) {
        StringBuilder text = new StringBuilder(data.length);
        int start = 0;
        for (int i = 0; i + 2 < data.length; i++) {
            if (data[i] == (byte) 0xED && (data[i + 1] & 0xE0) == 0xA0 && (data[i + 2] & 0xC0) == 0x80) {
                text.append(new String(data, start, i - start, StandardCharsets.UTF_8));
                text.append((char) (0xD000 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F));
                i += 2;
                start = i + 1;
            }
        }
        return text.append(new String(data, start, data.length - start, StandardCharsets.UTF_8)).toString();
    }
}
