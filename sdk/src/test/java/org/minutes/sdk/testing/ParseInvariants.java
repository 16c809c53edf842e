package org.minutes.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.ParseResult;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.source.Span;

/**
 * The structural promises every {@link ParseResult} keeps whatever the input (D6, D69, D70): every node of the tree
 * has a span, lies inside its parent's span and inside the source, and appears once; every diagnostic lies inside
 * the source, its line:column positions match its span, and diagnostics are ordered by position.
 */
public final class ParseInvariants {

    private ParseInvariants() {
    }

    /**
     * Asserts the invariants and that the source map refers to {@code source}.
     *
     * @param result the parse result
     * @param source the text the spans must refer to
     */
    public static void assertWellFormed(ParseResult result, String source) {
        assertEquals(source, result.sourceMap().source(), "the source map must refer to the parsed text");
        assertWellFormed(result);
    }

    /**
     * Asserts the invariants against the result's own source text.
     *
     * @param result the parse result
     */
    public static void assertWellFormed(ParseResult result) {
        SourceMap map = result.sourceMap();
        Span whole = new Span(0, map.source().length());
        // Identity, not equality: the source map is keyed by identity, so one instance at two places would leave
        // one of them with the other's span.
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Nodes.walk(result.document(), node -> {
            if (seen.put(node, Boolean.TRUE) != null) {
                fail("one " + describe(node) + " instance appears twice in the tree");
            }
            Span span = spanOf(map, node);
            assertTrue(whole.contains(span), () -> describe(node) + " span " + span + " lies outside the source "
                    + whole);
            for (Node child : Nodes.children(node)) {
                Span childSpan = spanOf(map, child);
                assertTrue(span.contains(childSpan), () -> describe(child) + " span " + childSpan
                        + " does not lie inside its parent " + describe(node) + " span " + span);
            }
        });
        List<Diagnostic> diagnostics = result.diagnostics();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            assertTrue(whole.contains(d.span()), () -> "diagnostic " + d + " span " + d.span()
                    + " lies outside the source " + whole);
            assertEquals(map.position(d.span().start()), d.start(), () -> "start position of " + d);
            assertEquals(map.position(d.span().end()), d.end(), () -> "end position of " + d);
            if (i > 0) {
                Diagnostic previous = diagnostics.get(i - 1);
                assertTrue(previous.span().start() <= d.span().start(),
                        () -> "diagnostics out of order (D69): " + previous + " before " + d);
            }
        }
    }

    private static Span spanOf(SourceMap map, Node node) {
        Optional<Span> span = map.span(node);
        if (span.isEmpty()) {
            fail(describe(node) + " has no span in the source map");
        }
        return span.get();
    }

    private static String describe(Node node) {
        String text = node.toString();
        return node.getClass().getSimpleName() + " " + (text.length() > 120 ? text.substring(0, 120) + "…" : text);
    }
}
