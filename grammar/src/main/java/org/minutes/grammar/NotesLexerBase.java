package org.minutes.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The superclass of the generated {@code NotesLexer}: it turns the line-class tokens of the grammar into a token
 * stream the parser can nest, as grammars-v4's Python lexer base does for indentation.
 *
 * <ul>
 *   <li>INDENT and DEDENT bracket the blocks nested in a list item. A stack holds the open items' columns; a
 *       marker line pops, becomes a sibling or a child by D39 (dedents to an unknown column are reported, D40; depth
 *       is capped at {@value #MAX_DEPTH}, D41); any other line goes into the deepest item whose content column
 *       it reaches, or closes every list (D42). Blank lines never change the indentation; they are emitted after
 *       the INDENT/DEDENT tokens of the line that follows them.</li>
 *   <li>A fence or comment opener becomes a block only if its closer follows (D62, D63); the content is then
 *       lexed in {@code VERBATIM_MODE}. Otherwise the opener is text.</li>
 *   <li>A pipe line heads a table only when a delimiter row follows (D27). The pipe lines and dash rows after the
 *       delimiter row, up to the first other or blank line, become TABLE_ROW: the parser then ends a table with one
 *       token of look-ahead, where a row that could also start a paragraph would make ANTLR look ahead over every
 *       row that follows, for each row (quadratic time).</li>
 *   <li>A text line that starts a paragraph, not continuing an item's or a paragraph's text (D42), gets a PARAGRAPH
 *       token before it: the parser then tells an item's lazy continuation from a paragraph after the list with one
 *       token of look-ahead, not by looking ahead over every text line that follows (quadratic time).</li>
 *   <li>Line 1 opens front matter as D9 and D11 say; a BOM is skipped (D1).</li>
 *   <li>At end of input: the missing NL, every DEDENT, then EOF.</li>
 * </ul>
 *
 * <p>The line tokens themselves are the grammar's, but found by {@link LineClasses} (all but line 1's front-matter
 * opener), which decides each line by the rules of {@code NotesLexer.g4} in one pass over its characters, instead
 * of ANTLR's lexer simulator (whose DFA caches only code points 0-127, so every other character went through the
 * ATN). The generated lexer's rules stay the definition: a differential test holds the two to the same tokens.
 */
public abstract class NotesLexerBase extends Lexer {

    /** The deepest list nesting (D41). */
    public static final int MAX_DEPTH = 64;

    private enum LineKind { ITEM_TEXT, PARAGRAPH_TEXT, QUOTE, TABLE_HEADER, TABLE, OTHER }

    private static final class OpenItem {
        final int column;
        boolean bodyOpen;

        OpenItem(int column) {
            this.column = column;
        }
    }

    private final Deque<Token> pending = new ArrayDeque<>();
    private final List<Token> blanks = new ArrayList<>();
    private final List<OpenItem> items = new ArrayList<>();
    private final List<Token> inconsistentDedents = new ArrayList<>();
    private List<Token> peekedLine;
    private Token endOfInput;
    private int[] text;
    private String sourceText;
    private boolean supplementary;
    /** Whether raw tokens come from ANTLR's lexer simulator instead of {@link #scan()}: for differential tests. */
    boolean simulate;
    private LineKind last;
    private boolean startsParagraph;
    private boolean inFrontMatter;
    private boolean inVerbatim;
    private int verbatimCloserStart;
    private int verbatimCloserType;
    private int commentCloserMissingFrom;
    private final int[] fenceCloserMissingFrom = new int[2];
    private final int[] fenceCloserMissingLength = new int[2];

    /**
     * Creates the lexer.
     *
     * @param input the characters
     */
    protected NotesLexerBase(CharStream input) {
        super(input);
        clear();
    }

    /** {@return the item tokens whose dedent matched no open item's column (D40), in order} */
    public List<Token> inconsistentDedents() {
        return Collections.unmodifiableList(inconsistentDedents);
    }

    @Override
    public void reset() {
        super.reset();
        clear();
    }

    private void clear() {
        pending.clear();
        blanks.clear();
        items.clear();
        inconsistentDedents.clear();
        peekedLine = null;
        endOfInput = null;
        text = null;
        sourceText = null;
        last = LineKind.OTHER;
        inFrontMatter = false;
        inVerbatim = false;
        verbatimCloserStart = -1;
        commentCloserMissingFrom = Integer.MAX_VALUE;
        fenceCloserMissingFrom[0] = fenceCloserMissingFrom[1] = Integer.MAX_VALUE;
    }

    @Override
    public Token nextToken() {
        if (text == null) {
            start();
        }
        while (pending.isEmpty()) {
            processLine(readLine());
        }
        return pending.poll();
    }

    // ---- start of input: BOM and front matter (D1, D9, D11) ----

    private void start() {
        CharStream input = getInputStream();
        sourceText = input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1));
        text = codePoints(sourceText);
        supplementary = text.length != sourceText.length();
        int start = 0;
        if (text.length > 0 && text[0] == 0xFEFF) {
            input.consume();
            start = 1;
        }
        if (opensFrontMatter(start)) {
            mode(NotesLexer.FRONT_MATTER_START_MODE);
        }
    }

    /** The code points of a text, as the input stream indexes them (a lone surrogate is one code point). */
    private static int[] codePoints(String text) {
        int[] codePoints = new int[text.codePointCount(0, text.length())];
        for (int i = 0, k = 0; i < text.length(); k++) {
            int c = text.codePointAt(i);
            codePoints[k] = c;
            i += Character.charCount(c);
        }
        return codePoints;
    }

    private boolean opensFrontMatter(int start) {
        int end = lineEnd(start);
        int dashes = start;
        while (dashes < end && dashes - start < 3 && text[dashes] != '-'
                && !LineClasses.isWhitespace(text[dashes])) {
            dashes++;
        }
        if (!isFence(dashes, end, '-', 3) || dashes + 3 < end && text[dashes + 3] == '-') {
            return false;
        }
        if (dashes == start) {
            return true;
        }
        // D11: stray characters before `---` count only if a closing `---` follows before any heading.
        for (int line = nextLineStart(end); line < text.length; line = nextLineStart(lineEnd(line))) {
            int lineEnd = lineEnd(line);
            if (LineClasses.isHeadingLine(text, line, lineEnd)) {
                return false;
            }
            if (isFence(line, lineEnd, '-', 3) && (line + 3 >= lineEnd || text[line + 3] != '-')) {
                return true;
            }
        }
        return false;
    }

    // ---- lines ----

    /** Reads the next physical line: its tokens ending in NL, or just EOF. */
    private List<Token> readLine() {
        if (peekedLine != null) {
            List<Token> line = peekedLine;
            peekedLine = null;
            return line;
        }
        if (endOfInput != null) {
            return List.of(endOfInput);
        }
        List<Token> line = new ArrayList<>(2);
        while (true) {
            Token token = rawToken();
            if (token.getType() == Token.EOF) {
                if (line.isEmpty()) {
                    return List.of(token);
                }
                endOfInput = token;
                line.add(synthetic(NotesLexer.NL, token.getStartIndex()));
                return line;
            }
            line.add(token);
            if (token.getType() == NotesLexer.NL) {
                return line;
            }
        }
    }

    /** Lexes one token and applies its effect on the lexer mode at once, before the next token is lexed. */
    private Token rawToken() {
        Token token = simulate || _mode == NotesLexer.FRONT_MATTER_START_MODE ? super.nextToken() : scan();
        switch (token.getType()) {
            case NotesLexer.FENCE_OPEN -> openFence(token);
            case NotesLexer.COMMENT_OPEN -> openComment(token);
            case NotesLexer.VERBATIM_LINE -> {
                if (token.getStartIndex() == verbatimCloserStart) {
                    retype(token, verbatimCloserType);
                    popMode();
                    verbatimCloserStart = -1;
                }
            }
            default -> {
            }
        }
        return token;
    }

    /**
     * Lexes one token as the generated lexer would (see {@link LineClasses}): a line end, or a whole line classified
     * by the rules of the current mode. Line and column advance as in ANTLR's simulator: a line per LF, a column per
     * code point otherwise.
     */
    private Token scan() {
        CharStream input = getInputStream();
        int from = input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        if (from >= text.length) {
            return emitEOF();
        }
        int type;
        int end;
        int c = text[from];
        if (c == '\n' || c == '\r') {
            type = NotesLexer.NL;
            end = c == '\r' && from + 1 < text.length && text[from + 1] == '\n' ? from + 2 : from + 1;
            if (text[end - 1] == '\n') {
                setLine(line + 1);
                setCharPositionInLine(0);
            } else {
                setCharPositionInLine(column + 1);
            }
        } else {
            end = lineEnd(from);
            type = lineType(from, end);
            setCharPositionInLine(column + end - from);
        }
        input.seek(end);
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, from, end - 1);
        token.setLine(line);
        token.setCharPositionInLine(column);
        token.setText(source(from, end));
        return token;
    }

    /** The token type of a whole non-empty line in the current mode, switching modes as the grammar's rules do. */
    private int lineType(int from, int end) {
        switch (_mode) {
            case NotesLexer.FRONT_MATTER_MODE -> {
                if (LineClasses.isFrontMatterClose(text, from, end)) {
                    mode(DEFAULT_MODE);
                    return NotesLexer.FRONT_MATTER_CLOSE;
                }
                if (LineClasses.isHeadingLine(text, from, end)) {
                    mode(DEFAULT_MODE);
                    return NotesLexer.HEADING;
                }
                return NotesLexer.FRONT_MATTER_LINE;
            }
            case NotesLexer.VERBATIM_MODE -> {
                return NotesLexer.VERBATIM_LINE;
            }
            default -> {
                return LineClasses.defaultMode(text, from, end);
            }
        }
    }

    /** The source text of code points {@code [from, end)}, as the token's text. */
    private String source(int from, int end) {
        return supplementary ? new String(text, from, end - from) : sourceText.substring(from, end);
    }

    private void processLine(List<Token> line) {
        Token first = line.get(0);
        int type = first.getType();
        if (type == Token.EOF) {
            closeAll(pending);
            pending.addAll(blanks);
            blanks.clear();
            pending.add(first);
            return;
        }
        if (passesThrough(type)) {
            pending.addAll(blanks);
            blanks.clear();
            pending.addAll(line);
            return;
        }
        if (type == NotesLexer.NL || type == NotesLexer.BLANK) {
            blanks.addAll(line);
            return;
        }
        List<Token> structure = new ArrayList<>(2);
        startsParagraph = false;
        place(first, structure);
        pending.addAll(structure);
        pending.addAll(blanks);
        blanks.clear();
        if (startsParagraph) {
            pending.add(synthetic(NotesLexer.PARAGRAPH, first.getStartIndex()));
        }
        pending.addAll(line);
    }

    /** Front matter and verbatim lines take no part in nesting. */
    private boolean passesThrough(int type) {
        if (type == NotesLexer.FRONT_MATTER_OPEN) {
            inFrontMatter = true;
            return true;
        }
        if (type == NotesLexer.FRONT_MATTER_CLOSE) {
            inFrontMatter = false;
            return true;
        }
        if (type == NotesLexer.FRONT_MATTER_LINE || (inFrontMatter && type == NotesLexer.NL)) {
            return true;
        }
        inFrontMatter = false;
        if (type == NotesLexer.FENCE_CLOSE || type == NotesLexer.COMMENT_CLOSE) {
            inVerbatim = false;
            last = LineKind.OTHER;
            return true;
        }
        return type == NotesLexer.VERBATIM_LINE || (inVerbatim && type == NotesLexer.NL);
    }

    /** Decides where a non-blank line goes (D39-D42) and adds the INDENT/DEDENT tokens that say so. */
    private void place(Token first, List<Token> structure) {
        int type = first.getType();
        int column = indentation(first.getText());
        boolean afterBlank = !blanks.isEmpty();
        if (type == NotesLexer.PIPE_LINE && (last != LineKind.TABLE || afterBlank) && delimiterRowFollows()) {
            if (reachesOpenItem(column)) {
                // Tables are top-level only: in an item, `|` lines are text (D27).
                placeText(column, afterBlank, structure);
                return;
            }
            retype(first, NotesLexer.TABLE_HEADER);
            closeAll(structure);
            last = LineKind.TABLE_HEADER;
            return;
        }
        switch (type) {
            case NotesLexer.BULLET_ITEM, NotesLexer.ORDERED_ITEM -> {
                if (!placeItem(first, column, structure)) {
                    retype(first, NotesLexer.TOO_DEEP_ITEM);
                    placeText(column, afterBlank, structure);
                }
            }
            case NotesLexer.PIPE_LINE, NotesLexer.DELIMITER_ROW -> {
                if (last == LineKind.TABLE_HEADER) {
                    // The delimiter row that made the line above a header (D27).
                    last = LineKind.TABLE;
                    return;
                }
                if (last == LineKind.TABLE && !afterBlank) {
                    retype(first, NotesLexer.TABLE_ROW);
                    return;
                }
                placeText(column, afterBlank, structure);
            }
            case NotesLexer.TEXT_LINE, NotesLexer.UNCLOSED_COMMENT, NotesLexer.UNCLOSED_FENCE ->
                    placeText(column, afterBlank, structure);
            case NotesLexer.QUOTE -> {
                if (last != LineKind.QUOTE || afterBlank) {
                    placeBlock(column, structure);
                }
                last = LineKind.QUOTE;
            }
            case NotesLexer.COMMENT, NotesLexer.COMMENT_OPEN, NotesLexer.FENCE_OPEN -> {
                placeBlock(column, structure);
                inVerbatim = type != NotesLexer.COMMENT;
                last = LineKind.OTHER;
            }
            default -> {
                // Headings and thematic breaks close every list (D42 (4)).
                closeAll(structure);
                last = LineKind.OTHER;
            }
        }
    }

    /** D39, D40, D41: returns false when the item would open level {@value #MAX_DEPTH} + 1. */
    private boolean placeItem(Token marker, int column, List<Token> structure) {
        if (!items.isEmpty() && column < top().column && items.stream().noneMatch(i -> Math.abs(i.column - column) <= 1)) {
            inconsistentDedents.add(marker);
        }
        while (!items.isEmpty() && top().column > column + 1) {
            closeTop(structure);
        }
        if (!items.isEmpty() && Math.abs(top().column - column) <= 1) {
            closeTop(structure);
        } else if (!items.isEmpty()) {
            if (items.size() >= MAX_DEPTH) {
                return false;
            }
            openBody(top(), structure);
        }
        items.add(new OpenItem(column));
        last = LineKind.ITEM_TEXT;
        return true;
    }

    /** D42 (2) and (3): text right after text continues it, at any indent; other text starts a paragraph. */
    private void placeText(int column, boolean afterBlank, List<Token> structure) {
        if (!afterBlank && (last == LineKind.ITEM_TEXT || last == LineKind.PARAGRAPH_TEXT)) {
            return;
        }
        placeBlock(column, structure);
        last = LineKind.PARAGRAPH_TEXT;
        startsParagraph = true;
    }

    /** D42 (3), (4): into the deepest item whose content column the line reaches, else out of every list. */
    private void placeBlock(int column, List<Token> structure) {
        while (!items.isEmpty() && top().column + 2 > column) {
            closeTop(structure);
        }
        if (!items.isEmpty()) {
            openBody(top(), structure);
        }
    }

    private boolean reachesOpenItem(int column) {
        return items.stream().anyMatch(item -> item.column + 2 <= column);
    }

    private OpenItem top() {
        return items.get(items.size() - 1);
    }

    private void openBody(OpenItem item, List<Token> structure) {
        if (!item.bodyOpen) {
            item.bodyOpen = true;
            structure.add(synthetic(NotesLexer.INDENT, nextIndex()));
        }
    }

    private void closeTop(java.util.Collection<Token> structure) {
        OpenItem item = items.remove(items.size() - 1);
        if (item.bodyOpen) {
            structure.add(synthetic(NotesLexer.DEDENT, nextIndex()));
        }
    }

    private void closeAll(java.util.Collection<Token> structure) {
        while (!items.isEmpty()) {
            closeTop(structure);
        }
    }

    private int nextIndex() {
        return getInputStream().index();
    }

    private boolean delimiterRowFollows() {
        peekedLine = readLine();
        return peekedLine.get(0).getType() == NotesLexer.DELIMITER_ROW;
    }

    // ---- fences and comments (D62, D63) ----

    private void openFence(Token opener) {
        int start = opener.getStartIndex();
        int at = start;
        while (LineClasses.isWhitespace(text[at])) {
            at++;
        }
        int fence = text[at];
        int length = 0;
        while (at + length < text.length && text[at + length] == fence) {
            length++;
        }
        int slot = fence == '`' ? 0 : 1;
        int closer = -1;
        if (start < fenceCloserMissingFrom[slot] || length < fenceCloserMissingLength[slot]) {
            closer = findFenceCloser(nextLineStart(lineEnd(start)), fence, length);
            if (closer < 0) {
                fenceCloserMissingFrom[slot] = start;
                fenceCloserMissingLength[slot] = length;
            }
        }
        if (closer < 0) {
            retype(opener, NotesLexer.UNCLOSED_FENCE);
            return;
        }
        enterVerbatim(closer, NotesLexer.FENCE_CLOSE);
    }

    private int findFenceCloser(int from, int fence, int length) {
        for (int line = from; line < text.length; line = nextLineStart(lineEnd(line))) {
            int end = lineEnd(line);
            int at = line;
            while (at < end && LineClasses.isWhitespace(text[at])) {
                at++;
            }
            int run = 0;
            while (at + run < end && text[at + run] == fence) {
                run++;
            }
            int rest = at + run;
            while (rest < end && LineClasses.isWhitespace(text[rest])) {
                rest++;
            }
            if (run >= length && rest == end) {
                return line;
            }
        }
        return -1;
    }

    private void openComment(Token opener) {
        int from = opener.getText().indexOf("<!--");
        int searchFrom = opener.getStartIndex() + opener.getText().codePointCount(0, from) + 4;
        int close = searchFrom >= commentCloserMissingFrom ? -1 : find(searchFrom, "-->");
        if (close < 0) {
            commentCloserMissingFrom = Math.min(commentCloserMissingFrom, searchFrom);
            retype(opener, NotesLexer.UNCLOSED_COMMENT);
        } else if (close < lineEnd(opener.getStartIndex())) {
            retype(opener, NotesLexer.COMMENT);
        } else {
            enterVerbatim(lineStart(close), NotesLexer.COMMENT_CLOSE);
        }
    }

    private void enterVerbatim(int closerLineStart, int closerType) {
        verbatimCloserStart = closerLineStart;
        verbatimCloserType = closerType;
        pushMode(NotesLexer.VERBATIM_MODE);
    }

    private int find(int from, String needle) {
        int first = needle.charAt(0);
        for (int i = from; i + needle.length() <= text.length; i++) {
            if (text[i] == first) {
                int k = 1;
                while (k < needle.length() && text[i + k] == needle.charAt(k)) {
                    k++;
                }
                if (k == needle.length()) {
                    return i;
                }
            }
        }
        return -1;
    }

    // ---- text helpers ----

    private boolean isFence(int at, int end, int fence, int length) {
        int i = at;
        for (int k = 0; k < length; k++, i++) {
            if (i >= end || text[i] != fence) {
                return false;
            }
        }
        while (i < end && text[i] == fence) {
            i++;
        }
        while (i < end && LineClasses.isWhitespace(text[i])) {
            i++;
        }
        return i == end;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length && text[i] != '\n' && text[i] != '\r') {
            i++;
        }
        return i;
    }

    private int lineStart(int at) {
        int i = at;
        while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') {
            i--;
        }
        return i;
    }

    private int nextLineStart(int end) {
        if (end >= text.length) {
            return text.length;
        }
        return text[end] == '\r' && end + 1 < text.length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /**
     * Computes the visual column of a line's first non-WS character (D4): a tab advances to the next multiple of
     * 4, a space or NBSP by one.
     *
     * @param line the line's text
     * @return its indentation
     */
    public static int indentation(String line) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                column = (column / 4 + 1) * 4;
            } else if (c == ' ' || c == '\u00A0') {
                column++;
            } else {
                break;
            }
        }
        return column;
    }

    private static void retype(Token token, int type) {
        ((WritableToken) token).setType(type);
    }

    private Token synthetic(int type, int index) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, index, index - 1);
        token.setText("");
        return token;
    }
}
