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
 * in {@link Documents#replace}.
 */
class ContainerVisitorTest {

    @Test
    void leavesAreTheRecordsThatHoldNoNode() throws NoSuchMethodException {
        Set<String> leaves = new TreeSet<>();
        Set<String> holdNoNode = new TreeSet<>();
        for (Class<?> record : nodeRecords()) {
            if (ContainerVisitor.class.getMethod("visit", record).getDeclaringClass() == ContainerVisitor.class) {
                leaves.add(record.getSimpleName());
            }
            if (Arrays.stream(record.getRecordComponents()).noneMatch(ContainerVisitorTest::holdsNode)) {
                holdNoNode.add(record.getSimpleName());
            }
        }
        assertEquals(holdNoNode, leaves);
        assertTrue(leaves.contains("Text") && !leaves.contains("Paragraph"), "the walk found the records");
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
