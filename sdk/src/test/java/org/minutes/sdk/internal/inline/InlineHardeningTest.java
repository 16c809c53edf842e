package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.internal.SpanSink;
import org.minutes.sdk.syntax.Depths;

/** Totality and time bounds on hostile input (D6): megabyte lines and deep or pathological nesting. */
class InlineHardeningTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static List<Inline> parse(String line) {
        return assertTimeoutPreemptively(BOUND,
                () -> InlineParser.parse(List.of(new Segment(line, 0)), SpanSink.NONE));
    }

    private static int depth(List<? extends Node> nodes) {
        int depth = 0;
        for (Node node : nodes) {
            depth = Math.max(depth, 1 + depth(Nodes.children(node)));
        }
        return depth;
    }

    @Test
    void megabyteLineOfRandomMarkup() {
        String[] fragments = {"*", "**", "_", "~~", "`", "``", "\\", "[", "]", "(", ")", "![", ":", "@", " ", "a",
            "https://", ":tada:", "@qe", "](", "😀"};
        Random random = new Random(54);
        StringBuilder line = new StringBuilder();
        while (line.length() < 1_000_000) {
            line.append(fragments[random.nextInt(fragments.length)]);
        }
        List<Inline> inlines = parse(line.toString());
        assertTrue(Inlines.plainText(inlines).length() > 500_000);
    }

    @Test
    void deepEmphasisIsCapped() {
        int levels = 100_000;
        String line = "*a _b ".repeat(levels) + "x" + " b_ a*".repeat(levels);
        List<Inline> inlines = parse(line);
        assertTrue(depth(inlines) <= Depths.MAX_INLINE_DEPTH + 1, "depth " + depth(inlines));
        assertTrue(depth(inlines) >= Depths.MAX_INLINE_DEPTH, "depth " + depth(inlines));
    }

    @Test
    void deepEmphasisInsideALink() {
        String line = "[" + "*a _b ".repeat(10_000) + "x" + " b_ a*".repeat(10_000) + "](u)";
        List<Inline> inlines = parse(line);
        assertEquals(1, inlines.size());
        assertTrue(depth(inlines) <= Depths.MAX_INLINE_DEPTH + 2);
    }

    @Test
    void manyOpenersNoClosers() {
        parse("*a _b ~~c [d ![e `f ".repeat(50_000));
    }

    @Test
    void manyFailingLinkTails() {
        parse("[".repeat(100_000) + "](a(".repeat(50_000));
        parse("[a](b".repeat(100_000));
        parse("[a](()()".repeat(100_000));
        parse("[" + "]()".repeat(100_000));
    }

    @Test
    void backtickRunsOfEveryLength() {
        StringBuilder line = new StringBuilder();
        for (int n = 1; n < 1_000; n++) {
            line.append("`".repeat(n)).append('x');
        }
        parse(line.toString());
        parse("`x``y".repeat(100_000));
    }

    @Test
    void longUrlsWithManyParentheses() {
        parse("https://x.org/" + ")".repeat(500_000));
        parse(("https://x.org/" + "(".repeat(10) + ")".repeat(20) + " ").repeat(20_000));
    }

    @Test
    void manyMentionsAndShortcodes() {
        parse(":a:b:c-d@e@f/g.h.".repeat(60_000));
    }
}
