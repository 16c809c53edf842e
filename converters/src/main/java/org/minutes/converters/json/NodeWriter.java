package org.minutes.converters.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.AttendeeBlock;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Decision;
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
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.ast.Visitor;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.ScheduledTime;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/**
 * Writes nodes to a generator in the public shape described by {@code minutes.schema.json}. One instance per call:
 * it remembers the attendee blocks the document being written recorded when it was built (D26), by identity.
 */
final class NodeWriter implements Visitor<Void> {

    private final JsonGenerator out;
    private final WriteContext context;
    /** The document's attendee blocks by identity; empty when a node is written outside a document. */
    private final Map<Block, List<Attendee>> attendeeBlocks = new IdentityHashMap<>();
    private List<Attendee> pendingAttendees;
    /** The document being written, which resolves speakers (D53, D90, D91); null for a node written on its own. */
    private Document document;

    NodeWriter(JsonGenerator out, WriteContext context) {
        this.out = out;
        this.context = context;
    }

    /**
     * Writes a node and everything below it.
     *
     * @param node the node
     * @throws IOException if the generator fails
     */
    void write(Node node) throws IOException {
        try {
            node.accept(this);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Void visit(Document document) {
        this.document = document;
        for (AttendeeBlock block : document.attendeeBlocks()) {
            attendeeBlocks.put(block.block(), block.attendees());
        }
        start(document);
        number("schemaVersion", JsonConverter.SCHEMA_VERSION);
        meeting(document);
        derived(document);
        name("frontMatter");
        if (document.frontMatter().isPresent()) {
            document.frontMatter().get().accept(this);
        } else {
            nullValue();
        }
        blocks("lead", document.lead());
        name("title");
        if (document.title().isPresent()) {
            document.title().get().accept(this);
        } else {
            nullValue();
        }
        topLevelBlocks("preamble", document.preamble());
        name("sections");
        startArray();
        document.sections().forEach(section -> section.accept(this));
        endArray();
        if (context.diagnostics().isPresent()) {
            name("diagnostics");
            startArray();
            context.diagnostics().get().forEach(this::diagnostic);
            endArray();
        }
        end(document);
        return null;
    }

    @Override
    public Void visit(FrontMatter frontMatter) {
        start(frontMatter);
        string("yaml", frontMatter.yaml());
        strings("tags", frontMatter.tags());
        end(frontMatter);
        return null;
    }

    @Override
    public Void visit(Title title) {
        start(title);
        bool("draft", title.draft());
        optionalString("date", title.date().map(Object::toString));
        string("name", title.nameText());
        inlines("nameContent", title.name());
        end(title);
        return null;
    }

    @Override
    public Void visit(Section section) {
        start(section);
        number("level", section.level());
        inlines("heading", section.heading());
        string("headingText", section.headingText());
        string("kind", section.kind().id());
        topLevelBlocks("blocks", section.blocks());
        end(section);
        return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
        start(paragraph);
        inlines("content", paragraph.content());
        string("text", paragraph.plainText());
        end(paragraph);
        return null;
    }

    @Override
    public Void visit(HeadCount headCount) {
        start(headCount);
        string("text", headCount.text());
        name("count");
        if (headCount.count().isPresent()) {
            number(headCount.count().getAsInt());
        } else {
            nullValue();
        }
        end(headCount);
        return null;
    }

    @Override
    public Void visit(ListBlock listBlock) {
        List<Attendee> attendees = takeAttendees();
        start(listBlock);
        bool("ordered", listBlock.ordered());
        name("items");
        startArray();
        listBlock.items().forEach(item -> item.accept(this));
        endArray();
        attendees(attendees);
        end(listBlock);
        return null;
    }

    @Override
    public Void visit(ListItem item) {
        start(item);
        string("marker", lowerCase(item.marker()));
        optionalString("checkbox", item.checkbox().map(box -> box.done() ? "done" : "open"));
        optionalString("checkboxLetter", item.checkbox().map(box -> String.valueOf(box.letter())));
        boolean names = item.speaker().map(prefix -> prefix.form().isName()).orElse(false);
        name("speakers");
        startArray();
        for (String who : item.speakers()) {
            startObject();
            string("type", NodeTypes.SPEAKER);
            // D70, D91: a name speaker as written under "name"; initials (D48) under "initials".
            string(names ? "name" : "initials", who);
            if (document != null) {
                optionalString("attendee", document.resolveSpeaker(who).map(Attendee::name));
            }
            endObject();
        }
        endArray();
        optionalString("speakerForm", item.speaker().map(prefix -> lowerCase(prefix.form())));
        optionalString("speakerQualifier", item.speaker().flatMap(SpeakerPrefix::qualifier));
        optionalString("speakerEmphasis", item.speaker().filter(prefix -> prefix.form() == SpeakerForm.NAME_COLON)
                .map(prefix -> lowerCase(prefix.emphasis())));
        inlines("content", item.content());
        string("text", item.plainText());
        blocks("children", item.children());
        end(item);
        return null;
    }

    @Override
    public Void visit(Table table) {
        List<Attendee> attendees = takeAttendees();
        start(table);
        name("header");
        table.header().accept(this);
        name("rows");
        startArray();
        table.rows().forEach(row -> row.accept(this));
        endArray();
        attendees(attendees);
        end(table);
        return null;
    }

    @Override
    public Void visit(TableRow row) {
        start(row);
        name("cells");
        startArray();
        row.cells().forEach(cell -> cell.accept(this));
        endArray();
        end(row);
        return null;
    }

    @Override
    public Void visit(TableCell cell) {
        start(cell);
        inlines("content", cell.content());
        string("text", cell.plainText());
        end(cell);
        return null;
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
        start(codeBlock);
        string("fenceChar", String.valueOf(codeBlock.fenceChar()));
        number("fenceLength", codeBlock.fenceLength());
        string("info", codeBlock.info());
        strings("lines", codeBlock.lines());
        end(codeBlock);
        return null;
    }

    @Override
    public Void visit(Comment comment) {
        start(comment);
        strings("lines", comment.lines());
        end(comment);
        return null;
    }

    @Override
    public Void visit(BlockQuote blockQuote) {
        start(blockQuote);
        name("paragraphs");
        startArray();
        blockQuote.paragraphs().forEach(paragraph -> paragraph.accept(this));
        endArray();
        end(blockQuote);
        return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
        start(thematicBreak);
        end(thematicBreak);
        return null;
    }

    @Override
    public Void visit(Text text) {
        start(text);
        string("literal", text.literal());
        end(text);
        return null;
    }

    @Override
    public Void visit(SoftBreak softBreak) {
        start(softBreak);
        end(softBreak);
        return null;
    }

    @Override
    public Void visit(Code code) {
        start(code);
        string("literal", code.literal());
        end(code);
        return null;
    }

    @Override
    public Void visit(Link link) {
        start(link);
        inlines("content", link.content());
        string("destination", link.destination());
        end(link);
        return null;
    }

    @Override
    public Void visit(Image image) {
        start(image);
        inlines("content", image.content());
        string("destination", image.destination());
        end(image);
        return null;
    }

    @Override
    public Void visit(BareUrl bareUrl) {
        start(bareUrl);
        string("url", bareUrl.url());
        end(bareUrl);
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        start(emphasis);
        string("delimiter", String.valueOf(emphasis.delimiter()));
        inlines("content", emphasis.content());
        end(emphasis);
        return null;
    }

    @Override
    public Void visit(Strong strong) {
        start(strong);
        inlines("content", strong.content());
        end(strong);
        return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
        start(strikethrough);
        inlines("content", strikethrough.content());
        end(strikethrough);
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        start(emoji);
        string("name", emoji.name());
        end(emoji);
        return null;
    }

    @Override
    public Void visit(Mention mention) {
        start(mention);
        string("handle", mention.handle());
        optionalString("team", mention.team());
        end(mention);
        return null;
    }

    /**
     * D66, D67, D84, D85: the meeting as the SDK reads it. Everything in it is derived, for readers, except the
     * source name, an input of the semantics (D84 (4)) that {@code fromJson} reads back.
     */
    private void meeting(Document document) {
        name("meeting");
        startObject();
        string("type", NodeTypes.MEETING);
        optionalString("date", document.meetingDate().map(date -> date.date().toString()));
        optionalString("dateSource", document.meetingDate().map(date -> date.source().id()));
        string("name", document.name());
        optionalString("sourceName", document.sourceName());
        optionalString("start", document.schedule().primary().map(NodeWriter::start));
        endObject();
    }

    /**
     * The document's derived lists at the top level, for jq (issue 9): attendees, action items with their assignees
     * resolved, topics and decisions, each in document order.
     */
    private void derived(Document document) {
        attendees(document.attendees());
        name("actionItems");
        startArray();
        for (ActionItem item : document.actionItems()) {
            startObject();
            string("type", NodeTypes.ACTION_ITEM);
            string("text", item.text());
            bool("done", item.done());
            name("assignees");
            startArray();
            for (String who : item.assignees()) {
                Optional<Attendee> attendee = document.resolveSpeaker(who);
                startObject();
                string("type", NodeTypes.ASSIGNEE);
                string("who", who);
                optionalString("attendee", attendee.map(Attendee::name));
                optionalString("github", attendee.flatMap(Attendee::github));
                endObject();
            }
            endArray();
            string("section", item.section().id());
            endObject();
        }
        endArray();
        name("topics");
        startArray();
        for (Topic topic : document.topics()) {
            startObject();
            string("type", NodeTypes.TOPIC);
            string("text", topic.text());
            string("state", lowerCase(topic.state()));
            strings("speakers", topic.speakers());
            string("section", topic.section().id());
            endObject();
        }
        endArray();
        name("decisions");
        startArray();
        for (Decision decision : document.decisions()) {
            startObject();
            string("type", NodeTypes.DECISION);
            string("text", decision.text());
            strings("speakers", decision.speakers());
            endObject();
        }
        endArray();
    }

    /**
     * The primary time (D21, D85) in ISO 8601: with its offset when date and zone are known
     * ({@code 2031-05-16T17:00:00Z}), else as a local date-time or, without a meeting date, a local time.
     */
    private static String start(ScheduledTime time) {
        if (time.zoned().isPresent()) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.zoned().get());
        }
        return time.date().map(date -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(date.atTime(time.time())))
                .orElseGet(() -> DateTimeFormatter.ISO_LOCAL_TIME.format(time.time()));
    }

    /**
     * Writes the blocks of the preamble or of a section, handing each attendee block its attendees. A section written
     * on its own, outside a document, has no attendee context.
     */
    private void topLevelBlocks(String name, List<Block> blocks) {
        name(name);
        startArray();
        for (Block block : blocks) {
            pendingAttendees = attendeeBlocks.get(block);
            block.accept(this);
            pendingAttendees = null;
        }
        endArray();
    }

    /** Claims the attendees meant for the block being started, so that nested blocks never see them. */
    private List<Attendee> takeAttendees() {
        List<Attendee> attendees = pendingAttendees;
        pendingAttendees = null;
        return attendees;
    }

    private void attendees(List<Attendee> attendees) {
        if (attendees == null) {
            return;
        }
        name("attendees");
        startArray();
        for (Attendee attendee : attendees) {
            startObject();
            string("type", NodeTypes.ATTENDEE);
            string("name", attendee.name());
            optionalString("initials", attendee.initials());
            optionalString("github", attendee.github());
            strings("affiliations", attendee.affiliations());
            bool("absent", attendee.absent());
            endObject();
        }
        endArray();
    }

    private void diagnostic(Diagnostic diagnostic) {
        startObject();
        string("type", NodeTypes.DIAGNOSTIC);
        string("code", diagnostic.code().id());
        string("severity", diagnostic.severity().label());
        string("rule", diagnostic.code().rule());
        string("message", diagnostic.message());
        name("span");
        span(diagnostic.span(), diagnostic.start(), diagnostic.end());
        endObject();
    }

    private void span(Span span, Position start, Position end) {
        startObject();
        string("type", NodeTypes.SPAN);
        number("start", span.start());
        number("end", span.end());
        number("startLine", start.line());
        number("startColumn", start.column());
        number("endLine", end.line());
        number("endColumn", end.column());
        endObject();
    }

    private void start(Node node) {
        startObject();
        string("type", NodeTypes.name(node));
    }

    private void end(Node node) {
        if (context.spans().isPresent()) {
            SourceMap map = context.spans().get();
            Optional<Span> span = map.span(node);
            if (span.isPresent()) {
                name("span");
                span(span.get(), map.position(span.get().start()), map.position(span.get().end()));
            }
        }
        endObject();
    }

    /** {@return an enum value as the schema writes it: its name in lower case ({@code "paren_colon"})} */
    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private void inlines(String name, List<Inline> content) {
        name(name);
        startArray();
        content.forEach(inline -> inline.accept(this));
        endArray();
    }

    private void blocks(String name, List<Block> blocks) {
        name(name);
        startArray();
        blocks.forEach(block -> block.accept(this));
        endArray();
    }

    private void strings(String name, List<String> values) {
        name(name);
        startArray();
        values.forEach(this::stringValue);
        endArray();
    }

    private void optionalString(String name, Optional<String> value) {
        name(name);
        if (value.isPresent()) {
            stringValue(value.get());
        } else {
            nullValue();
        }
    }

    private void string(String name, String value) {
        name(name);
        stringValue(value);
    }

    private void number(String name, int value) {
        name(name);
        number(value);
    }

    private void bool(String name, boolean value) {
        try {
            out.writeBooleanField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void name(String name) {
        try {
            out.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stringValue(String value) {
        try {
            out.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void number(int value) {
        try {
            out.writeNumber(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nullValue() {
        try {
            out.writeNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startObject() {
        try {
            out.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endObject() {
        try {
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startArray() {
        try {
            out.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endArray() {
        try {
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
