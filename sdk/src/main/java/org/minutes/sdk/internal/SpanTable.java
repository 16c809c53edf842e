package org.minutes.sdk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.minutes.sdk.ast.Node;
import org.minutes.sdk.source.Span;

/**
 * The spans of the nodes a parse built, keyed by identity. The parser does not look them up while it builds (it keeps
 * the few it needs at hand), so their offsets go into an append-only log of small chunks (no {@link Span} object, no
 * hashing, no array large enough to be copied as it grows), indexed only when somebody first asks for one. A map
 * filled as the nodes are built took a cache miss per node on large parses (its table outgrows the caches), and most
 * parses never ask for a span.
 *
 * <p>Filled by one thread while it parses; once the parse is published, lookups may come from any thread.
 */
public final class SpanTable {

    /** Nodes per chunk of the log: chunks of this size never count as humongous for the garbage collector. */
    private static final int CHUNK = 4096;
    /** The first chunk's size before it grows. */
    private static final int FIRST_CHUNK = 64;

    private final List<Node[]> nodeChunks = new ArrayList<>();
    private final List<int[]> offsetChunks = new ArrayList<>();
    private int logged;
    /** The log as a map, built on the first lookup of a node in it. */
    private volatile IdentitySpans indexed;

    /** Creates an empty table. */
    SpanTable() {
    }

    /**
     * Makes a table of given spans.
     *
     * @param spans node identity → span
     * @return a table holding them
     */
    public static SpanTable of(Map<Node, Span> spans) {
        SpanTable table = new SpanTable();
        spans.forEach((node, span) -> table.put(node, span.start(), span.end()));
        return table;
    }

    /**
     * Records a node's span; a later record of the same node replaces an earlier one.
     *
     * @param node  the node just built
     * @param start its first UTF-16 offset in the source
     * @param end   the offset after it
     */
    void put(Node node, int start, int end) {
        int at = logged % CHUNK;
        if (at == 0) {
            // The first chunk starts small and grows up to a whole one: most notes hold a few hundred such nodes.
            int size = logged == 0 ? FIRST_CHUNK : CHUNK;
            nodeChunks.add(new Node[size]);
            offsetChunks.add(new int[2 * size]);
        } else if (at == nodeChunks.get(0).length) {
            nodeChunks.set(0, Arrays.copyOf(nodeChunks.get(0), Math.min(CHUNK, 2 * at)));
            offsetChunks.set(0, Arrays.copyOf(offsetChunks.get(0), 2 * Math.min(CHUNK, 2 * at)));
        }
        IdentitySpans index = indexed;
        if (index != null) {
            index.put(node, new Span(start, end));
        }
        nodeChunks.get(nodeChunks.size() - 1)[at] = node;
        int[] offsets = offsetChunks.get(offsetChunks.size() - 1);
        offsets[2 * at] = start;
        offsets[2 * at + 1] = end;
        logged++;
    }

    /**
     * Returns a node's span.
     *
     * @param node a node
     * @return its span, or null when it has none
     */
    public Span get(Node node) {
        return index().get(node);
    }

    /**
     * Returns the spans of a few nodes without indexing the log: one pass over it, for those of the nodes findings
     * are about that it holds.
     *
     * @param nodes the nodes
     * @return node → span, null for a node that has none; defined for the given nodes
     */
    Function<Node, Span> spansOf(List<Node> nodes) {
        IdentitySpans found = new IdentitySpans(nodes.size());
        for (Node node : nodes) {
            found.put(node, null);
        }
        for (int i = 0; !nodes.isEmpty() && i < logged; i++) {
            Node node = nodeChunks.get(i / CHUNK)[i % CHUNK];
            if (found.containsKey(node)) {
                int[] offsets = offsetChunks.get(i / CHUNK);
                found.put(node, new Span(offsets[2 * (i % CHUNK)], offsets[2 * (i % CHUNK) + 1]));
            }
        }
        return found::get;
    }

    /** {@return how many nodes have a span} */
    public int size() {
        return index().size();
    }

    private IdentitySpans index() {
        IdentitySpans index = indexed;
        if (index == null) {
            synchronized (this) {
                index = indexed;
                if (index == null) {
                    index = new IdentitySpans(logged);
                    for (int i = 0; i < logged; i++) {
                        int[] offsets = offsetChunks.get(i / CHUNK);
                        int at = i % CHUNK;
                        index.put(nodeChunks.get(i / CHUNK)[at], new Span(offsets[2 * at], offsets[2 * at + 1]));
                    }
                    indexed = index;
                }
            }
        }
        return index;
    }
}
