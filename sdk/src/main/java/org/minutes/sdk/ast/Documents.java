package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Edits documents through the AST. Records are immutable, so an edit rebuilds the nodes on the path from the root
 * to the edited node and keeps every other node as the same instance: the edit-preserving renderer (D73) then
 * re-emits the source of everything but that path.
 *
 * <pre>{@code
 * ParseResult parsed = MinutesParser.create().parse(text);
 * ListItem item = ...; // an item of parsed.document()
 * Document edited = Documents.toggleCheckbox(parsed.document(), item);
 * String markdown = EditPreservingRenderer.create().convert(parsed, edited);
 * }</pre>
 *
 * <p>An edited document is built with the public constructors, so it recognises its meaning (D66–D68) anew: it has
 * the semantics the parser gives its rendering. It keeps the source name of the document it edits (D84 (4)).
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Replaces one node, found by identity (not by equality, so that of two equal items only the given one
     * changes).
     *
     * @param document    the document
     * @param old         a node of the document
     * @param replacement what takes its place: a node of the same kind (a block for a block, an item for an item, an
     *                    inline for an inline, and so on)
     * @return the new document, sharing every node off the path to {@code old}
     * @throws IllegalArgumentException if {@code old} is not in the document, or the replacement does not fit its
     *                                  place
     */
    public static Document replace(Document document, Node old, Node replacement) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(replacement, "replacement");
        Rewriter rewriter = new Rewriter(old, replacement);
        Node result = rewriter.rewrite(document);
        if (!rewriter.found) {
            throw new IllegalArgumentException("the node to replace is not in the document: " + old);
        }
        if (!(result instanceof Document edited)) {
            throw new IllegalArgumentException("a document can only be replaced by a document");
        }
        return edited;
    }

    /**
     * Ticks an open checkbox ({@code [x]}) or clears a ticked one (D45).
     *
     * @param document the document
     * @param item     an item of the document that has a checkbox
     * @return the new document
     * @throws IllegalArgumentException if the item has no checkbox or is not in the document
     */
    public static Document toggleCheckbox(Document document, ListItem item) {
        Checkbox box = item.checkbox().orElseThrow(() -> new IllegalArgumentException("the item has no checkbox"));
        Checkbox toggled = box.done() ? Checkbox.OPEN : Checkbox.DONE;
        return replace(document, item, new ListItem(item.marker(), Optional.of(toggled), item.speaker(),
                item.content(), item.children()));
    }

    /**
     * Rebuilds the path to one node; returns the very same instance for every subtree that does not hold it. A
     * visitor, so that a new node type does not compile until the rewriter knows how to rebuild it.
     */
    private static final class Rewriter extends ContainerVisitor<Node> {

        private final Node old;
        private final Node replacement;
        private boolean found;

        Rewriter(Node old, Node replacement) {
            this.old = old;
            this.replacement = replacement;
        }

        Node rewrite(Node node) {
            if (node == old) {
                found = true;
                return replacement;
            }
            return node.accept(this);
        }

        /** A leaf holds no node to replace: it stays the same instance. */
        @Override
        Node leaf(Node leaf) {
            return leaf;
        }

        /** A holder of inline content is rebuilt with its rewritten content, if any of it changed. */
        @Override
        <N extends Node & InlineContent> Node content(N holder) {
            return rebuilt(holder, holder.content(), holder::withContent);
        }

        /** Rebuilds a node whose nodes are one list of children, if one of them changed. */
        private <C extends Node> Node rebuilt(Node node, List<C> children, Function<List<C>, Node> rebuild) {
            List<C> rewritten = list(children);
            return unchanged(rewritten, children) ? node : rebuild.apply(rewritten);
        }

        @Override
        public Node visit(Document d) {
            Optional<FrontMatter> frontMatter = d.frontMatter().map(this::same);
            List<Block> lead = list(d.lead());
            Optional<Title> title = d.title().map(this::same);
            List<Block> preamble = list(d.preamble());
            List<Section> sections = list(d.sections());
            return unchanged(lead, d.lead()) && unchanged(preamble, d.preamble())
                    && unchanged(sections, d.sections()) && sameOptionals(frontMatter, d.frontMatter())
                    && sameOptionals(title, d.title())
                    ? d : Document.of(frontMatter, lead, title, preamble, sections, d.sourceName());
        }

        @Override
        public Node visit(Title t) {
            return rebuilt(t, t.name(), name -> new Title(t.draft(), t.date(), name));
        }

        @Override
        public Node visit(Section s) {
            List<Inline> heading = list(s.heading());
            List<Block> blocks = list(s.blocks());
            return unchanged(heading, s.heading()) && unchanged(blocks, s.blocks()) ? s
                    : new Section(s.level(), heading, blocks);
        }

        @Override
        public Node visit(ListBlock l) {
            return rebuilt(l, l.items(), ListBlock::new);
        }

        @Override
        public Node visit(ListItem i) {
            List<Inline> content = list(i.content());
            List<Block> children = list(i.children());
            return unchanged(content, i.content()) && unchanged(children, i.children()) ? i
                    : new ListItem(i.marker(), i.checkbox(), i.speaker(), content, children);
        }

        @Override
        public Node visit(Table t) {
            TableRow header = same(t.header());
            List<TableRow> rows = list(t.rows());
            return header == t.header() && unchanged(rows, t.rows()) ? t : new Table(header, rows);
        }

        @Override
        public Node visit(TableRow r) {
            return rebuilt(r, r.cells(), TableRow::new);
        }

        @Override
        public Node visit(BlockQuote q) {
            return rebuilt(q, q.paragraphs(), BlockQuote::new);
        }

        @SuppressWarnings("unchecked")
        private <T extends Node> T same(T node) {
            Node result = rewrite(node);
            if (!fits(node, result)) {
                throw new IllegalArgumentException("a " + node.getClass().getSimpleName() + " cannot be replaced by "
                        + "a " + result.getClass().getSimpleName());
            }
            return (T) result;
        }

        @SuppressWarnings("unchecked")
        private <T extends Node> List<T> list(List<T> nodes) {
            List<T> out = new ArrayList<>(nodes.size());
            for (T node : nodes) {
                Node result = rewrite(node);
                if (!fits(node, result)) {
                    throw new IllegalArgumentException("a " + node.getClass().getSimpleName() + " cannot be "
                            + "replaced by a " + result.getClass().getSimpleName());
                }
                out.add((T) result);
            }
            return out;
        }

        /** A block takes a block, an inline an inline, any other node one of its own type. */
        private static boolean fits(Node place, Node node) {
            if (place instanceof Block) {
                return node instanceof Block;
            }
            if (place instanceof Inline) {
                return node instanceof Inline;
            }
            return place.getClass() == node.getClass();
        }

        private static boolean unchanged(List<? extends Node> now, List<? extends Node> before) {
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != before.get(i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameOptionals(Optional<? extends Node> now, Optional<? extends Node> before) {
            return now.isEmpty() || now.get() == before.orElse(null);
        }
    }
}
