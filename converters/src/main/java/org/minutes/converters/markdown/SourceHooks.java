package org.minutes.converters.markdown;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.ast.Visitor;
import org.minutes.sdk.source.Span;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Answers the block renderer from the source of a parse (D73). A node of the edited document is <em>unchanged</em>
 * when it is the very instance the parser built (the source map knows it by identity); a changed node takes as its
 * <em>origin</em> the original node it stands in place of: the one at the same position between the unchanged
 * siblings around it, if it has the same type. Unchanged nodes re-emit their slices; the trivia between two nodes
 * is re-emitted when their origins were adjacent siblings.
 */
final class SourceHooks implements Hooks {

    /** Where an original node sits among its siblings. */
    private record Place(Node parent, int index, int count) {
    }

    /** The indentation of a changed item's children right of its marker when it has none to copy (D71). */
    private final String step;
    private final String source;
    private final SourceMap sourceMap;
    private final Map<Node, Place> places = new IdentityHashMap<>();
    private final Map<Node, Node> origins = new IdentityHashMap<>();

    SourceHooks(Document original, SourceMap sourceMap, Document edited, int nestingStep) {
        this.step = " ".repeat(nestingStep);
        this.source = sourceMap.source();
        this.sourceMap = sourceMap;
        index(original);
        align(edited, original);
    }

    // ---- structure ----

    /**
     * D70: the children between which trivia lies: the node's children ({@link Nodes#children}) but its inline
     * content, which is written as a whole (see {@code inlines}). A table row's cells are listed too; the renderer asks
     * no trivia between them (a row is written as one line).
     */
    private static List<Node> structural(Node node) {
        return Nodes.children(node).stream().filter(child -> !(child instanceof Inline)).toList();
    }

    private void index(Node node) {
        List<Node> children = structural(node);
        for (int i = 0; i < children.size(); i++) {
            places.put(children.get(i), new Place(node, i, children.size()));
            index(children.get(i));
        }
    }

    private boolean original(Node node) {
        return sourceMap.span(node).isPresent();
    }

    /** Pairs the changed children of {@code edited} with the original children they replace. */
    private void align(Node edited, Node origin) {
        origins.put(edited, origin);
        List<Node> now = structural(edited);
        List<Node> before = structural(origin);
        int i = 0;
        int j = 0;
        while (i < now.size()) {
            int anchor = i;
            while (anchor < now.size() && !isChildOf(now.get(anchor), origin)) {
                anchor++;
            }
            int oldAnchor = anchor < now.size() ? places.get(now.get(anchor)).index() : before.size();
            if (oldAnchor >= j && oldAnchor - j == anchor - i) {
                for (int k = 0; k < anchor - i; k++) {
                    Node changed = now.get(i + k);
                    Node old = before.get(j + k);
                    if (changed.getClass() == old.getClass()) {
                        align(changed, old);
                    }
                }
            }
            if (anchor < now.size()) {
                j = Math.max(j, oldAnchor + 1);
            }
            i = anchor + 1;
        }
    }

    private boolean isChildOf(Node node, Node parent) {
        Place place = places.get(node);
        return original(node) && place != null && place.parent() == parent;
    }

    private Optional<Node> originOf(Node node) {
        return Optional.ofNullable(original(node) ? node : origins.get(node));
    }

    /** A changed node takes the style of the original node it stands in place of (same type, see align). */
    @Override
    @SuppressWarnings("unchecked")
    public <T extends Node> T origin(T node) {
        return (T) originOf(node).orElse(node);
    }

    private Span span(Node node) {
        return sourceMap.span(node).orElseThrow();
    }

    // ---- hooks ----

    @Override
    public Optional<String> slice(Node node) {
        return sourceMap.slice(node);
    }

    @Override
    public Optional<String> gap(Node previous, Node next) {
        Optional<Node> a = originOf(previous);
        Optional<Node> b = originOf(next);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Place pa = places.get(a.get());
        Place pb = places.get(b.get());
        if (pa == null || pb == null || pa.parent() != pb.parent() || pb.index() != pa.index() + 1) {
            return Optional.empty();
        }
        return between(span(a.get()).end(), span(b.get()).start());
    }

    @Override
    public Optional<String> headGap(Node container, Node first) {
        Optional<Node> c = originOf(container);
        Optional<Node> f = originOf(first);
        if (c.isEmpty() || f.isEmpty()) {
            return Optional.empty();
        }
        Place place = places.get(f.get());
        if (place == null || place.parent() != c.get() || place.index() != 0) {
            return Optional.empty();
        }
        return between(headEnd(c.get()), span(f.get()).start());
    }

    private Optional<String> between(int from, int to) {
        return from <= to ? Optional.of(source.substring(from, to)) : Optional.empty();
    }

    @Override
    public Optional<String> inlines(Node owner, List<Inline> content) {
        Optional<Node> origin = originOf(owner);
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        List<Inline> before = content(origin.get());
        if (before == null || before.size() != content.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < content.size(); i++) {
            if (before.get(i) != content.get(i) || !original(content.get(i))) {
                return Optional.empty();
            }
        }
        if (content.isEmpty()) {
            return Optional.of("");
        }
        return between(span(content.get(0)).start(), span(content.get(content.size() - 1)).end());
    }

    /** The inline content on a node's head line: item text, paragraph, heading, title name; null for others. */
    private static List<Inline> content(Node node) {
        return node.accept(HEAD_CONTENT).orElse(null);
    }

    private static final Visitor<Optional<List<Inline>>> HEAD_CONTENT = new Visitor<>() {
        @Override
        public Optional<List<Inline>> visit(Document d) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(FrontMatter f) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Title t) {
            return Optional.of(t.name());
        }

        @Override
        public Optional<List<Inline>> visit(Section s) {
            return Optional.of(s.heading());
        }

        @Override
        public Optional<List<Inline>> visit(Paragraph p) {
            return Optional.of(p.content());
        }

        @Override
        public Optional<List<Inline>> visit(HeadCount h) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(ListBlock l) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(ListItem i) {
            return Optional.of(i.content());
        }

        @Override
        public Optional<List<Inline>> visit(Table t) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(TableRow r) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(TableCell c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(CodeBlock c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Comment c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(BlockQuote q) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(ThematicBreak b) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Text t) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(SoftBreak s) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Code c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Link l) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Image i) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(BareUrl u) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Emphasis e) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Strong s) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Strikethrough s) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Emoji e) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Inline>> visit(Mention m) {
            return Optional.empty();
        }
    };

    @Override
    public Optional<String> sectionHead(Section section) {
        Optional<Node> origin = originOf(section);
        Section old = origin(section);
        if (origin.isEmpty() || old.level() != section.level()
                || old.heading().size() != section.heading().size()) {
            return Optional.empty();
        }
        for (int i = 0; i < old.heading().size(); i++) {
            if (old.heading().get(i) != section.heading().get(i)) {
                return Optional.empty();
            }
        }
        return Optional.of(source.substring(span(old).start(), headEnd(old)));
    }

    @Override
    public Optional<String> itemHead(ListItem item) {
        Optional<Node> origin = originOf(item);
        ListItem old = origin(item);
        if (origin.isEmpty()
                || old.marker() != item.marker() || !old.speaker().equals(item.speaker())) {
            return Optional.empty();
        }
        String head = source.substring(span(old).start(), contentStart(old));
        if (old.checkbox().equals(item.checkbox())) {
            return Optional.of(head);
        }
        if (old.checkbox().isPresent() && item.checkbox().isPresent()) {
            // D73: toggling a box changes its letter only.
            int open = head.indexOf('[');
            return Optional.of(head.substring(0, open + 1) + item.checkbox().get().letter()
                    + head.substring(open + 2));
        }
        return Optional.empty();
    }

    /** Where an item's text starts, or where its head line ends when it has none. */
    private int contentStart(ListItem item) {
        return item.content().isEmpty() ? headEnd(item) : span(item.content().get(0)).start();
    }

    /** Where the line holding a heading or an item's text ends, before the first block nested in it. */
    private int headEnd(Node node) {
        List<Inline> content = content(node);
        if (content != null && !content.isEmpty()) {
            return span(content.get(content.size() - 1)).end();
        }
        int start = span(node).start();
        int end = start;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        List<Node> children = structural(node);
        if (!children.isEmpty()) {
            end = Math.min(end, span(children.get(0)).start());
        }
        while (end > start && Whitespace.is(source.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    @Override
    public Optional<String> prefix(ListBlock list) {
        if (original(list) || originOf(list).isEmpty()) {
            return Optional.empty();
        }
        return indentation(origin(list));
    }

    @Override
    public Optional<String> prefix(ListItem item) {
        if (original(item) || originOf(item).isEmpty()) {
            return Optional.empty();
        }
        ListItem old = origin(item);
        for (Block child : old.children()) {
            Optional<String> indentation = indentation(child);
            if (indentation.isPresent()) {
                return indentation;
            }
        }
        return indentation(old).map(indentation -> indentation + step);
    }

    /** The white space before a node on its line, if only white space precedes it there. */
    private Optional<String> indentation(Node node) {
        int start = span(node).start();
        int lineStart = start;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String before = source.substring(lineStart, start);
        return before.chars().allMatch(Whitespace::is) ? Optional.of(before)
                : Optional.empty();
    }

    @Override
    public Optional<String> documentStart(Node first) {
        Optional<Node> origin = originOf(first);
        Place place = origin.map(places::get).orElse(null);
        if (place != null && place.index() == 0) {
            return Optional.of(source.substring(0, span(origin.get()).start()));
        }
        return source.startsWith("\uFEFF") ? Optional.of("\uFEFF") : Optional.empty();
    }

    @Override
    public Optional<String> documentEnd(Node last) {
        Optional<Node> origin = originOf(last);
        Place place = origin.map(places::get).orElse(null);
        if (place != null && place.index() == place.count() - 1) {
            return Optional.of(source.substring(span(origin.get()).end()));
        }
        return Optional.empty();
    }

    /**
     * The line end most used in the source (D73: new lines take it); LF when there is none or on a tie.
     *
     * @return {@code "\n"}, {@code "\r\n"} or {@code "\r"}
     */
    String dominantLineEnd() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }
}
