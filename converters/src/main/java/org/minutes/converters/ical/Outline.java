package org.minutes.converters.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.BlockVisitor;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.PlainText;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;

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
        Lines writer = new Lines(lines);
        writer.stack.push(new Pending(document, "", 0));
        while (!writer.stack.isEmpty()) {
            writer.write(writer.stack.pop());
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

    /** A node still to write, at its indent; {@code position} numbers items of ordered lists. */
    private record Pending(Node node, String indent, int position) {
    }

    /**
     * Writes one pending node as lines, pushing what nests in it; depth first with an explicit stack, so that deeply
     * nested lists built in code cannot overflow the stack. A visitor, so that a new block type does not compile
     * until the outline decides how to show it.
     */
    private static final class Lines extends BlockVisitor<Void> {

        private final List<String> lines;
        private final Deque<Pending> stack = new ArrayDeque<>();
        private String at;
        private int position;

        Lines(List<String> lines) {
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
            push(table.rows(), at, stack);
            stack.push(new Pending(table.header(), at, 0));
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

        /** Only the sections: the preamble's links and times are the event's own properties. */
        @Override
        public Void visit(Document document) {
            push(document.sections(), at, stack);
            return null;
        }

        /** Its heading's text, then its blocks; an empty line before each section but the first. */
        @Override
        public Void visit(Section section) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(at + inline(section.heading()));
            push(section.blocks(), at, stack);
            return null;
        }

        /** Left out, and not reached: the document shows its sections only. */
        @Override
        public Void visit(FrontMatter frontMatter) {
            return null;
        }

        /** Left out, and not reached: the document shows its sections only. */
        @Override
        public Void visit(Title title) {
            return null;
        }

        @Override
        public Void visit(TableRow row) {
            lines.add(at + row.cells().stream().map(TableCell::content).map(Outline::inline)
                    .collect(Collectors.joining(" | ")));
            return null;
        }

        /** Not reached: a row writes its cells on one line. */
        @Override
        public Void visit(TableCell cell) {
            throw new IllegalStateException("a table cell is written with its row");
        }
    }

    private static void push(List<? extends Node> nodes, String indent, Deque<Pending> stack) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(new Pending(nodes.get(i), indent, 0));
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

    /** Inline content as text; links keep their destination so that a reader can follow them. */
    static String inline(List<Inline> content) {
        return new InlineText().append(content).text();
    }

    /**
     * Writes inline content as D54's plain text, except that a link shows its text and, when different, its
     * destination. A new inline type does not compile in {@link PlainText} until it has a plain text.
     */
    private static final class InlineText extends PlainText {

        @Override
        public Void visit(Link link) {
            String text = inline(link.content());
            append(text.isEmpty() ? link.destination()
                    : text.equals(link.destination()) ? text : text + " (" + link.destination() + ")");
            return null;
        }
    }
}
