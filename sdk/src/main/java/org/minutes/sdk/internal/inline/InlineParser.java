package org.minutes.sdk.internal.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.internal.SpanSink;

/**
 * Parses inline syntax (D54–D61, D78) over the tokens of the grammar's {@code InlineLexer}.
 *
 * <p>The segments are joined with LF and lexed once; {@link InlineBuilder} then applies the precedence of D54:
 * escapes and code spans, links and images, bare URLs, emphasis and strikethrough, emoji and mentions. Text in
 * which none of these can start skips the lexer altogether, since most lines of meeting notes are plain prose.
 * Thread-safe: each thread reuses one lexer.
 */
public final class InlineParser {

    private InlineParser() {
    }

    /**
     * Parses the inline content of one paragraph, item text, heading or cell.
     *
     * @param segments the lines, in order; a soft break separates consecutive ones, except where a link's tail
     *                 crosses the line end (D56, D78). No text may hold a line end.
     * @param spans    receives a span for every inline node built, nested ones included
     * @return the inlines; adjacent text is merged into one {@code Text}
     */
    public static List<Inline> parse(List<Segment> segments, SpanSink spans) {
        Objects.requireNonNull(spans, "spans");
        if (segments.isEmpty()) {
            return List.of();
        }
        boolean plain = true;
        int length = segments.size() - 1;
        for (Segment segment : segments) {
            String text = segment.text();
            length += text.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("segment text must not hold a line end: " + segment);
                }
                plain &= !isSyntax(c);
            }
        }
        return plain ? plainText(segments, spans) : parseSyntax(segments, length, spans);
    }

    /**
     * Tells whether a character can take part in starting inline syntax: escapes, code, link brackets, delimiters,
     * the {@code :} of URL schemes and shortcodes, and {@code @}. Text free of them is text (D54).
     */
    private static boolean isSyntax(char c) {
        switch (c) {
            case '\\':
            case '`':
            case '[':
            case ']':
            case '*':
            case '_':
            case '~':
            case ':':
            case '@':
                return true;
            default:
                return false;
        }
    }

    private static List<Inline> plainText(List<Segment> segments, SpanSink spans) {
        if (segments.size() == 1) {
            // One line of plain text, the most common content of all: one text node, no list to copy.
            Segment segment = segments.get(0);
            if (segment.text().isEmpty()) {
                return List.of();
            }
            Text text = new Text(segment.text());
            spans.put(text, segment.offset(), segment.offset() + segment.text().length());
            return List.of(text);
        }
        List<Inline> out = new ArrayList<>(2 * segments.size() - 1);
        for (int k = 0; k < segments.size(); k++) {
            Segment segment = segments.get(k);
            if (k > 0) {
                Segment previous = segments.get(k - 1);
                SoftBreak softBreak = new SoftBreak();
                spans.put(softBreak, previous.offset() + previous.text().length(), segment.offset());
                out.add(softBreak);
            }
            if (!segment.text().isEmpty()) {
                Text text = new Text(segment.text());
                spans.put(text, segment.offset(), segment.offset() + segment.text().length());
                out.add(text);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Parses through the lexer, bypassing the plain-text shortcut; tests compare both paths.
     *
     * @param segments the lines
     * @param spans    receives the spans
     * @return the inlines
     */
    static List<Inline> parseSyntax(List<Segment> segments, SpanSink spans) {
        int length = segments.size() - 1;
        for (Segment segment : segments) {
            length += segment.text().length();
        }
        return parseSyntax(segments, length, spans);
    }

    private static List<Inline> parseSyntax(List<Segment> segments, int length, SpanSink spans) {
        StringBuilder joined = new StringBuilder(length);
        int[] joinStarts = new int[segments.size()];
        int[] sourceStarts = new int[segments.size()];
        for (int k = 0; k < segments.size(); k++) {
            if (k > 0) {
                joined.append('\n');
            }
            joinStarts[k] = joined.length();
            sourceStarts[k] = segments.get(k).offset();
            joined.append(segments.get(k).text());
        }
        String text = joined.toString();
        TokenBuffer tokens = TokenBuffer.lex(text);
        return List.copyOf(new InlineBuilder(text, tokens, joinStarts, sourceStarts, spans).build());
    }
}
