package org.minutes.converters.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

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
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.ast.Visitor;

/**
 * The plain-text outline that becomes an event's DESCRIPTION: every section (D23) as its heading text followed by its
 * blocks, sections separated by an empty line, lines joined by LF.
 *
 * <pre>
 * Announcements
 * - [x] QE: Release 2.0 is out (https://example.org/r)
 *   - RT (in chat): +1
 * 1. second point
 * </pre>
 *
 * <p>Items show their marker ({@code -} for bullets, the position for ordered lists), checkbox with its letter,
 * speakers (D49) as {@code QE, RT (qualifier):} whatever their form, and text; nested blocks are indented by two
 * spaces. Paragraphs and head counts are one line each (a soft break is a space), table rows are cells joined by
 * {@code " | "}, code lines are indented by four spaces, quotes start with {@code "> "}; no line ends in a space or
 * tab. Comments and thematic breaks are left out: a rendered page does not show them either. A link shows its text
 * and, when different, its destination in parentheses; an image its text; emoji their shortcode; mentions
 * {@code @handle}. Lead and preamble blocks are not part of the outline: the preamble's links and times are the
 * event's own properties.
 */
final class Outline {

    private static final String NESTED = "  ";
    private static final String CODE = "    ";

    private Outline() {
    }

    /** {@return the outline of a document's sections, empty when it has none} */
    static String of(Document document) {
        List<String> lines = new ArrayList<>();
        for (Section section : document.sections()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(inline(section.heading()));
            blocks(section.blocks(), "", lines);
        }
        return lines.stream().map(Outline::withoutTrailingBlanks).collect(Collectors.joining("\n"));
    }

    /** Trailing spaces show nothing, and readers such as ical4j trim them from the end of a value. */
    private static String withoutTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** A block or list item still to write, at its indent; {@code position} numbers items of ordered lists. */
    private record Pending(Node node, String indent, int position) {
    }

    /** Depth first with an explicit stack, so that deeply nested lists built in code cannot overflow the stack. */
    private static void blocks(List<Block> top, String indent, List<String> lines) {
        BlockLines writer = new BlockLines(lines);
        push(top, indent, writer.stack);
        while (!writer.stack.isEmpty()) {
            writer.write(writer.stack.pop());
        }
    }

    /**
     * Writes one pending block or item as lines, pushing what nests in it. A visitor, so that a new block type does
     * not compile until the outline decides how to show it.
     */
    private static final class BlockLines implements Visitor<Void> {

        private final List<String> lines;
        private final Deque<Pending> stack = new ArrayDeque<>();
        private String at;
        private int position;

        BlockLines(List<String> lines) {
            this.lines = lines;
        }

        void write(Pending pending) {
            at = pending.indent();
            position = pending.position();
            pending.node().accept(this);
        }

        @Override
        public Void visit(ListItem item) {
            lines.add(item(item, at, position));
            push(item.children(), at + NESTED, stack);
            return null;
        }

        @Override
        public Void visit(ListBlock list) {
            for (int i = list.items().size() - 1; i >= 0; i--) {
                stack.push(new Pending(list.items().get(i), at, i + 1));
            }
            return null;
        }

        @Override
        public Void visit(Paragraph paragraph) {
            lines.add(at + inline(paragraph.content()));
            return null;
        }

        @Override
        public Void visit(HeadCount headCount) {
            lines.add(at + headCount.text());
            return null;
        }

        @Override
        public Void visit(Table table) {
            lines.add(at + row(table.header()));
            table.rows().forEach(row -> lines.add(at + row(row)));
            return null;
        }

        @Override
        public Void visit(CodeBlock code) {
            code.lines().forEach(line -> lines.add(at + CODE + line));
            return null;
        }

        @Override
        public Void visit(BlockQuote quote) {
            quote.paragraphs().forEach(paragraph -> lines.add(at + "> " + inline(paragraph.content())));
            return null;
        }

        /** Left out: a rendered page does not show comments either. */
        @Override
        public Void visit(Comment comment) {
            return null;
        }

        /** Left out: the outline separates sections by empty lines already. */
        @Override
        public Void visit(ThematicBreak thematicBreak) {
            return null;
        }

        @Override
        public Void visit(Document document) {
            throw new IllegalStateException("Document is no block");
        }

        @Override
        public Void visit(FrontMatter frontMatter) {
            throw new IllegalStateException("FrontMatter is no block");
        }

        @Override
        public Void visit(Title title) {
            throw new IllegalStateException("Title is no block");
        }

        @Override
        public Void visit(Section section) {
            throw new IllegalStateException("Section is no block");
        }

        @Override
        public Void visit(TableRow tableRow) {
            throw new IllegalStateException("TableRow is no block");
        }

        @Override
        public Void visit(TableCell tableCell) {
            throw new IllegalStateException("TableCell is no block");
        }

        @Override
        public Void visit(Text text) {
            throw new IllegalStateException("Text is no block");
        }

        @Override
        public Void visit(SoftBreak softBreak) {
            throw new IllegalStateException("SoftBreak is no block");
        }

        @Override
        public Void visit(Code code) {
            throw new IllegalStateException("Code is no block");
        }

        @Override
        public Void visit(Link link) {
            throw new IllegalStateException("Link is no block");
        }

        @Override
        public Void visit(Image image) {
            throw new IllegalStateException("Image is no block");
        }

        @Override
        public Void visit(BareUrl bareUrl) {
            throw new IllegalStateException("BareUrl is no block");
        }

        @Override
        public Void visit(Emphasis emphasis) {
            throw new IllegalStateException("Emphasis is no block");
        }

        @Override
        public Void visit(Strong strong) {
            throw new IllegalStateException("Strong is no block");
        }

        @Override
        public Void visit(Strikethrough strikethrough) {
            throw new IllegalStateException("Strikethrough is no block");
        }

        @Override
        public Void visit(Emoji emoji) {
            throw new IllegalStateException("Emoji is no block");
        }

        @Override
        public Void visit(Mention mention) {
            throw new IllegalStateException("Mention is no block");
        }
    }

    private static void push(List<Block> blocks, String indent, Deque<Pending> stack) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(new Pending(blocks.get(i), indent, 0));
        }
    }

    private static String item(ListItem item, String indent, int position) {
        List<String> parts = new ArrayList<>(4);
        parts.add(item.marker().ordered() ? position + "." : "-");
        item.checkbox().ifPresent(box -> parts.add("[" + box.letter() + "]"));
        item.speaker().ifPresent(speaker -> parts.add(speaker(speaker)));
        String text = inline(item.content());
        if (!text.isEmpty()) {
            parts.add(text);
        }
        return indent + String.join(" ", parts);
    }

    private static String speaker(SpeakerPrefix speaker) {
        return String.join(", ", speaker.initials())
                + speaker.qualifier().map(qualifier -> " (" + qualifier + ")").orElse("") + ":";
    }

    private static String row(TableRow row) {
        return row.cells().stream().map(TableCell::content).map(Outline::inline).collect(Collectors.joining(" | "));
    }

    /** Inline content as text; links keep their destination so that a reader can follow them. */
    static String inline(List<Inline> content) {
        InlineText text = new InlineText();
        content.forEach(inline -> inline.accept(text));
        return text.out.toString();
    }

    /** Writes inline content as text. A visitor, so that a new inline type does not compile until it is shown. */
    private static final class InlineText implements Visitor<Void> {

        private final StringBuilder out = new StringBuilder();

        private Void all(List<Inline> content) {
            content.forEach(inline -> inline.accept(this));
            return null;
        }

        @Override
        public Void visit(Text text) {
            out.append(text.literal());
            return null;
        }

        @Override
        public Void visit(SoftBreak softBreak) {
            out.append(' ');
            return null;
        }

        @Override
        public Void visit(Code code) {
            out.append(code.literal());
            return null;
        }

        @Override
        public Void visit(BareUrl url) {
            out.append(url.url());
            return null;
        }

        @Override
        public Void visit(Emoji emoji) {
            out.append(':').append(emoji.name()).append(':');
            return null;
        }

        @Override
        public Void visit(Mention mention) {
            out.append('@').append(mention.path());
            return null;
        }

        @Override
        public Void visit(Link link) {
            String text = inline(link.content());
            out.append(text.isEmpty() ? link.destination()
                    : text.equals(link.destination()) ? text : text + " (" + link.destination() + ")");
            return null;
        }

        @Override
        public Void visit(Image image) {
            out.append(Inlines.plainText(image.content()));
            return null;
        }

        @Override
        public Void visit(Emphasis emphasis) {
            return all(emphasis.content());
        }

        @Override
        public Void visit(Strong strong) {
            return all(strong.content());
        }

        @Override
        public Void visit(Strikethrough strikethrough) {
            return all(strikethrough.content());
        }

        @Override
        public Void visit(Document document) {
            throw new IllegalStateException("Document is no inline");
        }

        @Override
        public Void visit(FrontMatter frontMatter) {
            throw new IllegalStateException("FrontMatter is no inline");
        }

        @Override
        public Void visit(Title title) {
            throw new IllegalStateException("Title is no inline");
        }

        @Override
        public Void visit(Section section) {
            throw new IllegalStateException("Section is no inline");
        }

        @Override
        public Void visit(Paragraph paragraph) {
            throw new IllegalStateException("Paragraph is no inline");
        }

        @Override
        public Void visit(HeadCount headCount) {
            throw new IllegalStateException("HeadCount is no inline");
        }

        @Override
        public Void visit(ListBlock listBlock) {
            throw new IllegalStateException("ListBlock is no inline");
        }

        @Override
        public Void visit(ListItem listItem) {
            throw new IllegalStateException("ListItem is no inline");
        }

        @Override
        public Void visit(Table table) {
            throw new IllegalStateException("Table is no inline");
        }

        @Override
        public Void visit(TableRow tableRow) {
            throw new IllegalStateException("TableRow is no inline");
        }

        @Override
        public Void visit(TableCell tableCell) {
            throw new IllegalStateException("TableCell is no inline");
        }

        @Override
        public Void visit(CodeBlock codeBlock) {
            throw new IllegalStateException("CodeBlock is no inline");
        }

        @Override
        public Void visit(Comment comment) {
            throw new IllegalStateException("Comment is no inline");
        }

        @Override
        public Void visit(BlockQuote blockQuote) {
            throw new IllegalStateException("BlockQuote is no inline");
        }

        @Override
        public Void visit(ThematicBreak thematicBreak) {
            throw new IllegalStateException("ThematicBreak is no inline");
        }
    }
}
