package org.minutes.sdk.ast;

import java.util.Arrays;
import java.util.List;

import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Depths;
import org.minutes.sdk.syntax.Whitespace;

/**
 * D57, D58: what a bare URL's end sheds ({@code _}, {@code *}, {@code )} and the other trailers) can only be written as
 * it is, since a backslash before it would join the URL. So when two such {@code _} or {@code *} runs, both text in a
 * block's content, would open and close emphasis with each other as written, no Markdown writes that content: the
 * parser would read emphasis. Content that holds them is refused here ({@link Inlines#checkBlockContent}), as the
 * other unwritable shapes are by {@link Inlines#checkSequence}.
 *
 * <p>The test errs on the side of accepting: written neighbours it cannot know exactly (code spans, links, images)
 * count as WS, which neither opens nor closes, so everything the parser builds passes it.
 */
final class ShedDelimiters {

    private final StringBuilder written = new StringBuilder();
    /**
     * For each character of {@link #written}: {@code y} for a raw shed character, {@code e} for one a backslash at
     * the end of the URL before it escapes (D61: the URL's last character and the escape at once), {@code t} for other
     * text, {@code d} for the delimiters of emphasis, strong and strike, {@code n} for the rest.
     */
    private final StringBuilder shed = new StringBuilder();

    /**
     * For each character of {@link #written}: the sequence it belongs to, a number per container (the content, each
     * emphasis, strong or strike). Two shed runs in different sequences are never judged: a pair of the container's
     * own delimiters takes the one inside away first (D58, process emphasis removes what lies between a pair).
     */
    private int[] sequences = new int[64];
    private int sequence;
    private int sequenceCount;

    /** Whether the URL just written ends in an escaping backslash. */
    private boolean escapesNext;

    private ShedDelimiters() {
    }

    /**
     * Checks a block's inline content (a paragraph, title, heading, cell or item text).
     *
     * @param content the block's inlines
     * @param what    what they are, for the message
     * @throws IllegalArgumentException if two shed delimiter runs would pair as emphasis
     */
    static void check(List<Inline> content, String what) {
        if (!holdsBareUrl(content)) {
            // Only a bare URL's end sheds: without one no run is shed, so none can pair.
            return;
        }
        if (Inlines.depth(content) >= Depths.MAX_INLINE_DEPTH - 1) {
            // Near the depth cap the parser fences pairs off (D6); do not judge there.
            return;
        }
        ShedDelimiters layout = new ShedDelimiters();
        layout.sequence(content, false);
        String pair = layout.pairedRuns();
        if (pair != null) {
            throw new IllegalArgumentException(what + ": two " + pair + " that bare URLs' ends shed would pair as "
                    + "emphasis; written as text right after a URL they cannot be escaped (D57, D58)");
        }
    }

    /** Whether a sequence holds a bare URL where {@link #sequence} lays one out: in it or in its delimited spans. */
    private static boolean holdsBareUrl(List<Inline> content) {
        // Indexed: an iterator of a recursive walk is no local the compiler can do without.
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            if (inline instanceof BareUrl || Families.in(Families.DELIMITED, inline)
                    && holdsBareUrl(((Delimited) inline).content())) {
                return true;
            }
        }
        return false;
    }

    /** Lays out a sequence as written, marking shed characters; returns whether a URL's run goes on after it. */
    private boolean sequence(List<Inline> content, boolean runOpen) {
        boolean run = runOpen;
        for (int i = 0; i < content.size(); i++) {
            run = inline(content.get(i), run);
        }
        return run;
    }

    private boolean inline(Inline inline, boolean afterUrl) {
        boolean escaped = escapesNext;
        escapesNext = false;
        if (inline instanceof BareUrl url) {
            append(url.url(), 'n', 0);
            escapesNext = endsInEscape(url.url());
            return true;
        }
        if (inline instanceof Text text) {
            String literal = text.literal();
            int stripped = 0;
            while (afterUrl && stripped < literal.length() && BareUrls.mayShed(literal.charAt(stripped))) {
                stripped++;
            }
            append(literal, 't', stripped);
            if (escaped && stripped > 0) {
                shed.setCharAt(shed.length() - literal.length(), 'e');
            }
            return afterUrl && stripped == literal.length();
        }
        if (inline instanceof Delimited delimited) {
            String run = delimiterRun(delimited);
            append(run, 'd', 0);
            int outer = sequence;
            sequence = ++sequenceCount;
            boolean after = sequence(delimited.content(), afterUrl);
            sequence = outer;
            append(run, 'd', 0);
            return after;
        }
        if (inline instanceof SoftBreak) {
            append("\n", 'n', 0);
        } else if (inline instanceof Emoji emoji) {
            append(':' + emoji.name() + ':', 'n', 0);
        } else if (inline instanceof Mention mention) {
            append('@' + mention.path(), 'n', 0);
        } else {
            // Code spans, links and images: counted as WS (see the class comment).
            append(" ", 'n', 0);
        }
        return false;
    }

    /** Whether a URL ends in an odd number of backslashes: the last one escapes what is written next (D61). */
    private static boolean endsInEscape(String url) {
        int slashes = 0;
        while (slashes < url.length() && url.charAt(url.length() - 1 - slashes) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static String delimiterRun(Delimited delimited) {
        if (delimited instanceof Emphasis emphasis) {
            return String.valueOf(emphasis.delimiter());
        }
        return delimited instanceof Strong ? "**" : "~~";
    }

    private void append(String s, char mark, int shedPrefix) {
        int at = written.length();
        written.append(s);
        if (written.length() > sequences.length) {
            sequences = Arrays.copyOf(sequences, Math.max(written.length(), 2 * sequences.length));
        }
        Arrays.fill(sequences, at, written.length(), sequence);
        for (int i = 0; i < s.length(); i++) {
            shed.append(i < shedPrefix ? 'y' : mark);
        }
    }

    /**
     * Finds two shed runs of one delimiter character, next to each other among that character's shed runs on one
     * line and in one sequence with no other run of that character between them, the first able to open, the second
     * to close, of one length (so that the rule of three never parts them, D58), with something between them.
     *
     * @return a description of the runs, or null if there are none
     */
    private String pairedRuns() {
        int[] lastEnd = {-1, -1};
        boolean[] lastOpens = {false, false};
        int[] lastLength = {0, 0};
        int[] lastLine = {-1, -1};
        int[] lastSequence = {-1, -1};
        int line = 0;
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c == '\n') {
                line++;
            }
            int end = i;
            while (end < written.length() && written.charAt(end) == c) {
                end++;
            }
            int kind = c == '_' ? 0 : c == '*' ? 1 : -1;
            if (kind >= 0 && all(i, end, 't')) {
                // Text of the character other than what URLs shed: written escaped where it could delimit (D61),
                // else it cannot ("2 * 3", "max_retries"); either way it pairs with nothing.
                i = end;
                continue;
            }
            if (kind >= 0 && !(all(i, end, 'y') && end - i <= (kind == 0 ? 1 : 2))) {
                // Another run of the character (an emphasis of the AST, an escaped shed one) between two shed runs:
                // do not judge.
                lastOpens[kind] = false;
            } else if (kind >= 0) {
                boolean canOpen = !wsAt(end);
                boolean canClose = !wsAt(i - 1);
                if (kind == 0) {
                    canOpen &= !wordAt(i - 1);
                    canClose &= !wordAt(end);
                }
                if (canClose && lastOpens[kind] && lastLine[kind] == line && lastLength[kind] == end - i
                        && lastEnd[kind] < i && lastSequence[kind] == sequences[i]) {
                    return "'" + written.substring(i, end) + "' runs";
                }
                lastEnd[kind] = end;
                lastOpens[kind] = canOpen;
                lastLength[kind] = end - i;
                lastLine[kind] = line;
                lastSequence[kind] = sequences[i];
            }
            i = Math.max(end, i + 1);
        }
        return null;
    }

    private boolean all(int from, int to, char mark) {
        for (int i = from; i < to; i++) {
            if (shed.charAt(i) != mark) {
                return false;
            }
        }
        return true;
    }

    private boolean wsAt(int i) {
        return i < 0 || i >= written.length() || Whitespace.is(written.charAt(i));
    }

    private boolean wordAt(int i) {
        if (i < 0 || i >= written.length()) {
            return false;
        }
        int c = Character.isLowSurrogate(written.charAt(i)) && i > 0 ? written.codePointBefore(i + 1)
                : written.codePointAt(i);
        return Character.isLetterOrDigit(c);
    }
}
