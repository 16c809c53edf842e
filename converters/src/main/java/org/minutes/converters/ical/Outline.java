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
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;

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
        Deque<Pending> stack = new ArrayDeque<>();
        push(top, indent, stack);
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            Node node = pending.node();
            String at = pending.indent();
            if (node instanceof ListItem item) {
                lines.add(item(item, at, pending.position()));
                push(item.children(), at + NESTED, stack);
            } else if (node instanceof ListBlock list) {
                for (int i = list.items().size() - 1; i >= 0; i--) {
                    stack.push(new Pending(list.items().get(i), at, i + 1));
                }
            } else if (node instanceof Paragraph paragraph) {
                lines.add(at + inline(paragraph.content()));
            } else if (node instanceof HeadCount headCount) {
                lines.add(at + headCount.text());
            } else if (node instanceof Table table) {
                lines.add(at + row(table.header()));
                table.rows().forEach(row -> lines.add(at + row(row)));
            } else if (node instanceof CodeBlock code) {
                code.lines().forEach(line -> lines.add(at + CODE + line));
            } else if (node instanceof BlockQuote quote) {
                quote.paragraphs().forEach(paragraph -> lines.add(at + "> " + inline(paragraph.content())));
            }
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
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Text text) {
                out.append(text.literal());
            } else if (inline instanceof SoftBreak) {
                out.append(' ');
            } else if (inline instanceof Code code) {
                out.append(code.literal());
            } else if (inline instanceof BareUrl url) {
                out.append(url.url());
            } else if (inline instanceof Emoji emoji) {
                out.append(':').append(emoji.name()).append(':');
            } else if (inline instanceof Mention mention) {
                out.append('@').append(mention.path());
            } else if (inline instanceof Link link) {
                String text = inline(link.content());
                out.append(text.isEmpty() ? link.destination()
                        : text.equals(link.destination()) ? text : text + " (" + link.destination() + ")");
            } else if (inline instanceof Image image) {
                out.append(Inlines.plainText(image.content()));
            } else {
                out.append(inline(children(inline)));
            }
        }
        return out.toString();
    }

    private static List<Inline> children(Node node) {
        return Nodes.children(node).stream().map(Inline.class::cast).toList();
    }
}
