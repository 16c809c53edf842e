package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.SoftBreak;

/** Source spans of inline nodes: UTF-16 offsets into the whole source, nested ones included. */
class InlineSpansTest {

    /** Parses the lines of {@code source} that start at the given offsets and end at the next line end. */
    private static List<Segment> lines(String source, int... starts) {
        List<Segment> segments = new ArrayList<>();
        for (int start : starts) {
            int end = source.indexOf('\n', start);
            segments.add(new Segment(source.substring(start, end < 0 ? source.length() : end), start));
        }
        return segments;
    }

    /** Lists every node depth first, so tests can pick them by position. */
    private static List<Node> all(List<? extends Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node node : nodes) {
            out.add(node);
            out.addAll(all(Nodes.children(node)));
        }
        return out;
    }

    private static List<String> slices(String source, Inl.Spans spans, List<Inline> inlines) {
        List<String> out = new ArrayList<>();
        for (Node node : all(inlines)) {
            int[] span = spans.of(node);
            out.add(source.substring(span[0], span[1]));
        }
        return out;
    }

    @Test
    void offsetsAreSourceOffsets() {
        String source = "- [ ] ab *cd* `` e `` \\*f [g](h) https://x.org/i. :tada: @qe/t";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 6));
        assertEquals(List.of("ab ", "*cd*", "cd", " ", "`` e ``", " \\*f ", "[g](h)", "g", " ", "https://x.org/i", ". ",
                ":tada:", " ", "@qe/t"), slices(source, spans, inlines));
        spans.checkNesting(inlines, 6, source.length());
    }

    @Test
    void softBreaksSpanFromOneSegmentEndToTheNextStart() {
        String source = "* a\n  b";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(List.of(new Segment("a", 2), new Segment("b", 6)));
        assertInstanceOf(SoftBreak.class, inlines.get(1));
        assertArrayEquals(new int[] {3, 6}, spans.of(inlines.get(1)));
        assertEquals(List.of("a", "\n  ", "b"), slices(source, spans, inlines));
    }

    @Test
    void theSameForThePlainTextShortcut() {
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(List.of(new Segment("a", 2), new Segment("", 5), new Segment("b", 9)));
        assertEquals(4, inlines.size());
        assertArrayEquals(new int[] {2, 3}, spans.of(inlines.get(0)));
        assertArrayEquals(new int[] {3, 5}, spans.of(inlines.get(1)));
        assertArrayEquals(new int[] {5, 9}, spans.of(inlines.get(2)));
        assertArrayEquals(new int[] {9, 10}, spans.of(inlines.get(3)));
    }

    @Test
    void d78LinkSpansBothLines() {
        String source = "* Site: review the [copy](https://example.org/doc/edit#h.q1\n) before the next sprint.";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 2, source.indexOf('\n') + 1));
        assertEquals(List.of("Site: review the ", "[copy](https://example.org/doc/edit#h.q1\n)", "copy",
                " before the next sprint."), slices(source, spans, inlines));
        spans.checkNesting(inlines, 2, source.length());
    }

    @Test
    void softBreakInsideLinkTextLiesInsideTheLink() {
        String source = "see [the\n   notes](u) ok";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 0, source.indexOf('n', 9)));
        Link link = (Link) inlines.get(1);
        assertEquals(List.of("[the\n   notes](u)", "the", "\n   ", "notes"),
                slices(source, spans, List.of(link)));
        spans.checkNesting(inlines, 0, source.length());
    }

    @Test
    void escapesCountTwoSourceCharacters() {
        String source = "\\*a\\_ *b\\**";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 0));
        assertEquals(List.of("\\*a\\_ ", "*b\\**", "b\\*"), slices(source, spans, inlines));
    }

    @Test
    void offsetsCountUtf16UnitsAroundNonBmpCharacters() {
        String source = "😀 :tada: *😀a* @qe 😀https://x.org/😀 `😀`";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 0));
        assertEquals(List.of("😀 ", ":tada:", " ", "*😀a*", "😀a", " ", "@qe", " 😀", "https://x.org/😀", " ", "`😀`"),
                slices(source, spans, inlines));
        assertArrayEquals(new int[] {3, 9}, spans.of(inlines.get(1)));
        spans.checkNesting(inlines, 0, source.length());
    }

    @Test
    void partlyUsedDelimiterRunsStayInTheText() {
        String source = "x **a* y";
        Inl.Spans spans = new Inl.Spans();
        List<Inline> inlines = spans.parse(lines(source, 0));
        assertInstanceOf(Emphasis.class, inlines.get(1));
        assertEquals(List.of("x *", "*a*", "a", " y"), slices(source, spans, inlines));
    }
}
