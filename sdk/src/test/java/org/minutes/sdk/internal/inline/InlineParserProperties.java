package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.internal.SpanSink;
import org.quicktheories.core.Gen;

/** Properties of the inline parser over random text full of markup characters (D6, D54). */
class InlineParserProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    /** Pieces of inline syntax and of text around it, non-BMP characters included. */
    private static final String[] FRAGMENTS = {"*", "**", "_", "~~", "~", "`", "``", "\\", "[", "]", "(", ")", "![",
        ":", "@", "/", "-", ".", ",", "<", ">", " ", "\u00A0", "\t", "https://", "HTTP://", ":tada:", ":a_b:", "@qe",
        "@acme/team", "](", "a", "b", "Z", "é", "1", "9", "x.org", "😀", "𝐀", "\\*", "\\`"};

    private static final Gen<List<String>> SEGMENTS = lists()
            .of(lists().of(integers().between(0, FRAGMENTS.length - 1)).ofSizeBetween(0, 24)
                    .map(indices -> indices.stream().map(i -> FRAGMENTS[i]).collect(Collectors.joining())))
            .ofSizeBetween(1, 3);

    /** Places the lines in a source as if each further line were indented by two spaces. */
    private static List<Segment> place(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        int offset = 4;
        for (String line : lines) {
            segments.add(new Segment(line, offset));
            offset += line.length() + 3;
        }
        return segments;
    }

    @Test
    void neverThrowsAndSpansNest() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(EXAMPLES).forAll(SEGMENTS).checkAssert(lines -> {
            List<Segment> segments = place(lines);
            Inl.Spans spans = new Inl.Spans();
            List<Inline> inlines = spans.parse(segments);
            Segment last = segments.get(segments.size() - 1);
            spans.checkNesting(inlines, segments.get(0).offset(), last.offset() + last.text().length());
            assertEquals(count(inlines), spans.size(), "spans recorded for nodes not in the result");
            noAdjacentText(inlines);
            record(inlines, seen);
        });
        Set<String> missing = Arrays.stream(Inline.class.getPermittedSubclasses())
                .filter(type -> !seen.contains(type)).map(Class::getSimpleName).collect(Collectors.toSet());
        assertEquals(Set.of(), missing, "inline types the generator never produced");
    }

    @Test
    void plainTextKeepsEveryLetterAndDigitOutsideDestinations() {
        qt().withExamples(EXAMPLES).forAll(SEGMENTS).checkAssert(lines -> {
            List<Inline> inlines = InlineParser.parse(place(lines), SpanSink.NONE);
            Map<Integer, Integer> plain = letters(Inlines.plainText(inlines));
            destinations(inlines).forEach(d -> letters(d).forEach((c, n) -> plain.merge(c, n, Integer::sum)));
            assertEquals(letters(String.join("\n", lines)), plain);
        });
    }

    @Test
    void plainTextShortcutAgreesWithTheLexer() {
        String[] plain = {"a", "Z", "1", " ", "\u00A0", "\t", ".", ",", "(", ")", "!", "<", ">", "/", "-", "😀", "é",
            "#", "&", "http"};
        qt().withExamples(EXAMPLES / 10)
                .forAll(lists().of(lists().of(integers().between(0, plain.length - 1)).ofSizeBetween(0, 12)
                        .map(indices -> indices.stream().map(i -> plain[i]).collect(Collectors.joining())))
                        .ofSizeBetween(1, 3))
                .checkAssert(lines -> {
                    List<Segment> segments = place(lines);
                    assertEquals(InlineParser.parseSyntax(segments, SpanSink.NONE),
                            InlineParser.parse(segments, SpanSink.NONE));
                });
    }

    private static Map<Integer, Integer> letters(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    private static List<String> destinations(List<? extends Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Link link) {
                out.add(link.destination());
            } else if (node instanceof Image image) {
                out.add(image.destination());
            }
            out.addAll(destinations(Nodes.children(node)));
        }
        return out;
    }

    private static int count(List<? extends Node> nodes) {
        int n = nodes.size();
        for (Node node : nodes) {
            n += count(Nodes.children(node));
        }
        return n;
    }

    private static void noAdjacentText(List<? extends Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            assertFalse(i > 0 && nodes.get(i) instanceof Text && nodes.get(i - 1) instanceof Text,
                    "adjacent text in " + nodes);
            noAdjacentText(Nodes.children(nodes.get(i)));
        }
    }

    private static void record(List<? extends Node> nodes, Set<Class<?>> seen) {
        for (Node node : nodes) {
            seen.add(node.getClass());
            record(Nodes.children(node), seen);
        }
    }
}
