package org.minutes.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.source.Span;

/** The parser's span table: identity keys, blocks and inlines alike, across many chunks of the log. */
class SpanTableTest {

    @Test
    void everyNodeKeepsItsOwnSpanByIdentityAcrossChunks() {
        SpanTable table = new SpanTable();
        List<Node> nodes = new ArrayList<>();
        // Equal texts at distinct places: identity, not equality, tells them apart. 10 000 spans fill several chunks.
        for (int i = 0; i < 10_000; i++) {
            Node node = i % 3 == 0 ? new Paragraph(List.of(new Text("x"))) : i % 3 == 1 ? new Text("x")
                    : new TableCell(List.of());
            nodes.add(node);
            table.put(node, i, i + 1);
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(new Span(i, i + 1), table.get(nodes.get(i)), "node " + i);
        }
        assertEquals(10_000, table.size());
        assertNull(table.get(new Text("x")), "a node built elsewhere has no span");
    }

    @Test
    void aLaterRecordOfTheSameNodeWinsBeforeAndAfterTheLogIsIndexed() {
        SpanTable table = new SpanTable();
        Text text = new Text("a");
        table.put(text, 0, 1);
        table.put(text, 5, 6);
        assertEquals(new Span(5, 6), table.get(text));
        table.put(text, 7, 8);
        assertEquals(new Span(7, 8), table.get(text), "recorded after the first lookup indexed the log");
        assertEquals(1, table.size());
    }

    @Test
    void spansOfAFewNodesAreFoundWithoutIndexingTheLog() {
        SpanTable table = new SpanTable();
        Text first = new Text("a");
        Text second = new Text("a");
        Paragraph paragraph = new Paragraph(List.of(first));
        table.put(first, 0, 1);
        table.put(second, 2, 3);
        table.put(paragraph, 0, 1);
        Text unknown = new Text("a");
        Function<Node, Span> found = table.spansOf(List.of(second, paragraph, unknown));
        assertEquals(new Span(2, 3), found.apply(second));
        assertEquals(new Span(0, 1), found.apply(paragraph));
        assertNull(found.apply(unknown));
        assertNull(found.apply(first), "not asked for");
    }
}
