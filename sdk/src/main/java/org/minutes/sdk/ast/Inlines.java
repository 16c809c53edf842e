package org.minutes.sdk.ast;

import java.util.List;

import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Depths;
import org.minutes.sdk.syntax.Whitespace;

/** Helpers over inline content: plain text (D54) and the checks shared by inline records. */
public final class Inlines {

    private Inlines() {
    }

    /**
     * Joins the plain text of inline content (D54): text, code content, link text, URLs, {@code :name:},
     * {@code @handle}, and one space per soft break. {@link PlainText} is the visitor behind it.
     *
     * @param content the inline content
     * @return the plain text
     */
    public static String plainText(List<Inline> content) {
        // Much content is one text node, whose plain text is its literal: no builder, no copy.
        if (content.size() == 1 && content.get(0) instanceof Text text) {
            return text.literal();
        }
        return content.isEmpty() ? "" : new PlainText().append(content).text();
    }

    static void checkDestination(String destination) {
        Checks.singleLine(destination, "destination");
        if (destination.chars().anyMatch(Whitespace::is)) {
            throw new IllegalArgumentException("destination " + Checks.quote(destination) + " holds white space (D56)");
        }
    }

    static void checkNoLinks(List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Linked) {
                throw new IllegalArgumentException("links and images must not nest in link text (D56)");
            }
            if (inline instanceof Delimited delimited) {
                checkNoLinks(delimited.content());
            }
        }
    }

    /** Where a sequence of inlines stands, which decides where soft breaks may go (D5, D42, D54, D58). */
    enum Lines {
        /** One line: headings, titles, cells (D13, D28) and emphasis (D58); no soft break, even inside links. */
        ONE,
        /** A paragraph: lines joined by soft breaks, none first or last. */
        BLOCK,
        /** An item's text: its first line may be empty, so a soft break may come first (D38, D42). */
        ITEM,
        /**
         * Link or image text, which may cross line ends anywhere (D56). Its line edges are left to the inline
         * parser's callers, which hand it trimmed lines.
         */
        LINK
    }

    /**
     * Checks the whole inline content of a block (a paragraph, title, heading, cell or item text): what every
     * sequence must satisfy ({@link #checkSequence}), and, since emphasis pairs across the whole content, that no two
     * characters shed by bare URLs would pair ({@link ShedDelimiters}).
     */
    static void checkBlockContent(List<Inline> content, String what, Lines lines) {
        checkSequence(content, what, lines);
        ShedDelimiters.check(content, what);
    }

    /**
     * Checks what a sequence of inlines must satisfy to be written at all: lines are trimmed, text is merged, and
     * the word boundaries of D57–D60 hold.
     */
    static void checkSequence(List<Inline> content, String what, Lines lines) {
        int size = content.size();
        for (int i = 0; i < size; i++) {
            Inline inline = content.get(i);
            Inline previous = i > 0 ? content.get(i - 1) : null;
            Inline next = i + 1 < size ? content.get(i + 1) : null;
            if (inline instanceof SoftBreak && lines != Lines.LINK) {
                boolean edge = lines == Lines.BLOCK && (i == 0 || i == size - 1) || lines == Lines.ITEM && i == size - 1;
                if (lines == Lines.ONE || edge || previous instanceof SoftBreak) {
                    throw new IllegalArgumentException(what + " holds a soft break at " + i + " of " + size
                            + ", where no line can end (D5, D42)");
                }
            }
            if (lines == Lines.ONE && inline instanceof Linked && holdsSoftBreak(inline)) {
                throw new IllegalArgumentException(what + " is one line: its link text holds a soft break (D13)");
            }
            if (inline instanceof Text text) {
                String literal = text.literal();
                if (previous instanceof Text) {
                    throw new IllegalArgumentException(what + " holds adjacent text nodes; text is merged (D54): "
                            + Checks.quote(literal));
                }
                boolean lineStart = previous instanceof SoftBreak || previous == null && lines != Lines.LINK;
                boolean lineEnd = next instanceof SoftBreak || next == null && lines != Lines.LINK;
                if (lines != Lines.LINK && lineStart && Whitespace.is(literal.charAt(0))
                        || lines != Lines.LINK && lineEnd && Whitespace.is(literal.charAt(literal.length() - 1))) {
                    throw new IllegalArgumentException(what + " text " + Checks.quote(literal) + " has white space "
                            + "at a line's or a delimiter's edge, which parsing trims (D5, D58)");
                }
            }
            if (inline instanceof Mention || inline instanceof Emoji || isUnderscore(inline)) {
                if (endsWord(previous, inline instanceof Mention)) {
                    throw new IllegalArgumentException(what + ": " + inline + " directly after " + previous
                            + " would not be read as such (D58-D60)");
                }
            }
            if ((inline instanceof Mention || isUnderscore(inline)) && next instanceof Text text
                    && Character.isLetterOrDigit(text.literal().codePointAt(0))) {
                throw new IllegalArgumentException(what + ": " + inline + " directly before "
                        + Checks.quote(text.literal()) + " would run into it (D58, D60)");
            }
            if (inline instanceof Code && next instanceof Code) {
                throw new IllegalArgumentException(what + ": two adjacent code spans would share one backtick run "
                        + "(D55)");
            }
            if (inline instanceof BareUrl url) {
                if (endsWord(previous, false) || previous instanceof BareUrl) {
                    throw new IllegalArgumentException(what + ": a bare URL directly after " + previous
                            + " is no bare URL (D57)");
                }
                if (next instanceof Text text && !followsUrl(url.url(), text.literal())) {
                    throw new IllegalArgumentException(what + ": text " + Checks.quote(text.literal())
                            + " would run into the bare URL before it (D57)");
                }
            }
            if (inline instanceof BareUrl url && next != null && !(next instanceof Text)
                    && !followsUrl(url.url(), leadingText(next))) {
                throw new IllegalArgumentException(what + ": a bare URL runs into the " + next + " after it (D57)");
            }
        }
        if (depth(content) > Depths.MAX_INLINE_DEPTH) {
            throw new IllegalArgumentException(what + " nests emphasis and links deeper than "
                    + Depths.MAX_INLINE_DEPTH + " (D6)");
        }
    }

    /**
     * D57: text after a bare URL starts where the URL's raw extent ended: with WS, {@code <} or {@code >}, or with
     * characters the URL's end lost, up to such a stop or the end of the text.
     */
    private static boolean followsUrl(String url, String text) {
        boolean parens = url.chars().filter(c -> c == '(').count() <= url.chars().filter(c -> c == ')').count();
        boolean brackets = url.chars().filter(c -> c == '[').count() <= url.chars().filter(c -> c == ']').count();
        int k = 0;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (BareUrls.isTrailer(c) || c == ')' && parens || c == ']' && brackets) {
                k++;
            } else {
                break;
            }
        }
        return k == text.length() || BareUrls.isStop(text.charAt(k));
    }

    /**
     * How a node's written form starts, as far as the end of a bare URL before it is concerned (D57): the URL runs
     * to the next WS, then sheds trailing punctuation; a code span, link or image after it ends it, since those take
     * precedence (D54).
     */
    private static String leadingText(Inline inline) {
        return inline.accept(WrittenEdge.START);
    }

    /**
     * How an inline's written form starts or ends, as far as a bare URL or word next to it is concerned (D57–D60):
     * text, URLs, mentions and emoji as written, delimiters with what they hold, and a space for what stops a URL
     * and ends no word (soft breaks, code spans, links and images). The visits are a table, one line per node type.
     */
    private static final class WrittenEdge extends InlineVisitor<String> {

        static final WrittenEdge START = new WrittenEdge(false);
        static final WrittenEdge END = new WrittenEdge(true);

        private final boolean end;

        private WrittenEdge(boolean end) {
            this.end = end;
        }

        /** The run of {@code count} delimiters with the edge of the content on its inner side. */
        private String delimited(char delimiter, int count, List<Inline> content) {
            String run = String.valueOf(delimiter).repeat(count);
            return end ? content.get(content.size() - 1).accept(this) + run : run + content.get(0).accept(this);
        }

        @Override public String visit(Text text) { return text.literal(); }
        @Override public String visit(SoftBreak softBreak) { return " "; }
        @Override public String visit(Code code) { return " "; }
        @Override public String visit(Link link) { return " "; }
        @Override public String visit(Image image) { return " "; }
        @Override public String visit(BareUrl bareUrl) { return bareUrl.url(); }
        @Override public String visit(Emphasis e) { return delimited(e.delimiter(), 1, e.content()); }
        @Override public String visit(Strong strong) { return delimited('*', 2, strong.content()); }
        @Override public String visit(Strikethrough s) { return delimited('~', 2, s.content()); }
        @Override public String visit(Emoji emoji) { return ":" + emoji.name() + ":"; }
        @Override public String visit(Mention mention) { return "@" + mention.path(); }
    }

    private static boolean isUnderscore(Inline inline) {
        return inline instanceof Emphasis e && e.delimiter() == '_';
    }

    /**
     * Whether an inline ends in a letter or digit (or a dot, which also keeps {@code @} from a mention): only text,
     * mentions and bare URLs can, the others end in a delimiter or a stop. A team may end in {@code _} or {@code -},
     * after which another mention, emoji or URL may start.
     */
    private static boolean endsWord(Inline inline, boolean dotToo) {
        String written = inline == null ? "" : inline.accept(WrittenEdge.END);
        if (written.isEmpty()) {
            return false;
        }
        int last = written.codePointBefore(written.length());
        return Character.isLetterOrDigit(last) || dotToo && last == '.';
    }

    private static boolean holdsSoftBreak(Node node) {
        for (Node child : Nodes.children(node)) {
            if (child instanceof SoftBreak || holdsSoftBreak(child)) {
                return true;
            }
        }
        return false;
    }

    /** {@return how deep emphasis, strike and links nest in the content: 0 for none} */
    static int depth(List<Inline> content) {
        int depth = 0;
        // Indexed: an iterator of a recursive walk is no local the compiler can do without.
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            if (Families.in(Families.INLINE_CONTENT, inline)) {
                depth = Math.max(depth, 1 + depth(((InlineContent) inline).content()));
            }
        }
        return depth;
    }

    /** D61: ASCII punctuation other than the backtick, which a backslash escapes. */
    private static boolean isEscapable(char c) {
        return c != '`' && (c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '_'
                || c >= '{' && c <= '~');
    }

    /** D56: link text holds no link or image, and no bare URL, emoji or mention, which are text there. */
    static void checkLinkText(List<Inline> content) {
        checkNoLinks(content);
        for (Inline inline : content) {
            Nodes.walk(inline, node -> {
                if (node instanceof BareUrl || node instanceof Emoji || node instanceof Mention) {
                    throw new IllegalArgumentException("link text holds " + node + ", which is text there (D56)");
                }
            });
        }
        checkSequence(content, "link text", Lines.LINK);
    }

    /** D56: balanced parentheses, nested at most 32 deep, and no {@code <} first. */
    static void checkLinkDestination(String destination) {
        checkDestination(destination);
        int depth = 0;
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '\\' && i + 1 < destination.length() && isEscapable(destination.charAt(i + 1))) {
                // D61: an escaped parenthesis is no bracket; it stays in the destination as written.
                i++;
            } else if (c == '(' && ++depth > Depths.MAX_INLINE_DEPTH || c == ')' && --depth < 0) {
                throw new IllegalArgumentException("destination " + Checks.quote(destination) + " must hold "
                        + "balanced parentheses (D56)");
            }
        }
        if (depth != 0 || destination.startsWith("<")) {
            throw new IllegalArgumentException("destination " + Checks.quote(destination) + " must hold balanced "
                    + "parentheses and not start with < (D56)");
        }
    }
}
