package org.minutes.sdk.internal.inline;

/** A delimiter run on the delimiter stack (D58), as in commonmark's emphasis algorithm. */
final class Delimiter {

    final Piece piece;
    final char character;
    final int originalLength;
    final boolean canOpen;
    final boolean canClose;
    /** The line (segment) of the run: emphasis never crosses a line end (D58). */
    final int line;
    int length;
    Delimiter prev;
    Delimiter next;

    Delimiter(Piece piece, char character, int length, boolean canOpen, boolean canClose, int line) {
        this.piece = piece;
        this.character = character;
        this.originalLength = length;
        this.length = length;
        this.canOpen = canOpen;
        this.canClose = canClose;
        this.line = line;
    }
}
