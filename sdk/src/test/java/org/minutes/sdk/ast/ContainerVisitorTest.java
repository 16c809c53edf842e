package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * {@link ContainerVisitor} treats a record as a leaf exactly when none of its components holds a node: a record that
 * holds nodes but were handled as a leaf would lose its children in {@link Nodes#children} and keep a stale subtree
 * in {@link Documents#replace}. It routes a record to its one {@code content} method exactly when the record's only
 * node-holding component is its inline {@code content}, which that method reads.
 */
class ContainerVisitorTest {

    /** Says which of the visitor's methods a {@code visit} went to; it never reads the node. */
    private static final ContainerVisitor<String> PROBE = new ContainerVisitor<>() {
        @Override
        String leaf(Node leaf) {
            return "leaf";
        }

        @Override
        <N extends Node & InlineContent> String content(N holder) {
            return "content";
        }

        @Override
        public String visit(Document document) {
            return "own";
        }

        @Override
        public String visit(Title title) {
            return "own";
        }

        @Override
        public String visit(Section section) {
            return "own";
        }

        @Override
        public String visit(ListBlock listBlock) {
            return "own";
        }

        @Override
        public String visit(ListItem listItem) {
            return "own";
        }

        @Override
        public String visit(Table table) {
            return "own";
        }

        @Override
        public String visit(TableRow tableRow) {
            return "own";
        }

        @Override
        public String visit(BlockQuote blockQuote) {
            return "own";
        }
    };

    @Test
    void leavesAreTheRecordsThatHoldNoNode() throws ReflectiveOperationException {
        Set<String> leaves = new TreeSet<>();
        Set<String> holders = new TreeSet<>();
        Set<String> holdNoNode = new TreeSet<>();
        Set<String> holdOnlyContent = new TreeSet<>();
        for (Class<?> record : nodeRecords()) {
            String routed = (String) ContainerVisitor.class.getMethod("visit", record).invoke(PROBE, (Object) null);
            (routed.equals("leaf") ? leaves : routed.equals("content") ? holders : new TreeSet<String>())
                    .add(record.getSimpleName());
            List<String> holding = Arrays.stream(record.getRecordComponents()).filter(ContainerVisitorTest::holdsNode)
                    .map(RecordComponent::getName).toList();
            if (holding.isEmpty()) {
                holdNoNode.add(record.getSimpleName());
            } else if (holding.equals(List.of("content"))) {
                holdOnlyContent.add(record.getSimpleName());
            }
        }
        assertEquals(holdNoNode, leaves);
        assertTrue(leaves.contains("Text") && !leaves.contains("Paragraph"), "the walk found the records");
        assertEquals(holdOnlyContent, holders);
        assertTrue(holders.contains("Strong") && !holders.contains("ListItem"), "list items hold blocks too");
    }

    private static boolean holdsNode(RecordComponent component) {
        return mentionsNode(component.getGenericType());
    }

    private static boolean mentionsNode(Type type) {
        if (type instanceof Class<?> c) {
            return Node.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).anyMatch(ContainerVisitorTest::mentionsNode);
        }
        return false;
    }

    private static List<Class<?>> nodeRecords() {
        List<Class<?>> records = new ArrayList<>();
        List<Class<?>> pending = new ArrayList<>(List.of(Node.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove(pending.size() - 1);
            if (type.isRecord()) {
                records.add(type);
            } else if (type.isSealed()) {
                pending.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
        }
        return records;
    }
}
