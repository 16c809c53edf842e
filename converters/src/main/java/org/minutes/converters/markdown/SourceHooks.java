package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.SourceMap;
import org.minutes.sdk.Span;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.Title;

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

    private final String source;
    private final SourceMap sourceMap;
    private final Map<Node, Place> places = new IdentityHashMap<>();
    private final Map<Node, Node> origins = new IdentityHashMap<>();

    SourceHooks(Document original, SourceMap sourceMap, Document edited) {
        this.source = sourceMap.source();
        this.sourceMap = sourceMap;
        index(original);
        align(edited, original);
    }

    // ---- structure ----

    /** The children between which trivia lies: blocks, items, sections, rows; not inline content. */
    private static List<Node> structural(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof Document d) {
            d.frontMatter().ifPresent(out::add);
            out.addAll(d.lead());
            d.title().ifPresent(out::add);
            out.addAll(d.preamble());
            out.addAll(d.sections());
        } else if (node instanceof Section s) {
            out.addAll(s.blocks());
        } else if (node instanceof ListBlock l) {
            out.addAll(l.items());
        } else if (node instanceof ListItem i) {
            out.addAll(i.children());
        } else if (node instanceof Table t) {
            out.add(t.header());
            out.addAll(t.rows());
        } else if (node instanceof BlockQuote q) {
            out.addAll(q.paragraphs());
        }
        return out;
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

    private Optional<Node> origin(Node node) {
        return Optional.ofNullable(original(node) ? node : origins.get(node));
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
        Optional<Node> a = origin(previous);
        Optional<Node> b = origin(next);
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
        Optional<Node> c = origin(container);
        Optional<Node> f = origin(first);
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
        Optional<Node> origin = origin(owner);
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

    private static List<Inline> content(Node node) {
        if (node instanceof ListItem i) {
            return i.content();
        } else if (node instanceof Paragraph p) {
            return p.content();
        } else if (node instanceof Section s) {
            return s.heading();
        } else if (node instanceof Title t) {
            return t.name();
        }
        return null;
    }

    @Override
    public Optional<String> sectionHead(Section section) {
        Optional<Node> origin = origin(section);
        if (origin.isEmpty() || !(origin.get() instanceof Section old) || old.level() != section.level()
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
        Optional<Node> origin = origin(item);
        if (origin.isEmpty() || !(origin.get() instanceof ListItem old)
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
        while (end > start && InlineRenderer.isWs(source.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    @Override
    public Optional<String> prefix(Node node) {
        Optional<Node> origin = origin(node);
        if (origin.isEmpty() || original(node)) {
            return Optional.empty();
        }
        if (origin.get() instanceof ListBlock list) {
            return indentation(list);
        }
        if (origin.get() instanceof ListItem item) {
            for (Block child : item.children()) {
                Optional<String> indentation = indentation(child);
                if (indentation.isPresent()) {
                    return indentation;
                }
            }
            return indentation(item).map(indentation -> indentation + BlockRenderer.INDENT);
        }
        return Optional.empty();
    }

    /** The white space before a node on its line, if only white space precedes it there. */
    private Optional<String> indentation(Node node) {
        int start = span(node).start();
        int lineStart = start;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String before = source.substring(lineStart, start);
        return before.chars().allMatch(InlineRenderer::isWs) ? Optional.of(before)
                : Optional.empty();
    }

    @Override
    public Optional<String> documentStart(Node first) {
        Optional<Node> origin = origin(first);
        Place place = origin.map(places::get).orElse(null);
        if (place != null && place.index() == 0) {
            return Optional.of(source.substring(0, span(origin.get()).start()));
        }
        return source.startsWith("\uFEFF") ? Optional.of("\uFEFF") : Optional.empty();
    }

    @Override
    public Optional<String> documentEnd(Node last) {
        Optional<Node> origin = origin(last);
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
