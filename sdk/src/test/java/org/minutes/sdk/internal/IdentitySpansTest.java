package org.minutes.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.source.Span;

/** {@link IdentitySpans} keys by identity, however many maps it splits into. */
class IdentitySpansTest {

    @Test
    void manyNodesAcrossSeveralMapsByIdentity() {
        for (int count : new int[] {0, 1, 16_384, 40_000, 100_000}) {
            IdentitySpans spans = new IdentitySpans(count);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Equal records, distinct identities: each must keep its own span.
                Node node = new Text("x");
                nodes.add(node);
                spans.put(node, new Span(i, i + 1));
            }
            assertEquals(count, spans.size());
            for (int i = 0; i < count; i++) {
                assertEquals(new Span(i, i + 1), spans.get(nodes.get(i)));
            }
            assertNull(spans.get(new Text("x")));
            assertFalse(spans.containsKey(new Text("x")));
        }
    }

    @Test
    void aNodeHeldWithoutSpanThenGivenOne() {
        IdentitySpans spans = new IdentitySpans(4);
        Node node = new Text("x");
        spans.put(node, null);
        assertTrue(spans.containsKey(node));
        assertNull(spans.get(node));
        spans.put(node, new Span(3, 4));
        assertEquals(new Span(3, 4), spans.get(node));
        assertEquals(1, spans.size());
    }
}
