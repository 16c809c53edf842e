package org.minutes.converters.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.DescendingVisitor;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.InlineVisitor;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Escapes;
import org.minutes.sdk.syntax.HeadCounts;
import org.minutes.sdk.syntax.Mentions;
import org.minutes.sdk.syntax.Shortcodes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Renders inline content (D54–D61) so that the inline parser reads it back as the same inlines. A character is
 * escaped with a backslash only where it would otherwise be read as syntax there (D61, D71), which {@link Lexicon}
 * answers; the renderer never parses its output. Soft breaks become {@code '\n'}; the writer indents the next line.
 * An {@link InlineVisitor}: inline nodes are written; a block node never reaches it and is refused if it does.
 */
final class InlineRenderer extends InlineVisitor<Void> {

    /**
     * Where inline content stands, which decides what else a character could mean there.
     *
     * @param lineStart       whether the content starts a line (a paragraph), so block syntax must be escaped (D8)
     * @param breaksStartLine whether the text after a soft break starts a line that block parsing sees (not in quotes)
     * @param cell            whether the content is a table cell: {@code |} splits cells (D28) and a cell of dashes
     *                        would make a delimiter row (D27)
     */
    record Place(boolean lineStart, boolean breaksStartLine, boolean cell) {

        static final Place PARAGRAPH = new Place(true, true, false);
        static final Place ITEM = new Place(false, true, false);
        static final Place QUOTE = new Place(false, false, false);
        static final Place HEADING = new Place(false, false, false);
        static final Place CELL = new Place(false, false, true);

        Place inner() {
            return new Place(false, breaksStartLine, cell);
        }
    }

    /** What follows the content being written when nothing of it does: the end of the line or of the text. */
    private static final char END = '\0';

    private final StringBuilder out = new StringBuilder();
    private final Set<Integer> rawBackticks = new HashSet<>();
    /** How many emphasis, link and image nodes enclose the content being written. */
    private int nesting;
    /** The length of the {@code *} run, as written, that the last emphasis written opened with (D58). */
    private int lastOpenerRun;
    /** How many links and images enclose the content being written (D56: their text balances brackets). */
    private int linkText;
    /** Whether the content being rendered starts right after a bare URL whose run goes on into it (D57). */
    private boolean urlRunOpen;
    /** Whether the next top-level link or image closes its destination on the next line (D78). */
    private boolean wrapDestination;
    /** How many {@code *} of the whole content may stand as delimiters (see mayDelimit). */
    private int stars;
    /** How many {@code _} of the whole content may stand as delimiters (see mayDelimit). */
    private int underscores;
    /** Whether the current line holds a raw single backtick, written as is in a URL or destination (D55, D57). */
    private boolean rawSingleBacktick;

    // The neighbourhood of the inline being visited, set by sequence().
    private Place place = Place.HEADING;
    private Inline previous;
    private Inline next;
    private boolean afterUrl;
    /** Whether a bare URL of the content holds a {@code ]}, which is written raw (D56, D57). */
    private boolean urlHoldsBracket;
    /** The first character written after the inline being visited (END for none). */
    private char following = END;
    /** The first character written after the inline after the one being visited (END for none). */
    private char followingNext = END;

    private InlineRenderer(List<Inline> content) {
        DescendingVisitor rawRuns = new DescendingVisitor() {
            @Override
            public Void visit(Text text) {
                String s = text.literal();
                for (int i = 0; i < s.length(); i++) {
                    if (mayDelimit(s, i)) {
                        count(s.charAt(i), 1);
                    }
                }
                return null;
            }

            @Override
            public Void visit(Code code) {
                countAll(code.literal());
                return null;
            }

            @Override
            public Void visit(BareUrl url) {
                backtickRuns(url.url(), rawBackticks);
                countAll(url.url());
                urlHoldsBracket |= url.url().indexOf(']') >= 0;
                return null;
            }

            @Override
            public Void visit(Link link) {
                backtickRuns(link.destination(), rawBackticks);
                countAll(link.destination());
                return super.visit(link);
            }

            @Override
            public Void visit(Image image) {
                backtickRuns(image.destination(), rawBackticks);
                countAll(image.destination());
                return super.visit(image);
            }

            @Override
            public Void visit(Emphasis emphasis) {
                count(emphasis.delimiter(), 2);
                return super.visit(emphasis);
            }

            @Override
            public Void visit(Strong strong) {
                count('*', 4);
                return super.visit(strong);
            }

            @Override
            public Void visit(Emoji emoji) {
                countAll(emoji.name());
                return null;
            }

            @Override
            public Void visit(Mention mention) {
                countAll(mention.path());
                return null;
            }
        };
        content.forEach(inline -> inline.accept(rawRuns));
    }

    /** Counts {@code n} more places where {@code c} may be a delimiter, if it is {@code *} or {@code _}. */
    private void count(char c, int n) {
        if (c == '*') {
            stars += n;
        } else if (c == '_') {
            underscores += n;
        }
    }

    /** Counts every {@code *} and {@code _} of text written as is (a URL, a name, a code span): any may pair. */
    private void countAll(String s) {
        s.chars().forEach(c -> count((char) c, 1));
    }

    /**
     * D58: whether {@code c}, a {@code *} or {@code _}, is the only one of its kind in the whole content that may
     * stand as a delimiter, so that it has no partner: emphasis needs an opener and a closer, and the content is
     * inline-parsed as a whole (a table cell on its own, D28). Then it is text as written, whatever flanks it.
     */
    private boolean alone(int c) {
        return c == '*' ? stars == 1 : underscores == 1;
    }

    /**
     * D58: whether the character at {@code i} of a text is a {@code *} or {@code _} that may open or close emphasis:
     * not a {@code *} between two WS ("2 * 3"), nor a {@code _} inside a word ("max_retries").
     */
    private static boolean mayDelimit(String s, int i) {
        char c = s.charAt(i);
        boolean inner = i > 0 && i < s.length() - 1;
        return switch (c) {
            case '*' -> !(inner && Whitespace.is(s.charAt(i - 1)) && Whitespace.is(s.charAt(i + 1)));
            case '_' -> !(inner && Lexicon.isWordChar(s.codePointBefore(i))
                    && Lexicon.isWordChar(s.codePointAt(i + 1)));
            default -> false;
        };
    }

    /**
     * Renders inline content.
     *
     * @param content the inlines
     * @param place   where they stand
     * @return the Markdown, {@code '\n'} for each soft break
     */
    static String render(List<Inline> content, Place place) {
        String text = write(content, place, false);
        if (place.lineStart() && text.indexOf('\n') < 0 && HeadCounts.matches(text)) {
            // D36 is about one-line paragraphs: break the line before the first top-level link's or image's `)`
            // (D56, D78), as the parsed text did, so that it is not read as a head count; content without one is
            // written the same again.
            text = write(content, place, true);
        }
        return escapeLineStarts(text, place);
    }

    private static String write(List<Inline> content, Place place, boolean wrapDestination) {
        InlineRenderer renderer = new InlineRenderer(content);
        renderer.wrapDestination = wrapDestination;
        renderer.sequence(content, place, END);
        return renderer.out.toString();
    }

    /**
     * D8: a line that block parsing sees must not start with what would read as block syntax (a heading, marker,
     * break, quote, comment, fence or table row): one backslash before its first character keeps it text.
     */
    private static String escapeLineStarts(String text, Place place) {
        if (!place.lineStart() && !place.breaksStartLine()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        // From the last line up: whether a `|` line is a table header depends on the line after it as written.
        for (int i = lines.length - 1; i >= 0; i--) {
            boolean blockParsed = i == 0 ? place.lineStart() : place.breaksStartLine();
            // D27: in an item (its continuation lines), `|` lines are text; tables are top-level only.
            String next = place.lineStart() && i + 1 < lines.length ? lines[i + 1] : null;
            int at = blockParsed ? Lexicon.blockSyntaxAt(lines[i], next) : -1;
            if (at >= 0) {
                lines[i] = lines[i].substring(0, at) + '\\' + lines[i].substring(at);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Writes a sequence of inlines.
     *
     * @param content the inlines
     * @param where   where they stand
     * @param after   the character written right after the sequence (a closing delimiter), or END
     */
    private void sequence(List<Inline> content, Place where, char after) {
        boolean urlRun = false;
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            place = where;
            previous = i > 0 ? content.get(i - 1) : null;
            next = i + 1 < content.size() ? content.get(i + 1) : null;
            following = next == null ? after : next.accept(FIRST_CHAR);
            followingNext = i + 2 < content.size() ? content.get(i + 2).accept(FIRST_CHAR) : after;
            afterUrl = urlRun || i == 0 && urlRunOpen;
            urlRunOpen = false;
            // D57: a URL's run goes on through text made only of the characters its end sheds.
            urlRun = continuesUrlRun(List.of(inline), afterUrl);
            inline.accept(this);
            urlRunOpen = false;
        }
    }

    /** Writes a container's content: the neighbourhood is saved around it, since it is the container's own. */
    private void nested(List<Inline> content, char closer) {
        Place where = place;
        Inline before = previous;
        Inline after = next;
        boolean url = afterUrl;
        char follow = following;
        boolean topLevel = nesting == 0;
        nesting++;
        try {
            sequence(content, where.inner(), closer);
        } finally {
            nesting--;
            place = where;
            previous = before;
            next = after;
            afterUrl = url;
            following = follow;
        }
        wasTopLevel = topLevel;
    }

    /** Whether the link or image just written was at the top level (set by nested()). */
    private boolean wasTopLevel;

    // ---- inline nodes ----

    @Override
    public Void visit(Text text) {
        text(text.literal());
        return null;
    }

    @Override
    public Void visit(SoftBreak softBreak) {
        out.append('\n');
        rawSingleBacktick = false;
        return null;
    }

    @Override
    public Void visit(Code code) {
        out.append(code(code.literal()));
        return null;
    }

    @Override
    public Void visit(Link link) {
        return linked("[", link.content(), link.destination());
    }

    @Override
    public Void visit(Image image) {
        return linked("![", image.content(), image.destination());
    }

    /** D56: a link or an image, opened by {@code opener}: its text in brackets, then its destination. */
    private Void linked(String opener, List<Inline> content, String destination) {
        out.append(opener);
        linkText++;
        nested(content, ']');
        linkText--;
        out.append("](").append(destination).append(closeDestination(destination, wasTopLevel));
        noteRawBackticks(destination);
        return null;
    }

    @Override
    public Void visit(BareUrl url) {
        out.append(url.url());
        noteRawBackticks(url.url());
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        // D57: the delimiters of emphasis after a URL are part of its run; so is the start of its content.
        urlRunOpen = afterUrl;
        int opener = out.length();
        out.append(emphasis.delimiter());
        nested(emphasis.content(), emphasis.delimiter());
        out.append(emphasis.delimiter());
        // D58: the delimiter run its opener stands in, as written (an emphasis closer before it, one inside it).
        lastOpenerRun = starRun(opener);
        return null;
    }

    /** The length of the run of raw (unescaped) {@code *} in the output around index {@code at}, D58. */
    private int starRun(int at) {
        int start = at;
        while (start > 0 && out.charAt(start - 1) == '*' && !escapedAt(start - 1)) {
            start--;
        }
        int end = at + 1;
        while (end < out.length() && out.charAt(end) == '*') {
            end++;
        }
        return end - start;
    }

    /** Whether the output character at {@code i} is escaped: an odd number of backslashes before it (D61). */
    private boolean escapedAt(int i) {
        int slashes = 0;
        while (i - 1 - slashes >= 0 && out.charAt(i - 1 - slashes) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    @Override
    public Void visit(Strong strong) {
        return doubled('*', strong.content());
    }

    @Override
    public Void visit(Strikethrough strike) {
        return doubled('~', strike.content());
    }

    /** D58: strong emphasis or strikethrough, its content between two runs of two {@code delimiter}s. */
    private Void doubled(char delimiter, List<Inline> content) {
        // D57: the delimiters after a URL are part of its run; so is the start of the content.
        urlRunOpen = afterUrl;
        String run = String.valueOf(delimiter).repeat(2);
        out.append(run);
        nested(content, delimiter);
        out.append(run);
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        out.append(':').append(emoji.name()).append(':');
        return null;
    }

    @Override
    public Void visit(Mention mention) {
        out.append('@').append(mention.path());
        return null;
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

    private void text(String s) {
        // D57: what a bare URL's end strips off is taken back as text, so it must stay as written there.
        int stripped = 0;
        if (afterUrl) {
            while (stripped < s.length() && BareUrls.mayShed(s.charAt(stripped))) {
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
            if (i >= stripped && c < 128 && mustEscape(s, i, c) && !leftoverStarStaysRaw(s, i, c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
            i += width;
        }
    }

    /**
     * D58, D70: a {@code *} touching {@code *} emphasis from outside (the rest of a delimiter run the emphasis used
     * one star of) can be spelled raw, extending the run, or escaped; the AST does not say which the source did.
     * Escaped, it leaves the emphasis's delimiter a run of one that can both open and close (the backslash is no
     * WS), so when the run at the emphasis's other end is two long (as written: an emphasis inside or beside it)
     * the rule of three refuses the pair; then, and only if the run it joins stays at two, it is raw.
     */
    private boolean leftoverStarStaysRaw(String s, int i, int c) {
        if (c != '*') {
            return false;
        }
        if (i == 0 && previous instanceof Emphasis before && before.delimiter() == '*') {
            // The emphasis was just written: its runs are measured in the output.
            int closerRun = starRun(out.length() - 1);
            return closerRun == 1 && Lexicon.ruleOfThreeRefuses(lastOpenerRun, false, closerRun, true);
        }
        if (i == s.length() - 1 && next instanceof Emphasis after && after.delimiter() == '*') {
            int openerRun = startsWithStarEmphasis(after.content()) ? 2 : 1;
            int closerRun = endsWithStarEmphasis(after.content()) ? 2 : 1;
            if (openerRun == 1 && Lexicon.ruleOfThreeRefuses(openerRun, true, closerRun, false)) {
                return true;
            }
            if (openerRun == 1 && closerRun == 1 && innerStarCanCloseFirst(after.content())) {
                // Escaped, the opener is a run of one that can close too, and a `*` emphasis inside that can close
                // takes it first ("a **b*c*\*d* e" read back as emphasis "b"). Raw, the run of two refuses that
                // inner one by the rule of three; it is right if the rule lets the run pair with the closer.
                // Before the run: the text's character, or the start of the block's text (WS), or, after another
                // inline, something that is taken to be no WS (then the rule refuses, and the star stays escaped).
                boolean runCanClose = i > 0 ? !Whitespace.is(s.charAt(i - 1))
                        : !(previous == null && nesting == 0 || previous instanceof SoftBreak);
                boolean closerCanOpen = followingNext != END && followingNext != '\n'
                        && !Whitespace.is(followingNext);
                return !Lexicon.ruleOfThreeRefuses(2, runCanClose, 1, closerCanOpen);
            }
        }
        return false;
    }

    /**
     * D58: whether emphasis content holds, after its start, a {@code *} emphasis whose opener can close (written
     * after something other than WS), the first thing in it that would pair with a {@code *} before the content.
     */
    private static boolean innerStarCanCloseFirst(List<Inline> content) {
        for (int k = 1; k < content.size(); k++) {
            Inline before = content.get(k - 1);
            boolean afterWs = before instanceof SoftBreak || before instanceof Text text
                    && Whitespace.is(text.literal().charAt(text.literal().length() - 1));
            if (content.get(k) instanceof Emphasis inner && inner.delimiter() == '*' && !afterWs) {
                return true;
            }
            if (content.get(k) instanceof Emphasis || content.get(k) instanceof Strong) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWithStarEmphasis(List<Inline> content) {
        return content.get(0) instanceof Emphasis first && first.delimiter() == '*';
    }

    private static boolean endsWithStarEmphasis(List<Inline> content) {
        return content.get(content.size() - 1) instanceof Emphasis last && last.delimiter() == '*';
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
            run = inline.accept(new UrlRun(run));
        }
        return run;
    }

    /** D57: whether a URL's run is still going after one inline, given whether it was going before it. */
    private static final class UrlRun extends InlineVisitor<Boolean> {

        private final boolean running;

        UrlRun(boolean running) {
            this.running = running;
        }


        @Override
        public Boolean visit(BareUrl url) {
            return true;
        }

        @Override
        public Boolean visit(Text text) {
            return running && text.literal().chars().allMatch(c -> BareUrls.mayShed((char) c));
        }

        @Override
        public Boolean visit(Emphasis emphasis) {
            return continuesUrlRun(emphasis.content(), running);
        }

        @Override
        public Boolean visit(Strong strong) {
            return continuesUrlRun(strong.content(), running);
        }

        @Override
        public Boolean visit(Strikethrough strike) {
            return continuesUrlRun(strike.content(), running);
        }

        @Override
        public Boolean visit(SoftBreak softBreak) {
            return false;
        }

        @Override
        public Boolean visit(Code code) {
            return false;
        }

        @Override
        public Boolean visit(Link link) {
            return false;
        }

        @Override
        public Boolean visit(Image image) {
            return false;
        }

        @Override
        public Boolean visit(Emoji emoji) {
            return false;
        }

        @Override
        public Boolean visit(Mention mention) {
            return false;
        }
    }

    /**
     * The first character an inline is written with (escapes aside), to know what follows the text before it: a table,
     * one line per node type.
     */
    private static final InlineVisitor<Character> FIRST_CHAR = new InlineVisitor<>() {
        @Override public Character visit(Text t) { return t.literal().isEmpty() ? END : t.literal().charAt(0); }
        @Override public Character visit(SoftBreak softBreak) { return '\n'; }
        @Override public Character visit(Code code) { return '`'; }
        @Override public Character visit(Link link) { return '['; }
        @Override public Character visit(Image image) { return '!'; }
        @Override public Character visit(BareUrl url) { return url.url().charAt(0); }
        @Override public Character visit(Emphasis emphasis) { return emphasis.delimiter(); }
        @Override public Character visit(Strong strong) { return '*'; }
        @Override public Character visit(Strikethrough strike) { return '~'; }
        @Override public Character visit(Emoji emoji) { return ':'; }
        @Override public Character visit(Mention mention) { return '@'; }
    };

    private static int runLength(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    /** The character written right after index {@code i} of text {@code s}: the next one, or what follows it. */
    private char after(String s, int i) {
        return i + 1 < s.length() ? s.charAt(i + 1) : following;
    }

    /** Whether the output ends with a {@code ~} written as is (not escaped), D58. */
    private boolean endsWithRawTilde() {
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == '~' && !escapedAt(end - 1);
    }

    /** Whether the ASCII character at {@code i} of text {@code s} would read as syntax if written as is. */
    private boolean mustEscape(String s, int i, int c) {
        int last = s.length() - 1;
        switch (c) {
            case '\\' -> {
                // D61: a backslash escapes only ASCII punctuation; before anything else it is text.
                return Escapes.isEscapable(after(s, i));
            }
            case '~' -> {
                // D58: only a run of two tildes can open or close strike; a lone `~` (`~8`) is text.
                return after(s, i) == '~' || endsWithRawTilde();
            }
            case '`' -> {
                // Code spans (D55): a table row splits into cells only outside them (D28), so a backtick may pair
                // with one in another cell; it is always escaped.
                return true;
            }
            case '[', ']' -> {
                // D56: inside link text brackets must balance; elsewhere only `](` can close a link (every raw `](`
                // is then a real link's, and a `[` before it cannot take its `]`).
                if (linkText > 0 || c == ']' && after(s, i) == '(') {
                    return true;
                }
                // A URL is written as it is: its `]` could close a link that a raw `[` of the text opens
                // ("[](http://]()" read back as a link once the text's `](` is escaped).
                if (c == '[' && urlHoldsBracket) {
                    return true;
                }
            }
            case '*', '_' -> {
                // D58: a `*` between two WS ("2 * 3") or a `_` inside a word ("max_retries") can neither open nor
                // close emphasis; nor can the only one that could ("2*3" with no other `*` in the content).
                if (mayDelimit(s, i) && !alone(c)) {
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
                if (opensEmoji(s, i) || afterScheme(s, i)) {
                    return true;
                }
            }
            case '/' -> {
                // D57: `//` right after an `:http:` emoji would make its name a URL scheme.
                if (i == 0 && s.startsWith("//") && previous instanceof Emoji emoji
                        && BareUrls.endsWithSchemeName(emoji.name()) && emoji.name().length() <= 5) {
                    return true;
                }
            }
            case '@' -> {
                if (opensMention(s, i)) {
                    return true;
                }
            }
            default -> {
            }
        }
        if (i == 0) {
            // D60: a mention runs on over hyphens, a slash and a team name.
            return previous instanceof Mention && Mentions.mayContinue(c);
        }
        return false;
    }

    /** D59: a {@code :} that follows no letter or digit and is followed by a name character could open an emoji. */
    private boolean opensEmoji(String s, int i) {
        if (i + 1 >= s.length() || !Shortcodes.isNameChar(s.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return !(previous instanceof Mention);
        }
        return Shortcodes.mayStartAt(s, i);
    }

    /**
     * D57: the {@code :} of {@code http://} or {@code https://} in any case would start a bare URL, also when the
     * scheme's letters end a mention written just before ({@code @http} then {@code ://}).
     */
    private boolean afterScheme(String s, int i) {
        if (!s.startsWith("//", i + 1)) {
            return false;
        }
        String before = s.substring(0, i);
        if (i == 0 && previous instanceof Mention mention) {
            before = mention.path();
        }
        return BareUrls.endsWithSchemeName(before);
    }

    /** D60: an {@code @} after no letter, digit or {@code .}, followed by a handle character, starts a mention. */
    private boolean opensMention(String s, int i) {
        if (i + 1 >= s.length() || Mentions.handleEnd(s, i + 1, s.length()) == i + 1) {
            return false;
        }
        if (i == 0) {
            return !(previous instanceof Mention);
        }
        return Mentions.mayStartAt(s, i);
    }
}
