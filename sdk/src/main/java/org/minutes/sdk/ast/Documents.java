package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * Edits documents through the AST. Records are immutable, so an edit rebuilds the nodes on the path from the root
 * to the edited node and keeps every other node as the same instance: the edit-preserving renderer (D73) then
 * re-emits the source of everything but that path.
 *
 * <pre>{@code
 * ParseResult parsed = MinutesParser.create().parse(text);
 * ListItem item = ...; // an item of parsed.document()
 * Document edited = Documents.toggleCheckbox(parsed.document(), item);
 * String markdown = EditPreservingRenderer.create().render(parsed, edited);
 * }</pre>
 *
 * <p>An edited document is built with the public constructors, so it recognises its meaning (D66–D68) anew: it has
 * the semantics the parser gives its rendering.
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
    private static final class Rewriter implements Visitor<Node> {

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
                    ? d : new Document(frontMatter, lead, title, preamble, sections);
        }

        @Override
        public Node visit(FrontMatter frontMatter) {
            return frontMatter;
        }

        @Override
        public Node visit(Title t) {
            List<Inline> name = list(t.name());
            return unchanged(name, t.name()) ? t : new Title(t.draft(), t.date(), name);
        }

        @Override
        public Node visit(Section s) {
            List<Inline> heading = list(s.heading());
            List<Block> blocks = list(s.blocks());
            return unchanged(heading, s.heading()) && unchanged(blocks, s.blocks()) ? s
                    : new Section(s.level(), heading, blocks);
        }

        @Override
        public Node visit(Paragraph p) {
            List<Inline> content = list(p.content());
            return unchanged(content, p.content()) ? p : new Paragraph(content);
        }

        @Override
        public Node visit(HeadCount headCount) {
            return headCount;
        }

        @Override
        public Node visit(ListBlock l) {
            List<ListItem> items = list(l.items());
            return unchanged(items, l.items()) ? l : new ListBlock(items);
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
            List<TableCell> cells = list(r.cells());
            return unchanged(cells, r.cells()) ? r : new TableRow(cells);
        }

        @Override
        public Node visit(TableCell c) {
            List<Inline> content = list(c.content());
            return unchanged(content, c.content()) ? c : new TableCell(content);
        }

        @Override
        public Node visit(CodeBlock codeBlock) {
            return codeBlock;
        }

        @Override
        public Node visit(Comment comment) {
            return comment;
        }

        @Override
        public Node visit(BlockQuote q) {
            List<Paragraph> paragraphs = list(q.paragraphs());
            return unchanged(paragraphs, q.paragraphs()) ? q : new BlockQuote(paragraphs);
        }

        @Override
        public Node visit(ThematicBreak thematicBreak) {
            return thematicBreak;
        }

        @Override
        public Node visit(Text text) {
            return text;
        }

        @Override
        public Node visit(SoftBreak softBreak) {
            return softBreak;
        }

        @Override
        public Node visit(Code code) {
            return code;
        }

        @Override
        public Node visit(Link l) {
            List<Inline> content = list(l.content());
            return unchanged(content, l.content()) ? l : new Link(content, l.destination());
        }

        @Override
        public Node visit(Image i) {
            List<Inline> content = list(i.content());
            return unchanged(content, i.content()) ? i : new Image(content, i.destination());
        }

        @Override
        public Node visit(BareUrl bareUrl) {
            return bareUrl;
        }

        @Override
        public Node visit(Emphasis e) {
            List<Inline> content = list(e.content());
            return unchanged(content, e.content()) ? e : new Emphasis(e.delimiter(), content);
        }

        @Override
        public Node visit(Strong s) {
            List<Inline> content = list(s.content());
            return unchanged(content, s.content()) ? s : new Strong(content);
        }

        @Override
        public Node visit(Strikethrough s) {
            List<Inline> content = list(s.content());
            return unchanged(content, s.content()) ? s : new Strikethrough(content);
        }

        @Override
        public Node visit(Emoji emoji) {
            return emoji;
        }

        @Override
        public Node visit(Mention mention) {
            return mention;
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
