package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.converters.markdown.InlineRenderer.Place;
import org.minutes.converters.markdown.MarkdownWriter.Separator;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;

/**
 * Renders blocks through a {@link MarkdownWriter}, canonically (D71) unless the {@link Hooks} supply source text
 * (D73). One instance renders one document; it is not shared.
 */
final class BlockRenderer {

    /** Four columns right of the marker: where an item's continuation lines and children go (D38, D71). */
    static final String INDENT = "    ";

    private static final Pattern DRAFT = Pattern.compile("DRAFT[ \\t\\u00A0]*-");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(?=[ \\t\\u00A0]|$)");
    private static final String SEPARATORS = "/,;&+";

    private final MarkdownWriter w;
    private final Hooks hooks;

    BlockRenderer(MarkdownWriter writer, Hooks hooks) {
        this.w = writer;
        this.hooks = hooks;
    }

    // ---- document (D7) ----

    /**
     * Renders a document.
     *
     * @return whether the document's end came from the source (so no final line end must be added)
     */
    boolean document(Document document) {
        List<Node> children = new ArrayList<>();
        document.frontMatter().ifPresent(children::add);
        children.addAll(document.lead());
        document.title().ifPresent(children::add);
        children.addAll(document.preamble());
        children.addAll(document.sections());
        Node previous = null;
        for (Node child : children) {
            if (previous == null) {
                hooks.documentStart(child).ifPresent(w::raw);
            } else {
                between(previous, child, previous instanceof FrontMatter ? Separator.LINE : Separator.BLANK);
            }
            if (child instanceof FrontMatter frontMatter) {
                node(frontMatter, () -> frontMatter(frontMatter));
            } else if (child instanceof Title title) {
                node(title, () -> title(title));
            } else if (child instanceof Section section) {
                node(section, () -> section(section));
            } else {
                block((Block) child, true);
            }
            previous = child;
        }
        if (previous != null) {
            Optional<String> end = hooks.documentEnd(previous);
            end.ifPresent(w::raw);
            return end.isPresent();
        }
        return false;
    }

    private void between(Node previous, Node next, Separator canonical) {
        Optional<String> gap = hooks.gap(previous, next);
        if (gap.isPresent()) {
            w.gap(gap.get());
        } else {
            w.separate(canonical);
        }
    }

    private void node(Node node, Runnable canonical) {
        Optional<String> slice = hooks.slice(node);
        if (slice.isPresent()) {
            w.raw(slice.get());
        } else {
            canonical.run();
        }
    }

    /** D9, D71: {@code ---}, the raw YAML, {@code ---}. */
    private void frontMatter(FrontMatter frontMatter) {
        w.write(frontMatter.yaml().isEmpty() ? "---\n---" : "---\n" + frontMatter.yaml() + "\n---");
    }

    // ---- headings (D13-D16, D23) ----

    /** D15, D71: {@code # [DRAFT - ][date ]name}, escaping a name that would read as a draft marker or date. */
    private void title(Title title) {
        String name = hooks.inlines(title, title.name()).orElseGet(() -> InlineRenderer.render(title.name(),
                Place.HEADING));
        if (title.date().isEmpty()) {
            if (!title.draft()) {
                Matcher draft = DRAFT.matcher(name);
                if (draft.lookingAt()) {
                    name = name.substring(0, draft.end() - 1) + "\\" + name.substring(draft.end() - 1);
                }
            }
            if (DATE.matcher(name).lookingAt()) {
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
    }

    private void section(Section section) {
        w.write(hooks.sectionHead(section).orElseGet(() -> {
            String heading = hooks.inlines(section, section.heading()).orElseGet(() -> InlineRenderer.render(
                    section.heading(), Place.HEADING));
            return "#".repeat(section.level()) + (heading.isEmpty() ? "" : " " + heading);
        }));
        SectionKind kind = section.kind();
        boolean speakers = kind != SectionKind.ATTENDEES && kind != SectionKind.ATTENDEES_ABSENTIA;
        Node previous = section;
        for (Block block : section.blocks()) {
            if (previous == section) {
                Optional<String> gap = hooks.headGap(section, block);
                if (gap.isPresent()) {
                    w.gap(gap.get());
                } else {
                    w.separate(Separator.BLANK);
                }
            } else {
                between(previous, block, Separator.BLANK);
            }
            block(block, speakers);
            previous = block;
        }
    }

    // ---- blocks (D8) ----

    /**
     * Renders one block.
     *
     * @param block    the block
     * @param speakers whether speaker prefixes are recognised here, so look-alikes in items must be escaped (D26, D47)
     */
    private void block(Block block, boolean speakers) {
        node(block, () -> {
            if (block instanceof Paragraph paragraph) {
                Optional<String> source = hooks.inlines(paragraph, paragraph.content());
                if (source.isPresent()) {
                    w.raw(source.get());
                } else {
                    w.write(InlineRenderer.render(paragraph.content(), Place.PARAGRAPH));
                }
            } else if (block instanceof HeadCount headCount) {
                w.write(headCount.text());
            } else if (block instanceof ListBlock list) {
                list(list, speakers);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof CodeBlock code) {
                code(code);
            } else if (block instanceof Comment comment) {
                w.write(comment.literal());
            } else if (block instanceof BlockQuote quote) {
                quote(quote);
            } else if (block instanceof ThematicBreak) {
                w.write("****");
            }
        });
    }

    /** D63, D71: fence, info, lines verbatim, closing fence of the same length. */
    private void code(CodeBlock code) {
        String fence = String.valueOf(code.fenceChar()).repeat(code.fenceLength());
        // An info string starting with the fence character (`~~~ ~x`) keeps a space, or it would lengthen the fence.
        String gap = !code.info().isEmpty() && code.info().charAt(0) == code.fenceChar() ? " " : "";
        StringBuilder text = new StringBuilder(fence).append(gap).append(code.info()).append('\n');
        for (String line : code.lines()) {
            text.append(line).append('\n');
        }
        w.write(text.append(fence).toString());
    }

    /** D64: {@code > } before each line, a bare {@code >} between paragraphs. */
    private void quote(BlockQuote quote) {
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
    }

    /** D27, D28, D71: single-space padding, a {@code ---} delimiter per header cell. */
    private void table(Table table) {
        TableRow header = table.header();
        node(header, () -> w.write(row(header)));
        Node previous = header;
        for (TableRow row : table.rows()) {
            Optional<String> gap = hooks.gap(previous, row);
            if (gap.isPresent()) {
                w.gap(gap.get());
            } else if (previous == header) {
                w.write("\n|" + " --- |".repeat(header.cells().size()) + "\n");
            } else {
                w.write("\n");
            }
            node(row, () -> w.write(row(row)));
            previous = row;
        }
        if (table.rows().isEmpty()) {
            w.write("\n|" + " --- |".repeat(header.cells().size()));
        }
    }

    private static String row(TableRow row) {
        StringBuilder line = new StringBuilder("|");
        for (TableCell cell : row.cells()) {
            String text = InlineRenderer.render(cell.content(), Place.CELL);
            line.append(text.isEmpty() ? " |" : " " + text + " |");
        }
        return line.toString();
    }

    // ---- lists (D37-D50) ----

    private void list(ListBlock list, boolean speakers) {
        Optional<String> prefix = hooks.prefix(list);
        prefix.ifPresent(w::pushPrefix);
        ListItem previous = null;
        int number = 1;
        for (ListItem item : list.items()) {
            if (previous != null) {
                between(previous, item, Separator.LINE);
            }
            int n = number++;
            node(item, () -> item(item, n, speakers));
            previous = item;
        }
        prefix.ifPresent(p -> w.popPrefix());
    }

    private void item(ListItem item, int number, boolean speakers) {
        String childPrefix = hooks.prefix(item).orElse(w.prefix() + INDENT);
        String head = hooks.itemHead(item).orElseGet(() -> head(item, number));
        Optional<String> source = hooks.inlines(item, item.content());
        String content = source.orElseGet(() -> {
            String rendered = InlineRenderer.render(item.content(), Place.ITEM);
            return speakers && item.speaker().isEmpty() ? escapeSpeaker(rendered) : rendered;
        });
        boolean spaced = head.isEmpty() || InlineRenderer.isWs(head.charAt(head.length() - 1))
                || !content.isEmpty() && (InlineRenderer.isWs(content.charAt(0)) || content.charAt(0) == '\n'
                || content.charAt(0) == '\r');
        w.write(content.isEmpty() || spaced ? head : head + " ");
        List<Block> children = item.children();
        if (markerAfterMarker(item)) {
            // D43: a one-item list written on its parent's line, so that a list of the same kind can follow it.
            ListItem inner = ((ListBlock) children.get(0)).items().get(0);
            w.write(" ");
            item(inner, 1, speakers);
            children = children.subList(1, children.size());
        }
        w.pushPrefix(childPrefix);
        if (source.isPresent()) {
            w.raw(content);
        } else {
            w.write(content);
        }
        Node previous = item;
        for (Block child : children) {
            if (previous == item) {
                Optional<String> gap = hooks.headGap(item, child);
                if (gap.isPresent()) {
                    w.gap(gap.get());
                } else {
                    // D71: a child list follows its item's text directly; other blocks after a blank line (D42).
                    w.separate(child instanceof ListBlock ? Separator.LINE : Separator.BLANK);
                }
            } else {
                between(previous, child, Separator.BLANK);
            }
            block(child, speakers);
            previous = child;
        }
        w.popPrefix();
    }

    /** Whether an item's first two children are lists of one kind that only the D43 form keeps apart. */
    private static boolean markerAfterMarker(ListItem item) {
        List<Block> children = item.children();
        return item.content().isEmpty() && item.checkbox().isEmpty() && item.speaker().isEmpty()
                && children.size() >= 2 && children.get(0) instanceof ListBlock first
                && children.get(1) instanceof ListBlock second && first.ordered() == second.ordered()
                && first.items().size() == 1 && first.items().get(0).children().isEmpty();
    }

    /** D37, D45, D49, D71: marker, checkbox and speaker prefix as stored; ordered items numbered 1, 2, …. */
    static String head(ListItem item, int number) {
        StringBuilder head = new StringBuilder(switch (item.marker()) {
            case DASH -> "-";
            case STAR -> "*";
            case ORDERED -> number + ".";
        });
        item.checkbox().ifPresent(box -> head.append(" [").append(box.letter()).append(']'));
        item.speaker().ifPresent(speaker -> head.append(' ').append(speaker(speaker)));
        return head.toString();
    }

    /** D49, D50, D71: joint speakers joined by {@code /}; qualifiers as {@code (WHO, Q)} or {@code WHO (Q):}. */
    static String speaker(SpeakerPrefix speaker) {
        String who = String.join("/", speaker.initials());
        String qualifier = speaker.qualifier().map(q -> ", " + q).orElse("");
        return switch (speaker.form()) {
            case COLON -> who + speaker.qualifier().map(q -> " (" + q + ")").orElse("") + ":";
            case PAREN -> "(" + who + qualifier + ")";
            case PAREN_COLON -> "(" + who + qualifier + "):";
            case BRACKET -> "[" + who + qualifier + "]";
            case BRACKET_COLON -> "[" + who + qualifier + "]:";
        };
    }

    /**
     * D49: in an item without speaker prefix, text such as {@code QE: hi} or {@code QE (chat): hi} would read as
     * one; escaping its colon keeps it text. Bracketed look-alikes are escaped by the inline renderer.
     */
    static String escapeSpeaker(String content) {
        int end = content.indexOf('\n');
        String line = end < 0 ? content : content.substring(0, end);
        int pos = 0;
        while (true) {
            int token = pos;
            int letters = 0;
            while (token < line.length() && Character.isLetterOrDigit(line.codePointAt(token))) {
                token += Character.charCount(line.codePointAt(token));
                letters++;
            }
            if (letters < 2 || letters > 4) {
                return content;
            }
            pos = token;
            int next = skipWs(line, pos);
            if (next < line.length() && SEPARATORS.indexOf(line.charAt(next)) >= 0) {
                pos = skipWs(line, next + 1);
            } else {
                break;
            }
        }
        int open = skipWs(line, pos);
        if (open < line.length() && line.charAt(open) == '(') {
            int depth = 0;
            int close = -1;
            for (int i = open; i < line.length() && close < 0; i++) {
                if (line.charAt(i) == '(') {
                    depth++;
                } else if (line.charAt(i) == ')' && --depth == 0) {
                    close = i;
                }
            }
            if (close < 0) {
                return content;
            }
            pos = close + 1;
        }
        if (pos < line.length() && line.charAt(pos) == ':'
                && (pos + 1 == line.length() || InlineRenderer.isWs(line.charAt(pos + 1)))) {
            return content.substring(0, pos) + "\\" + content.substring(pos);
        }
        return content;
    }

    private static int skipWs(String text, int from) {
        int i = from;
        while (i < text.length() && InlineRenderer.isWs(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
