package org.minutes.sdk;

import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.ast.Node;
import org.minutes.sdk.internal.SpanTable;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/**
 * Where each parsed node came from: node identity → {@link Span} in the source text, plus the conversion of
 * offsets to 1-based lines and columns. Nodes are keyed by identity, so equal nodes at two places keep their own
 * spans; a node built in code has none.
 */
public final class SourceMap {

    private final String source;
    private final SpanTable spans;
    private final LineIndex lines;

    private SourceMap(String source, SpanTable spans) {
        this.source = source;
        this.spans = spans;
        this.lines = new LineIndex(source);
    }

    /**
     * Creates a source map.
     *
     * @param source the source text
     * @param spans  node identity → span; copied
     * @return the source map
     */
    public static SourceMap of(String source, IdentityHashMap<Node, Span> spans) {
        Objects.requireNonNull(source, "source");
        return new SourceMap(source, SpanTable.of(spans));
    }

    /** {@return a source map over spans that nothing else holds: the parser's own, which need no copy} */
    static SourceMap adopting(String source, SpanTable spans) {
        return new SourceMap(source, spans);
    }

    /** {@return the source text the spans refer to (decoded, BOM included if there was one)} */
    public String source() {
        return source;
    }

    /**
     * Returns the span of a parsed node.
     *
     * @param node a node of the parsed document
     * @return its span, or empty for a node that was not parsed from this source
     */
    public Optional<Span> span(Node node) {
        return Optional.ofNullable(spans.get(node));
    }

    /**
     * Returns the source text of a parsed node, trivia included.
     *
     * @param node a node of the parsed document
     * @return the slice, or empty for a node that was not parsed from this source
     */
    public Optional<String> slice(Node node) {
        return span(node).map(s -> source.substring(s.start(), s.end()));
    }

    /**
     * Converts an offset to a position for people (D69).
     *
     * @param offset a UTF-16 offset between 0 and the source length
     * @return the 1-based line and code-point column
     */
    public Position position(int offset) {
        return lines.position(offset);
    }

    /** {@return how many nodes have a span} */
    public int size() {
        return spans.size();
    }
}
