package org.minutes.sdk.internal;

import java.util.List;

import org.minutes.sdk.ParseResult;

/** Runs the ANTLR lexer and parser and builds the AST. To be implemented. */
public final class NotesReader {

    private NotesReader() {
    }

    /**
     * Parses text.
     *
     * @param text      the source
     * @param malformed offsets of U+FFFD characters that replaced malformed UTF-8 (D1)
     * @return the result
     */
    public static ParseResult read(String text, List<Integer> malformed) {
        throw new UnsupportedOperationException("not yet");
    }
}
