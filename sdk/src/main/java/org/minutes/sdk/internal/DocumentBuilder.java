package org.minutes.sdk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.minutes.grammar.LineToken;
import org.minutes.grammar.NotesLexer;
import org.minutes.grammar.NotesParser;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Inlines;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Roster;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.internal.inline.InlineParser;
import org.minutes.sdk.internal.inline.Segment;
import org.minutes.sdk.source.Span;
import org.minutes.sdk.syntax.AttendeeEntryShapes;
import org.minutes.sdk.syntax.SignInLists;
import org.minutes.sdk.syntax.Depths;
import org.minutes.sdk.syntax.HeadCounts;
import org.minutes.sdk.syntax.ListMarkers;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Builds the AST from the parse tree of {@link NotesParser}, recording every node's span and the diagnostics of
 * block structure. Semantic diagnostics (attendees, times, speakers) come later, from the finished document.
 */
final class DocumentBuilder {

    /** A diagnostic before positions are known: code, message and UTF-16 span. */
    record Finding(DiagnosticCode code, String message, int start, int end) {
    }

    /** A line of item or paragraph text: its UTF-16 start in the source and the text without line end. */
    private record Line(int start, String text, Token token) {
    }

    private final String source;
    private final SpanTable spans;
    private final List<Finding> findings = new ArrayList<>();
    private final SpanSink spanSink = this::span;
    private SpeakerReading speakerReading;
    /** Whether this build read the attendee sections first and the speakers against their list (D26, D47). */
    private boolean readAttendeesFirst;
    /** The attendee list that changed what the first build read (D90, D91), once {@link #document} found one. */
    private Optional<Roster> rebuildWith = Optional.empty();
    /** Whether the title starts with a date token, valid (D15) or not (D16): then no {@code title/no-date}. */
    private boolean titleDateShaped;
    /**
     * The largest end among the blocks and items given a span since the innermost running {@link #blocks} call
     * started, -1 before any: a node's span holds its children's, so the largest is that of the blocks it returns.
     */
    private int builtEnd = -1;
    /** Where the blocks the last {@link #blocks} call returned end, the largest end among them; -1 without any. */
    private int blocksEnd = -1;
    /** The depth of the items the lists being built hold: 0 for top-level ones (D41). */
    private int itemDepth;
    /** The block or item given a span last ({@link #spanBuilt}), and where it ends. */
    private Node lastBuilt;
    private int lastBuiltEnd;
    /** The title's span, once {@link #title} built it (the table of spans indexes it only when asked). */
    private Span titleSpan;
    /** Where the front matter's first YAML line starts: its findings go there (D10). */
    private int yamlAt;

    DocumentBuilder(String source, SpeakerReading speakerReading) {
        this.source = source;
        this.spans = new SpanTable();
        this.speakerReading = speakerReading;
    }

    /** {@return the attendee list to build again against, once {@link #document} returned empty} */
    Roster rebuildWith() {
        return rebuildWith.orElseThrow();
    }

    SpanTable spans() {
        return spans;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Reports a finding over a UTF-16 span. */
    void report(DiagnosticCode code, String message, int start, int end) {
        findings.add(new Finding(code, message, start, end));
    }

    // ---- document (D7, D14) ----

    /**
     * Builds the document.
     *
     * @return the document, or empty when the attendee list changes the speakers this first build read: then
     *         {@link #rebuildWith()} gives the list to build again against
     */
    Optional<Document> document(NotesParser.DocumentContext tree, List<Token> inconsistentDedents,
                      Optional<String> sourceName) {
        for (Token token : inconsistentDedents) {
            int start = lineContentStart(token);
            report(DiagnosticCode.LIST_INCONSISTENT_INDENT, "this item's indentation matches no open item; "
                    + "it is nested by the closest smaller indentation (D40)", start, end(token));
        }
        // The grammar puts front matter first (D9); tree.frontMatter() would look through every child for it.
        Optional<FrontMatter> frontMatter = tree.getChildCount() > 0
                && tree.getChild(0) instanceof NotesParser.FrontMatterContext yaml ? Optional.of(frontMatter(yaml))
                : Optional.empty();
        List<NotesParser.SectionContext> headings = tree.section();
        boolean titled = !headings.isEmpty() && headingLevel(headings.get(0).HEADING().getSymbol()) == 1;
        int from = titled ? 1 : 0;
        List<List<Inline>> names = new ArrayList<>();
        List<SectionKind> kinds = new ArrayList<>();
        for (int i = from; i < headings.size(); i++) {
            List<Inline> name = inlines(headingText(headings.get(i).HEADING().getSymbol()));
            names.add(name);
            kinds.add(SectionKind.of(Inlines.plainText(name)));
        }
        // D26: with an attendees section, preamble lists are no attendee blocks; each section knows its kind.
        boolean attendeesSection = kinds.contains(SectionKind.ATTENDEES);
        Roster early = null;
        Section[] built = new Section[names.size()];
        if (attendeesSection && speakerReading.isFirst()) {
            // D26, D47: then the attendee list is the attendee sections' alone, and their entries have no speakers.
            // They are read first, and every other item once, against their list (D90, D91), instead of building
            // the items again when the list changes what a prefix is.
            List<Section> listing = new ArrayList<>();
            for (int i = 0; i < built.length; i++) {
                if (kinds.get(i).listsAttendees()) {
                    built[i] = section(headings.get(from + i), names.get(i));
                    listing.add(built[i]);
                }
            }
            early = Roster.of(List.of(), listing);
            if (!early.attendees().isEmpty()) {
                speakerReading = SpeakerReading.against(early);
                readAttendeesFirst = true;
            }
        }
        for (int i = 0; i < built.length; i++) {
            if (built[i] == null) {
                built[i] = section(headings.get(from + i), names.get(i));
            }
        }
        List<Section> sections = List.of(built);
        Context context = attendeesSection ? Context.SECTION : Context.PREAMBLE;
        List<Block> first = blocks(tree.blocks(), false, context);
        Optional<Title> title = Optional.empty();
        List<Block> lead = List.of();
        List<Block> preamble = first;
        if (titled) {
            NotesParser.SectionContext titleHeading = headings.get(0);
            title = Optional.of(title(titleHeading.HEADING().getSymbol()));
            lead = first;
            preamble = blocks(titleHeading.blocks(), false, context);
            for (Block block : lead) {
                if (!(block instanceof Comment)) {
                    Span span = spans.get(block);
                    report(DiagnosticCode.TITLE_NOT_FIRST, "content before the title heading; move it below the "
                            + "title (D7)", span.start(), span.end());
                }
            }
        } else {
            report(DiagnosticCode.TITLE_MISSING, "no title: the first heading should be a level-1 heading "
                    + "`# YYYY-MM-DD Meeting name` (D14)", 0, 0);
        }
        // The document reuses the attendee blocks read here instead of reading them again; it keeps the lists
        // (List.copyOf returns them), so it need not look for its attendee blocks to know that they are these.
        preamble = List.copyOf(preamble);
        Roster roster = readAttendeesFirst && early.readFrom(preamble, sections) ? early
                : Roster.of(preamble, sections);
        boolean again = readAttendeesFirst ? roster != early
                : speakerReading.isFirst() && speakerReading.metPrefixes() && speakerReading.changedBy(roster);
        if (again) {
            // D47 as amended: speakers may depend on the attendee list; build again only when they do.
            rebuildWith = Optional.of(roster);
            return Optional.empty();
        }
        Document document = Document.of(frontMatter, lead, title, preamble, sections, sourceName, roster);
        span(document, 0, source.length());
        if (frontMatter.isPresent()) {
            checkFrontMatter(document);
        }
        if (title.isPresent() && !titleDateShaped && document.meetingDate().isEmpty()) {
            report(DiagnosticCode.TITLE_NO_DATE, "no meeting date: the title has no `YYYY-MM-DD` and no other source "
                    + "(front matter `date:`, a date at the end of the title, a `Date:` line, the file name) gives "
                    + "one (D15, D84)", titleSpan.start(), titleSpan.end());
        }
        return Optional.of(document);
    }

    // ---- front matter (D9-D12) ----

    private FrontMatter frontMatter(NotesParser.FrontMatterContext ctx) {
        Token opener = ctx.FRONT_MATTER_OPEN().getSymbol();
        String openerText = opener.getText();
        int stray = openerText.indexOf("---");
        int start = start(opener);
        if (stray > 0) {
            report(DiagnosticCode.FRONT_MATTER_MALFORMED_OPENER, "stray characters \"" + openerText.substring(0, stray)
                    + "\" before the front-matter fence `---`; read as front matter (D11)", start, start + stray + 3);
        }
        List<String> lines = new ArrayList<>();
        int end = start + stray + 3;
        int yamlStart = -1;
        for (NotesParser.FrontMatterLineContext line : ctx.frontMatterLine()) {
            TerminalNode text = line.FRONT_MATTER_LINE();
            lines.add(text == null ? "" : text.getText());
            if (text != null) {
                yamlStart = yamlStart < 0 ? start(text.getSymbol()) : yamlStart;
                end = end(text.getSymbol());
            }
        }
        if (ctx.FRONT_MATTER_CLOSE() == null) {
            report(DiagnosticCode.FRONT_MATTER_UNCLOSED, "front matter has no closing `---`; it ends before the "
                    + "first heading (D12)", start, start + stray + 3);
            while (!lines.isEmpty() && Whitespace.isBlank(lines.get(lines.size() - 1))) {
                lines.remove(lines.size() - 1);
            }
        } else {
            Token closer = ctx.FRONT_MATTER_CLOSE().getSymbol();
            end = start(closer) + 3;
        }
        String yaml = String.join("\n", lines);
        FrontMatter frontMatter = new FrontMatter(yaml);
        span(frontMatter, start, end);
        yamlAt = yamlStart < 0 ? start : yamlStart;
        return frontMatter;
    }

    /** Reports what the document's reading of its front matter found (D9, D10), at the first YAML line. */
    private void checkFrontMatter(Document document) {
        Optional<java.util.Map<String, Object>> values = document.frontMatterValues();
        if (values.isEmpty()) {
            // Front matter over the limits has its own finding, front-matter/too-large (D10).
            if (document.semantics().findings().stream()
                    .noneMatch(finding -> finding.code() == DiagnosticCode.FRONT_MATTER_TOO_LARGE)) {
                report(DiagnosticCode.FRONT_MATTER_INVALID_YAML, "front matter is no YAML mapping; its raw text is "
                        + "kept (D10)", yamlAt, yamlAt);
            }
        } else if (FrontMatter.tagsOf(values.get()).isEmpty()) {
            report(DiagnosticCode.FRONT_MATTER_BAD_TAGS, "`tags` should be a list of strings or one string (D9)",
                    yamlAt, yamlAt);
        }
    }

    // ---- headings, title, sections (D13-D16, D23) ----

    private int headingLevel(Token heading) {
        int i = Whitespace.skip(source, start(heading));
        int end = end(heading);
        int level = 0;
        while (i + level < end && source.charAt(i + level) == '#') {
            level++;
        }
        return level;
    }

    /** The heading's text: after `#`s and WS, trailing WS removed (D13); start is its UTF-16 offset. */
    private Line headingText(Token heading) {
        int from = headingTextStart(heading);
        int to = Whitespace.trimEnd(source, from, end(heading));
        return new Line(from, source.substring(from, to), heading);
    }

    /** {@return where the heading's text ends in the source, as {@link #headingText} reads it, without copying it} */
    private int headingTextEnd(Token heading) {
        return Whitespace.trimEnd(source, headingTextStart(heading), end(heading));
    }

    /** {@return where a heading line's text starts in the source: after WS, the {@code #}s and WS} */
    private int headingTextStart(Token heading) {
        int end = end(heading);
        int i = Whitespace.skip(source, start(heading));
        while (i < end && source.charAt(i) == '#') {
            i++;
        }
        // A line token ends before its line end, and WS never runs past one.
        return Whitespace.skip(source, i);
    }

    private Title title(Token heading) {
        Line text = headingText(heading);
        TitleParts parts = TitleParts.of(text.text());
        List<Inline> name = inlines(new Line(text.start() + parts.nameStart(),
                text.text().substring(parts.nameStart()), heading));
        Title title = new Title(parts.draft(), parts.date(), name);
        int start = lineContentStart(heading);
        int end = Math.max(text.start() + text.text().length(), start + 1);
        span(title, start, end);
        titleSpan = new Span(start, end);
        // D84: title/no-date waits for the other date sources; see document().
        titleDateShaped = parts.issue().isEmpty() || parts.issue().get() == DiagnosticCode.TITLE_INVALID_DATE;
        parts.issue().filter(code -> code == DiagnosticCode.TITLE_INVALID_DATE).ifPresent(code -> report(code,
                "the title's date is no calendar date; it stays in the name (D16)", start, end));
        return title;
    }

    /** A section, whose heading text was built already as {@code name}. */
    private Section section(NotesParser.SectionContext ctx, List<Inline> name) {
        Token heading = ctx.HEADING().getSymbol();
        int level = headingLevel(heading);
        Section section = Section.of(level, name, kind -> blocks(ctx.blocks(), false,
                kind.listsAttendees() ? Context.ATTENDEES
                        : kind == SectionKind.INTRODUCTIONS ? Context.INTRODUCTIONS : Context.SECTION));
        int start = lineContentStart(heading);
        int end = Math.max(start + level, headingTextEnd(heading));
        if (level >= 5) {
            report(DiagnosticCode.HEADING_DEEP_LEVEL, "level-" + level + " heading; sections do not nest, levels "
                    + "2-4 read best (D13)", start, end);
        }
        end = Math.max(end, blocksEnd);
        span(section, start, end);
        return section;
    }

    // ---- blocks (D8) ----

    /**
     * Where blocks stand: attendee entries have no speakers (D26, D47); a preamble list may be one (D26); names are no
     * speakers in introductions (D91).
     */
    private enum Context { SECTION, PREAMBLE, ATTENDEES, INTRODUCTIONS }

    /**
     * The blocks of a {@code blocks} or item body rule; {@link #blocksEnd} then says where the last of them ends. The
     * rule's children are read in place: the generated accessor ({@code block()}) copies them into a new list at each
     * call.
     */
    private List<Block> blocks(ParserRuleContext parent, boolean nested, Context context) {
        int outer = builtEnd;
        builtEnd = -1;
        List<Block> blocks = blocksOf(parent, nested, context);
        blocksEnd = builtEnd;
        builtEnd = Math.max(outer, builtEnd);
        return blocks;
    }

    private List<Block> blocksOf(ParserRuleContext parent, boolean nested, Context context) {
        if (parent == null || parent.children == null) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        // D86: a top-level list directly after a paragraph introducing a sign-in list is an attendee block.
        boolean afterSignIn = false;
        for (ParseTree child : parent.children) {
            if (!(child instanceof NotesParser.BlockContext ctx) || ctx instanceof NotesParser.BlankLineBlockContext) {
                continue; // D5: trivia; the list after a blank line still comes directly after the paragraph (D86)
            }
            Context listContext = afterSignIn && !nested ? Context.ATTENDEES : context;
            afterSignIn = false;
            if (ctx instanceof NotesParser.ParagraphBlockContext p) {
                Block paragraph = paragraph(lines(p.paragraph().textLine()));
                afterSignIn = paragraph instanceof Paragraph text && SignInLists.introducesSignIn(text.plainText());
                blocks.add(paragraph);
            } else if (ctx instanceof NotesParser.BulletListBlockContext b) {
                List<NotesParser.BulletItemContext> items = b.bulletList().bulletItem();
                List<ItemTree> trees = new ArrayList<>(items.size());
                for (NotesParser.BulletItemContext i : items) {
                    trees.add(new ItemTree(i.BULLET_ITEM().getSymbol(), i.textLine(), i.itemBody()));
                }
                lists(trees, nested, listContext, blocks);
            } else if (ctx instanceof NotesParser.OrderedListBlockContext o) {
                List<NotesParser.OrderedItemContext> items = o.orderedList().orderedItem();
                List<ItemTree> trees = new ArrayList<>(items.size());
                for (NotesParser.OrderedItemContext i : items) {
                    trees.add(new ItemTree(i.ORDERED_ITEM().getSymbol(), i.textLine(), i.itemBody()));
                }
                lists(trees, nested, listContext, blocks);
            } else if (ctx instanceof NotesParser.TableBlockContext t) {
                table(t.table()).ifPresent(blocks::add);
            } else if (ctx instanceof NotesParser.FencedCodeBlockContext f) {
                blocks.add(code(f.fencedCode()));
            } else if (ctx instanceof NotesParser.CommentBlockContext c) {
                blocks.add(comment(c.comment()));
            } else if (ctx instanceof NotesParser.QuoteBlockContext q) {
                blocks.add(quote(q.quote()));
            } else if (ctx instanceof NotesParser.ThematicBreakBlockContext b) {
                ThematicBreak thematicBreak = new ThematicBreak();
                Token token = b.thematicBreak().THEMATIC_BREAK().getSymbol();
                spanBuilt(thematicBreak, lineContentStart(token), trimmedEnd(token));
                blocks.add(thematicBreak);
            }
        }
        return blocks;
    }

    private List<Line> lines(List<NotesParser.TextLineContext> contexts) {
        List<Line> lines = new ArrayList<>(contexts.size());
        for (NotesParser.TextLineContext ctx : contexts) {
            Token token = ctx.getStart();
            if (token.getType() == Token.EOF || token.getType() == NotesLexer.NL) {
                continue;
            }
            lines.add(textLine(token));
            switch (token.getType()) {
                case NotesLexer.PIPE_LINE, NotesLexer.DELIMITER_ROW -> report(DiagnosticCode.TABLE_NOT_A_TABLE,
                        "this `|` line is in no table (a table needs a delimiter row under its header) and reads as "
                                + "text (D27)", lineContentStart(token), trimmedEnd(token));
                case NotesLexer.UNCLOSED_COMMENT -> report(DiagnosticCode.COMMENT_UNCLOSED, "`<!--` has no closing "
                        + "`-->`; the line reads as text (D62)", lineContentStart(token), trimmedEnd(token));
                case NotesLexer.UNCLOSED_FENCE -> report(DiagnosticCode.CODE_UNCLOSED_FENCE, "code fence has no "
                        + "closing fence; the line reads as text (D63)", lineContentStart(token), trimmedEnd(token));
                case NotesLexer.TOO_DEEP_ITEM -> report(DiagnosticCode.LIST_TOO_DEEP, "lists nest at most "
                        + Depths.MAX_LIST_DEPTH + " deep; this item reads as text of the "
                        + "deepest one (D41)", lineContentStart(token), trimmedEnd(token));
                default -> {
                }
            }
        }
        return lines;
    }

    /** A text line without its indentation and trailing WS (D5). */
    private Line textLine(Token token) {
        int from = Whitespace.skip(source, start(token));
        int to = Whitespace.trimEnd(source, from, end(token));
        return new Line(from, source.substring(from, to), token);
    }

    private Block paragraph(List<Line> lines) {
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        int start = first.start();
        int end = last.start() + last.text().length();
        if (lines.size() == 1 && HeadCounts.matches(first.text())) {
            return headCount(first);
        }
        Paragraph paragraph = new Paragraph(inlines(lines));
        spanBuilt(paragraph, start, end);
        return paragraph;
    }

    private HeadCount headCount(Line line) {
        HeadCount headCount = new HeadCount(line.text());
        int end = line.start() + line.text().length();
        spanBuilt(headCount, line.start(), end);
        if (headCount.count().isEmpty()) {
            report(DiagnosticCode.HEADCOUNT_PLACEHOLDER, "head count is a placeholder `X`; write the number of "
                    + "people (D36)", line.start(), end);
        }
        return headCount;
    }

    // ---- lists (D37-D46) ----

    private record ItemTree(Token marker, List<NotesParser.TextLineContext> continuation,
                            NotesParser.ItemBodyContext body) {
    }

    /** Builds the lists of consecutive items; in attendee blocks a head count ends the list (D36). */
    private void lists(List<ItemTree> trees, boolean nested, Context context, List<Block> out) {
        boolean entries = context == Context.ATTENDEES
                || (context == Context.PREAMBLE && !nested && trees.stream().anyMatch(this::isFullEntry));
        Context itemContext = entries ? Context.ATTENDEES
                : context == Context.INTRODUCTIONS ? Context.INTRODUCTIONS : Context.SECTION;
        List<ListItem> items = new ArrayList<>();
        int start = 0;
        for (ItemTree tree : trees) {
            if (items.isEmpty()) {
                start = lineContentStart(tree.marker());
            }
            List<Line> continuation = lines(tree.continuation());
            Line headCount = null;
            if (entries && !nested) {
                for (int i = 0; i < continuation.size(); i++) {
                    if (HeadCounts.matches(continuation.get(i).text())) {
                        headCount = continuation.get(i);
                        List<Line> rest = continuation.subList(i + 1, continuation.size());
                        continuation = continuation.subList(0, i);
                        items.add(item(tree, continuation, itemContext, itemDepth));
                        flush(items, start, out);
                        out.add(headCount(headCount));
                        if (!rest.isEmpty()) {
                            out.add(paragraph(rest));
                        }
                        break;
                    }
                }
            }
            if (headCount == null) {
                items.add(item(tree, continuation, itemContext, itemDepth));
            }
        }
        flush(items, start, out);
    }

    /** Adds the items as a list that starts at {@code start}, unless there are none, and clears them. */
    private void flush(List<ListItem> items, int start, List<Block> out) {
        if (items.isEmpty()) {
            return;
        }
        ListBlock list = new ListBlock(items);
        spanBuilt(list, start, endOf(items.get(items.size() - 1)));
        out.add(list);
        items.clear();
    }

    private boolean isFullEntry(ItemTree tree) {
        int at = Whitespace.skip(source, start(tree.marker()));
        int end = end(tree.marker());
        int marker = ListMarkers.length(source, at, end);
        char c = source.charAt(at);
        return marker > 0 && AttendeeEntryShapes.isFullShape(source.substring(at + marker, end), c != '-' && c != '*'
                && c != '+');
    }

    /** One item at {@code depth} (0 for a top-level one) from its tree. */
    private ListItem item(ItemTree tree, List<Line> continuation, Context context, int depth) {
        Token token = tree.marker();
        int markerAt = Whitespace.skip(source, start(token));
        int chain = chainWithinCap(markerAt, end(token), depth, tree.body());
        // The lines nested under the line hang under its innermost item (D43).
        int outer = itemDepth;
        itemDepth = depth + chain + 1;
        List<Block> body = blocks(tree.body(), true, context);
        itemDepth = outer;
        return item(markerAt, end(token), continuation, body, blocksEnd, context, depth, chain, token);
    }

    /**
     * How many child items the markers after an item's marker open (D43) within the depth cap (D41), which also
     * holds for the items nested under the line: they hang under the innermost one.
     */
    private int chainWithinCap(int markerAt, int lineEnd, int depth, ParserRuleContext body) {
        int markers = markersAfter(markerAt, lineEnd);
        // The deepest item nested under the line is at depth + chain + levels below; it must stay under the cap.
        return markers == 0 ? 0
                : Math.max(0, Math.min(markers, Depths.MAX_LIST_DEPTH - 1 - depth - itemLevels(body)));
    }

    /** {@return how many markers follow the one at {@code markerAt} on its line, each right after the last (D43)} */
    private int markersAfter(int markerAt, int lineEnd) {
        int markers = 0;
        for (int at = contentAfter(markerAt);
                ListMarkers.length(source, at, Whitespace.trimEnd(source, at, lineEnd)) > 0; at = contentAfter(at)) {
            markers++;
        }
        return markers;
    }

    /**
     * {@return how many levels of items a rule holds, its markers after markers (D43) counted as levels too: 0 for
     * none} It counts every marker after a marker, even those the cap (D41) will leave as text: a bound, not less.
     */
    private int itemLevels(ParserRuleContext rule) {
        if (rule == null || rule.children == null) {
            return 0;
        }
        int levels = 0;
        for (ParseTree child : rule.children) {
            if (child instanceof NotesParser.BulletItemContext item) {
                levels = Math.max(levels, itemLevels(item.BULLET_ITEM().getSymbol(), item.itemBody()));
            } else if (child instanceof NotesParser.OrderedItemContext item) {
                levels = Math.max(levels, itemLevels(item.ORDERED_ITEM().getSymbol(), item.itemBody()));
            } else if (child instanceof ParserRuleContext nested) {
                levels = Math.max(levels, itemLevels(nested));
            }
        }
        return levels;
    }

    private int itemLevels(Token marker, ParserRuleContext body) {
        return 1 + markersAfter(Whitespace.skip(source, start(marker)), end(marker)) + itemLevels(body);
    }

    /** {@return where an item's content starts: after the list marker at {@code markerAt} and the WS after it} */
    private int contentAfter(int markerAt) {
        char c = source.charAt(markerAt);
        int afterMarker = markerAt + 1;
        if (c != '-' && c != '*' && c != '+') {
            while (source.charAt(afterMarker - 1) != '.') {
                afterMarker++;
            }
        }
        return Whitespace.skip(source, afterMarker);
    }

    /**
     * One item from the marker at {@code markerAt} in the source to its line's end, with its body blocks, which end
     * at {@code bodyEnd} (-1 without any); the markers after its marker open {@code chain} child items, each the
     * next's parent (D43).
     */
    private ListItem item(int markerAt, int lineEnd, List<Line> continuation, List<Block> body, int bodyEnd,
                          Context context, int depth, int chain, Token token) {
        char c = source.charAt(markerAt);
        Marker marker = c == '-' ? Marker.DASH : c == '*' ? Marker.STAR : c == '+' ? Marker.PLUS : Marker.ORDERED;
        int contentAt = contentAfter(markerAt);
        int end = Whitespace.trimEnd(source, contentAt, lineEnd);
        if (chain > 0) {
            // D43: `- 1. text` is an empty item whose child list starts with the rest. The lines nested under the
            // line belong to that innermost item, whose text they follow.
            ListItem child = item(contentAt, lineEnd, continuation, body, bodyEnd, context, depth + 1, chain - 1,
                    token);
            ListBlock childList = new ListBlock(List.of(child));
            // The child starts at its marker, here.
            spanBuilt(childList, contentAt, endOf(child));
            ListItem item = new ListItem(marker, Optional.empty(), Optional.empty(), List.of(), List.of(childList));
            spanBuilt(item, markerAt, itemEnd(end, continuation, endOf(childList)));
            return item;
        }
        String rest = source.substring(contentAt, end);
        ItemHead head = ItemHeads.analyse(rest, context != Context.ATTENDEES, context != Context.INTRODUCTIONS,
                speakerReading);
        if (head.malformedCheckbox()) {
            report(DiagnosticCode.ITEM_MALFORMED_CHECKBOX, "malformed checkbox; write `[ ]`, `[x]` or `[X]` "
                    + "followed by a space (D46)", contentAt, end);
        }
        Optional<Checkbox> checkbox = head.checkbox();
        List<Line> lines = new ArrayList<>();
        int textAt = Math.min(contentAt + head.textStart(), end);
        lines.add(new Line(textAt, source.substring(textAt, end), token));
        lines.addAll(continuation);
        List<Inline> content = lines.size() == 1 && lines.get(0).text().isEmpty() ? List.of() : inlines(lines);
        ListItem item = new ListItem(marker, checkbox, head.speaker(), content, body);
        spanBuilt(item, markerAt, itemEnd(end, continuation, bodyEnd));
        return item;
    }

    /** {@return where an item ends: with its line, its continuation lines or its children, whichever is last} */
    private static int itemEnd(int lineEnd, List<Line> continuation, int childrenEnd) {
        int end = Math.max(lineEnd, childrenEnd);
        if (!continuation.isEmpty()) {
            Line last = continuation.get(continuation.size() - 1);
            end = Math.max(end, last.start() + last.text().length());
        }
        return end;
    }

    // ---- tables (D27-D29) ----

    private Optional<Block> table(NotesParser.TableContext ctx) {
        Token headerToken = ctx.TABLE_HEADER().getSymbol();
        TableRow header = row(headerToken);
        int end = trimmedEnd(ctx.DELIMITER_ROW().getSymbol());
        List<TableRow> rows = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof NotesParser.TableRowContext rowCtx)) {
                continue; // the header, the delimiter row and line ends
            }
            Token token = rowCtx.getStart();
            if (isLonePipe(token)) {
                report(DiagnosticCode.TABLE_LONE_PIPE, "a row that is a lone `|` is dropped (D29)",
                        lineContentStart(token), trimmedEnd(token));
                continue;
            }
            TableRow row = row(token);
            end = trimmedEnd(token);
            if (row.isBlank()) {
                continue;
            }
            reportExtraCells(header, row, token);
            rows.add(row);
        }
        Table table = new Table(header, rows);
        spanBuilt(table, lineContentStart(headerToken), end);
        return Optional.of(table);
    }

    /** D29: cells beyond the header's stay in the AST; non-empty ones get a warning, in any table. */
    private void reportExtraCells(TableRow header, TableRow row, Token line) {
        List<TableCell> cells = row.cells();
        int width = header.cells().size();
        int extra = 0;
        for (int i = width; i < cells.size(); i++) {
            extra += cells.get(i).content().isEmpty() ? 0 : 1;
        }
        if (extra > 0) {
            report(DiagnosticCode.TABLE_EXTRA_CELLS, "this row has " + extra + " non-empty cell(s) beyond the "
                    + "header's " + width + " columns; add a header cell for them or move them into a column (D29)",
                    lineContentStart(line), trimmedEnd(line));
        }
    }

    private TableRow row(Token token) {
        int lineStart = Whitespace.skip(source, start(token));
        int at = lineStart + 1;
        int lineEnd = Whitespace.trimEnd(source, at, end(token));
        List<TableCell> cells = new ArrayList<>();
        boolean trailingPipe = false;
        while (at <= lineEnd) {
            int cellEnd = cellEnd(source, at, lineEnd);
            trailingPipe = cellEnd == lineEnd - 1 && source.charAt(cellEnd) == '|';
            int cellLimit = Math.min(cellEnd, lineEnd);
            int from = Math.min(Whitespace.skip(source, at), cellLimit);
            int to = Whitespace.trimEnd(source, from, cellLimit);
            if (!(cellEnd >= lineEnd && from >= to && cells.size() > 0 && at == lineEnd)) {
                List<Inline> content = from == to ? List.of()
                        : InlineParser.parse(List.of(new Segment(source.substring(from, to), from)), spanSink);
                TableCell cell = new TableCell(content);
                span(cell, from, to);
                cells.add(cell);
            }
            if (trailingPipe || cellEnd >= lineEnd) {
                break;
            }
            at = cellEnd + 1;
        }
        if (!trailingPipe && !isLonePipe(token)) {
            report(DiagnosticCode.TABLE_MISSING_TRAILING_PIPE, "table row without a trailing `|` (D29)", lineStart,
                    lineEnd);
        }
        TableRow row = new TableRow(cells);
        span(row, lineStart, lineEnd);
        return row;
    }

    /** Whether a table line is a lone {@code |}, WS aside. */
    private boolean isLonePipe(Token token) {
        int from = Whitespace.skip(source, start(token));
        return Whitespace.trimEnd(source, from, end(token)) == from + 1 && source.charAt(from) == '|';
    }

    /** The index of the `|` ending the cell at {@code from}, skipping escaped pipes and code spans (D28). */
    private static int cellEnd(String text, int from, int end) {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                i += 2;
            } else if (c == '`') {
                int run = 0;
                while (i + run < end && text.charAt(i + run) == '`') {
                    run++;
                }
                int close = closingBackticks(text, i + run, end, run);
                i = close < 0 ? i + run : close + run;
            } else if (c == '|') {
                return i;
            } else {
                i++;
            }
        }
        return end;
    }

    private static int closingBackticks(String text, int from, int end, int run) {
        int i = from;
        while (i < end) {
            if (text.charAt(i) == '`') {
                int n = 0;
                while (i + n < end && text.charAt(i + n) == '`') {
                    n++;
                }
                if (n == run) {
                    return i;
                }
                i += n;
            } else {
                i++;
            }
        }
        return -1;
    }

    // ---- code, comments, quotes (D62-D64) ----

    private CodeBlock code(NotesParser.FencedCodeContext ctx) {
        Token opener = ctx.FENCE_OPEN().getSymbol();
        String text = opener.getText();
        int at = Whitespace.skip(text, 0);
        char fence = text.charAt(at);
        int length = 0;
        while (at + length < text.length() && text.charAt(at + length) == fence) {
            length++;
        }
        String info = Whitespace.trim(text.substring(at + length));
        int indent = org.minutes.grammar.NotesLexerBase.indentation(text);
        List<String> lines = new ArrayList<>();
        for (NotesParser.VerbatimLineContext line : ctx.verbatimLine()) {
            lines.add(line.VERBATIM_LINE() == null ? "" : dedent(line.VERBATIM_LINE().getSymbol(), indent));
        }
        CodeBlock code = new CodeBlock(fence, length, info, lines);
        spanBuilt(code, lineContentStart(opener), trimmedEnd(ctx.FENCE_CLOSE().getSymbol()));
        return code;
    }

    private Comment comment(NotesParser.CommentContext ctx) {
        Token opener = ctx.getStart();
        String text = opener.getText();
        int indent = org.minutes.grammar.NotesLexerBase.indentation(text);
        List<String> lines = new ArrayList<>();
        lines.add(text.substring(Whitespace.skip(text, 0)));
        Token last = opener;
        if (ctx instanceof NotesParser.MultiLineCommentContext multi) {
            for (NotesParser.VerbatimLineContext line : multi.verbatimLine()) {
                lines.add(line.VERBATIM_LINE() == null ? "" : dedent(line.VERBATIM_LINE().getSymbol(), indent));
            }
            last = multi.COMMENT_CLOSE().getSymbol();
            lines.add(dedent(last, indent));
        }
        Comment comment = new Comment(lines);
        spanBuilt(comment, lineContentStart(opener), end(last));
        return comment;
    }

    /** A line's text without up to {@code columns} columns of indentation (D63). */
    private String dedent(Token line, int columns) {
        int column = 0;
        int i = start(line);
        int end = end(line);
        while (i < end && Whitespace.is(source.charAt(i))) {
            int next = source.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
            if (next > columns) {
                break;
            }
            column = next;
            i++;
        }
        return source.substring(i, end);
    }

    private BlockQuote quote(NotesParser.QuoteContext ctx) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int start = lineContentStart(ctx.getStart());
        int end = start;
        for (TerminalNode node : ctx.QUOTE()) {
            Token token = node.getSymbol();
            // After the line's `>` and the WS after it; a line token ends before its line end.
            int from = Whitespace.skip(source, Whitespace.skip(source, start(token)) + 1);
            int to = Whitespace.trimEnd(source, from, end(token));
            end = trimmedEnd(token);
            if (from >= to) {
                addQuoteParagraph(lines, paragraphs);
            } else {
                lines.add(new Line(from, source.substring(from, to), token));
            }
        }
        addQuoteParagraph(lines, paragraphs);
        BlockQuote quote = new BlockQuote(paragraphs);
        spanBuilt(quote, start, end);
        return quote;
    }

    private void addQuoteParagraph(List<Line> lines, List<Paragraph> paragraphs) {
        if (!lines.isEmpty()) {
            Paragraph paragraph = new Paragraph(inlines(lines));
            Line last = lines.get(lines.size() - 1);
            span(paragraph, lines.get(0).start(), last.start() + last.text().length());
            paragraphs.add(paragraph);
            lines.clear();
        }
    }

    // ---- inlines and offsets ----

    private List<Inline> inlines(Line line) {
        return InlineParser.parse(List.of(new Segment(line.text(), line.start())), spanSink);
    }

    private List<Inline> inlines(List<Line> lines) {
        if (lines.size() == 1) {
            return inlines(lines.get(0));
        }
        List<Segment> segments = new ArrayList<>(lines.size());
        for (Line line : lines) {
            segments.add(new Segment(line.text(), line.start()));
        }
        return InlineParser.parse(segments, spanSink);
    }

    private void span(Node node, int start, int end) {
        spans.put(node, start, Math.max(start, end));
    }

    /**
     * Gives a block or an item its span, whose end stays at hand until the next block or item ({@link #endOf}): the
     * builder asks for the end of the one it built last, and the table finds a span only by indexing all of them.
     */
    private void spanBuilt(Node node, int start, int end) {
        lastBuilt = node;
        lastBuiltEnd = Math.max(start, end);
        builtEnd = Math.max(builtEnd, lastBuiltEnd);
        spans.put(node, start, lastBuiltEnd);
    }

    /** {@return where the block or item ends: at hand when it was the last built, else from the table} */
    private int endOf(Node node) {
        return node == lastBuilt ? lastBuiltEnd : spans.get(node).end();
    }

    /** {@return where a line token's text starts in the source, in UTF-16 units} */
    private static int start(Token line) {
        return ((LineToken) line).sourceStart();
    }

    /** {@return where a line token's text ends in the source (exclusive), in UTF-16 units} */
    private static int end(Token line) {
        return ((LineToken) line).sourceEnd();
    }

    private int lineContentStart(Token token) {
        return Whitespace.skip(source, start(token));
    }

    private int trimmedEnd(Token token) {
        return Whitespace.trimEnd(source, start(token), end(token));
    }
}
