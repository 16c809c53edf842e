package org.minutes.sdk.internal.inline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;

/** Short factories for expected inlines, and a span recorder, shared by the inline tests. */
final class Inl {

    private Inl() {
    }

    static Text t(String literal) {
        return new Text(literal);
    }

    static SoftBreak sb() {
        return new SoftBreak();
    }

    static Code code(String literal) {
        return new Code(literal);
    }

    static Link link(String destination, Inline... content) {
        return new Link(List.of(content), destination);
    }

    static Image image(String destination, Inline... content) {
        return new Image(List.of(content), destination);
    }

    static BareUrl url(String url) {
        return new BareUrl(url);
    }

    static Emphasis em(char delimiter, Inline... content) {
        return new Emphasis(delimiter, List.of(content));
    }

    static Strong strong(Inline... content) {
        return new Strong(List.of(content));
    }

    static Strikethrough strike(Inline... content) {
        return new Strikethrough(List.of(content));
    }

    static Emoji emoji(String name) {
        return new Emoji(name);
    }

    static Mention mention(String handle) {
        return new Mention(handle, Optional.empty());
    }

    static Mention mention(String handle, String team) {
        return new Mention(handle, Optional.of(team));
    }

    static List<Inline> inlines(Inline... inlines) {
        return List.of(inlines);
    }

    /** Parses lines given as text only, each starting where the previous one ended plus one line break. */
    static List<Inline> parse(String... lines) {
        return InlineParser.parse(segments(lines), (node, start, end) -> {
        });
    }

    static List<Segment> segments(String... lines) {
        List<Segment> segments = new ArrayList<>();
        int offset = 0;
        for (String line : lines) {
            segments.add(new Segment(line, offset));
            offset += line.length() + 1;
        }
        return segments;
    }

    /** Records spans by node identity, as the source map does. */
    static final class Spans {

        final Map<Node, int[]> spans = new IdentityHashMap<>();

        void put(Node node, int start, int end) {
            int[] previous = spans.put(node, new int[] {start, end});
            if (previous != null) {
                throw new AssertionError("span recorded twice for " + node);
            }
        }

        int[] of(Node node) {
            int[] span = spans.get(node);
            if (span == null) {
                throw new AssertionError("no span for " + node);
            }
            return span;
        }

        List<Inline> parse(List<Segment> segments) {
            return InlineParser.parse(segments, this::put);
        }

        /**
         * Checks that every node has a span, inside its parent's (or {@code [from, to)} at the top), and that
         * siblings follow each other without overlap.
         */
        void checkNesting(List<? extends Node> nodes, int from, int to) {
            int previousEnd = from;
            for (Node node : nodes) {
                int[] span = of(node);
                if (span[0] < previousEnd || span[1] > to || span[0] >= span[1] && !(node instanceof SoftBreak)) {
                    throw new AssertionError(node + " spans [" + span[0] + ", " + span[1] + ") outside [" + previousEnd
                            + ", " + to + ")");
                }
                checkNesting(Nodes.children(node), span[0], span[1]);
                previousEnd = span[1];
            }
        }

        /** {@return how many nodes got a span} */
        int size() {
            return spans.size();
        }
    }
}
