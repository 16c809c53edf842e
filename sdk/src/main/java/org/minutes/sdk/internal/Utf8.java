package org.minutes.sdk.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes UTF-8, replacing each malformed sequence by U+FFFD and remembering where (D1). */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Decoded text and the UTF-16 offsets of the replacement characters that stand for malformed input.
     *
     * @param text      the decoded text
     * @param malformed offsets in {@code text} of each U+FFFD that replaced a malformed sequence
     */
    public record Decoded(String text, List<Integer> malformed) {
    }

    /**
     * Decodes bytes.
     *
     * @param bytes UTF-8 input, possibly malformed
     * @return the text and where it was repaired
     */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Integer> malformed = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                malformed.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                // Cannot happen: UTF-8 never yields more UTF-16 units than bytes, plus one for the flush.
                throw new IllegalStateException(new CharacterCodingException());
            }
        }
        out.flip();
        return new Decoded(out.toString(), List.copyOf(malformed));
    }
}
