package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;

/**
 * Renders inline content (D54–D61) so that the inline parser reads it back as the same inlines. Text is escaped
 * with a backslash before ASCII punctuation wherever it could read as syntax (D61): "when in doubt, escape".
 * Soft breaks become {@code '\n'}; the writer indents the next line.
 */
final class InlineRenderer {

    /**
     * Where inline content stands, which decides what else a character could mean there.
     *
     * @param lineStart      whether the content starts a line (a paragraph), so block syntax must be escaped (D8)
     * @param breaksStartLine whether the text after a soft break starts a line that block parsing sees (not in quotes)
     * @param cell           whether the content is a table cell: {@code |} splits cells (D28) and a cell of dashes
     *                       would make a delimiter row (D27)
     * @param itemHead       whether the content follows a list marker, so marker, checkbox and speaker look-alikes
     *                       must be escaped (D43, D45, D49)
     */
    record Place(boolean lineStart, boolean breaksStartLine, boolean cell, boolean itemHead) {

        static final Place PARAGRAPH = new Place(true, true, false, false);
        static final Place ITEM = new Place(false, true, false, true);
        static final Place QUOTE = new Place(false, false, false, false);
        static final Place HEADING = new Place(false, false, false, false);
        static final Place CELL = new Place(false, false, true, false);

        Place inner() {
            return new Place(false, breaksStartLine, cell, false);
        }
    }

    /** The characters a bare URL's end loses (D57). */
    private static final String URL_TRAILERS = ".,;:!?'\"*_~)]";

    private final StringBuilder out = new StringBuilder();
    private final Set<Integer> rawBackticks = new HashSet<>();
    /** How many emphasis, link and image nodes enclose the content being written. */
    private int nesting;
    /** Whether text {@code ]} is written as is (see {@link #render}); {@code [} stays escaped. */
    private boolean rawCloseBracket;
    /** Whether a `*` left over after `*` emphasis may be written as is (see {@link #render}). */
    private boolean rawLeftoverStar;
    /** Whether the content being rendered starts right after a bare URL whose run goes on into it (D57). */
    private boolean urlRunOpen;
    /** Whether the next top-level link or image closes its destination on the next line (D78). */
    private boolean wrapDestination;
    /** Whether the current line holds a raw single backtick, written as is in a URL or destination (D55, D57). */
    private boolean rawSingleBacktick;

    private InlineRenderer(List<Inline> content) {
        for (Inline inline : content) {
            Nodes.walk(inline, node -> {
                if (node instanceof BareUrl url) {
                    backtickRuns(url.url(), rawBackticks);
                } else if (node instanceof Link link) {
                    backtickRuns(link.destination(), rawBackticks);
                } else if (node instanceof Image image) {
                    backtickRuns(image.destination(), rawBackticks);
                }
            });
        }
    }

    /**
     * Renders inline content.
     *
     * @param content the inlines
     * @param place   where they stand
     * @return the Markdown, {@code '\n'} for each soft break
     */
    static String render(List<Inline> content, Place place) {
        String escaped = write(content, place, false, false);
        boolean star = hasLeftoverStar(content);
        boolean bracket = hasRawOpenBracket(content);
        if ((star || bracket) && !readsBack(content, escaped)) {
            // Where the AST leaves a spelling open, try the others and keep one that reads back:
            // D58: after nested emphasis of one character the AST does not say how the source split a delimiter run;
            // D56: a `[` written as is in a URL or destination may pair with an escaped `]` that the source had raw.
            for (int variant = 1; variant < 4; variant++) {
                boolean rawStar = (variant & 1) != 0;
                boolean rawBracket = (variant & 2) != 0;
                if (rawStar && !star || rawBracket && !bracket) {
                    continue;
                }
                String written = write(content, place, rawStar, rawBracket);
                if (readsBack(content, written)) {
                    return written;
                }
            }
        }
        return escaped;
    }

    /** Whether a URL or destination, written as is, holds a {@code [} (D56, D57). */
    private static boolean hasRawOpenBracket(List<Inline> content) {
        boolean[] found = {false};
        for (Inline inline : content) {
            Nodes.walk(inline, node -> {
                found[0] |= node instanceof BareUrl url && url.url().indexOf('[') >= 0
                        || node instanceof Link link && link.destination().indexOf('[') >= 0
                        || node instanceof Image image && image.destination().indexOf('[') >= 0;
            });
        }
        return found[0];
    }

    private static String write(List<Inline> content, Place place, boolean rawLeftoverStar, boolean rawCloseBracket) {
        InlineRenderer renderer = new InlineRenderer(content);
        renderer.rawLeftoverStar = rawLeftoverStar;
        renderer.rawCloseBracket = rawCloseBracket;
        renderer.sequence(content, place, place.lineStart());
        String text = renderer.out.toString();
        if (place.lineStart() && text.indexOf('\n') < 0 && HeadCount.isHeadCount(text.strip())
                && content.stream().anyMatch(i -> i instanceof Link || i instanceof Image)) {
            // D36 is about one-line paragraphs: break the line before the first link's `)` (D56, D78), as the
            // parsed text did, so that it is not read as a head count.
            InlineRenderer wrapping = new InlineRenderer(content);
            wrapping.rawLeftoverStar = rawLeftoverStar;
            wrapping.rawCloseBracket = rawCloseBracket;
            wrapping.wrapDestination = true;
            wrapping.sequence(content, place, place.lineStart());
            text = wrapping.out.toString();
        }
        return text;
    }

    /** Whether a `*` touches `*` emphasis from outside, a spelling the AST leaves open (D58, D70). */
    private static boolean hasLeftoverStar(List<Inline> content) {
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            if (inline instanceof Emphasis e && e.delimiter() == '*' && i + 1 < content.size()
                    && content.get(i + 1) instanceof Text t && t.literal().startsWith("*")) {
                return true;
            }
            if (inline instanceof Text t && t.literal().endsWith("*") && i + 1 < content.size()
                    && content.get(i + 1) instanceof Emphasis e && e.delimiter() == '*') {
                return true;
            }
            List<Inline> inner = new ArrayList<>();
            Nodes.children(inline).forEach(child -> inner.add((Inline) child));
            if (!inner.isEmpty() && hasLeftoverStar(inner)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the written inlines parse back to the same inlines, read after a code span that no syntax can join. */
    private static boolean readsBack(List<Inline> content, String written) {
        List<Block> blocks = MinutesParser.create().parse("`x` " + written).document().preamble();
        if (blocks.size() != 1 || !(blocks.get(0) instanceof Paragraph paragraph)) {
            return false;
        }
        List<Inline> expected = new ArrayList<>();
        expected.add(new Code("x"));
        if (content.get(0) instanceof SoftBreak) {
            expected.addAll(content);
        } else if (content.get(0) instanceof Text first) {
            expected.add(new Text(" " + first.literal()));
            expected.addAll(content.subList(1, content.size()));
        } else {
            expected.add(new Text(" "));
            expected.addAll(content);
        }
        return paragraph.content().equals(expected);
    }

    private void sequence(List<Inline> content, Place place, boolean lineStart) {
        boolean atLineStart = lineStart;
        boolean urlRun = false;
        boolean itemHead = place.itemHead();
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            Inline previous = i > 0 ? content.get(i - 1) : null;
            Inline next = i + 1 < content.size() ? content.get(i + 1) : null;
            if (inline instanceof SoftBreak) {
                out.append('\n');
                rawSingleBacktick = false;
                urlRun = false;
                atLineStart = place.breaksStartLine();
                itemHead = false;
                continue;
            }
            boolean afterUrl = urlRun || i == 0 && urlRunOpen;
            urlRunOpen = false;
            // D57: a URL's run goes on through text made only of the characters its end sheds.
            urlRun = continuesUrlRun(List.of(inline), afterUrl);
            if (inline instanceof Text text) {
                text(text.literal(), afterUrl, next, atLineStart, itemHead && i == 0, place, previous);
            } else {
                // D57: the delimiters of emphasis after a URL are part of its run; so is the start of its content.
                urlRunOpen = afterUrl && (inline instanceof Emphasis || inline instanceof Strong
                        || inline instanceof Strikethrough);
                other(inline, place);
                urlRunOpen = false;
            }
            atLineStart = false;
            itemHead = false;
        }
    }

    private void other(Inline inline, Place place) {
        boolean topLevel = nesting == 0;
        nesting++;
        try {
            writeOther(inline, place, topLevel);
        } finally {
            nesting--;
        }
    }

    private void writeOther(Inline inline, Place place, boolean topLevel) {
        if (inline instanceof Code code) {
            out.append(code(code.literal()));
        } else if (inline instanceof Link link) {
            out.append('[');
            sequence(link.content(), place.inner(), false);
            out.append("](").append(link.destination()).append(closeDestination(link.destination(), topLevel));
            noteRawBackticks(link.destination());
        } else if (inline instanceof Image image) {
            out.append("![");
            sequence(image.content(), place.inner(), false);
            out.append("](").append(image.destination()).append(closeDestination(image.destination(), topLevel));
            noteRawBackticks(image.destination());
        } else if (inline instanceof BareUrl url) {
            out.append(url.url());
            noteRawBackticks(url.url());
        } else if (inline instanceof Emphasis emphasis) {
            out.append(emphasis.delimiter());
            sequence(emphasis.content(), place.inner(), false);
            out.append(emphasis.delimiter());
        } else if (inline instanceof Strong strong) {
            out.append("**");
            sequence(strong.content(), place.inner(), false);
            out.append("**");
        } else if (inline instanceof Strikethrough strike) {
            out.append("~~");
            sequence(strike.content(), place.inner(), false);
            out.append("~~");
        } else if (inline instanceof Emoji emoji) {
            out.append(':').append(emoji.name()).append(':');
        } else if (inline instanceof Mention mention) {
            out.append('@').append(mention.path());
        } else {
            throw new IllegalStateException("unexpected inline " + inline);
        }
    }

    /**
     * A code span (D55): a backtick run that occurs neither inside the literal nor unescaped elsewhere in the content
     * (URLs and destinations are written as they are), padded with spaces when the literal starts or ends with a
     * backtick or with a space on both sides, since the parser strips one such pair.
     */
    private String code(String literal) {
        Set<Integer> runs = new HashSet<>(rawBackticks);
        backtickRuns(literal, runs);
        int n = 1;
        while (runs.contains(n)) {
            n++;
        }
        String fence = "`".repeat(n);
        boolean allSpaces = literal.chars().allMatch(c -> c == ' ');
        boolean pad = literal.startsWith("`") || literal.endsWith("`")
                || (!allSpaces && literal.startsWith(" ") && literal.endsWith(" "));
        return pad ? fence + ' ' + literal + ' ' + fence : fence + literal + fence;
    }

    /** Only a top-level link or image may carry the line break: emphasis stays on one line (D58). */
    private String closeDestination(String destination, boolean topLevel) {
        if (wrapDestination && topLevel) {
            wrapDestination = false;
            return "\n)";
        }
        // D56: WS may stand after the destination; it keeps a final `\` from escaping the `)`.
        return destination.endsWith("\\") ? " )" : ")";
    }

    private void noteRawBackticks(String written) {
        Set<Integer> runs = new HashSet<>();
        backtickRuns(written, runs);
        rawSingleBacktick |= runs.contains(1);
    }

    private static void backtickRuns(String text, Set<Integer> runs) {
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int start = i;
                while (i < text.length() && text.charAt(i) == '`') {
                    i++;
                }
                runs.add(i - start);
            } else {
                i++;
            }
        }
    }

    // ---- text ----

    private void text(String s, boolean afterUrl, Inline next, boolean lineStart, boolean itemHead, Place place,
                      Inline previous) {
        int markerDot = lineStart || itemHead ? orderedMarkerDot(s) : -1;
        // D57: what a bare URL's end strips off is taken back as text, so it must stay as written there.
        int stripped = 0;
        if (afterUrl) {
            while (stripped < s.length() && URL_TRAILERS.indexOf(s.charAt(stripped)) >= 0) {
                stripped++;
            }
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '`' && rawSingleBacktick && runLength(s, i) >= 2) {
                // After an unpaired raw single backtick on this line an escaped backtick would close a code span
                // with it (D55); a run of two or more, written as is, cannot, and parsed text had it so.
                int run = runLength(s, i);
                out.append(s, i, i + run);
                i += run;
                continue;
            }
            boolean closerRun = rawLeftoverStar && c == '*' && (i == 0 && previous instanceof Emphasis before
                    && before.delimiter() == '*' || i == s.length() - 1 && next instanceof Emphasis after
                    && after.delimiter() == '*');
            // D58: a `*` left over from an emphasis closer run, written as is; render() keeps it only if it reads
            // back, since escaping it can shorten the closer run so that the rule of three refuses the match.
            if (!closerRun && !(rawCloseBracket && c == ']') && i >= stripped && (c < 128 && mustEscape(s, i, c, previous, next, lineStart, itemHead,
                    place) || i == markerDot)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
            i += width;
        }
    }

    /**
     * Whether a bare URL's run, which goes on up to the next WS, is still going after this content (D57): a URL starts
     * one; text made only of the characters a URL's end sheds, and emphasis delimiters, carry it on.
     *
     * @param content the inlines, in order
     * @param running whether a run is going when the content starts
     * @return whether one is going after it
     */
    private static boolean continuesUrlRun(List<Inline> content, boolean running) {
        boolean run = running;
        for (Inline inline : content) {
            if (inline instanceof BareUrl) {
                run = true;
            } else if (inline instanceof Text text) {
                run = run && text.literal().chars().allMatch(ch -> URL_TRAILERS.indexOf(ch) >= 0);
            } else if (inline instanceof Emphasis || inline instanceof Strong || inline instanceof Strikethrough) {
                List<Inline> inner = new ArrayList<>();
                Nodes.children(inline).forEach(child -> inner.add((Inline) child));
                run = continuesUrlRun(inner, run);
            } else {
                run = false;
            }
        }
        return run;
    }

    private static int runLength(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static boolean mustEscape(String s, int i, int c, Inline previous, Inline next, boolean lineStart,
                                      boolean itemHead, Place place) {
        int last = s.length() - 1;
        switch (c) {
            case '\\', '`', '~', '[', ']' -> {
                // Escapes, code spans (D55), strike (D58) and links (D56).
                return true;
            }
            case '*' -> {
                // D58: a `*` between two WS can neither open nor close emphasis ("2 * 3").
                if (!(i > 0 && i < last && isWs(s.charAt(i - 1)) && isWs(s.charAt(i + 1)))) {
                    return true;
                }
            }
            case '_' -> {
                // D58: `_` never opens or closes inside a word ("max_retries").
                if (!(i > 0 && i < last && isWord(s.codePointBefore(i)) && isWord(s.codePointAt(i + 1)))) {
                    return true;
                }
            }
            case '|' -> {
                if (place.cell()) {
                    return true;
                }
            }
            case '!' -> {
                // `!` before a link would make an image (D56).
                if (i == last && next instanceof Link) {
                    return true;
                }
            }
            case ':' -> {
                if (opensEmoji(s, i, previous) || afterScheme(s, i, previous)) {
                    return true;
                }
            }
            case '/' -> {
                // D57: `//` right after an `:http:` emoji would make its name a URL scheme.
                if (i == 0 && s.startsWith("//") && previous instanceof Emoji emoji
                        && (emoji.name().equals("http") || emoji.name().equals("https"))) {
                    return true;
                }
            }
            case '@' -> {
                if (opensMention(s, i, previous)) {
                    return true;
                }
            }
            default -> {
            }
        }
        if (i == 0) {
            // D8: what would start a heading, break, marker, quote, comment or table row at the start of a line.
            if (lineStart && "#-*><|_+".indexOf(c) >= 0) {
                return true;
            }
            // D43, D45, D49: a marker, checkbox or bracketed speaker right after the marker.
            if (itemHead && "-*+[(".indexOf(c) >= 0) {
                return true;
            }
            // D27: a cell starting with a dash or colon could turn its row into a delimiter row.
            if (place.cell() && (c == '-' || c == ':')) {
                return true;
            }
            // D60: a mention runs on over hyphens, a slash and a team name.
            return previous instanceof Mention && "-/._".indexOf(c) >= 0;
        }
        return false;
    }

    /** D37: the index of the {@code .} of a leading {@code 123.}, or -1. */
    private static int orderedMarkerDot(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < s.length() && s.charAt(i) == '.' ? i : -1;
    }

    /** D59: a {@code :} that follows no letter or digit and is followed by a name character could open an emoji. */
    private static boolean opensEmoji(String s, int i, Inline previous) {
        if (i + 1 >= s.length() || !isEmojiNameChar(s.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return !(previous instanceof Mention);
        }
        return !Character.isLetterOrDigit(s.codePointBefore(i));
    }

    /**
     * D57: the {@code :} of {@code http://} or {@code https://} in any case would start a bare URL, also when the
     * scheme's letters end a mention written just before ({@code @http} then {@code ://}).
     */
    private static boolean afterScheme(String s, int i, Inline previous) {
        if (!s.startsWith("//", i + 1)) {
            return false;
        }
        String before = s.substring(0, i);
        if (i == 0 && previous instanceof Mention mention) {
            before = mention.path();
        }
        before = before.toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("http") || before.endsWith("https");
    }

    /** D60: an {@code @} after no letter, digit or {@code .}, followed by a handle character, starts a mention. */
    private static boolean opensMention(String s, int i, Inline previous) {
        if (i + 1 >= s.length() || !Character.isLetterOrDigit(s.codePointAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return !(previous instanceof Mention);
        }
        int before = s.codePointBefore(i);
        return !(Character.isLetterOrDigit(before) || before == '.');
    }

    private static boolean isEmojiNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-';
    }

    private static boolean isWord(int c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isWs(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
