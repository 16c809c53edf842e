package org.minutes.sdk.internal;

import org.minutes.sdk.ast.Node;

/** Receives the source span of each node as it is built. */
@FunctionalInterface
public interface SpanSink {

    /** Records nothing. */
    SpanSink NONE = (node, start, end) -> {
    };

    /**
     * Records a span.
     *
     * @param node  the node just built
     * @param start its first UTF-16 offset in the source
     * @param end   the offset after it
     */
    void put(Node node, int start, int end);
}
