package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minutes.converters.markdown.InlineRenderer.Place;
import org.minutes.converters.markdown.MarkdownWriter.Separator;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockVisitor;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Roster;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.ast.Visitor;
import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.BlockOpeners;
import org.minutes.sdk.syntax.Checkboxes;
import org.minutes.sdk.syntax.SpeakerPrefixes;
import org.minutes.sdk.syntax.TableRows;
import org.minutes.sdk.syntax.TitleShapes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Renders blocks through a {@link MarkdownWriter}, canonically in the author's {@link MarkdownStyle} (D71) unless the
 * {@link Hooks} supply source text (D73). A {@link Visitor} over every node type, so a new one fails to compile here;
 * inline nodes are written by {@link InlineRenderer} and never reach this visitor. One instance renders one document;
 * it is not shared.
 */
final class BlockRenderer extends BlockVisitor<Void> {

    private final MarkdownWriter w;
    private final Hooks hooks;
    private final MarkdownStyle style;
    /** The indentation of an item's continuation lines and children right of its marker (D38, D71). */
    private final String step;
    /** Whether speaker prefixes are recognised in the items being written (not in attendee blocks, D26, D47). */
    private boolean speakers = true;
    /** Whether name speakers are recognised there too (not in {@code introductions} sections either, D91). */
    private boolean names = true;
    /** The attendee list of the document being written, which decides what reads as a speaker (D90, D91). */
    private Roster roster = Roster.of(List.of(), List.of());
    /** The attendee blocks of the document being written, whose entries hold no speakers (D26, D47, D86). */
    private final Set<Block> attendeeBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The number of the ordered item about to be written. */
    private long number = 1;
    /** The padded column widths of the table being written. */
    private int[] widths = new int[0];
    /** Whether the document's end came from the source, so no final line end must be added. */
    private boolean endFromSource;

    BlockRenderer(MarkdownWriter writer, Hooks hooks, MarkdownStyle style) {
        this.w = writer;
        this.hooks = hooks;
        this.style = style;
        this.step = " ".repeat(style.nestingStep());
    }

    /**
     * Renders a document.
     *
     * @return whether the document's end came from the source (so no final line end must be added)
     */
    boolean document(Document document) {
        roster = document.semantics().roster();
        document.attendeeBlocks().forEach(block -> attendeeBlocks.add(block.block()));
        document.accept(this);
        return endFromSource;
    }

    /** Writes a node: its source slice when the hooks have one, else canonically. */
    private void render(Node node) {
        Optional<String> slice = hooks.slice(node);
        if (slice.isPresent()) {
            w.raw(slice.get());
        } else {
            node.accept(this);
        }
    }

    private void between(Node previous, Node next, Separator canonical) {
        Optional<String> gap = hooks.gap(previous, next);
        if (gap.isPresent()) {
            w.gap(gap.get());
        } else {
            w.separate(canonical);
        }
    }

    private void headGap(Node container, Node first, Separator canonical) {
        Optional<String> gap = hooks.headGap(container, first);
        if (gap.isPresent()) {
            w.gap(gap.get());
        } else {
            w.separate(canonical);
        }
    }

    // ---- document (D7) ----

    @Override
    public Void visit(Document document) {
        Node previous = null;
        for (Node child : Nodes.children(document)) {
            if (previous == null) {
                hooks.documentStart(child).ifPresent(w::raw);
            } else {
                // D71: front matter ends with its `---` line, and the next block follows it directly.
                between(previous, child, previous == document.frontMatter().orElse(null) ? Separator.LINE
                        : Separator.BLANK);
            }
            speakers = true;
            names = true;
            render(child);
            previous = child;
        }
        if (previous != null) {
            Optional<String> end = hooks.documentEnd(previous);
            end.ifPresent(w::raw);
            endFromSource = end.isPresent();
        }
        return null;
    }

    /** D9, D71: {@code ---}, the raw YAML, {@code ---}. */
    @Override
    public Void visit(FrontMatter frontMatter) {
        w.write(frontMatter.yaml().isEmpty() ? "---\n---" : "---\n" + frontMatter.yaml() + "\n---");
        return null;
    }

    // ---- headings (D13-D16, D23) ----

    /** D15, D71: {@code # [DRAFT - ][date ]name}, escaping a name that would read as a draft marker or date. */
    @Override
    public Void visit(Title title) {
        String name = hooks.inlines(title, title.name()).orElseGet(() -> InlineRenderer.render(title.name(),
                Place.HEADING));
        if (title.date().isEmpty()) {
            int dash = title.draft() ? -1 : TitleShapes.draftMarkerDash(name);
            if (dash >= 0) {
                name = name.substring(0, dash) + "\\" + name.substring(dash);
            }
            if (TitleShapes.isDateToken(name, 0)) {
                name = name.substring(0, 4) + "\\" + name.substring(4);
            }
        }
        StringBuilder line = new StringBuilder("#");
        if (title.draft()) {
            line.append(" DRAFT -");
        }
        title.date().ifPresent(date -> line.append(' ').append(date));
        if (!name.isEmpty()) {
            line.append(' ').append(name);
        }
        w.write(line.toString());
        return null;
    }

    @Override
    public Void visit(Section section) {
        w.write(hooks.sectionHead(section).orElseGet(() -> {
            String heading = hooks.inlines(section, section.heading()).orElseGet(() -> InlineRenderer.render(
                    section.heading(), Place.HEADING));
            return "#".repeat(section.level()) + (heading.isEmpty() ? "" : " " + heading);
        }));
        // D47: speaker prefixes are read outside the attendee sections only.
        speakers = !section.kind().listsAttendees();
        names = speakers && section.kind() != SectionKind.INTRODUCTIONS;
        Node previous = section;
        for (Block block : section.blocks()) {
            if (previous == section) {
                headGap(section, block, Separator.BLANK);
            } else {
                between(previous, block, Separator.BLANK);
            }
            render(block);
            previous = block;
        }
        return null;
    }

    // ---- blocks (D8) ----

    @Override
    public Void visit(Paragraph paragraph) {
        Optional<String> source = hooks.inlines(paragraph, paragraph.content());
        if (source.isPresent()) {
            w.raw(source.get());
        } else {
            w.write(InlineRenderer.render(paragraph.content(), Place.PARAGRAPH));
        }
        return null;
    }

    @Override
    public Void visit(HeadCount headCount) {
        w.write(headCount.text());
        return null;
    }

    /** D63, D71: fence, info, lines verbatim, closing fence of the same length. */
    @Override
    public Void visit(CodeBlock code) {
        String fence = String.valueOf(code.fenceChar()).repeat(code.fenceLength());
        // An info string starting with the fence character (`~~~ ~x`) keeps a space, or it would lengthen the fence.
        String gap = !code.info().isEmpty() && code.info().charAt(0) == code.fenceChar() ? " " : "";
        StringBuilder text = new StringBuilder(fence).append(gap).append(code.info()).append('\n');
        for (String line : code.lines()) {
            text.append(line).append('\n');
        }
        w.write(text.append(fence).toString());
        return null;
    }

    /** D62, D71: comments verbatim. */
    @Override
    public Void visit(Comment comment) {
        w.write(comment.literal());
        return null;
    }

    /** D64: {@code > } before each line, a bare {@code >} between paragraphs. */
    @Override
    public Void visit(BlockQuote quote) {
        List<String> lines = new ArrayList<>();
        for (Paragraph paragraph : quote.paragraphs()) {
            if (!lines.isEmpty()) {
                lines.add(">");
            }
            for (String line : InlineRenderer.render(paragraph.content(), Place.QUOTE).split("\n", -1)) {
                lines.add("> " + line);
            }
        }
        w.write(lines.isEmpty() ? ">" : String.join("\n", lines));
        return null;
    }

    /** D65, D71: breaks as {@code ****}. */
    @Override
    public Void visit(ThematicBreak thematicBreak) {
        w.write("****");
        return null;
    }

    // ---- tables (D27-D29) ----

    /**
     * D27, D28, D71: every cell padded to its column's widest cell by display width, delimiter cells of dashes to
     * that width (at least 3) with the source's alignment colons.
     */
    @Override
    public Void visit(Table table) {
        List<MarkdownStyle.Alignment> alignments = style.alignments(hooks.origin(table));
        TableRow header = table.header();
        int columns = header.cells().size();
        for (TableRow row : table.rows()) {
            columns = Math.max(columns, row.cells().size());
        }
        widths = new int[columns];
        for (int c = 0; c < header.cells().size(); c++) {
            widths[c] = 3 + colons(alignment(alignments, c));
        }
        measure(header);
        table.rows().forEach(this::measure);
        render(header);
        Node previous = header;
        for (TableRow row : table.rows()) {
            Optional<String> gap = hooks.gap(previous, row);
            if (gap.isPresent()) {
                w.gap(gap.get());
            } else if (previous == header) {
                w.write("\n" + delimiterRow(header.cells().size(), alignments) + "\n");
            } else {
                w.write("\n");
            }
            render(row);
            previous = row;
        }
        if (table.rows().isEmpty()) {
            w.write("\n" + delimiterRow(header.cells().size(), alignments));
        }
        return null;
    }

    private void measure(TableRow row) {
        List<String> cells = cells(row);
        for (int c = 0; c < cells.size(); c++) {
            widths[c] = Math.max(widths[c], displayWidth(cells.get(c)));
        }
    }

    /**
     * The cells as written. D27: a row whose every cell is dashes with optional colons would read as a delimiter
     * row (trivia) or, as a header, keep the table from opening; one backslash before its first cell keeps it a row.
     */
    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        boolean delimiterShaped = true;
        for (TableCell cell : row.cells()) {
            String text = InlineRenderer.render(cell.content(), Place.CELL);
            delimiterShaped &= TableRows.isDelimiterCell(text);
            cells.add(text);
        }
        if (delimiterShaped && !cells.isEmpty()) {
            cells.set(0, "\\" + cells.get(0));
        }
        return cells;
    }

    private static MarkdownStyle.Alignment alignment(List<MarkdownStyle.Alignment> alignments, int column) {
        return column < alignments.size() ? alignments.get(column) : MarkdownStyle.Alignment.NONE;
    }

    private static int colons(MarkdownStyle.Alignment alignment) {
        return switch (alignment) {
            case NONE -> 0;
            case LEFT, RIGHT -> 1;
            case CENTER -> 2;
        };
    }

    private String delimiterRow(int cells, List<MarkdownStyle.Alignment> alignments) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells; c++) {
            MarkdownStyle.Alignment alignment = alignment(alignments, c);
            boolean left = alignment == MarkdownStyle.Alignment.LEFT || alignment == MarkdownStyle.Alignment.CENTER;
            boolean right = alignment == MarkdownStyle.Alignment.RIGHT
                    || alignment == MarkdownStyle.Alignment.CENTER;
            line.append(' ').append(left ? ":" : "").append("-".repeat(widths[c] - colons(alignment)))
                    .append(right ? ":" : "").append(" |");
        }
        return line.toString();
    }

    @Override
    public Void visit(TableRow row) {
        StringBuilder line = new StringBuilder("|");
        List<String> cells = cells(row);
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            line.append(' ').append(text).append(" ".repeat(widths[c] - displayWidth(text))).append(" |");
        }
        w.write(line.toString());
        return null;
    }

    /** Cells are written by their row, padded to their column. */
    @Override
    public Void visit(TableCell cell) {
        throw new IllegalStateException("a table cell is written by its row");
    }

    /**
     * D71: the columns a text takes in a monospaced font: East Asian wide and fullwidth characters and emoji count 2,
     * combining marks and format characters 0, others 1.
     */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                    || c >= 0xFE00 && c <= 0xFE0F) {
                continue;
            }
            width += isWide(c) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0x303E || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F680 && c <= 0x1F6FF || c >= 0x1F900 && c <= 0x1F9FF || c >= 0x1FA70 && c <= 0x1FAFF
                || c >= 0x20000 && c <= 0x2FFFD || c >= 0x30000 && c <= 0x3FFFD;
    }

    // ---- lists (D37-D50) ----

    /** D44, D71: items numbered in the list's style, a blank line between the items of a loose list. */
    @Override
    public Void visit(ListBlock list) {
        MarkdownStyle.ListStyle listStyle = style.list(hooks.origin(list));
        Separator separator = listStyle.loose() ? Separator.BLANK : Separator.LINE;
        Optional<String> prefix = hooks.prefix(list);
        prefix.ifPresent(w::pushPrefix);
        boolean outerSpeakers = speakers;
        boolean outerNames = names;
        if (attendeeBlocks.contains(list)) {
            // D47, D86: attendee entries, wherever the list stands (a sign-in list, a preamble list), hold no
            // speaker, nor do the blocks nested in them; their text needs no escape against one.
            speakers = false;
            names = false;
        }
        ListItem previous = null;
        List<ListItem> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            ListItem item = items.get(i);
            if (previous != null) {
                between(previous, item, separator);
            }
            number = listStyle.number(i, items.size());
            render(item);
            previous = item;
        }
        speakers = outerSpeakers;
        names = outerNames;
        prefix.ifPresent(p -> w.popPrefix());
        return null;
    }

    @Override
    public Void visit(ListItem item) {
        String childPrefix = hooks.prefix(item).orElse(w.prefix() + step);
        String head = hooks.itemHead(item).orElseGet(() -> head(item, number, style.speaker(hooks.origin(item))));
        Optional<String> source = hooks.inlines(item, item.content());
        String content = source.orElseGet(() -> itemText(item, head,
                InlineRenderer.render(item.content(), Place.ITEM)));
        boolean spaced = head.isEmpty() || Whitespace.is(head.charAt(head.length() - 1))
                || !content.isEmpty() && (Whitespace.is(content.charAt(0)) || content.charAt(0) == '\n'
                || content.charAt(0) == '\r');
        w.write(content.isEmpty() || spaced ? head : head + " ");
        w.pushPrefix(childPrefix);
        if (source.isPresent()) {
            w.raw(content);
        } else {
            w.write(content);
        }
        Node previous = item;
        for (Block child : item.children()) {
            if (previous == item) {
                // D71: a child list follows its item's text directly; other blocks after a blank line (D42).
                headGap(item, child, child instanceof ListBlock ? Separator.LINE : Separator.BLANK);
            } else {
                between(previous, child, Separator.BLANK);
            }
            render(child);
            previous = child;
        }
        w.popPrefix();
        return null;
    }

    /**
     * D43, D45, D46, D49: escapes the one character that would make the item's written text read as a nested marker,
     * a checkbox, a thematic break or a speaker prefix the item does not have; nothing else.
     */
    private String itemText(ListItem item, String head, String content) {
        int end = content.indexOf('\n');
        String line = end < 0 ? content : content.substring(0, end);
        if (line.isEmpty()) {
            return content;
        }
        if (item.checkbox().isEmpty() && item.speaker().isEmpty()) {
            int marker = Lexicon.listMarkerAt(line);
            if (marker >= 0) {
                return escapeAt(content, marker);
            }
            if (BlockOpeners.isThematicBreak(head + " " + line)) {
                // D65: `- --` is a thematic break, not an item.
                return escapeAt(content, 0);
            }
            if (Checkboxes.letter(line) != Checkboxes.NONE) {
                return escapeAt(content, 0);
            }
            if (Checkboxes.isMalformed(line)) {
                return content;
            }
        }
        if (item.speaker().isEmpty() && speakers) {
            int at = speakerEscape(line);
            if (at >= 0) {
                return escapeAt(content, at);
            }
        }
        return content;
    }

    /**
     * D49, D90, D91, D92: where a backslash keeps a line from reading as the speaker prefix this document's attendee
     * list would make of it, or -1. A name of a listed attendee (outside introductions, D91) is tried first, as the
     * parser does, and escaped at its colon ({@code Quinn\:}, {@code **Quinn**\:}, {@code **Quinn\:**}) or opening
     * bracket; then initials, at the character the vocabulary names, unless the attendees' initials are derived and
     * one of them matches none, which makes the prefix a label that needs no escape (D90, D71: never "just in case").
     * A backslash never goes into a bare URL's run (D57): it is no trailer, so the URL would take it and every
     * trailer before it ({@code QE (https://example.org/doc)\:} reads back as the URL
     * {@code https://example.org/doc)\}). Only the colon of {@code WHO (Q):} can stand in such a run, when the
     * qualifier ends in a URL; the opening parenthesis, which WHO's initials and separators never hold, is escaped
     * instead.
     */
    private int speakerEscape(String line) {
        if (names) {
            Optional<SpeakerPrefixes.NameReading> name = SpeakerPrefixes.readName(line, 0);
            if (name.isPresent() && !roster.nameMatches(name.get().name()).isEmpty()) {
                return switch (name.get().form()) {
                    case PAREN, BRACKET -> 0;
                    case COLON -> name.get().end()
                            - (name.get().emphasis() == SpeakerPrefixes.Emphasis.COLON_INSIDE ? ":**" : ":").length();
                };
            }
        }
        Optional<SpeakerPrefixes.Reading> reading = SpeakerPrefixes.read(line, 0);
        if (reading.isEmpty() || roster.derivesInitials()
                && reading.get().who().stream().anyMatch(who -> roster.initialsMatches(who).isEmpty())) {
            return -1;
        }
        int at = reading.get().escapeAt();
        return inUrlRun(line, at) ? line.indexOf('(') : at;
    }

    /**
     * D57: whether a bare URL's raw extent would reach index {@code at} of a written line: a scheme after no letter
     * or digit, and no stop (WS, {@code <}, {@code >}) from it to {@code at}. Inside code spans and link
     * destinations this answers yes too, which only moves an escape to where it is just as good.
     */
    private static boolean inUrlRun(String line, int at) {
        int from = at;
        while (from > 0 && !BareUrls.isStop(line.charAt(from - 1))) {
            from--;
        }
        for (int i = from; i < at; i++) {
            if (BareUrls.schemeLength(line, i) > 0 && (i == 0 || !Character.isLetterOrDigit(line.codePointBefore(i)))) {
                return true;
            }
        }
        return false;
    }

    private static String escapeAt(String text, int index) {
        return text.substring(0, index) + "\\" + text.substring(index);
    }

    /** D37, D45, D49, D71: marker, checkbox and speaker prefix (as written in the source, if it was). */
    static String head(ListItem item, long number, Optional<String> writtenSpeaker) {
        StringBuilder head = new StringBuilder(switch (item.marker()) {
            case DASH -> "-";
            case STAR -> "*";
            case PLUS -> "+";
            case ORDERED -> number + ".";
        });
        item.checkbox().ifPresent(box -> head.append(" [").append(box.letter()).append(']'));
        item.speaker().ifPresent(speaker -> head.append(' ').append(writtenSpeaker.orElseGet(speaker::written)));
        return head.toString();
    }
}
