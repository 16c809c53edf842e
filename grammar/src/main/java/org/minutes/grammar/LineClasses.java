package org.minutes.grammar;

/**
 * The line classes of {@code NotesLexer.g4} decided by hand, for the lines the generated lexer would match whole.
 *
 * <p>In the default mode every rule of the grammar matches at most one physical line, and TEXT_LINE or BLANK
 * matches any non-empty line whole, so the longest match is always the whole line and the token is the first rule,
 * in grammar order, that matches the whole line (D8's "first match wins"). Each method here is one rule's regular
 * expression over a whole line, written as a scan. ANTLR's lexer simulator caches its DFA edges only for code points
 * 0-127, so every other character of every line went through the ATN simulator; these scans read each character
 * once. {@code NotesLexerDifferentialTest} holds them to the generated lexer.
 *
 * <p>Lines are ranges {@code [from, end)} of UTF-16 units of the text, never holding CR or LF. Every character a
 * rule names is in the BMP, so neither half of a surrogate pair matches one, and a scan over UTF-16 units classifies
 * a line as the generated lexer does over its code points.
 */
final class LineClasses {

    private LineClasses() {
    }

    /**
     * Classifies a non-empty line of the default mode.
     *
     * @param text the text
     * @param from the index of the line's first character
     * @param end  the index after its last
     * @return the token type of the generated lexer
     */
    static int defaultMode(String text, int from, int end) {
        int ws = skipWhitespace(text, from, end);
        if (ws == end) {
            return NotesLexer.BLANK;
        }
        int sp = skipSp03(text, from, end);
        char first = text.charAt(ws);
        if (sp == ws) {
            if ((first == '*' || first == '-' || first == '_') && isThematicBreak(text, ws, end, first)) {
                return NotesLexer.THEMATIC_BREAK;
            }
            if (first == '#' && isHeading(text, ws, end)) {
                return NotesLexer.HEADING;
            }
        }
        switch (first) {
            case '-', '*', '+' -> {
                if (ws + 1 == end || isWhitespace(text.charAt(ws + 1))) {
                    return NotesLexer.BULLET_ITEM;
                }
            }
            case '>' -> {
                if (ws + 1 == end || isWhitespace(text.charAt(ws + 1))) {
                    return NotesLexer.QUOTE;
                }
            }
            case '|' -> {
                if (sp == ws) {
                    return isDelimiterRow(text, ws + 1, end) ? NotesLexer.DELIMITER_ROW : NotesLexer.PIPE_LINE;
                }
            }
            case '<' -> {
                if (ws + 3 < end && text.charAt(ws + 1) == '!' && text.charAt(ws + 2) == '-' && text.charAt(ws + 3) == '-') {
                    return NotesLexer.COMMENT_OPEN;
                }
            }
            case '`', '~' -> {
                if (isFenceOpener(text, ws, end, first)) {
                    return NotesLexer.FENCE_OPEN;
                }
            }
            default -> {
                if (first >= '0' && first <= '9' && isOrderedMarker(text, ws, end)) {
                    return NotesLexer.ORDERED_ITEM;
                }
            }
        }
        return NotesLexer.TEXT_LINE;
    }

    /**
     * Says whether a whole line is a heading: 0-3 spaces or NBSP, 1-6 {@code #}, then the end or WS (D13); the
     * rule HEADING, and FRONT_MATTER_HEADING in front matter (D12).
     *
     * @param text the text
     * @param from the index of the line's first character
     * @param end  the index after its last
     * @return whether the line is a heading
     */
    static boolean isHeadingLine(String text, int from, int end) {
        int sp = skipSp03(text, from, end);
        return sp < end && text.charAt(sp) == '#' && isHeading(text, sp, end);
    }

    /**
     * Says whether a whole line is FRONT_MATTER_CLOSE: {@code ---} then WS only (D9).
     *
     * @param text the text
     * @param from the index of the line's first character
     * @param end  the index after its last
     * @return whether the line closes front matter
     */
    static boolean isFrontMatterClose(String text, int from, int end) {
        return end - from >= 3 && text.charAt(from) == '-' && text.charAt(from + 1) == '-' && text.charAt(from + 2) == '-'
                && skipWhitespace(text, from + 3, end) == end;
    }

    /** {@code c WS* c WS* c (WS | c)*}: the rest of the line holds only c and WS, and c at least three times. */
    private static boolean isThematicBreak(String text, int at, int end, int c) {
        int count = 0;
        for (int i = at; i < end; i++) {
            if (text.charAt(i) == c) {
                count++;
            } else if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return count >= 3;
    }

    /** {@code '#'{1,6} ( WS ~[\r\n]* )?} from a {@code #}. */
    private static boolean isHeading(String text, int at, int end) {
        int i = at;
        while (i < end && text.charAt(i) == '#') {
            i++;
        }
        return i - at <= 6 && (i == end || isWhitespace(text.charAt(i)));
    }

    /** {@code DIGIT{1,9} '.' ( WS ~[\r\n]* )?} from a digit. */
    private static boolean isOrderedMarker(String text, int at, int end) {
        int i = at;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - at <= 9 && i < end && text.charAt(i) == '.' && (i + 1 == end || isWhitespace(text.charAt(i + 1)));
    }

    /** {@code '```' '`'* ~[`\r\n]*} or {@code '~~~' '~'* ~[\r\n]*} from the first fence character. */
    private static boolean isFenceOpener(String text, int at, int end, int fence) {
        int i = at;
        while (i < end && text.charAt(i) == fence) {
            i++;
        }
        if (i - at < 3) {
            return false;
        }
        if (fence == '~') {
            return true;
        }
        for (; i < end; i++) {
            if (text.charAt(i) == '`') {
                return false;
            }
        }
        return true;
    }

    /** After the first {@code |}: {@code DELIMITER_CELL ( '|' DELIMITER_CELL )* '|'? WS*} to the end of the line. */
    private static boolean isDelimiterRow(String text, int at, int end) {
        int i = at;
        while (true) {
            // DELIMITER_CELL: WS* ':'? '-'+ ':'? WS*
            i = skipWhitespace(text, i, end);
            if (i < end && text.charAt(i) == ':') {
                i++;
            }
            int dashes = i;
            while (i < end && text.charAt(i) == '-') {
                i++;
            }
            if (i == dashes) {
                return false;
            }
            if (i < end && text.charAt(i) == ':') {
                i++;
            }
            i = skipWhitespace(text, i, end);
            if (i == end) {
                return true;
            }
            if (text.charAt(i) != '|') {
                return false;
            }
            i++;
            if (skipWhitespace(text, i, end) == end) {
                return true;
            }
        }
    }

    /** SP03: at most three spaces or NBSP (a tab reaches column 4, D4). */
    private static int skipSp03(String text, int from, int end) {
        int i = from;
        while (i < end && i - from < 3 && (text.charAt(i) == ' ' || text.charAt(i) == 0xA0)) {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(String text, int from, int end) {
        int i = from;
        while (i < end && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** WS: space, tab and NBSP (D3). */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == 0xA0;
    }
}
