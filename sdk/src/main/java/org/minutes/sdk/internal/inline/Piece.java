package org.minutes.sdk.internal.inline;

import org.minutes.sdk.ast.Inline;

/**
 * A mutable working node of the inline parser, in a doubly linked list as in commonmark's inline parser: a text
 * range, an escape, a delimiter run, a soft break, a finished node, or an emphasis under construction whose
 * children are a list of their own. Positions are UTF-16 offsets into the joined text.
 */
final class Piece {

    /** Source text taken as written: words, WS, unmatched brackets, delimiters that ended up as text. */
    static final int TEXT = 0;
    /** A backslash escape (D61): two source characters, one literal character. */
    static final int ESCAPE = 1;
    /** A delimiter run that may still become emphasis (D58); its range shrinks as delimiters are used. */
    static final int DELIMITER = 2;
    /** A line end outside link syntax: a soft break (D42). */
    static final int BREAK = 3;
    /** A finished node: code span, link, image or bare URL. */
    static final int NODE = 4;
    /** Emphasis, strong or strikethrough, children between {@link #first} and {@link #last}. */
    static final int CONTAINER = 5;

    /** The text may hold an emoji shortcode (a SHORTCODE token went into it). */
    static final int MAY_HOLD_EMOJI = 1;
    /** The text may hold a mention (an AT token went into it). */
    static final int MAY_HOLD_MENTION = 2;
    /** The text starts with a URL scheme (D57). */
    static final int URL_START = 4;
    /** The text is a link or image opener that the bracket stack points at: never merged with other text. */
    static final int BRACKET = 8;

    /** Changes only when a bare URL takes the first character of an escape, leaving plain text. */
    int kind;
    int start;
    int end;
    int flags;
    /** Nesting depth of inline nodes in this piece: 0 for text and leaf nodes. */
    int depth;
    /** The node of a {@link #NODE} piece. */
    Inline node;
    /** The delimiter of a {@link #DELIMITER} piece. */
    Delimiter delimiter;
    /** The delimiter character (D58) and the number of delimiters used, for a {@link #CONTAINER}. */
    char delimiterChar;
    int used;
    Piece first;
    Piece last;
    Piece prev;
    Piece next;

    Piece(int kind, int start, int end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /** {@return whether the piece ends up as (part of) a Text node unless something claims it} */
    boolean isText() {
        return kind == TEXT || kind == ESCAPE || kind == DELIMITER;
    }
}
