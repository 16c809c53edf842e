package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Table;

/**
 * Our canonical Markdown reads as the intended structure in a CommonMark + GFM renderer (commonmark-java): tables
 * are tables with the same rows, nested items are lists nested as deep, checkboxes are task items.
 */
class CommonMarkOracleTest {

    private static final Parser COMMONMARK = Parser.builder()
            .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create())).build();

    static Stream<Path> files() {
        return NoteFiles.all().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void structureSurvivesInCommonMark(Path file) throws IOException {
        Document document = MinutesParser.create().parse(file).document();
        Node commonmark = COMMONMARK.parse(MarkdownRenderer.create().convert(document));

        List<Integer> ourRows = new ArrayList<>();
        int[] ours = new int[2];
        Nodes.walk(document, node -> {
            if (node instanceof Table table) {
                ourRows.add(table.rows().size());
            }
            if (node instanceof org.minutes.sdk.ast.ListItem item && item.checkbox().isPresent()
                    && (item.speaker().isPresent() || !item.content().isEmpty()
                    && !(item.content().get(0) instanceof SoftBreak))) {
                ours[0]++;
            }
        });
        ours[1] = depth(document);

        List<Integer> theirRows = new ArrayList<>();
        int[] theirs = new int[2];
        commonmark.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof TableBody) {
                            int rows = 0;
                            for (Node row = child.getFirstChild(); row != null; row = row.getNext()) {
                                rows++;
                            }
                            theirRows.add(rows);
                        }
                    }
                    if (block.getLastChild() == null || !(block.getLastChild() instanceof TableBody)) {
                        theirRows.add(0);
                    }
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TaskListItemMarker) {
                    theirs[0]++;
                }
                visitChildren(node);
            }

            @Override
            public void visit(ListItem item) {
                int depth = 0;
                for (Node n = item; n != null; n = n.getParent()) {
                    depth += n instanceof ListItem ? 1 : 0;
                }
                theirs[1] = Math.max(theirs[1], depth);
                visitChildren(item);
            }
        });

        assertEquals(ourRows, theirRows, "tables and their rows");
        assertEquals(ours[0], theirs[0], "checkboxes as task items");
        assertEquals(ours[1], theirs[1], "list nesting depth");
    }

    private static int depth(org.minutes.sdk.ast.Node node) {
        int max = 0;
        for (org.minutes.sdk.ast.Node child : Nodes.children(node)) {
            max = Math.max(max, depth(child) + (child instanceof ListBlock ? 1 : 0));
        }
        return max;
    }
}
