package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;

/** The closed list of type ids must follow the sealed AST exactly (STYLE: "subtypes listed explicitly"). */
class NodeTypesTest {

    @Test
    void blockIdsCoverExactlyThePermittedSubclassesOfBlock() {
        assertEquals(Set.of(Block.class.getPermittedSubclasses()), NodeTypes.BLOCKS.keySet());
    }

    @Test
    void inlineIdsCoverExactlyThePermittedSubclassesOfInline() {
        assertEquals(Set.of(Inline.class.getPermittedSubclasses()), NodeTypes.INLINES.keySet());
    }

    @Test
    void partIdsCoverTheOtherPermittedSubclassesOfNode() {
        Set<Class<?>> permitted = new HashSet<>(Arrays.asList(Node.class.getPermittedSubclasses()));
        assertTrue(permitted.remove(Block.class));
        assertTrue(permitted.remove(Inline.class));
        assertEquals(permitted, NodeTypes.PARTS.keySet());
    }

    @Test
    void idsAreDistinctLowerCaseWordsAndNeverClassNames() {
        List<String> ids = new ArrayList<>();
        ids.addAll(NodeTypes.PARTS.values());
        ids.addAll(NodeTypes.BLOCKS.values());
        ids.addAll(NodeTypes.INLINES.values());
        ids.addAll(NodeTypes.OTHERS);
        assertEquals(ids.size(), Set.copyOf(ids).size(), () -> "duplicate ids in " + ids);
        for (String id : ids) {
            assertTrue(id.matches("[a-z]+(_[a-z]+)*"), id);
        }
    }

    @Test
    void theKitchenSinkHoldsEveryNodeType() {
        Set<Class<?>> seen = new HashSet<>();
        Nodes.walk(Fixtures.kitchenSink(), node -> seen.add(node.getClass()));
        Set<Class<?>> all = new HashSet<>(NodeTypes.PARTS.keySet());
        all.addAll(NodeTypes.BLOCKS.keySet());
        all.addAll(NodeTypes.INLINES.keySet());
        assertEquals(all, seen);
    }
}
