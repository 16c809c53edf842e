package org.minutes.sdk.internal;

import java.util.IdentityHashMap;

import org.minutes.sdk.ast.Node;
import org.minutes.sdk.source.Span;

/**
 * Node identity → span, split by identity hash into maps of at most about {@value #PART} entries, so that no map's
 * table is a "humongous" object for G1 (half a heap region, 512 KB on small heaps). A humongous array outlives the
 * young collection that finds it dead, and the nodes it points to live on with it: one map of a whole large parse
 * kept every dead document's nodes alive, and each young collection copied them all again.
 */
final class IdentitySpans {

    /** Entries per map: an {@code IdentityHashMap} of this many holds a table of 64 Ki references (256 KB). */
    private static final int PART = 1 << 14;

    private final IdentityHashMap<Node, Span>[] parts;
    private int size;

    /**
     * Creates an empty map.
     *
     * @param expected how many entries to expect
     */
    @SuppressWarnings("unchecked")
    IdentitySpans(int expected) {
        int needed = (Math.max(expected, 0) + PART - 1) / PART;
        int count = needed <= 1 ? 1 : Integer.highestOneBit(needed - 1) << 1;
        parts = new IdentityHashMap[count];
        for (int i = 0; i < count; i++) {
            parts[i] = new IdentityHashMap<>(expected / count + 1);
        }
    }

    private IdentityHashMap<Node, Span> part(Node node) {
        // The identity hash's low bits pick the map, its high bits the slot within it.
        return parts[System.identityHashCode(node) & (parts.length - 1)];
    }

    /**
     * Maps a node to a span, replacing an earlier one.
     *
     * @param node the node
     * @param span its span, or null to hold the node without one yet
     */
    void put(Node node, Span span) {
        IdentityHashMap<Node, Span> part = part(node);
        int before = part.size();
        part.put(node, span);
        size += part.size() - before;
    }

    /** {@return the node's span, null when it has none} */
    Span get(Node node) {
        return part(node).get(node);
    }

    /** {@return whether the node is held, with or without a span} */
    boolean containsKey(Node node) {
        return part(node).containsKey(node);
    }

    /** {@return how many nodes are held} */
    int size() {
        return size;
    }
}
