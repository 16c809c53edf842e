package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.ParseResult;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.DescendingVisitor;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.source.Span;
import org.minutes.sdk.syntax.SpeakerPrefixes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The author's style that canonical rendering keeps (D71): the choices D70 calls trivia, so that ASTs still compare
 * equal, but that an author makes on purpose. Immutable and safe to share between threads.
 *
 * <p>{@link #of(ParseResult)} reads the style of a parsed text; it belongs to that parse's nodes (looked up by
 * identity) and to its document as a whole:
 * <ul>
 *   <li>each list's numbering: all items share the first number when the source's first two items do
 *       ({@code 1.} {@code 1.} {@code 1.}); otherwise they count up from the first number, and where that would
 *       exceed 9 digits (D37) they repeat the first number;</li>
 *   <li>the nesting step: children 2 or 4 columns right of their parent's marker, the exact step the source uses most
 *       between a parent's marker and its child's (children of D43, on their parent's line, not counted), 4 on a tie
 *       or with none;</li>
 *   <li>each speaker prefix as written, separators and their spacing included ({@code (MG, CS):}, and escaped
 *       brackets, {@code \[MG, CS\]}, D92);</li>
 *   <li>loose lists (some two items separated by a blank line, as in CommonMark), written with one blank line between
 *       all items;</li>
 *   <li>each table's column alignment colons.</li>
 * </ul>
 * {@link #defaults()} is the style of a document built in code: consecutive numbers from 1, step 4, joint speakers
 * joined by {@code /}, tight lists, no alignment.
 *
 * <pre>{@code
 * ParseResult parsed = MinutesParser.create().parse(text);
 * String formatted = MarkdownRenderer.create().convert(parsed.document(), MarkdownStyle.of(parsed));
 * }</pre>
 */
public final class MarkdownStyle {

    /** A table column's alignment, as its delimiter cell's colons spell it (D27). */
    public enum Alignment {
        /** {@code ---}. */
        NONE,
        /** {@code :---}. */
        LEFT,
        /** {@code :---:}. */
        CENTER,
        /** {@code ---:}. */
        RIGHT
    }

    /**
     * How one list is written.
     *
     * @param first  the first item's number (ordered lists)
     * @param repeat whether every item repeats the first number
     * @param loose  whether a blank line stands between the items
     */
    record ListStyle(long first, boolean repeat, boolean loose) {

        static final ListStyle DEFAULT = new ListStyle(1, false, false);

        /** D37, D71: the number of the item at {@code index}: repeated, or consecutive while it has 9 digits. */
        long number(int index, int size) {
            long last = first + size - 1;
            return repeat || last > 999_999_999L ? first : first + index;
        }
    }

    private static final MarkdownStyle DEFAULTS = new MarkdownStyle(4, Map.of(), Map.of(), Map.of());

    private final int nestingStep;
    private final Map<ListBlock, ListStyle> lists;
    private final Map<ListItem, String> speakers;
    private final Map<Table, List<Alignment>> tables;

    MarkdownStyle(int nestingStep, Map<ListBlock, ListStyle> lists, Map<ListItem, String> speakers,
                  Map<Table, List<Alignment>> tables) {
        if (nestingStep != 2 && nestingStep != 4) {
            throw new IllegalArgumentException("nesting step " + nestingStep + " must be 2 or 4 (D71)");
        }
        this.nestingStep = nestingStep;
        this.lists = identityCopy(lists);
        this.speakers = identityCopy(speakers);
        this.tables = identityCopy(tables);
    }

    private static <K, V> Map<K, V> identityCopy(Map<K, V> map) {
        return map.isEmpty() ? Map.of() : new IdentityHashMap<>(map);
    }

    /** {@return the style of a document built in code (D71's defaults)} */
    public static MarkdownStyle defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the style of a parsed text (D71). Render the parse's own document with it: the per-list, per-item and
     * per-table choices belong to its nodes; other nodes take the defaults.
     *
     * @param parsed the parse of the text
     * @return its style
     */
    public static MarkdownStyle of(ParseResult parsed) {
        Objects.requireNonNull(parsed, "parsed");
        return new Reader(parsed.sourceMap()).read(parsed.document());
    }

    /** {@return the columns children stand right of their parent's marker: 2 or 4} */
    public int nestingStep() {
        return nestingStep;
    }

    /**
     * Returns this style with another nesting step.
     *
     * @param step 2 or 4
     * @return the style
     */
    public MarkdownStyle withNestingStep(int step) {
        return new MarkdownStyle(step, lists, speakers, tables);
    }

    ListStyle list(ListBlock list) {
        return lists.getOrDefault(list, ListStyle.DEFAULT);
    }

    /** The item's speaker prefix as written in the source, if it still spells the item's prefix (D49, D50). */
    Optional<String> speaker(ListItem item) {
        String written = speakers.get(item);
        if (written == null || item.speaker().isEmpty()) {
            return Optional.empty();
        }
        SpeakerPrefix speaker = item.speaker().get();
        // D92: the vocabulary reads `\[WHO\]` too, as BRACKET_ESCAPED, so escaped brackets need no case of their own.
        return SpeakerPrefixes.read(written, 0)
                .filter(r -> r.end() == written.length() && SpeakerPrefix.of(r).equals(speaker))
                .map(r -> written);
    }

    List<Alignment> alignments(Table table) {
        return tables.getOrDefault(table, List.of());
    }

    /** Reads a style from a source map's text. */
    private static final class Reader {

        private final SourceMap map;
        private final String source;
        private final Map<ListBlock, ListStyle> lists = new IdentityHashMap<>();
        private final Map<ListItem, String> speakers = new IdentityHashMap<>();
        private final Map<Table, List<Alignment>> tables = new IdentityHashMap<>();
        private int steps2;
        private int steps4;

        Reader(SourceMap map) {
            this.map = map;
            this.source = map.source();
        }

        MarkdownStyle read(Node document) {
            document.accept(new DescendingVisitor() {
                @Override
                public Void visit(ListBlock list) {
                    if (map.span(list).isPresent()) {
                        list(list);
                    }
                    return super.visit(list);
                }

                @Override
                public Void visit(ListItem item) {
                    if (map.span(item).isPresent()) {
                        item(item);
                    }
                    return super.visit(item);
                }

                @Override
                public Void visit(Table table) {
                    if (map.span(table).isPresent()) {
                        table(table);
                    }
                    return super.visit(table);
                }
            });
            return new MarkdownStyle(steps2 > steps4 ? 2 : 4, lists, speakers, tables);
        }

        private void list(ListBlock list) {
            List<ListItem> items = list.items();
            long first = number(items.get(0));
            boolean repeat = items.size() > 1 && number(items.get(1)) == first;
            boolean loose = false;
            for (int i = 0; i + 1 < items.size() && !loose; i++) {
                Optional<Span> a = map.span(items.get(i));
                Optional<Span> b = map.span(items.get(i + 1));
                loose = a.isPresent() && b.isPresent() && lineEnds(a.get().end(), b.get().start()) >= 2;
            }
            lists.put(list, new ListStyle(list.ordered() ? first : 1, repeat, loose));
        }

        /** D37: the number an ordered item's marker spells, 1 for bullets. */
        private long number(ListItem item) {
            Optional<Span> span = map.span(item);
            if (span.isEmpty() || !item.marker().ordered()) {
                return 1;
            }
            int i = span.get().start();
            long n = 0;
            while (i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
                n = n * 10 + source.charAt(i) - '0';
                i++;
            }
            return n;
        }

        private int lineEnds(int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                char c = source.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= to || source.charAt(i + 1) != '\n')) {
                    count++;
                }
            }
            return count;
        }

        private void item(ListItem item) {
            Span span = map.span(item).orElseThrow();
            item.speaker().ifPresent(speaker -> written(item, span).ifPresent(w -> speakers.put(item, w)));
            int column = column(span.start());
            for (ListItem child : item.childItems()) {
                map.span(child).ifPresent(c -> countStep(span.start(), c.start(), column));
            }
        }

        /** D71: exact 2- and 4-column steps between a parent's marker and its child's; D43 children excluded. */
        private void countStep(int parentStart, int childStart, int parentColumn) {
            if (lineStart(childStart) == lineStart(parentStart)) {
                return;
            }
            int step = column(childStart) - parentColumn;
            if (step == 2) {
                steps2++;
            } else if (step == 4) {
                steps4++;
            }
        }

        /** The speaker prefix as written: between marker (and checkbox) and the item text (D38, D49). */
        private Optional<String> written(ListItem item, Span span) {
            int end = item.content().isEmpty() ? lineEnd(span.start())
                    : map.span(item.content().get(0)).map(Span::start).orElse(-1);
            if (end < span.start()) {
                return Optional.empty();
            }
            String head = source.substring(span.start(), end);
            int i = 0;
            while (i < head.length() && !Whitespace.is(head.charAt(i))) {
                i++;
            }
            i = Whitespace.skip(head, i);
            if (item.checkbox().isPresent()) {
                i = Whitespace.skip(head, Math.min(head.length(), i + 3));
            }
            int stop = head.length();
            while (stop > i && Whitespace.is(head.charAt(stop - 1))) {
                stop--;
            }
            return Optional.of(head.substring(i, stop));
        }

        private void table(Table table) {
            Optional<Span> header = map.span(table.header());
            if (header.isEmpty()) {
                return;
            }
            int start = header.get().end();
            if (start < source.length() && source.charAt(start) == '\r') {
                start++;
            }
            if (start < source.length() && source.charAt(start) == '\n') {
                start++;
            }
            String line = source.substring(start, lineEnd(start)).strip();
            if (line.startsWith("|")) {
                line = line.substring(1);
            }
            if (line.endsWith("|")) {
                line = line.substring(0, line.length() - 1);
            }
            List<Alignment> alignments = new ArrayList<>();
            for (String cell : line.split("\\|", -1)) {
                String c = cell.strip();
                boolean left = c.startsWith(":");
                boolean right = c.length() > 1 && c.endsWith(":");
                alignments.add(left && right ? Alignment.CENTER : left ? Alignment.LEFT
                        : right ? Alignment.RIGHT : Alignment.NONE);
            }
            tables.put(table, alignments);
        }

        private int lineStart(int offset) {
            int i = offset;
            while (i > 0 && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
                i--;
            }
            return i;
        }

        private int lineEnd(int offset) {
            int i = offset;
            while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                i++;
            }
            return i;
        }

        /** D4: the column of an offset, a tab advancing to the next multiple of 4, the BOM counting none. */
        private int column(int offset) {
            int column = 0;
            for (int i = lineStart(offset); i < offset; i++) {
                char c = source.charAt(i);
                if (c == '\t') {
                    column += 4 - column % 4;
                } else if (c != '\uFEFF') {
                    column++;
                }
            }
            return column;
        }
    }
}
