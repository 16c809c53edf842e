package org.minutes.converters.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Checkbox;
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
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;

/**
 * Rebuilds AST records from a JSON tree. It reads only the structural fields and the meeting's source name, ignores
 * derived ones (plain texts, kinds, attendees, counts, the meeting's facts, spans, diagnostics) and unknown keys, and
 * dispatches on {@code "type"} through the closed list in {@link NodeTypes}: it never turns a name from the input
 * into a class. Every failure is a {@link JsonFormatException} carrying the JSON Pointer of the offending value.
 * Stateless.
 */
final class NodeReader {

    private NodeReader() {
    }

    /**
     * Reads a node of an expected family.
     *
     * @param json     the tree
     * @param expected {@link Node}, {@link Block}, {@link Inline} or a record type
     * @param <T>      the expected type
     * @return the node
     * @throws JsonFormatException if the tree is no such node
     */
    static <T extends Node> T read(JsonNode json, Class<T> expected) {
        Node node;
        if (expected == Block.class) {
            node = block(json, "");
        } else if (expected == Inline.class) {
            node = inline(json, "");
        } else {
            node = node(json, "");
        }
        if (!expected.isInstance(node)) {
            throw new JsonFormatException("", "expected " + expected.getSimpleName() + ", found type "
                    + quote(NodeTypes.name(node)));
        }
        return expected.cast(node);
    }

    private static Node node(JsonNode json, String path) {
        String type = type(json, path);
        if (NodeTypes.BLOCKS.containsValue(type)) {
            return block(json, path);
        }
        if (NodeTypes.INLINES.containsValue(type)) {
            return inline(json, path);
        }
        switch (type) {
            case "document":
                return document(json, path);
            case "front_matter":
                return frontMatter(json, path);
            case "title":
                return title(json, path);
            case "section":
                return section(json, path);
            case "list_item":
                return listItem(json, path);
            case "table_row":
                return tableRow(json, path);
            case "table_cell":
                return tableCell(json, path);
            default:
                throw unknownType(type, path, "node", NodeTypes.PARTS);
        }
    }

    private static Document document(JsonNode json, String path) {
        expectType(json, path, "document");
        JsonNode version = field(json, "schemaVersion", path);
        if (!version.isInt() || version.intValue() < JsonConverter.OLDEST_SCHEMA_VERSION
                || version.intValue() > JsonConverter.SCHEMA_VERSION) {
            throw new JsonFormatException(path + "/schemaVersion", "unsupported schema version " + version
                    + "; this reader knows versions " + JsonConverter.OLDEST_SCHEMA_VERSION + " to "
                    + JsonConverter.SCHEMA_VERSION);
        }
        JsonNode frontMatter = field(json, "frontMatter", path);
        JsonNode title = field(json, "title", path);
        Optional<FrontMatter> front = frontMatter.isNull()
                ? Optional.empty() : Optional.of(frontMatter(frontMatter, path + "/frontMatter"));
        List<Block> lead = blocks(json, "lead", path);
        Optional<Title> heading = title.isNull() ? Optional.empty() : Optional.of(title(title, path + "/title"));
        List<Block> preamble = blocks(json, "preamble", path);
        JsonNode sectionArray = array(json, "sections", path);
        List<Section> sections = new ArrayList<>(sectionArray.size());
        for (int i = 0; i < sectionArray.size(); i++) {
            sections.add(section(sectionArray.get(i), path + "/sections/" + i));
        }
        Optional<String> sourceName = sourceName(json, path);
        return build(path, () -> Document.of(front, lead, heading, preamble, sections, sourceName));
    }

    /**
     * The source name (D84 (4)): the one part of the derived {@code "meeting"} that is read, since the semantics
     * depend on it. JSON written before the meeting object has none.
     */
    private static Optional<String> sourceName(JsonNode json, String path) {
        JsonNode meeting = json.get("meeting");
        if (meeting == null) {
            return Optional.empty();
        }
        String meetingPath = path + "/meeting";
        expectType(meeting, meetingPath, NodeTypes.MEETING);
        return meeting.has("sourceName") ? nullableString(meeting, "sourceName", meetingPath) : Optional.empty();
    }

    private static FrontMatter frontMatter(JsonNode json, String path) {
        expectType(json, path, "front_matter");
        String yaml = string(json, "yaml", path);
        return build(path, () -> new FrontMatter(yaml));
    }

    private static Title title(JsonNode json, String path) {
        expectType(json, path, "title");
        boolean draft = bool(json, "draft", path);
        Optional<String> dateText = nullableString(json, "date", path);
        Optional<LocalDate> date;
        try {
            date = dateText.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new JsonFormatException(path + "/date", "no calendar date: " + quote(dateText.get()), e);
        }
        if (date.isPresent() && (date.get().getYear() < 0 || date.get().getYear() > 9999)) {
            throw new JsonFormatException(path + "/date", "date " + quote(dateText.get())
                    + " has no year of 4 digits (0000-9999), as a title writes it (D15)");
        }
        List<Inline> name = inlines(json, "nameContent", path);
        return build(path, () -> new Title(draft, date, name));
    }

    private static Section section(JsonNode json, String path) {
        expectType(json, path, "section");
        int level = integer(json, "level", path);
        List<Inline> heading = inlines(json, "heading", path);
        List<Block> blocks = blocks(json, "blocks", path);
        return build(path, () -> new Section(level, heading, blocks));
    }

    private static Block block(JsonNode json, String path) {
        String type = type(json, path);
        switch (type) {
            case "paragraph":
                return paragraph(json, path);
            case "head_count": {
                String text = string(json, "text", path);
                return build(path, () -> new HeadCount(text));
            }
            case "list": {
                JsonNode items = array(json, "items", path);
                List<ListItem> list = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    list.add(listItem(items.get(i), path + "/items/" + i));
                }
                return build(path, () -> new ListBlock(list));
            }
            case "table": {
                TableRow header = tableRow(field(json, "header", path), path + "/header");
                JsonNode rows = array(json, "rows", path);
                List<TableRow> body = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    body.add(tableRow(rows.get(i), path + "/rows/" + i));
                }
                return build(path, () -> new Table(header, body));
            }
            case "code_block": {
                char fenceChar = character(json, "fenceChar", path);
                int fenceLength = integer(json, "fenceLength", path);
                if (fenceLength > JsonConverter.MAX_FENCE_LENGTH) {
                    throw new JsonFormatException(path + "/fenceLength", "fence length " + fenceLength
                            + " is over the limit of " + JsonConverter.MAX_FENCE_LENGTH + " characters");
                }
                String info = string(json, "info", path);
                List<String> lines = strings(json, "lines", path);
                return build(path, () -> new CodeBlock(fenceChar, fenceLength, info, lines));
            }
            case "comment": {
                List<String> lines = strings(json, "lines", path);
                return build(path, () -> new Comment(lines));
            }
            case "block_quote": {
                JsonNode paragraphs = array(json, "paragraphs", path);
                List<Paragraph> quoted = new ArrayList<>(paragraphs.size());
                for (int i = 0; i < paragraphs.size(); i++) {
                    String itemPath = path + "/paragraphs/" + i;
                    expectType(paragraphs.get(i), itemPath, "paragraph");
                    quoted.add(paragraph(paragraphs.get(i), itemPath));
                }
                return build(path, () -> new BlockQuote(quoted));
            }
            case "thematic_break":
                return new ThematicBreak();
            default:
                throw unknownType(type, path, "block", NodeTypes.BLOCKS);
        }
    }

    private static Paragraph paragraph(JsonNode json, String path) {
        List<Inline> content = inlines(json, "content", path);
        return build(path, () -> new Paragraph(content));
    }

    private static ListItem listItem(JsonNode json, String path) {
        expectType(json, path, "list_item");
        Marker marker = enumValue(json, "marker", path, Marker.class);
        Optional<Checkbox> checkbox = checkbox(json, path);
        Optional<SpeakerPrefix> speaker = speaker(json, path);
        List<Inline> content = inlines(json, "content", path);
        List<Block> children = blocks(json, "children", path);
        return build(path, () -> new ListItem(marker, checkbox, speaker, content, children));
    }

    /** {@code "checkbox"} gives the state; {@code "checkboxLetter"} tells {@code [x]} from {@code [X]} (D45). */
    private static Optional<Checkbox> checkbox(JsonNode json, String path) {
        Optional<String> state = nullableString(json, "checkbox", path);
        Optional<String> letter = nullableString(json, "checkboxLetter", path);
        if (state.isEmpty()) {
            if (letter.isPresent()) {
                throw new JsonFormatException(path + "/checkboxLetter", "a letter needs a checkbox");
            }
            return Optional.empty();
        }
        Checkbox box;
        if (state.get().equals("open")) {
            box = Checkbox.OPEN;
        } else if (state.get().equals("done")) {
            box = letter.isPresent() && letter.get().equals("X") ? Checkbox.DONE_UPPER_CASE : Checkbox.DONE;
        } else {
            throw new JsonFormatException(path + "/checkbox", "expected \"open\", \"done\" or null, found "
                    + quote(state.get()));
        }
        if (letter.isPresent() && !letter.get().equals(String.valueOf(box.letter()))) {
            throw new JsonFormatException(path + "/checkboxLetter", "letter " + quote(letter.get())
                    + " does not fit a checkbox that is " + state.get());
        }
        return Optional.of(box);
    }

    /**
     * The speaker prefix (D49, D91, D92): each speaker object holds {@code "initials"}, or {@code "name"} for a name
     * form; {@code "speakerEmphasis"} may be missing (JSON written before name speakers) and then means none.
     */
    private static Optional<SpeakerPrefix> speaker(JsonNode json, String path) {
        JsonNode speakers = array(json, "speakers", path);
        Optional<String> form = nullableString(json, "speakerForm", path);
        Optional<String> qualifier = nullableString(json, "speakerQualifier", path);
        Optional<String> emphasis = json.has("speakerEmphasis")
                ? nullableString(json, "speakerEmphasis", path) : Optional.empty();
        if (speakers.isEmpty()) {
            if (form.isPresent() || qualifier.isPresent() || emphasis.isPresent()) {
                throw new JsonFormatException(path + "/speakers",
                        "a speaker form, qualifier or emphasis needs speakers");
            }
            return Optional.empty();
        }
        SpeakerForm speakerForm = enumValue(json, "speakerForm", path, SpeakerForm.class);
        NameEmphasis nameEmphasis = emphasis.isPresent()
                ? enumValue(json, "speakerEmphasis", path, NameEmphasis.class) : NameEmphasis.NONE;
        String key = speakerForm.isName() ? "name" : "initials";
        List<String> who = new ArrayList<>(speakers.size());
        for (int i = 0; i < speakers.size(); i++) {
            String speakerPath = path + "/speakers/" + i;
            expectType(speakers.get(i), speakerPath, NodeTypes.SPEAKER);
            String other = speakerForm.isName() ? "initials" : "name";
            if (speakers.get(i).has(other)) {
                throw new JsonFormatException(speakerPath + "/" + other, "a speaker of form "
                        + quote(form.get()) + " holds " + quote(key) + ", not " + quote(other));
            }
            who.add(string(speakers.get(i), key, speakerPath));
        }
        return Optional.of(build(path, () -> new SpeakerPrefix(who, qualifier, speakerForm, nameEmphasis)));
    }

    private static TableRow tableRow(JsonNode json, String path) {
        expectType(json, path, "table_row");
        JsonNode cells = array(json, "cells", path);
        List<TableCell> row = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            row.add(tableCell(cells.get(i), path + "/cells/" + i));
        }
        return build(path, () -> new TableRow(row));
    }

    private static TableCell tableCell(JsonNode json, String path) {
        expectType(json, path, "table_cell");
        List<Inline> content = inlines(json, "content", path);
        return build(path, () -> new TableCell(content));
    }

    private static Inline inline(JsonNode json, String path) {
        String type = type(json, path);
        switch (type) {
            case "text": {
                String literal = string(json, "literal", path);
                return build(path, () -> new Text(literal));
            }
            case "soft_break":
                return new SoftBreak();
            case "code": {
                String literal = string(json, "literal", path);
                return build(path, () -> new Code(literal));
            }
            case "link": {
                List<Inline> content = inlines(json, "content", path);
                String destination = string(json, "destination", path);
                return build(path, () -> new Link(content, destination));
            }
            case "image": {
                List<Inline> content = inlines(json, "content", path);
                String destination = string(json, "destination", path);
                return build(path, () -> new Image(content, destination));
            }
            case "bare_url": {
                String url = string(json, "url", path);
                return build(path, () -> new BareUrl(url));
            }
            case "emphasis": {
                char delimiter = character(json, "delimiter", path);
                List<Inline> content = inlines(json, "content", path);
                return build(path, () -> new Emphasis(delimiter, content));
            }
            case "strong": {
                List<Inline> content = inlines(json, "content", path);
                return build(path, () -> new Strong(content));
            }
            case "strikethrough": {
                List<Inline> content = inlines(json, "content", path);
                return build(path, () -> new Strikethrough(content));
            }
            case "emoji": {
                String name = string(json, "name", path);
                return build(path, () -> new Emoji(name));
            }
            case "mention": {
                String handle = string(json, "handle", path);
                Optional<String> team = nullableString(json, "team", path);
                return build(path, () -> new Mention(handle, team));
            }
            default:
                throw unknownType(type, path, "inline", NodeTypes.INLINES);
        }
    }

    private static List<Inline> inlines(JsonNode json, String name, String path) {
        JsonNode array = array(json, name, path);
        List<Inline> inlines = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            inlines.add(inline(array.get(i), path + "/" + name + "/" + i));
        }
        return inlines;
    }

    private static List<Block> blocks(JsonNode json, String name, String path) {
        JsonNode array = array(json, name, path);
        List<Block> blocks = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            blocks.add(block(array.get(i), path + "/" + name + "/" + i));
        }
        return blocks;
    }

    /** Runs a record constructor, turning its invariant checks into format errors at the object's pointer. */
    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFormatException(path, e.getMessage(), e);
        }
    }

    private static String type(JsonNode json, String path) {
        if (!json.isObject()) {
            throw new JsonFormatException(path, "expected an object with a \"type\", found " + kind(json));
        }
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw new JsonFormatException(path, "every object needs a string \"type\""
                    + (type == null ? "" : ", found " + kind(type)));
        }
        return type.textValue();
    }

    private static void expectType(JsonNode json, String path, String expected) {
        String type = type(json, path);
        if (!type.equals(expected)) {
            throw new JsonFormatException(path + "/type", "expected type " + quote(expected) + ", found "
                    + quote(type));
        }
    }

    private static JsonFormatException unknownType(String type, String path, String family,
                                                   Map<Class<? extends Node>, String> names) {
        boolean known = NodeTypes.PARTS.containsValue(type) || NodeTypes.BLOCKS.containsValue(type)
                || NodeTypes.INLINES.containsValue(type);
        String message = known
                ? "type " + quote(type) + " is no " + family + "; expected one of " + names.values()
                : "unknown type " + quote(type) + "; expected one of " + names.values();
        return new JsonFormatException(path + "/type", message);
    }

    private static JsonNode field(JsonNode json, String name, String path) {
        JsonNode value = json.get(name);
        if (value == null) {
            throw new JsonFormatException(path, "missing " + quote(name));
        }
        return value;
    }

    private static JsonNode array(JsonNode json, String name, String path) {
        JsonNode value = field(json, name, path);
        if (!value.isArray()) {
            throw new JsonFormatException(path + "/" + name, "expected an array, found " + kind(value));
        }
        return value;
    }

    private static String string(JsonNode json, String name, String path) {
        JsonNode value = field(json, name, path);
        if (!value.isTextual()) {
            throw new JsonFormatException(path + "/" + name, "expected a string, found " + kind(value));
        }
        return unicode(value.textValue(), path + "/" + name);
    }

    /**
     * D1: notes are Unicode text, so every surrogate of a string is half of a pair. JSON can escape a lone one
     * ({@code \}{@code uD800} alone), which no UTF-8 file spells and writers would turn into {@code ?} or U+FFFD
     * silently: it is refused where it stands.
     */
    private static String unicode(String text, String pointer) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JsonFormatException(pointer, String.format(Locale.ROOT, "lone surrogate U+%04X at "
                        + "character %d: notes are Unicode text (D1), which no file can hold it in", (int) c, i));
            }
        }
        return text;
    }

    private static Optional<String> nullableString(JsonNode json, String name, String path) {
        JsonNode value = field(json, name, path);
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new JsonFormatException(path + "/" + name, "expected a string or null, found " + kind(value));
        }
        return Optional.of(unicode(value.textValue(), path + "/" + name));
    }

    private static List<String> strings(JsonNode json, String name, String path) {
        JsonNode array = array(json, name, path);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (!value.isTextual()) {
                throw new JsonFormatException(path + "/" + name + "/" + i, "expected a string, found " + kind(value));
            }
            values.add(unicode(value.textValue(), path + "/" + name + "/" + i));
        }
        return values;
    }

    private static char character(JsonNode json, String name, String path) {
        String value = string(json, name, path);
        if (value.length() != 1) {
            throw new JsonFormatException(path + "/" + name, "expected one character, found " + quote(value));
        }
        return value.charAt(0);
    }

    private static int integer(JsonNode json, String name, String path) {
        JsonNode value = field(json, name, path);
        if (!value.isInt()) {
            throw new JsonFormatException(path + "/" + name, "expected an integer, found " + kind(value));
        }
        return value.intValue();
    }

    private static boolean bool(JsonNode json, String name, String path) {
        JsonNode value = field(json, name, path);
        if (!value.isBoolean()) {
            throw new JsonFormatException(path + "/" + name, "expected true or false, found " + kind(value));
        }
        return value.booleanValue();
    }

    /** Enum values are written as their lower-case names ({@code "paren_colon"}); nothing else is accepted. */
    private static <E extends Enum<E>> E enumValue(JsonNode json, String name, String path, Class<E> type) {
        String value = string(json, name, path);
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String id = constant.name().toLowerCase(Locale.ROOT);
            if (id.equals(value)) {
                return constant;
            }
            names.add(id);
        }
        throw new JsonFormatException(path + "/" + name, "expected one of " + names + ", found " + quote(value));
    }

    private static String kind(JsonNode json) {
        switch (json.getNodeType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case STRING:
                return "the string " + quote(json.textValue());
            case NULL:
                return "null";
            default:
                return json.getNodeType().name().toLowerCase(Locale.ROOT) + " " + json;
        }
    }

    private static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return '"' + shown + '"';
    }
}
