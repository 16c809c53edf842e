package org.minutes.sdk.internal.inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.grammar.InlineLexer;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.internal.SpanSink;
import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Depths;
import org.minutes.sdk.syntax.Mentions;
import org.minutes.sdk.syntax.Shortcodes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Builds the inlines of one joined text from its tokens, in the order of precedence of D54:
 * <ol>
 * <li>one left-to-right pass over the tokens resolves escapes and code spans, and links and images with a bracket
 * stack as commonmark does (emphasis inside link text is processed when the link closes);</li>
 * <li>bare URLs are then found in what is left outside link syntax (D57);</li>
 * <li>then emphasis and strikethrough, with commonmark's delimiter algorithm under the stricter rules of D58;</li>
 * <li>and last, while the text nodes are assembled, emoji shortcodes (D59) and mentions (D60).</li>
 * </ol>
 * One instance serves one call; it works in UTF-16 offsets of the joined text and maps them to source offsets
 * only when it records a span.
 */
final class InlineBuilder {

    private final String text;
    private final TokenBuffer tokens;
    private final int[] joinStarts;
    private final int[] sourceStarts;
    private final SpanSink spans;

    private Piece head;
    private Piece tail;
    /** The bottom and the top of the delimiter stack. */
    private Delimiter firstDelimiter;
    private Delimiter lastDelimiter;
    /** How many delimiters on the stack can close: with none, process-emphasis has nothing to match. */
    private int closers;
    private Bracket lastBracket;
    private int linksFormed;
    /**
     * The pieces that start with a URL scheme (D57) in the top-level list, in order: the bare-URL pass visits these
     * instead of every piece. A link's text leaves the list when the link forms, and its entries with it.
     */
    private final List<Piece> urlStarts = new ArrayList<>();
    private int line;
    private int cachedSegment;

    private int[] nextSameRun;
    private int[] nextShorterRun;

    private int destinationStart;
    private int destinationEnd;
    private int tailBreaks;
    /** The flags of the pieces of the text run last emitted. */
    private int runFlags;

    /**
     * Prepares a build; {@link #build()} then runs once.
     *
     * @param text         the segments' texts joined by LF
     * @param tokens       the tokens of {@code text}
     * @param joinStarts   where each segment starts in {@code text}
     * @param sourceStarts where each segment starts in the source
     * @param spans        receives the spans
     */
    InlineBuilder(String text, TokenBuffer tokens, int[] joinStarts, int[] sourceStarts, SpanSink spans) {
        this.text = text;
        this.tokens = tokens;
        this.joinStarts = joinStarts;
        this.sourceStarts = sourceStarts;
        this.spans = spans;
    }

    /** Runs the passes in the order of D54 and returns the top-level inlines. */
    List<Inline> build() {
        scan();
        lastBracket = null;
        linkBareUrls();
        processEmphasis(null);
        return finish(head, true);
    }

    // ---- pass 1: escapes, code spans, links and images (D54-D56, D61) ----

    private void scan() {
        int[] types = tokens.types;
        int[] starts = tokens.starts;
        int[] ends = tokens.ends;
        for (int i = 0; i < tokens.size; i++) {
            int s = starts[i];
            int e = ends[i];
            switch (types[i]) {
                case InlineLexer.LINE_END:
                    append(new Piece(Piece.BREAK, s, e));
                    line++;
                    break;
                case InlineLexer.ESCAPE:
                    append(new Piece(Piece.ESCAPE, s, e));
                    break;
                case InlineLexer.ESCAPED_BACKTICKS:
                    // Outside code the backslash escapes one backtick; the rest of the run may open a span (D55).
                    append(new Piece(Piece.ESCAPE, s, s + 2));
                    if (e > s + 2) {
                        i = codeSpan(i, s + 2, e - s - 2, nextRun(i, true));
                    }
                    break;
                case InlineLexer.BACKTICKS:
                    i = codeSpan(i, s, e - s, nextRun(i, false));
                    break;
                case InlineLexer.OPEN_BRACKET:
                case InlineLexer.IMAGE_OPEN:
                    openBracket(s, e, types[i] == InlineLexer.IMAGE_OPEN);
                    break;
                case InlineLexer.CLOSE_BRACKET:
                    i = closeBracket(i);
                    break;
                case InlineLexer.STARS:
                    delimiterRun('*', s, e);
                    break;
                case InlineLexer.UNDERSCORES:
                    delimiterRun('_', s, e);
                    break;
                case InlineLexer.TILDES:
                    delimiterRun('~', s, e);
                    break;
                case InlineLexer.SHORTCODE:
                    shortcode(s, e);
                    break;
                case InlineLexer.AT:
                    appendText(s, e, Piece.MAY_HOLD_MENTION);
                    break;
                case InlineLexer.URL_SCHEME:
                    appendText(s, e, Piece.URL_START);
                    break;
                default:
                    appendText(s, e, 0);
                    break;
            }
        }
    }

    /**
     * Finds the closer of a backtick run: the next run of exactly its length on the same line (D55). Runs are
     * indexed once per text, backwards, so each lookup is constant time whatever the input.
     */
    private int nextRun(int token, boolean shorter) {
        if (nextSameRun == null) {
            indexBacktickRuns();
        }
        return shorter ? nextShorterRun[token] : nextSameRun[token];
    }

    private void indexBacktickRuns() {
        int n = tokens.size;
        nextSameRun = new int[n];
        nextShorterRun = new int[n];
        Map<Integer, Integer> following = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            int type = tokens.types[i];
            if (type == InlineLexer.LINE_END) {
                following.clear();
                continue;
            }
            int length = runLength(i);
            if (length == 0) {
                continue;
            }
            nextSameRun[i] = following.getOrDefault(length, -1);
            if (type == InlineLexer.ESCAPED_BACKTICKS) {
                nextShorterRun[i] = following.getOrDefault(length - 1, -1);
            }
            following.put(length, i);
        }
    }

    /** The length of the backtick run in a token: inside code a backslash is literal, so it does not count. */
    private int runLength(int token) {
        int type = tokens.types[token];
        int length = tokens.ends[token] - tokens.starts[token];
        if (type == InlineLexer.BACKTICKS) {
            return length;
        }
        return type == InlineLexer.ESCAPED_BACKTICKS ? length - 1 : 0;
    }

    private int codeSpan(int token, int runStart, int length, int closer) {
        if (closer < 0) {
            appendText(runStart, runStart + length, 0);
            return token;
        }
        int closerEnd = tokens.ends[closer];
        int contentEnd = closerEnd - length;
        String content = text.substring(runStart + length, contentEnd);
        if (content.length() >= 2 && content.charAt(0) == ' ' && content.charAt(content.length() - 1) == ' '
                && !allSpaces(content)) {
            content = content.substring(1, content.length() - 1);
        }
        Code code = new Code(content);
        put(code, runStart, closerEnd);
        append(node(code, runStart, closerEnd, 0));
        return closer;
    }

    /** D55 strips a space from each side unless the content is all spaces (U+0020 only: NBSP is content, D3). */
    private static boolean allSpaces(String content) {
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private void openBracket(int start, int end, boolean image) {
        Piece piece = new Piece(Piece.TEXT, start, end);
        piece.flags = Piece.BRACKET;
        append(piece);
        lastBracket = new Bracket(piece, image, lastDelimiter, lastBracket, linksFormed);
    }

    private int closeBracket(int token) {
        int s = tokens.starts[token];
        int e = tokens.ends[token];
        Bracket opener = lastBracket;
        if (opener == null) {
            appendText(s, e, 0);
            return token;
        }
        lastBracket = opener.previous;
        // Link text holds no links or images (D56): a link formed since this bracket opened makes it text.
        int close = opener.linksFormed == linksFormed ? linkTail(token + 1) : -1;
        if (close < 0) {
            appendText(s, e, 0);
            return token;
        }
        processEmphasis(opener.previousDelimiter);
        Piece contentFirst = opener.piece.next;
        cutBefore(opener.piece);
        while (!urlStarts.isEmpty() && urlStarts.get(urlStarts.size() - 1).start > opener.piece.start) {
            urlStarts.remove(urlStarts.size() - 1);
        }
        int closeEnd = tokens.ends[close];
        List<Inline> content = finish(contentFirst, false);
        String destination = text.substring(destinationStart, destinationEnd);
        Inline link = opener.image ? new Image(content, destination) : new Link(content, destination);
        put(link, opener.piece.start, closeEnd);
        append(node(link, opener.piece.start, closeEnd, 1 + maxDepth(contentFirst, null)));
        linksFormed++;
        line += tailBreaks;
        return close;
    }

    /**
     * Parses {@code (dest)} after {@code ]} (D56): WS with at most one line break on either side of a destination
     * without WS, whose parentheses balance, that does not start with {@code <}; then {@code )}. Titles and anything
     * else make the bracket text.
     *
     * @return the index of the closing parenthesis, or -1
     */
    private int linkTail(int token) {
        int[] types = tokens.types;
        int n = tokens.size;
        if (token >= n || types[token] != InlineLexer.OPEN_PAREN) {
            return -1;
        }
        int j = skipWs(token + 1);
        int breaks = 0;
        if (j < n && types[j] == InlineLexer.LINE_END) {
            breaks++;
            j = skipWs(j + 1);
        }
        int start = j < n ? tokens.starts[j] : text.length();
        int depth = 0;
        for (; j < n; j++) {
            int type = types[j];
            if (type == InlineLexer.WS || type == InlineLexer.LINE_END) {
                break;
            }
            if (type == InlineLexer.OPEN_PAREN) {
                if (++depth > Depths.MAX_INLINE_DEPTH) {
                    return -1;
                }
            } else if (type == InlineLexer.CLOSE_PAREN) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        int end = j < n ? tokens.starts[j] : text.length();
        if (depth != 0 || (end > start && text.charAt(start) == '<')) {
            return -1;
        }
        j = skipWs(j);
        // An empty destination has one "side" only: one line break in all.
        if (j < n && types[j] == InlineLexer.LINE_END && !(breaks > 0 && end == start)) {
            breaks++;
            j = skipWs(j + 1);
        }
        if (j >= n || types[j] != InlineLexer.CLOSE_PAREN) {
            return -1;
        }
        destinationStart = start;
        destinationEnd = end;
        tailBreaks = breaks;
        return j;
    }

    private int skipWs(int token) {
        while (token < tokens.size && tokens.types[token] == InlineLexer.WS) {
            token++;
        }
        return token;
    }

    /**
     * A delimiter run (D58): {@code *} and {@code **} open when followed and close when preceded by non-WS;
     * {@code _} likewise, and moreover never opens after or closes before a letter or digit; {@code ~~} like
     * {@code *}. Longer runs, and a run that can do neither, are text.
     */
    private void delimiterRun(char c, int start, int end) {
        int length = end - start;
        boolean wsBefore = start == 0 || Whitespace.is(text.charAt(start - 1));
        boolean wsAfter = end == text.length() || Whitespace.is(text.charAt(end));
        boolean canOpen = !wsAfter;
        boolean canClose = !wsBefore;
        boolean literal;
        if (c == '*') {
            literal = length > 2;
        } else if (c == '_') {
            literal = length > 1;
            canOpen &= !(start > 0 && Character.isLetterOrDigit(text.codePointBefore(start)));
            canClose &= !(end < text.length() && Character.isLetterOrDigit(text.codePointAt(end)));
        } else {
            literal = length != 2;
        }
        if (literal || !(canOpen || canClose)) {
            appendText(start, end, 0);
            return;
        }
        Piece piece = new Piece(Piece.DELIMITER, start, end);
        Delimiter delimiter = new Delimiter(piece, c, length, canOpen, canClose, line);
        piece.delimiter = delimiter;
        append(piece);
        delimiter.prev = lastDelimiter;
        if (lastDelimiter == null) {
            firstDelimiter = delimiter;
        } else {
            lastDelimiter.next = delimiter;
        }
        lastDelimiter = delimiter;
        if (canClose) {
            closers++;
        }
    }

    /**
     * A shortcode candidate is text for now (emoji are found last, D54), except that an underscore run in it may
     * still be emphasis, which takes precedence.
     */
    private void shortcode(int start, int end) {
        String name = text.substring(start + 1, end - 1);
        if ((name.equals("http") || name.equals("https")) && text.startsWith("//", end)) {
            // D54: bare URLs take precedence over emoji, so `:http://x` is `:` and a URL, not `:http:`.
            appendText(start, start + 1, 0);
            appendText(start + 1, end, Piece.URL_START);
            return;
        }
        int i = start;
        while (i < end) {
            int underscore = i;
            while (underscore < end && text.charAt(underscore) != '_') {
                underscore++;
            }
            if (underscore == end) {
                appendText(i, end, Piece.MAY_HOLD_EMOJI);
                return;
            }
            if (underscore > i) {
                appendText(i, underscore, Piece.MAY_HOLD_EMOJI);
            }
            int runEnd = underscore;
            while (runEnd < end && text.charAt(runEnd) == '_') {
                runEnd++;
            }
            delimiterRun('_', underscore, runEnd);
            tail.flags |= Piece.MAY_HOLD_EMOJI;
            i = runEnd;
        }
    }

    // ---- pass 2: bare URLs outside code and link syntax (D57) ----

    private void linkBareUrls() {
        int urlEnd = 0;
        for (Piece p : urlStarts) {
            // A URL taken before this piece has swallowed it or cut off its start.
            if (p.start >= urlEnd && p.kind == Piece.TEXT && (p.flags & Piece.URL_START) != 0) {
                Piece url = bareUrl(p);
                if (url != null) {
                    urlEnd = url.end;
                }
            }
        }
    }

    private Piece bareUrl(Piece first) {
        int start = first.start;
        if (start > 0 && Character.isLetterOrDigit(text.codePointBefore(start))) {
            return null;
        }
        int rawEnd = -1;
        Piece p = first;
        while (rawEnd < 0 && p != null) {
            if (!p.isText()) {
                rawEnd = p.start;
                break;
            }
            for (int i = p.start; i < p.end; i++) {
                if (BareUrls.isStop(text.charAt(i))) {
                    rawEnd = i;
                    break;
                }
            }
            p = p.next;
        }
        if (rawEnd < 0) {
            rawEnd = tail.end;
        }
        int end = BareUrls.strip(text, start, rawEnd);
        if (end <= start + BareUrls.schemeLength(text, start)) {
            return null;
        }
        BareUrl url = new BareUrl(text.substring(start, end));
        put(url, start, end);
        Piece piece = node(url, start, end, 0);
        insertBefore(first, piece);
        p = first;
        while (p != null && p.end <= end) {
            Piece next = p.next;
            if (p.kind == Piece.DELIMITER && p.delimiter != null) {
                removeDelimiter(p.delimiter);
            }
            unlink(p);
            p = next;
        }
        if (p != null && p.start < end) {
            // Only text and escapes can straddle the end: delimiter runs are stripped whole.
            p.kind = Piece.TEXT;
            p.start = end;
            p.flags &= ~Piece.URL_START;
        }
        return piece;
    }

    // ---- pass 3: emphasis and strikethrough (D58) ----

    /**
     * Commonmark's process-emphasis over the delimiters above {@code stackBottom}, with openers bottoms keyed by
     * character, closer-can-open and length mod 3, the rule of three, and D58's extra rule that opener and closer
     * lie on one line.
     */
    private void processEmphasis(Delimiter stackBottom) {
        Delimiter[] openersBottom = new Delimiter[18];
        Arrays.fill(openersBottom, stackBottom);
        // The delimiters below a bracket stay on the stack while it is open, so the bottom is still there.
        Delimiter closer = closers == 0 ? null : stackBottom == null ? firstDelimiter : stackBottom.next;
        while (closer != null) {
            if (!closer.canClose) {
                closer = closer.next;
                continue;
            }
            int key = "*_~".indexOf(closer.character) * 6 + (closer.canOpen ? 3 : 0) + closer.originalLength % 3;
            Delimiter opener = closer.prev;
            while (opener != null && opener != stackBottom && opener != openersBottom[key]
                    && opener.line == closer.line && !matches(opener, closer)) {
                opener = opener.prev;
            }
            // Separate runs always have something between them; the last test only guards the invariant.
            boolean found = opener != null && opener != stackBottom && opener != openersBottom[key]
                    && opener.line == closer.line && opener.piece.next != closer.piece;
            int depth = found ? 1 + maxDepth(opener.piece.next, closer.piece) : 0;
            if (!found) {
                openersBottom[key] = closer.prev;
            } else if (depth > Depths.MAX_INLINE_DEPTH) {
                // Anything opening at or before this opener would nest at least as deep: fence it off.
                Arrays.fill(openersBottom, opener);
                found = false;
            }
            if (!found) {
                Delimiter next = closer.next;
                if (!closer.canOpen) {
                    removeDelimiter(closer);
                }
                closer = next;
                continue;
            }
            closer = emphasis(opener, closer, depth);
        }
        // What is left above the bottom is text now: cut it off the stack at once. Only the bare-URL pass reads a
        // piece's delimiter, and it is over (top level) or never sees these pieces again (link text).
        if (stackBottom == null) {
            firstDelimiter = null;
            closers = 0;
        } else {
            for (Delimiter d = stackBottom.next; closers > 0 && d != null; d = d.next) {
                if (d.canClose) {
                    closers--;
                }
            }
            stackBottom.next = null;
        }
        lastDelimiter = stackBottom;
    }

    private static boolean matches(Delimiter opener, Delimiter closer) {
        if (!opener.canOpen || opener.character != closer.character) {
            return false;
        }
        int sum = opener.originalLength + closer.originalLength;
        boolean ruleOfThree = (opener.canClose || closer.canOpen) && sum % 3 == 0
                && !(opener.originalLength % 3 == 0 && closer.originalLength % 3 == 0);
        return !ruleOfThree;
    }

    /** Wraps the pieces between opener and closer; returns the closer to go on with. */
    private Delimiter emphasis(Delimiter opener, Delimiter closer, int depth) {
        int use = opener.character == '~' || (opener.length >= 2 && closer.length >= 2) ? 2 : 1;
        Piece open = opener.piece;
        Piece close = closer.piece;
        opener.length -= use;
        closer.length -= use;
        open.end -= use;
        close.start += use;
        Piece container = new Piece(Piece.CONTAINER, open.end, close.start);
        container.delimiterChar = opener.character;
        container.used = use;
        container.depth = depth;
        container.first = open.next;
        container.last = close.prev;
        container.first.prev = null;
        container.last.next = null;
        open.next = container;
        container.prev = open;
        container.next = close;
        close.prev = container;
        for (Delimiter d = closer.prev; d != opener; ) {
            Delimiter prev = d.prev;
            removeDelimiter(d);
            d = prev;
        }
        if (opener.length == 0) {
            removeDelimiter(opener);
            unlink(open);
        }
        if (closer.length == 0) {
            Delimiter next = closer.next;
            removeDelimiter(closer);
            unlink(close);
            return next;
        }
        return closer;
    }

    private void removeDelimiter(Delimiter d) {
        if (d.prev == null) {
            firstDelimiter = d.next;
        } else {
            d.prev.next = d.next;
        }
        if (d.next != null) {
            d.next.prev = d.prev;
        } else {
            lastDelimiter = d.prev;
        }
        d.piece.delimiter = null;
        if (d.canClose) {
            closers--;
        }
    }

    private static int maxDepth(Piece first, Piece stop) {
        int depth = 0;
        for (Piece p = first; p != null && p != stop; p = p.next) {
            depth = Math.max(depth, p.depth);
        }
        return depth;
    }

    // ---- pass 4: assembling nodes, with emoji (D59) and mentions (D60) in the text ----

    private List<Inline> finish(Piece first, boolean entities) {
        List<Inline> out = new ArrayList<>();
        TextBuilder textBuilder = new TextBuilder(out);
        Piece p = first;
        while (p != null) {
            if (p.isText()) {
                Piece last = textRun(p, null, false, textBuilder);
                if (entities && (runFlags & (Piece.MAY_HOLD_EMOJI | Piece.MAY_HOLD_MENTION)) != 0) {
                    textBuilder.clear();
                    textRun(p, last, true, textBuilder);
                }
                textBuilder.flush();
                p = last.next;
                continue;
            }
            if (p.kind == Piece.BREAK) {
                SoftBreak softBreak = new SoftBreak();
                int segment = segmentAt(p.start);
                spans.put(softBreak, source(p.start), sourceStarts[segment + 1]);
                out.add(softBreak);
            } else if (p.kind == Piece.NODE) {
                out.add(p.node);
            } else {
                List<Inline> content = finish(p.first, entities);
                Inline container;
                if (p.delimiterChar == '~') {
                    container = new Strikethrough(content);
                } else if (p.used == 2) {
                    container = new Strong(content);
                } else {
                    container = new Emphasis(p.delimiterChar, content);
                }
                put(container, p.start, p.end);
                out.add(container);
            }
            p = p.next;
        }
        return out;
    }

    /**
     * Emits a run of text pieces, escapes resolved, and when {@code scan} holds, ranges of raw source between escapes
     * searched for emoji and mentions. Sets {@link #runFlags} to the pieces' flags.
     *
     * @param last the run's last piece, or null for as far as the pieces are text
     * @return the run's last piece
     */
    private Piece textRun(Piece first, Piece last, boolean scan, TextBuilder out) {
        int flags = 0;
        Piece p = first;
        while (true) {
            flags |= p.flags;
            if (p.kind == Piece.ESCAPE) {
                out.append(p.start, p.end, text.charAt(p.start + 1));
            } else {
                Piece q = p;
                while (q != last && inRun(q.next, last) && q.next.kind != Piece.ESCAPE && q.next.start == q.end) {
                    q = q.next;
                    flags |= q.flags;
                }
                if (scan) {
                    entities(p.start, q.end, out);
                } else {
                    out.append(p.start, q.end);
                }
                p = q;
            }
            if (p == last || !inRun(p.next, last)) {
                runFlags = flags;
                return p;
            }
            p = p.next;
        }
    }

    /** Whether {@code next} continues a text run that ends at {@code last}, or as far as the pieces are text. */
    private static boolean inRun(Piece next, Piece last) {
        return last != null || next != null && next.isText();
    }

    private void entities(int start, int end, TextBuilder out) {
        int from = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ':' && Shortcodes.mayStartAt(text, i)) {
                int emojiEnd = Shortcodes.end(text, i, end);
                if (emojiEnd < 0) {
                    i = -emojiEnd - 1;
                    continue;
                }
                out.append(from, i);
                out.flush();
                Emoji emoji = new Emoji(text.substring(i + 1, emojiEnd - 1));
                put(emoji, i, emojiEnd);
                out.add(emoji);
                from = emojiEnd;
                i = emojiEnd;
                continue;
            }
            if (c == '@' && Mentions.mayStartAt(text, i)) {
                int handleEnd = Mentions.handleEnd(text, i + 1, end);
                if (handleEnd > i + 1) {
                    int mentionEnd = handleEnd;
                    Optional<String> team = Optional.empty();
                    if (handleEnd < end && text.charAt(handleEnd) == '/') {
                        int teamEnd = Mentions.teamEnd(text, handleEnd + 1, end);
                        if (teamEnd > handleEnd + 1) {
                            team = Optional.of(text.substring(handleEnd + 1, teamEnd));
                            mentionEnd = teamEnd;
                        }
                    }
                    out.append(from, i);
                    out.flush();
                    Mention mention = new Mention(text.substring(i + 1, handleEnd), team);
                    put(mention, i, mentionEnd);
                    out.add(mention);
                    from = mentionEnd;
                    i = mentionEnd;
                    continue;
                }
            }
            i++;
        }
        out.append(from, end);
    }

    /** Accumulates the characters of one Text node and its extent. */
    private final class TextBuilder {

        private final List<Inline> out;
        private final StringBuilder literal = new StringBuilder();
        private int start;
        private int end;

        TextBuilder(List<Inline> out) {
            this.out = out;
        }

        void append(int from, int to) {
            if (to > from) {
                if (literal.length() == 0) {
                    start = from;
                }
                literal.append(text, from, to);
                end = to;
            }
        }

        void append(int from, int to, char c) {
            if (literal.length() == 0) {
                start = from;
            }
            literal.append(c);
            end = to;
        }

        /** Drops what was appended since the last flush. */
        void clear() {
            literal.setLength(0);
        }

        void add(Inline inline) {
            out.add(inline);
        }

        void flush() {
            if (literal.length() > 0) {
                Text node = new Text(literal.toString());
                put(node, start, end);
                out.add(node);
                literal.setLength(0);
            }
        }
    }

    // ---- the piece list ----

    private Piece node(Inline inline, int start, int end, int depth) {
        Piece piece = new Piece(Piece.NODE, start, end);
        piece.node = inline;
        piece.depth = depth;
        return piece;
    }

    private void appendText(int start, int end, int flags) {
        if (tail != null && tail.kind == Piece.TEXT && tail.end == start && (tail.flags & Piece.BRACKET) == 0
                && (flags & Piece.URL_START) == 0) {
            tail.end = end;
            tail.flags |= flags;
            return;
        }
        Piece piece = new Piece(Piece.TEXT, start, end);
        piece.flags = flags;
        append(piece);
        if ((flags & Piece.URL_START) != 0) {
            urlStarts.add(piece);
        }
    }

    private void append(Piece piece) {
        piece.prev = tail;
        if (tail == null) {
            head = piece;
        } else {
            tail.next = piece;
        }
        tail = piece;
    }

    private void insertBefore(Piece anchor, Piece piece) {
        piece.prev = anchor.prev;
        piece.next = anchor;
        if (anchor.prev == null) {
            head = piece;
        } else {
            anchor.prev.next = piece;
        }
        anchor.prev = piece;
    }

    private void unlink(Piece piece) {
        if (piece.prev == null) {
            head = piece.next;
        } else {
            piece.prev.next = piece.next;
        }
        if (piece.next == null) {
            tail = piece.prev;
        } else {
            piece.next.prev = piece.prev;
        }
        piece.prev = null;
        piece.next = null;
    }

    /** Detaches {@code piece} and everything after it from the list. */
    private void cutBefore(Piece piece) {
        tail = piece.prev;
        if (tail == null) {
            head = null;
        } else {
            tail.next = null;
        }
        piece.prev = null;
        if (piece.next != null) {
            piece.next.prev = null;
        }
    }

    // ---- spans ----

    private void put(Inline node, int start, int end) {
        spans.put(node, source(start), source(end - 1) + 1);
    }

    /** Maps an offset of the joined text to the source: the segment holding it, plus the distance into it. */
    private int source(int joined) {
        int segment = segmentAt(joined);
        return sourceStarts[segment] + joined - joinStarts[segment];
    }

    private int segmentAt(int joined) {
        int k = cachedSegment;
        if (joined >= joinStarts[k] && (k + 1 == joinStarts.length || joined < joinStarts[k + 1])) {
            return k;
        }
        int low = 0;
        int high = joinStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (joinStarts[mid] <= joined) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        cachedSegment = low;
        return low;
    }
}
