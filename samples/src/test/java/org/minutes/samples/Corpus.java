package org.minutes.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.source.Position;

/**
 * Where the corpus files live, and small read-only views over a parsed document that keep the corpus tests short:
 * item counts, speaker lists, section outlines and diagnostics written as {@code code line:column}.
 */
final class Corpus {

    private static final Map<Path, ParseResult> PARSED = new ConcurrentHashMap<>();

    private Corpus() {
    }

    /** {@return the repository root: surefire passes it as {@code minutes.root}; else the module's parent} */
    static Path root() {
        String root = System.getProperty("minutes.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    }

    /** {@return the shared directory holding DIALECT.md and the examples: {@code minutes.shared}, else ../shared} */
    static Path shared() {
        String shared = System.getProperty("minutes.shared");
        return shared != null ? Path.of(shared) : root().resolve("../shared").normalize();
    }

    /** {@return a real note of samples/} */
    static Path sample(String name) {
        return root().resolve("samples").resolve(name);
    }

    /** {@return the directory of the synthetic hard cases} */
    static Path examples() {
        return shared().resolve("examples");
    }

    /**
     * Parses a file once per test run; the corpus files never change while tests run.
     *
     * @param file a UTF-8 notes file, parsed from its bytes so that BOM and malformed-UTF-8 handling apply (D1)
     * @return the result
     */
    static ParseResult parse(Path file) {
        return PARSED.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
            try {
                return MinutesParser.create().parse(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@return the items of the lists standing directly in {@code blocks}} */
    static List<ListItem> topLevelItems(List<Block> blocks) {
        List<ListItem> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                out.addAll(list.items());
            }
        }
        return out;
    }

    /** {@return every item in {@code blocks}, nested ones included, in document order (depth first)} */
    static List<ListItem> allItems(List<Block> blocks) {
        List<ListItem> out = new ArrayList<>();
        for (ListItem item : topLevelItems(blocks)) {
            collect(item, out);
        }
        return out;
    }

    private static void collect(ListItem item, List<ListItem> out) {
        out.add(item);
        for (ListItem child : allItems(item.children())) {
            out.add(child);
        }
    }

    /** {@return every item of a section, nested ones included, in document order} */
    static List<ListItem> allItems(Section section) {
        return allItems(section.blocks());
    }

    /** {@return the items of a section that carry a speaker prefix, in document order} */
    static List<ListItem> speakerItems(Section section) {
        return allItems(section).stream().filter(item -> item.speaker().isPresent()).toList();
    }

    /** {@return the speakers of an item joined by {@code /}, as D71 renders joint speakers} */
    static String who(ListItem item) {
        return String.join("/", item.speakers());
    }

    /** {@return {@link #who} of every speaker item of a section, in order} */
    static List<String> speakers(Section section) {
        return speakerItems(section).stream().map(Corpus::who).toList();
    }

    /**
     * Describes a section as {@code "## Attendees → attendees, 5/5 items"}: level, heading text, kind, top-level
     * items and all items. One string per section makes a failing outline readable as a diff.
     */
    static String outline(Section section) {
        return "#".repeat(section.level()) + " " + section.headingText() + " → " + section.kind().id() + ", "
                + topLevelItems(section.blocks()).size() + "/" + allItems(section).size() + " items";
    }

    /** {@return the outline of every section of a document, in order} */
    static List<String> outline(List<Section> sections) {
        return sections.stream().map(Corpus::outline).toList();
    }

    /**
     * Writes list items as a nesting outline: each item's plain text, its child items in braces, siblings separated
     * by {@code " | "}. {@code "a{b{c} | d} | e"} is D39's example.
     */
    static String tree(List<ListItem> items) {
        StringBuilder out = new StringBuilder();
        for (ListItem item : items) {
            if (out.length() > 0) {
                out.append(" | ");
            }
            out.append(item.plainText());
            List<ListItem> children = item.childItems();
            if (!children.isEmpty()) {
                out.append('{').append(tree(children)).append('}');
            }
        }
        return out.toString();
    }

    /** {@return an item as {@code "[x] QE/RT: text"}: checkbox letter as stored, speakers, then the plain text} */
    static String box(ListItem item) {
        String box = item.checkbox().map(c -> "[" + c.letter() + "] ").orElse("");
        String who = item.speaker().isPresent() ? who(item) + ": " : "";
        return box + who + item.plainText();
    }

    /** {@return an action item as {@code "[QE/RT] text @ section_kind"}, open or done alike} */
    static String describe(ActionItem item) {
        return "[" + String.join("/", item.assignees()) + "] " + item.text() + " @ " + item.section().id();
    }

    /** {@return a topic as {@code "[QE] text @ kind state"}: speakers, text, section kind and state (D67 (2))} */
    static String describe(Topic topic) {
        return "[" + String.join("/", topic.speakers()) + "] " + topic.text() + " @ " + topic.section().id() + " "
                + topic.state().name().toLowerCase(Locale.ROOT);
    }

    /** {@return the diagnostics as {@code "code line:column"} (start position, D69), in the reported order} */
    static List<String> diagnostics(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().id() + " " + d.start()).toList();
    }

    /** {@return the diagnostics as {@code "code line"}, for files whose header comment names lines only} */
    static List<String> diagnosticLines(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().id() + " " + d.start().line()).toList();
    }

    /** {@return the diagnostic's start and end as {@code 1:1-1:5}} */
    static String range(Diagnostic diagnostic) {
        return diagnostic.start() + "-" + diagnostic.end();
    }

    /** {@return where a parsed node starts, for the node's line; fails when the node has no span} */
    static Position start(ParseResult result, Node node) {
        int offset = result.sourceMap().span(node).orElseThrow(() -> new AssertionError("no span for " + node))
                .start();
        return result.sourceMap().position(offset);
    }

    /**
     * Joins adjacent text nodes, so that expectations do not depend on where the parser happened to split literal
     * text (an unmatched opener is text, D54, and may or may not be its own node).
     */
    static List<Inline> joinText(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline original : content) {
            Inline inline = joinTextInside(original);
            int last = out.size() - 1;
            if (inline instanceof Text next && last >= 0 && out.get(last) instanceof Text previous) {
                out.set(last, new Text(previous.literal() + next.literal()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static Inline joinTextInside(Inline inline) {
        if (inline instanceof Link link) {
            return new Link(joinText(link.content()), link.destination());
        }
        if (inline instanceof Image image) {
            return new Image(joinText(image.content()), image.destination());
        }
        if (inline instanceof Emphasis emphasis) {
            return new Emphasis(emphasis.delimiter(), joinText(emphasis.content()));
        }
        if (inline instanceof Strong strong) {
            return new Strong(joinText(strong.content()));
        }
        if (inline instanceof Strikethrough strike) {
            return new Strikethrough(joinText(strike.content()));
        }
        return inline;
    }
}
