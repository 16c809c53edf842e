package org.minutes.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The superclass of the generated {@code NotesLexer} and of {@link BlockLexer}: it turns the line-class tokens of
 * the grammar into a token stream the parser can nest, as grammars-v4's Python lexer base does for indentation.
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
 * <p>The line tokens themselves are the grammar's, but found by {@link LineClasses} (line 1's front-matter opener
 * by {@code opensFrontMatter}, D9, D11), which decides each line by the rules of {@code NotesLexer.g4} in one pass
 * over its characters, instead of ANTLR's lexer simulator (whose DFA caches only code points 0-127, so every other
 * character went through the ATN), which only the differential tests use ({@code simulate}). The generated lexer's
 * rules stay the definition: a differential test holds the two to the same tokens. Without the simulator, this
 * class keeps the line and column itself.
 *
 * <p>The lexer reads the input's string as it is ({@link StringCharStream}; another stream is copied into one once)
 * and scans it in UTF-16 units: every character the line classes test is in the BMP, so a surrogate never matches
 * one, and the classes come out as over code points. Token indexes, lines and columns stay in code points, as ANTLR
 * counts them. The whole input is lexed at the first request, into one list that {@link #tokenStream()} hands to
 * the parser without buffering it again.
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

    /** The tokens made so far, in order; {@link #nextToken()} hands them out from {@link #next}. */
    private final List<Token> pending = new ChunkedList<>(64);
    private int next;
    private final List<Token> blanks = new ChunkedList<>(8);
    private final List<OpenItem> items = new ArrayList<>();
    private final List<Token> inconsistentDedents = new ArrayList<>();
    /** The line being placed, and the line read ahead of it (when {@link #peeked}): two buffers, swapped. */
    private List<Token> current = new ArrayList<>(4);
    private List<Token> lookahead = new ArrayList<>(4);
    private boolean peeked;
    private Token endOfInput;
    private String text;
    /** Whether the text holds a CR: if not, a line ends at the next LF, which {@code String.indexOf} finds fast. */
    private boolean carriageReturns;
    /** Whether raw tokens come from ANTLR's lexer simulator instead of {@link #scan()}: for differential tests. */
    boolean simulate;
    /** The line and column {@link #scan()} has reached; the simulator keeps its own. */
    private int line;
    private int column;
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
        super(asString(input));
        clear();
    }

    private static StringCharStream asString(CharStream input) {
        if (input instanceof StringCharStream string) {
            return string;
        }
        return new StringCharStream(input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1)),
                input.getSourceName());
    }

    @Override
    public void setInputStream(IntStream input) {
        super.setInputStream(asString((CharStream) input));
    }

    private StringCharStream source() {
        return (StringCharStream) getInputStream();
    }

    /** {@return the item tokens whose dedent matched no open item's column (D40), in order} */
    public List<Token> inconsistentDedents() {
        return Collections.unmodifiableList(inconsistentDedents);
    }

    @Override
    public void reset() {
        if (getInterpreter() != null) {
            super.reset();
        } else {
            // No simulator to reset (BlockLexer): the rest of Lexer's reset, as far as scan() uses it.
            if (_input != null) {
                _input.seek(0);
            }
            _hitEOF = false;
            _mode = DEFAULT_MODE;
            _modeStack.clear();
        }
        clear();
    }

    @Override
    public int getLine() {
        return simulate ? super.getLine() : line;
    }

    @Override
    public void setLine(int line) {
        if (simulate) {
            super.setLine(line);
        } else {
            this.line = line;
        }
    }

    @Override
    public int getCharPositionInLine() {
        return simulate ? super.getCharPositionInLine() : column;
    }

    @Override
    public void setCharPositionInLine(int column) {
        if (simulate) {
            super.setCharPositionInLine(column);
        } else {
            this.column = column;
        }
    }

    private void clear() {
        pending.clear();
        next = 0;
        blanks.clear();
        items.clear();
        inconsistentDedents.clear();
        peeked = false;
        endOfInput = null;
        text = null;
        line = 1;
        column = 0;
        last = LineKind.OTHER;
        inFrontMatter = false;
        inVerbatim = false;
        verbatimCloserStart = -1;
        commentCloserMissingFrom = Integer.MAX_VALUE;
        fenceCloserMissingFrom[0] = fenceCloserMissingFrom[1] = Integer.MAX_VALUE;
    }

    /**
     * Returns the next token: the whole input is lexed at the first call. After EOF, EOF again.
     */
    @Override
    public Token nextToken() {
        lexAll();
        Token token = pending.get(next);
        if (next < pending.size() - 1) {
            next++;
        }
        return token;
    }

    /**
     * Lexes the whole input (unless done) and returns all its tokens, from the first to EOF whatever
     * {@link #nextToken()} has handed out, as a stream for the parser: an array read in place, where ANTLR's
     * {@code CommonTokenStream} would fetch and buffer the tokens again one at a time. Every token is on the default
     * channel.
     *
     * @return the token stream
     */
    public TokenStream tokenStream() {
        lexAll();
        return new ListTokenStream(pending, this);
    }

    private void lexAll() {
        if (text != null) {
            return;
        }
        start();
        while (pending.isEmpty() || pending.get(pending.size() - 1).getType() != Token.EOF) {
            processLine(readLine());
        }
        for (int i = 0; i < pending.size(); i++) {
            ((WritableToken) pending.get(i)).setTokenIndex(i);
        }
    }

    // ---- start of input: BOM and front matter (D1, D9, D11) ----

    private void start() {
        StringCharStream input = source();
        text = input.text();
        carriageReturns = text.indexOf('\r') >= 0;
        int start = 0;
        if (!text.isEmpty() && text.charAt(0) == 0xFEFF) {
            input.consume();
            start = 1;
        }
        if (opensFrontMatter(start)) {
            mode(NotesLexer.FRONT_MATTER_START_MODE);
        }
    }

    private boolean opensFrontMatter(int start) {
        int end = lineEnd(start);
        int dashes = start;
        while (dashes < end && dashes - start < 3 && text.charAt(dashes) != '-'
                && !LineClasses.isWhitespace(text.charAt(dashes))) {
            dashes++;
        }
        if (!isFence(dashes, end, '-', 3) || dashes + 3 < end && text.charAt(dashes + 3) == '-') {
            return false;
        }
        if (dashes == start) {
            return true;
        }
        // D11: stray characters before `---` count only if a closing `---` follows before any heading.
        for (int line = nextLineStart(end); line < text.length(); line = nextLineStart(lineEnd(line))) {
            int lineEnd = lineEnd(line);
            if (LineClasses.isHeadingLine(text, line, lineEnd)) {
                return false;
            }
            if (isFence(line, lineEnd, '-', 3) && (line + 3 >= lineEnd || text.charAt(line + 3) != '-')) {
                return true;
            }
        }
        return false;
    }

    // ---- lines ----

    /** Reads the next physical line: its tokens ending in NL, or just EOF. */
    private List<Token> readLine() {
        if (peeked) {
            List<Token> read = lookahead;
            lookahead = current;
            current = read;
            peeked = false;
        } else {
            readLine(current);
        }
        return current;
    }

    /** Reads the next physical line into a buffer. */
    private void readLine(List<Token> into) {
        into.clear();
        if (endOfInput != null) {
            into.add(endOfInput);
            return;
        }
        while (true) {
            Token token = rawToken();
            if (token.getType() == Token.EOF) {
                if (into.isEmpty()) {
                    into.add(token);
                    return;
                }
                endOfInput = token;
                into.add(synthetic(NotesLexer.NL, token.getStartIndex()));
                return;
            }
            into.add(token);
            if (token.getType() == NotesLexer.NL) {
                return;
            }
        }
    }

    /** Lexes one token and applies its effect on the lexer mode at once, before the next token is lexed. */
    private Token rawToken() {
        int start = source().utf16Index();
        Token token;
        if (simulate) {
            token = super.nextToken();
            // The simulator's token would read its text from the stream, walking back from wherever the stream's
            // position is: read it now, while the position is next to it. A line becomes a line token, as scan()
            // makes, holding that text.
            if (token.getType() == NotesLexer.NL) {
                ((WritableToken) token).setText(
                        getInputStream().getText(Interval.of(token.getStartIndex(), token.getStopIndex())));
            } else if (token.getType() != Token.EOF) {
                LineToken line = new LineToken(_tokenFactorySourcePair, token.getType(), token.getStartIndex(),
                        token.getStopIndex(), text, start, source().utf16Index());
                line.setLine(token.getLine());
                line.setCharPositionInLine(token.getCharPositionInLine());
                line.setText(getInputStream().getText(Interval.of(token.getStartIndex(), token.getStopIndex())));
                token = line;
            }
        } else {
            token = scan();
        }
        switch (token.getType()) {
            case NotesLexer.FENCE_OPEN -> openFence(token, start);
            case NotesLexer.COMMENT_OPEN -> openComment(token, start);
            case NotesLexer.VERBATIM_LINE -> {
                if (start == verbatimCloserStart) {
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
        StringCharStream input = source();
        int from = input.utf16Index();
        int index = input.index();
        int line = this.line;
        int column = this.column;
        if (from >= text.length()) {
            return emitEOF();
        }
        char c = text.charAt(from);
        if (c == '\n' || c == '\r') {
            int end = c == '\r' && from + 1 < text.length() && text.charAt(from + 1) == '\n' ? from + 2 : from + 1;
            int length = end - from;
            if (text.charAt(end - 1) == '\n') {
                this.line = line + 1;
                this.column = 0;
            } else {
                this.column = column + 1;
            }
            input.seek(index + length, end);
            CommonToken token = new CommonToken(_tokenFactorySourcePair, NotesLexer.NL, DEFAULT_TOKEN_CHANNEL, index,
                    index + length - 1);
            token.setLine(line);
            token.setCharPositionInLine(column);
            // Half the tokens are line ends: their text is a constant, not a copy.
            token.setText(length == 2 ? "\r\n" : c == '\n' ? "\n" : "\r");
            return token;
        }
        int end = lineEnd(from);
        int type = lineType(from, end);
        // Counts in O(1) for a Latin-1 string; loops only over a UTF-16 one.
        int length = text.codePointCount(from, end);
        this.column = column + length;
        input.seek(index + length, end);
        // The line's text stays in the string until someone asks for it (the SDK's builder reads the string itself).
        LineToken token = new LineToken(_tokenFactorySourcePair, type, index, index + length - 1, text, from, end);
        token.setLine(line);
        token.setCharPositionInLine(column);
        return token;
    }

    /** The token type of a whole non-empty line in the current mode, switching modes as the grammar's rules do. */
    private int lineType(int from, int end) {
        switch (_mode) {
            case NotesLexer.FRONT_MATTER_START_MODE -> {
                // start() entered this mode only if the whole line is an opener (D9, D11): FRONT_MATTER_OPEN.
                mode(NotesLexer.FRONT_MATTER_MODE);
                return NotesLexer.FRONT_MATTER_OPEN;
            }
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

    /** Emits a line's tokens, after the INDENT/DEDENT tokens that place it and the blank lines before it. */
    private void processLine(List<Token> line) {
        Token first = line.get(0);
        int type = first.getType();
        if (type == Token.EOF) {
            closeAll();
            flushBlanks();
            pending.add(first);
            return;
        }
        if (passesThrough(type)) {
            flushBlanks();
            addAll(pending, line);
            return;
        }
        if (type == NotesLexer.NL || type == NotesLexer.BLANK) {
            addAll(blanks, line);
            return;
        }
        startsParagraph = false;
        place(first);
        flushBlanks();
        if (startsParagraph) {
            pending.add(synthetic(NotesLexer.PARAGRAPH, first.getStartIndex()));
        }
        addAll(pending, line);
    }

    private void flushBlanks() {
        addAll(pending, blanks);
        blanks.clear();
    }

    /** {@code to.addAll(from)} without the array copy {@code addAll} makes. */
    private static void addAll(List<Token> to, List<Token> from) {
        for (int i = 0; i < from.size(); i++) {
            to.add(from.get(i));
        }
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
    private void place(Token first) {
        int type = first.getType();
        LineToken line = (LineToken) first;
        int column = indentation(text, line.sourceStart(), line.sourceEnd());
        boolean afterBlank = !blanks.isEmpty();
        if (type == NotesLexer.PIPE_LINE && (last != LineKind.TABLE || afterBlank) && delimiterRowFollows()) {
            if (reachesOpenItem(column)) {
                // Tables are top-level only: in an item, `|` lines are text (D27).
                placeText(column, afterBlank);
                return;
            }
            retype(first, NotesLexer.TABLE_HEADER);
            closeAll();
            last = LineKind.TABLE_HEADER;
            return;
        }
        switch (type) {
            case NotesLexer.BULLET_ITEM, NotesLexer.ORDERED_ITEM -> {
                if (!placeItem(first, column)) {
                    retype(first, NotesLexer.TOO_DEEP_ITEM);
                    placeText(column, afterBlank);
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
                placeText(column, afterBlank);
            }
            case NotesLexer.TEXT_LINE, NotesLexer.UNCLOSED_COMMENT, NotesLexer.UNCLOSED_FENCE ->
                    placeText(column, afterBlank);
            case NotesLexer.QUOTE -> {
                if (last != LineKind.QUOTE || afterBlank) {
                    placeBlock(column);
                }
                last = LineKind.QUOTE;
            }
            case NotesLexer.COMMENT, NotesLexer.COMMENT_OPEN, NotesLexer.FENCE_OPEN -> {
                placeBlock(column);
                inVerbatim = type != NotesLexer.COMMENT;
                last = LineKind.OTHER;
            }
            default -> {
                // Headings and thematic breaks close every list (D42 (4)).
                closeAll();
                last = LineKind.OTHER;
            }
        }
    }

    /** D39, D40, D41: returns false when the item would open level {@value #MAX_DEPTH} + 1. */
    private boolean placeItem(Token marker, int column) {
        if (!items.isEmpty() && column < top().column && !matchesOpenItem(column)) {
            inconsistentDedents.add(marker);
        }
        while (!items.isEmpty() && top().column > column + 1) {
            closeTop();
        }
        if (!items.isEmpty() && Math.abs(top().column - column) <= 1) {
            closeTop();
        } else if (!items.isEmpty()) {
            if (items.size() >= MAX_DEPTH) {
                return false;
            }
            openBody(top());
        }
        items.add(new OpenItem(column));
        last = LineKind.ITEM_TEXT;
        return true;
    }

    /** D42 (2) and (3): text right after text continues it, at any indent; other text starts a paragraph. */
    private void placeText(int column, boolean afterBlank) {
        if (!afterBlank && (last == LineKind.ITEM_TEXT || last == LineKind.PARAGRAPH_TEXT)) {
            return;
        }
        placeBlock(column);
        last = LineKind.PARAGRAPH_TEXT;
        startsParagraph = true;
    }

    /** D42 (3), (4): into the deepest item whose content column the line reaches, else out of every list. */
    private void placeBlock(int column) {
        while (!items.isEmpty() && top().column + 2 > column) {
            closeTop();
        }
        if (!items.isEmpty()) {
            openBody(top());
        }
    }

    private boolean reachesOpenItem(int column) {
        for (OpenItem item : items) {
            if (item.column + 2 <= column) {
                return true;
            }
        }
        return false;
    }

    /** D39: a marker within one column of an open item's is that item's sibling. */
    private boolean matchesOpenItem(int column) {
        for (OpenItem item : items) {
            if (Math.abs(item.column - column) <= 1) {
                return true;
            }
        }
        return false;
    }

    private OpenItem top() {
        return items.get(items.size() - 1);
    }

    private void openBody(OpenItem item) {
        if (!item.bodyOpen) {
            item.bodyOpen = true;
            pending.add(synthetic(NotesLexer.INDENT, nextIndex()));
        }
    }

    private void closeTop() {
        OpenItem item = items.remove(items.size() - 1);
        if (item.bodyOpen) {
            pending.add(synthetic(NotesLexer.DEDENT, nextIndex()));
        }
    }

    private void closeAll() {
        while (!items.isEmpty()) {
            closeTop();
        }
    }

    private int nextIndex() {
        return getInputStream().index();
    }

    private boolean delimiterRowFollows() {
        readLine(lookahead);
        peeked = true;
        return lookahead.get(0).getType() == NotesLexer.DELIMITER_ROW;
    }

    // ---- fences and comments (D62, D63) ----

    /** Finds the closer of a fence opener that starts at UTF-16 index {@code start} (D63). */
    private void openFence(Token opener, int start) {
        int at = start;
        while (LineClasses.isWhitespace(text.charAt(at))) {
            at++;
        }
        int fence = text.charAt(at);
        int length = 0;
        while (at + length < text.length() && text.charAt(at + length) == fence) {
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
        for (int line = from; line < text.length(); line = nextLineStart(lineEnd(line))) {
            int end = lineEnd(line);
            int at = line;
            while (at < end && LineClasses.isWhitespace(text.charAt(at))) {
                at++;
            }
            int run = 0;
            while (at + run < end && text.charAt(at + run) == fence) {
                run++;
            }
            int rest = at + run;
            while (rest < end && LineClasses.isWhitespace(text.charAt(rest))) {
                rest++;
            }
            if (run >= length && rest == end) {
                return line;
            }
        }
        return -1;
    }

    /** Finds the closer of a comment opener that starts at UTF-16 index {@code start} (D62). */
    private void openComment(Token opener, int start) {
        int searchFrom = text.indexOf("<!--", start) + 4;
        int close = searchFrom >= commentCloserMissingFrom ? -1 : commentCloser(searchFrom);
        if (close < 0) {
            commentCloserMissingFrom = Math.min(commentCloserMissingFrom, searchFrom);
            retype(opener, NotesLexer.UNCLOSED_COMMENT);
        } else if (close < lineEnd(start)) {
            retype(opener, NotesLexer.COMMENT);
        } else {
            enterVerbatim(lineStart(close), NotesLexer.COMMENT_CLOSE);
        }
    }

    /**
     * {@return where the first {@code -->} at or after {@code from} starts, or -1} The same as {@code indexOf("-->")}
     * but searched by its {@code >}, which most text lacks: the one-character search runs at the speed of memory,
     * while the string search slows wherever {@code -} is common, as on a line of unclosed openers.
     */
    private int commentCloser(int from) {
        for (int end = text.indexOf('>', from + 2); end >= 0; end = text.indexOf('>', end + 1)) {
            if (text.charAt(end - 1) == '-' && text.charAt(end - 2) == '-') {
                return end - 2;
            }
        }
        return -1;
    }

    private void enterVerbatim(int closerLineStart, int closerType) {
        verbatimCloserStart = closerLineStart;
        verbatimCloserType = closerType;
        pushMode(NotesLexer.VERBATIM_MODE);
    }

    // ---- text helpers ----

    private boolean isFence(int at, int end, int fence, int length) {
        int i = at;
        for (int k = 0; k < length; k++, i++) {
            if (i >= end || text.charAt(i) != fence) {
                return false;
            }
        }
        while (i < end && text.charAt(i) == fence) {
            i++;
        }
        while (i < end && LineClasses.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == end;
    }

    private int lineEnd(int from) {
        if (!carriageReturns) {
            int end = text.indexOf('\n', from);
            return end < 0 ? Math.max(from, text.length()) : end;
        }
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int lineStart(int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private int nextLineStart(int end) {
        if (end >= text.length()) {
            return text.length();
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /**
     * Computes the visual column of a line's first non-WS character (D4): a tab advances to the next multiple of
     * 4, a space or NBSP by one.
     *
     * @param line the line's text
     * @return its indentation
     */
    public static int indentation(String line) {
        return indentation(line, 0, line.length());
    }

    /**
     * The indentation of the line between {@code from} and {@code to} in {@code text}, as {@link #indentation(String)}
     * counts it.
     *
     * @param text the text holding the line
     * @param from where the line starts
     * @param to   where it ends (exclusive)
     * @return its indentation in columns
     */
    public static int indentation(String text, int from, int to) {
        int column = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
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
