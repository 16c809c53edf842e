package org.minutes.sdk.spec;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.BareUrl;
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
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.NameEmphasis;
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
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.ast.TopicState;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.ast.Visitor;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;

/**
 * Prints a parse result in the text form of the executable spec ({@code docs/dialect.md}): one node per line,
 * children indented by two spaces, every record component shown; then the semantic model's values (D66–D68) under
 * a {@code model} line; then one line per diagnostic.
 *
 * <pre>
 * document
 *   front-matter "tags: [meeting-notes]"
 *   title date=2026-01-14
 *     text "Conda Ecosystem Meeting"
 *   section level=2 kind=attendees
 *     text "Attendees"
 *     list ordered
 *       item ordered
 *         text "QE: Quinn Example ("
 *         mention "qexample"
 *         text ")"
 * model
 *   tags ["meeting-notes"]
 *   attendee "Quinn Example" initials=QE github=qexample
 * diagnostic 1:1 info title/no-date
 * </pre>
 *
 * <p>Strings are quoted with Java escapes ({@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}) and every
 * invisible or ambiguous character as {@code \}{@code uXXXX}: controls, format characters, separators other than
 * the space (NBSP is {@code \}{@code u00a0}) and U+FFFD. Absent optional values and empty derived lists are
 * omitted. The full format is documented in Appendix A of {@code docs/dialect.md}.
 */
public final class AstDump implements Visitor<Void> {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private AstDump() {
    }

    /**
     * Dumps a whole parse result: AST, semantic model and diagnostics.
     *
     * @param result what the parser returned
     * @return the dump, each line ending in LF
     */
    public static String dump(ParseResult result) {
        AstDump dump = new AstDump();
        result.document().accept(dump);
        dump.model(result.document());
        dump.diagnostics(result.diagnostics());
        return dump.out.toString();
    }

    /**
     * Dumps the AST of a document alone, without model or diagnostics.
     *
     * @param node the root to print, usually a {@link Document}
     * @return the dump, each line ending in LF
     */
    public static String ast(Node node) {
        AstDump dump = new AstDump();
        node.accept(dump);
        return dump.out.toString();
    }

    /**
     * Quotes a string with Java escapes, so that white space and invisible characters can be told apart.
     *
     * @param value the string
     * @return the string in double quotes
     */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (invisible(cp)) {
                        for (char unit : Character.toChars(cp)) {
                            quoted.append(String.format("\\u%04x", (int) unit));
                        }
                    } else {
                        quoted.appendCodePoint(cp);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp)
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || (type == Character.SPACE_SEPARATOR && cp != ' ')
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0xFFFD;
    }

    private void line(String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void children(List<? extends Node> nodes) {
        depth++;
        for (Node node : nodes) {
            node.accept(this);
        }
        depth--;
    }

    @Override
    public Void visit(Document document) {
        line("document");
        depth++;
        document.frontMatter().ifPresent(frontMatter -> frontMatter.accept(this));
        document.lead().forEach(block -> block.accept(this));
        document.title().ifPresent(title -> title.accept(this));
        document.preamble().forEach(block -> block.accept(this));
        document.sections().forEach(section -> section.accept(this));
        depth--;
        return null;
    }

    @Override
    public Void visit(FrontMatter frontMatter) {
        line("front-matter " + quote(frontMatter.yaml()));
        return null;
    }

    @Override
    public Void visit(Title title) {
        line("title" + (title.draft() ? " draft" : "") + title.date().map(date -> " date=" + date).orElse(""));
        children(title.name());
        return null;
    }

    @Override
    public Void visit(Section section) {
        line("section level=" + section.level() + " kind=" + section.kind().id());
        children(section.heading());
        children(section.blocks());
        return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
        line("paragraph");
        children(paragraph.content());
        return null;
    }

    @Override
    public Void visit(HeadCount headCount) {
        String count = headCount.count().isPresent() ? " count=" + headCount.count().getAsInt() : "";
        line("head-count " + quote(headCount.text()) + count);
        return null;
    }

    @Override
    public Void visit(ListBlock listBlock) {
        line("list " + (listBlock.ordered() ? "ordered" : "bullet"));
        children(listBlock.items());
        return null;
    }

    @Override
    public Void visit(ListItem listItem) {
        StringBuilder head = new StringBuilder("item ").append(marker(listItem));
        listItem.checkbox().ifPresent(box -> head.append(" [").append(box.letter()).append(']'));
        listItem.speaker().ifPresent(speaker -> head.append(' ').append(speaker(speaker)));
        line(head.toString());
        children(listItem.content());
        children(listItem.children());
        return null;
    }

    private static String marker(ListItem item) {
        return switch (item.marker()) {
            case DASH -> "-";
            case STAR -> "*";
            case PLUS -> "+";
            case ORDERED -> "ordered";
        };
    }

    private static String speaker(SpeakerPrefix speaker) {
        return "speaker=(" + String.join("/", speaker.initials()) + ")"
                + speaker.qualifier().map(q -> " qualifier=" + quote(q)).orElse("")
                + " form=" + speaker.form().name()
                + (speaker.emphasis() == NameEmphasis.NONE ? "" : " emphasis=" + speaker.emphasis().name());
    }

    @Override
    public Void visit(Table table) {
        line("table");
        depth++;
        row("header", table.header());
        table.rows().forEach(row -> row.accept(this));
        depth--;
        return null;
    }

    @Override
    public Void visit(TableRow tableRow) {
        row("row", tableRow);
        return null;
    }

    private void row(String label, TableRow row) {
        line(label);
        children(row.cells());
    }

    @Override
    public Void visit(TableCell tableCell) {
        line("cell");
        children(tableCell.content());
        return null;
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
        String fence = String.valueOf(codeBlock.fenceChar()).repeat(codeBlock.fenceLength());
        line("code-block fence=" + quote(fence) + (codeBlock.info().isEmpty() ? "" : " info=" + quote(codeBlock.info())));
        literalLines(codeBlock.lines());
        return null;
    }

    @Override
    public Void visit(Comment comment) {
        line("comment");
        literalLines(comment.lines());
        return null;
    }

    private void literalLines(List<String> lines) {
        depth++;
        lines.forEach(text -> line("line " + quote(text)));
        depth--;
    }

    @Override
    public Void visit(BlockQuote blockQuote) {
        line("quote");
        children(blockQuote.paragraphs());
        return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
        line("break");
        return null;
    }

    @Override
    public Void visit(Text text) {
        line("text " + quote(text.literal()));
        return null;
    }

    @Override
    public Void visit(SoftBreak softBreak) {
        line("softbreak");
        return null;
    }

    @Override
    public Void visit(Code code) {
        line("code " + quote(code.literal()));
        return null;
    }

    @Override
    public Void visit(Link link) {
        line("link " + quote(link.destination()));
        children(link.content());
        return null;
    }

    @Override
    public Void visit(Image image) {
        line("image " + quote(image.destination()));
        children(image.content());
        return null;
    }

    @Override
    public Void visit(BareUrl bareUrl) {
        line("url " + quote(bareUrl.url()));
        return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
        line("emphasis " + emphasis.delimiter());
        children(emphasis.content());
        return null;
    }

    @Override
    public Void visit(Strong strong) {
        line("strong");
        children(strong.content());
        return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
        line("strike");
        children(strikethrough.content());
        return null;
    }

    @Override
    public Void visit(Emoji emoji) {
        line("emoji " + quote(emoji.name()));
        return null;
    }

    @Override
    public Void visit(Mention mention) {
        line("mention " + quote(mention.handle()) + mention.team().map(team -> " team=" + quote(team)).orElse(""));
        return null;
    }

    /** The semantic model (D66): only what the document has, so that most examples print no model at all. */
    private void model(Document document) {
        List<String> lines = new ArrayList<>();
        if (!document.tags().isEmpty()) {
            lines.add("tags " + strings(document.tags()));
        }
        document.meetingDate().filter(date -> date.source() != DateSource.TITLE)
                .ifPresent(date -> lines.add("meeting-date " + date.date() + " source=" + date.source().id()));
        if (!document.name().equals(document.title().map(Title::nameText).orElse(""))) {
            lines.add("name " + quote(document.name()));
        }
        document.meetingLink().ifPresent(link -> lines.add("meeting-link " + quote(link)));
        Schedule schedule = document.schedule();
        schedule.primary().ifPresent(time -> lines.add("primary-time " + time(time)));
        schedule.alternates().forEach(time -> lines.add("alternate-time " + time(time)));
        document.description().ifPresent(description -> lines.add("description " + quote(description)));
        document.attendees().forEach(attendee -> lines.add(attendee(attendee)
                + document.derivedInitials(attendee).map(initials -> " derived=" + initials).orElse("")));
        document.headCount().ifPresent(count -> lines.add("head-count " + count));
        document.topics().stream().filter(topic -> topic.state() != TopicState.UNTRACKED)
                .forEach(topic -> lines.add(topic(topic)));
        document.actionItems().forEach(item -> lines.add(action(item)));
        document.decisions().forEach(decision -> lines.add(decision(decision)));
        if (!lines.isEmpty()) {
            line("model");
            depth++;
            lines.forEach(this::line);
            depth--;
        }
    }

    private static String time(ScheduledTime time) {
        StringBuilder text = new StringBuilder();
        time.date().ifPresent(date -> text.append(date).append(' '));
        text.append(time.time());
        time.zone().ifPresent(zone -> text.append(' ').append(zone(zone)));
        return text.toString();
    }

    /** UTC may be built as {@code ZoneOffset.UTC} or {@code ZoneId.of("UTC")}; the dialect does not tell them apart. */
    private static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String attendee(Attendee attendee) {
        return "attendee " + quote(attendee.name())
                + attendee.initials().map(initials -> " initials=" + initials).orElse("")
                + attendee.github().map(github -> " github=" + github).orElse("")
                + (attendee.affiliations().isEmpty() ? "" : " affiliations=" + strings(attendee.affiliations()))
                + (attendee.absent() ? " absent" : "");
    }

    private static String action(ActionItem item) {
        return "action " + (item.done() ? "done " : "open ") + quote(item.text())
                + (item.assignees().isEmpty() ? "" : " assignees=" + strings(item.assignees()))
                + " section=" + item.section().id();
    }

    private static String topic(Topic topic) {
        return "topic " + topic.state().name().toLowerCase(java.util.Locale.ROOT) + " " + quote(topic.text())
                + (topic.speakers().isEmpty() ? "" : " speakers=" + strings(topic.speakers()))
                + " section=" + topic.section().id();
    }

    private static String decision(Decision decision) {
        return "decision " + quote(decision.text())
                + (decision.speakers().isEmpty() ? "" : " speakers=" + strings(decision.speakers()));
    }

    private static String strings(List<String> values) {
        return values.stream().map(AstDump::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Diagnostics by start position; ties, which the dialect leaves in any order, by code. That the parser itself
     * orders them by position (D69) is checked by the spec runner.
     */
    private void diagnostics(List<Diagnostic> diagnostics) {
        diagnostics.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.start().line())
                        .thenComparingInt(d -> d.start().column())
                        .thenComparing(d -> d.code().id()))
                .forEach(d -> line("diagnostic " + d.start() + " " + d.severity().label() + " " + d.code().id()));
    }
}
