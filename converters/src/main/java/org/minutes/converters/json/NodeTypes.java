package org.minutes.converters.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The explicit, closed list of JSON type ids: one stable lower-case name per AST record, never a class name
 * (class-name ids are how Jackson polymorphic-typing gadget attacks work). The writer takes names from here and the
 * reader accepts only these names; a test checks each family against its sealed interface's permitted subclasses.
 */
final class NodeTypes {

    /** The records directly permitted by {@link Node}, other than the {@link Block} and {@link Inline} families. */
    static final Map<Class<? extends Node>, String> PARTS = family(List.of(
            Map.entry(Document.class, "document"),
            Map.entry(FrontMatter.class, "front_matter"),
            Map.entry(Title.class, "title"),
            Map.entry(Section.class, "section"),
            Map.entry(ListItem.class, "list_item"),
            Map.entry(TableRow.class, "table_row"),
            Map.entry(TableCell.class, "table_cell")));

    /** The records permitted by {@link Block}. */
    static final Map<Class<? extends Node>, String> BLOCKS = family(List.of(
            Map.entry(Paragraph.class, "paragraph"),
            Map.entry(HeadCount.class, "head_count"),
            Map.entry(ListBlock.class, "list"),
            Map.entry(Table.class, "table"),
            Map.entry(CodeBlock.class, "code_block"),
            Map.entry(Comment.class, "comment"),
            Map.entry(BlockQuote.class, "block_quote"),
            Map.entry(ThematicBreak.class, "thematic_break")));

    /** The records permitted by {@link Inline}. */
    static final Map<Class<? extends Node>, String> INLINES = family(List.of(
            Map.entry(Text.class, "text"),
            Map.entry(SoftBreak.class, "soft_break"),
            Map.entry(Code.class, "code"),
            Map.entry(Link.class, "link"),
            Map.entry(Image.class, "image"),
            Map.entry(BareUrl.class, "bare_url"),
            Map.entry(Emphasis.class, "emphasis"),
            Map.entry(Strong.class, "strong"),
            Map.entry(Strikethrough.class, "strikethrough"),
            Map.entry(Emoji.class, "emoji"),
            Map.entry(Mention.class, "mention")));

    /** Type id of the speaker objects of a list item; not a node, since the AST keeps them in a prefix record. */
    static final String SPEAKER = "speaker";
    /** Type id of a derived attendee (D26–D35). */
    static final String ATTENDEE = "attendee";
    /** Type id of a diagnostic (D69). */
    static final String DIAGNOSTIC = "diagnostic";
    /** Type id of a source span. */
    static final String SPAN = "span";
    /** Type id of the document's derived meeting facts (D66, D84). */
    static final String MEETING = "meeting";
    /** Type id of a derived agenda topic (D67 (2)). */
    static final String TOPIC = "topic";
    /** Type id of a derived action item (D67 (1), D93). */
    static final String ACTION_ITEM = "action_item";
    /** Type id of an action item's assignee, as written and resolved (D67, D53, D91). */
    static final String ASSIGNEE = "assignee";
    /** Type id of a derived decision (D68). */
    static final String DECISION = "decision";
    /** The type ids of objects that are no AST node. */
    static final List<String> OTHERS = List.of(SPEAKER, ATTENDEE, DIAGNOSTIC, SPAN, MEETING, TOPIC, ACTION_ITEM,
            ASSIGNEE, DECISION);

    private NodeTypes() {
    }

    /**
     * Returns the type id of a node.
     *
     * @param node any AST node
     * @return its id
     */
    static String name(Node node) {
        Class<? extends Node> type = node.getClass();
        String name = BLOCKS.get(type);
        if (name == null) {
            name = INLINES.get(type);
        }
        if (name == null) {
            name = PARTS.get(type);
        }
        if (name == null) {
            throw new IllegalStateException("no JSON type id for " + type.getName());
        }
        return name;
    }

    private static Map<Class<? extends Node>, String> family(List<Map.Entry<Class<? extends Node>, String>> entries) {
        Map<Class<? extends Node>, String> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(map);
    }
}
