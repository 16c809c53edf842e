package org.minutes.sdk.internal.inline;

/** A link or image opener on the bracket stack (D56). */
final class Bracket {

    final Piece piece;
    final boolean image;
    /** The top of the delimiter stack when the bracket opened: emphasis in the link text is processed above it. */
    final Delimiter previousDelimiter;
    final Bracket previous;
    /**
     * How many links and images had formed when the bracket opened. Once another forms, the bracket can no longer
     * open a link, since link text holds no links or images (D56); a counter makes that O(1) for all open brackets.
     */
    final int linksFormed;

    Bracket(Piece piece, boolean image, Delimiter previousDelimiter, Bracket previous, int linksFormed) {
        this.piece = piece;
        this.image = image;
        this.previousDelimiter = previousDelimiter;
        this.previous = previous;
        this.linksFormed = linksFormed;
    }
}
