package org.minutes.sdk.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Structural helpers over nodes: direct children and a depth-first walk. */
public final class Nodes {

    private Nodes() {
    }

    /**
     * Returns the direct children of a node in document order.
     *
     * @param node the parent
     * @return the children, possibly empty
     */
    public static List<Node> children(Node node) {
        return node.accept(CHILDREN);
    }

    private static final Visitor<List<Node>> CHILDREN = new ContainerVisitor<>() {
        @Override
        List<Node> leaf(Node leaf) {
            return List.of();
        }

        /** A holder of inline content: that content. */
        @Override
        <N extends Node & InlineContent> List<Node> content(N holder) {
            return List.copyOf(holder.content());
        }

        @Override
        public List<Node> visit(Document d) {
            List<Node> out = new ArrayList<>();
            d.frontMatter().ifPresent(out::add);
            out.addAll(d.lead());
            d.title().ifPresent(out::add);
            out.addAll(d.preamble());
            out.addAll(d.sections());
            return out;
        }

        @Override
        public List<Node> visit(Title t) {
            return List.copyOf(t.name());
        }

        @Override
        public List<Node> visit(Section s) {
            return concat(s.heading(), s.blocks());
        }

        @Override
        public List<Node> visit(ListBlock l) {
            return List.copyOf(l.items());
        }

        @Override
        public List<Node> visit(ListItem i) {
            return concat(i.content(), i.children());
        }

        @Override
        public List<Node> visit(Table t) {
            return concat(List.of(t.header()), t.rows());
        }

        @Override
        public List<Node> visit(TableRow r) {
            return List.copyOf(r.cells());
        }

        @Override
        public List<Node> visit(BlockQuote q) {
            return List.copyOf(q.paragraphs());
        }
    };

    private static List<Node> concat(List<? extends Node> first, List<? extends Node> second) {
        List<Node> out = new ArrayList<>(first.size() + second.size());
        out.addAll(first);
        out.addAll(second);
        return out;
    }

    /**
     * Calls {@code action} on {@code root} and every descendant, depth first, in document order. Iterative, so deep
     * trees do not overflow the stack.
     *
     * @param root   where to start
     * @param action what to do with each node
     */
    public static void walk(Node root, Consumer<Node> action) {
        walk(root, action, node -> false);
    }

    /**
     * Calls {@code action} on {@code root} and its descendants, depth first, in document order, without descending
     * below the nodes {@code prune} holds for (they are visited, their descendants are not). Iterative, so deep trees
     * do not overflow the stack.
     *
     * @param root   where to start
     * @param action what to do with each node
     * @param prune  which nodes to visit without their descendants, for example {@code Inline.class::isInstance} to
     *               visit blocks, items, cells and the top-level inlines of each
     */
    public static void walk(Node root, Consumer<Node> action, Predicate<Node> prune) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            action.accept(node);
            if (prune.test(node)) {
                continue;
            }
            List<Node> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }
}
