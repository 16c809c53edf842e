package org.minutes.converters.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

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
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Roster;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Mention;
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
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Checkboxes;
import org.minutes.sdk.syntax.Initials;
import org.minutes.sdk.syntax.SpeakerNames;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Bounded recursive QuickTheories generators of valid ASTs: every node type, text rich in markup characters
 * ({@code | : [ ] ( ) * _ ` ~ # @ < > - ! \}, digits followed by {@code .}, NBSP, tabs, emoji outside the BMP) and
 * in look-alikes of block syntax, speakers, checkboxes, head counts and title parts. Shared by the property tests of
 * every converter.
 *
 * <p>Every node is built through its record constructor, so every invariant the records check holds. Beyond those
 * the generators keep to shapes the dialect can write at all: text next to a bare URL, mention, emoji or
 * {@code _} emphasis leaves a word boundary (D57–D60), after a URL often a run of what its end loses first
 * ({@code https://example.org/doc): text}, and items that read like {@code QE (https://example.org/doc): text});
 * emphasis never starts or ends with emphasis of the same
 * delimiter, which would merge into one run (D58); destinations and URLs hold no backtick, which could pair with a
 * code span (D55); preamble lists carry no {@code (@handle)} entry look-alike, which would make them attendee lists
 * (D26). A document's attendee sections are built first and its items' speakers chosen against their attendee list
 * (D90, D91), so documents are valid as generated rather than retried.
 */
public final class AstGenerators {

    /** Pieces of text, many of them markup or look-alikes; concatenated at random. */
    private static final String[] PIECES = {
        "a", "b", "Quinn", "QE", "RT", "MvV", "xy", "ok", "1", "42", "2031", " ", " ", " ", "\u00A0", "\t",
        "|", ":", "[", "]", "(", ")", "*", "_", "`", "~", "#", "@", "<", ">", "-", "!", "\\", ".", ",", "/", "&",
        "1.", "12.", "\uD83D\uDE00", "\uD83C\uDF89", "http://", "https://x.org", ":tada:", "@qe", "<!--", "-->",
        "```", "~~~", "[ ]", "[x]", "QE:", "(QE)", "[RT]", "15 people in total", "DRAFT - ", "2031-05-14 ",
        "- ", "* ", "> ", "## ", "***", "---", "&amp;", "{{ x }}", "a_b", "**", "~~", "![", "](", "\\*"
    };

    private static final String[] WORDS = {"a", "Quinn", "shipped", "x2", "Ünïcode", "\uD83D\uDE00", "q"};
    private static final String[] URL_CHARS = {"a", "b", "1", "/", ".", "-", "=", "?", "&", "#", "%", "~",
        "(x)", "[y]z", "_", "*", ":"};
    /**
     * What a bare URL's end loses (D57), written right after it: every trailer, unpartnered closers and runs of
     * them, so that a URL may stand before {@code )}, {@code :} and the rest without a space.
     */
    private static final String[] URL_TRAILERS = {".", ",", ";", ":", "!", "?", "'", "\"", "*", "_", "~", ")",
        "]", "):", ").", "]:", "?!", "'.", ")*", "_)", "~~", "):"};
    private static final String[] SPEAKERS = {"QE", "RT", "MvV", "JRG", "AB", "ÉZ"};
    /**
     * The initials forms of D49; name speakers (D91) name the document's attendees, and escaped brackets (D92) come
     * from {@code SpeakerGenerators}.
     */
    private static final SpeakerForm[] INITIALS_FORMS = {SpeakerForm.COLON, SpeakerForm.PAREN,
        SpeakerForm.PAREN_COLON, SpeakerForm.BRACKET, SpeakerForm.BRACKET_COLON};
    private static final String[] LOWER_SPEAKERS = {"qe", "ab", "mvv"};
    private static final String[] QUALIFIERS = {"away", "in chat", "relayed by QE", "see (notes)", "a: b",
        "Q1 [draft]", "ok"};
    private static final String[] HEAD_COUNTS = {"15 people in total", "X people present", "30 total participants.",
        "2 people in total :tada:", "7 People total"};
    /** Attendee entries of D32–D34 and D88 whose names derive initials tokens (D90). */
    private static final String[] ENTRIES = {"Quinn Example", "Rosa Tester / Globex", "QE: Quinn Example",
        "Milo van Vliet / FZJ/JSC", "Pat Xu / Initech / Widget Labs", "RT, Rosa Tester"};
    private static final String[] HEADINGS = {"Attendees", "Attendees in Absentia", "Participants", "Roll call",
        "Announcements",
        "New agenda items", "Action items", "Discussion"};

    private AstGenerators() {
    }

    /** {@return valid documents, each from one seed} */
    public static Gen<Document> documents() {
        return seeded(builder -> builder.document());
    }

    /** {@return valid blocks that may stand anywhere a paragraph may, list items' children included} */
    public static Gen<Block> blocks() {
        return seeded(builder -> builder.block(1, false));
    }

    /** {@return valid paragraph content: inlines with soft breaks} */
    public static Gen<List<Inline>> inlines() {
        return seeded(builder -> builder.inlines(true, 0, false));
    }

    /** {@return text rich in markup characters and line ends, for parsing arbitrary input} */
    public static Gen<String> markdownText() {
        return seeded(builder -> builder.source());
    }

    /**
     * {@return valid documents that hold a bare URL right before what its end loses (D57), each from one seed}: URLs,
     * trailers after them and {@code WHO (URL):} look-alikes are drawn more often, and the first of up to 20
     * documents the seed's draws give that has {@link #holdsUrlBeforeTrailers the shape} is taken.
     */
    public static Gen<Document> documentsWithUrlsBeforeTrailers() {
        return seeded(builder -> {
            builder.urlsBeforeTrailers = true;
            Document document = builder.document();
            for (int i = 0; i < 20 && !holdsUrlBeforeTrailers(document); i++) {
                document = builder.document();
            }
            return document;
        });
    }

    /**
     * Tells whether a document holds a bare URL followed directly by text that starts with what the URL's end loses
     * (D57), the shape of issue 10's defect 3.
     *
     * @param document the document
     * @return whether some inline content holds such a URL
     */
    public static boolean holdsUrlBeforeTrailers(Document document) {
        boolean[] found = {false};
        Nodes.walk(document, node -> {
            List<Node> children = Nodes.children(node);
            for (int i = 0; i + 1 < children.size(); i++) {
                if (children.get(i) instanceof BareUrl && children.get(i + 1) instanceof Text text
                        && BareUrls.mayShed(text.literal().charAt(0))) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }

    private static <T> Gen<T> seeded(java.util.function.Function<Builder, T> build) {
        return in -> build.apply(new Builder(new SplittableRandom(in.next(Constraint.none()))));
    }

    /** Builds one random tree; not thread-safe, one per generated value. */
    private static final class Builder extends Draws {

        /** Whether bare URLs, trailers right after them and URL qualifier look-alikes are drawn more often. */
        private boolean urlsBeforeTrailers;
        /** The attendee list items speak against (D90, D91); none until the document's attendees are built. */
        private Roster roster = Roster.of(List.of(), List.of());

        Builder(SplittableRandom random) {
            super(random);
        }

        private <T> T attempt(Supplier<T> build, Supplier<T> fallback) {
            for (int i = 0; i < 5; i++) {
                try {
                    return build.get();
                } catch (IllegalArgumentException e) {
                    // The records reject a shape the dialect cannot write; try another.
                }
            }
            return fallback.get();
        }

        // ---- document ----

        Document document() {
            return attempt(() -> {
                Optional<FrontMatter> frontMatter = chance(40) ? Optional.of(frontMatter()) : Optional.empty();
                Optional<Title> title = chance(75) ? Optional.of(title()) : Optional.empty();
                int count = random.nextInt(4);
                List<Section> sections = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    sections.add(heading(i == 0 && title.isEmpty()));
                }
                // D47 as amended, D90, D91: attendee entries hold no speakers, and the speakers other items may
                // hold depend on them; so attendee sections are filled first, the others against their roster.
                for (int i = 0; i < count; i++) {
                    if (sections.get(i).kind().listsAttendees()) {
                        sections.set(i, fill(sections.get(i)));
                    }
                }
                roster = Roster.of(List.of(), sections);
                List<Block> lead = title.isPresent() && chance(30) ? blockList(2, false) : List.of();
                List<Block> preamble = blockList(3, false);
                for (int i = 0; i < count; i++) {
                    if (!sections.get(i).kind().listsAttendees()) {
                        sections.set(i, fill(sections.get(i)));
                    }
                }
                return new Document(frontMatter, lead, title, preamble, sections);
            }, () -> new Document(Optional.empty(), List.of(), Optional.empty(), List.of(), List.of()));
        }

        private FrontMatter frontMatter() {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                lines.add(switch (random.nextInt(5)) {
                    case 0 -> "tags: [meeting-notes, " + pick(WORDS) + "]";
                    case 1 -> "";
                    case 2 -> "  - item";
                    case 3 -> "title: '" + pick(WORDS) + " ---'";
                    default -> "tags: [a, b";
                });
            }
            return attempt(() -> new FrontMatter(String.join("\n", lines)), () -> new FrontMatter("tags: [x]"));
        }

        private Title title() {
            boolean draft = chance(20);
            Optional<LocalDate> date = chance(70) ? Optional.of(LocalDate.of(2020 + random.nextInt(12),
                    1 + random.nextInt(12), 1 + random.nextInt(28))) : Optional.empty();
            return attempt(() -> new Title(draft, date, inlines(false, 0, false)),
                    () -> new Title(draft, date, List.of(new Text("Team Sync"))));
        }

        /** A section heading without blocks yet. */
        private Section heading(boolean first) {
            int level = first ? 2 + random.nextInt(5) : 1 + random.nextInt(6);
            List<Inline> heading = chance(40) ? List.of(new Text(pick(HEADINGS))) : inlines(false, 0, false);
            return new Section(level, heading, List.of());
        }

        /** The section with its blocks: attendee entries in an attendees section (D25), else any block. */
        private Section fill(Section section) {
            boolean attendees = section.kind().listsAttendees();
            return attempt(() -> new Section(section.level(), section.heading(), blockList(4, attendees)),
                    () -> section);
        }

        // ---- blocks ----

        private List<Block> blockList(int max, boolean attendees) {
            List<Block> blocks = new ArrayList<>();
            int count = random.nextInt(max + 1);
            for (int i = 0; i < count; i++) {
                Block block = block(0, attendees);
                // D44: two adjacent lists of one kind would merge into one; keep them one list.
                if (block instanceof ListBlock next && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) instanceof ListBlock last && last.ordered() == next.ordered()) {
                    List<ListItem> items = new ArrayList<>(last.items());
                    items.addAll(next.items());
                    blocks.set(blocks.size() - 1, new ListBlock(items));
                } else {
                    blocks.add(block);
                }
            }
            return blocks;
        }

        Block block(int depth, boolean attendees) {
            boolean nested = depth > 0;
            int kind = random.nextInt(nested ? 7 : 9);
            return attempt(() -> switch (kind) {
                case 0, 1 -> paragraph();
                case 2 -> new HeadCount(pick(HEAD_COUNTS));
                case 3 -> list(depth, attendees);
                case 4 -> code();
                case 5 -> comment();
                case 6 -> quote();
                case 7 -> table();
                default -> new ThematicBreak();
            }, () -> new Paragraph(List.of(new Text("fallback"))));
        }

        private Paragraph paragraph() {
            return attempt(() -> new Paragraph(inlines(true, 0, false)),
                    () -> new Paragraph(List.of(new Text("para"))));
        }

        private CodeBlock code() {
            char fence = chance(60) ? '`' : '~';
            int length = 3 + random.nextInt(3);
            String info = chance(50) ? "" : fence == '`' ? "yaml=" : "py ~x";
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                lines.add(switch (random.nextInt(6)) {
                    case 0 -> "";
                    case 1 -> "## not a heading";
                    case 2 -> "  - indented " + pick(WORDS);
                    case 3 -> "\tx = 1";
                    case 4 -> String.valueOf(fence).repeat(length - 1);
                    default -> source().replace('\n', ' ').replace('\r', ' ');
                });
            }
            return new CodeBlock(fence, length, info, lines);
        }

        private Comment comment() {
            if (chance(50)) {
                return new Comment(List.of("<!-- " + pick(WORDS) + " -->" + (chance(30) ? " tail" : "")));
            }
            return new Comment(List.of("<!-- Format:", "* XY: Given Family (@handle), Org.", "", "  1. ...",
                    "--->"));
        }

        private BlockQuote quote() {
            List<Paragraph> paragraphs = new ArrayList<>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                paragraphs.add(paragraph());
            }
            return new BlockQuote(paragraphs);
        }

        private Table table() {
            int columns = 1 + random.nextInt(4);
            List<TableRow> rows = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                rows.add(attempt(() -> row(columns + random.nextInt(2) - random.nextInt(2), true),
                        () -> new TableRow(List.of(new TableCell(List.of(new Text("cell")))))));
            }
            return new Table(attempt(() -> row(columns, false), () -> row(1, false)), rows);
        }

        private TableRow row(int columns, boolean body) {
            List<TableCell> cells = new ArrayList<>();
            boolean filled = false;
            for (int i = 0; i < Math.max(1, columns); i++) {
                List<Inline> content = chance(20) ? List.of() : inlines(false, 0, false);
                filled |= !content.isEmpty();
                cells.add(new TableCell(content));
            }
            if (body && !filled) {
                cells.set(0, new TableCell(List.of(new Text(pick(WORDS)))));
            }
            return new TableRow(cells);
        }

        private ListBlock list(int depth, boolean attendees) {
            boolean ordered = chance(30);
            List<ListItem> items = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Marker marker = ordered ? Marker.ORDERED : chance(50) ? Marker.DASH : Marker.STAR;
                items.add(item(marker, depth, attendees));
            }
            return new ListBlock(items);
        }

        private ListItem item(Marker marker, int depth, boolean attendees) {
            Optional<Checkbox> checkbox = chance(40) ? Optional.of(pick(Checkbox.values())) : Optional.empty();
            Optional<SpeakerPrefix> speaker = !attendees && chance(40) ? speaker() : Optional.empty();
            List<Block> children = new ArrayList<>();
            if (depth < 3) {
                int count = random.nextInt(depth == 0 ? 3 : 2);
                for (int i = 0; i < count; i++) {
                    Block child = block(depth + 1, attendees);
                    if (child instanceof ListBlock next && !children.isEmpty()
                            && children.get(children.size() - 1) instanceof ListBlock last
                            && last.ordered() == next.ordered()) {
                        continue;
                    }
                    children.add(child);
                }
            }
            List<Inline> content = attendees && chance(50) ? List.of(new Text(pick(ENTRIES)))
                    : !attendees && speaker.isEmpty() && chance(urlsBeforeTrailers ? 30 : 10) ? urlQualifierLookAlike()
                    : chance(15) ? List.of() : inlines(true, 0, true);
            return attempt(() -> new ListItem(marker, checkbox, speaker, content, children),
                    () -> new ListItem(marker, checkbox, speaker, List.of(), children));
        }

        /**
         * Item text that reads like the D49 prefix {@code WHO (Q):} whose qualifier ends in a bare URL (issue 10,
         * defect 3): {@code QE (https://example.org/doc): text}, the URL's end followed by trailers.
         */
        private List<Inline> urlQualifierLookAlike() {
            String who = pick(SPEAKERS) + (chance(30) ? "/" + pick(SPEAKERS) : "");
            String end = pick(new String[] {")", ".)", ")", "!)", ")"});
            return List.of(new Text(who + " ("), new BareUrl(url()), new Text(end + ": " + pick(WORDS)));
        }

        /**
         * A speaker the document's attendee list lets an item hold (D90, D91): a name speaker naming a listed
         * attendee, or initials: any of {@link #SPEAKERS} where attendees have written initials or none is listed
         * (resolved or not, D53), else derived initials of an attendee (D90). Initials that are also a listed
         * attendee's name or handle would read back as a name speaker (D91 is tried first), so they are left out.
         */
        private Optional<SpeakerPrefix> speaker() {
            List<String> names = new ArrayList<>();
            for (Attendee attendee : roster.attendees()) {
                attendee.github().ifPresent(names::add);
                names.add(attendee.name());
                names.add(attendee.name().split("[ \\t\\u00A0]+")[0]);
            }
            names.removeIf(name -> !SpeakerNames.isName(name));
            if (!names.isEmpty() && chance(50)) {
                SpeakerForm form = pick(new SpeakerForm[] {SpeakerForm.NAME_COLON, SpeakerForm.NAME_PAREN,
                    SpeakerForm.NAME_BRACKET});
                String name = names.get(random.nextInt(names.size()));
                if (form == SpeakerForm.NAME_BRACKET && Checkboxes.letter("[" + name + "] ") != Checkboxes.NONE) {
                    // D45: `[x]` first in an item is a checkbox, so a name x is written `x:` here.
                    form = SpeakerForm.NAME_COLON;
                }
                NameEmphasis emphasis = form == SpeakerForm.NAME_COLON ? pick(NameEmphasis.values()) : NameEmphasis.NONE;
                return Optional.of(new SpeakerPrefix(List.of(name), Optional.empty(), form, emphasis));
            }
            List<String> pool = new ArrayList<>();
            if (roster.derivesInitials()) {
                roster.attendees().forEach(a -> roster.derivedInitials(a).ifPresent(pool::add));
            } else {
                pool.addAll(List.of(SPEAKERS));
            }
            pool.removeIf(who -> !Initials.isToken(who, false) || !roster.nameMatches(who).isEmpty());
            if (pool.isEmpty()) {
                return Optional.empty();
            }
            SpeakerForm form = pick(INITIALS_FORMS);
            boolean paren = form == SpeakerForm.PAREN || form == SpeakerForm.PAREN_COLON;
            List<String> initials = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                initials.add(paren && !roster.derivesInitials() && chance(20) ? pick(LOWER_SPEAKERS)
                        : pool.get(random.nextInt(pool.size())));
            }
            initials.removeIf(who -> !roster.nameMatches(who).isEmpty());
            if (initials.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> qualifier = chance(40) ? Optional.of(pick(QUALIFIERS)) : Optional.empty();
            return Optional.of(attempt(() -> new SpeakerPrefix(initials, qualifier, form),
                    () -> new SpeakerPrefix(List.of(initials.get(0)), Optional.empty(), form)));
        }

        // ---- inlines ----

        /**
         * Inline content.
         *
         * @param breaks   whether soft breaks may occur (paragraphs, items, not headings or cells)
         * @param depth    the inline nesting so far
         * @param itemText whether the content is an item's text, which may start with a soft break
         */
        List<Inline> inlines(boolean breaks, int depth, boolean itemText) {
            return attempt(() -> sequence(breaks, depth, itemText, true),
                    () -> List.of(new Text(pick(WORDS))));
        }

        private List<Inline> sequence(boolean breaks, int depth, boolean itemText, boolean links) {
            List<Inline> out = new ArrayList<>();
            if (itemText && breaks && chance(5)) {
                out.add(new SoftBreak());
            }
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                append(out, inline(breaks, depth, links));
            }
            trimEdges(out);
            while (!itemText && !out.isEmpty() && out.get(0) instanceof SoftBreak) {
                out.remove(0);
            }
            if (out.isEmpty()) {
                out.add(new Text(pick(WORDS)));
            }
            return out;
        }

        private Inline inline(boolean breaks, int depth, boolean links) {
            int kind = urlsBeforeTrailers && links && chance(25) ? 7 : random.nextInt(depth >= 2 ? 6 : 12);
            return switch (kind) {
                case 0, 1, 2 -> new Text(text());
                case 3 -> breaks ? new SoftBreak() : new Text(text());
                case 4 -> new Code(codeLiteral());
                case 5 -> links ? new Emoji(pick(new String[] {"tada", "thinking_face", "+1a", "x2"}))
                        : new Text(text());
                case 6 -> links ? mention() : new Text(text());
                case 7 -> links ? new BareUrl(url()) : new Text(text());
                case 8 -> links ? link(breaks, depth) : new Text(text());
                case 9 -> new Emphasis(chance(50) ? '*' : '_', delimited(depth, links));
                case 10 -> new Strong(delimited(depth, links));
                default -> new Strikethrough(delimited(depth, links));
            };
        }

        private Mention mention() {
            String handle = pick(new String[] {"qexample", "acme", "a-b", "x9"});
            return new Mention(handle, chance(30) ? Optional.of(pick(new String[] {"core", "team_1", "a.b"}))
                    : Optional.empty());
        }

        private Inline link(boolean breaks, int depth) {
            List<Inline> content = chance(10) ? List.of() : sequence(breaks, depth + 1, false, false);
            String destination = pick(new String[] {"", "https://example.org/a(b)c", "example.org",
                "https:example.org/x", "#h.q1", "a*b_c~d", "../notes.md?x=[1]"});
            return chance(20) ? new Image(content, destination) : new Link(content, destination);
        }

        /**
         * Emphasis content: one line, no WS at its edges, no emphasis of a delimiter character used around it (a
         * nested run of the same character merges with or closes the outer one, D58), not starting or ending with
         * a URL or delimiter run.
         */
        private List<Inline> delimited(int depth, boolean links) {
            List<Inline> content = sequence(false, depth + 1, false, links);
            boolean nested = content.stream().anyMatch(inline -> delimiterOf(inline) != 0
                    || inline instanceof Link l && l.content().stream().anyMatch(c -> delimiterOf(c) != 0)
                    || inline instanceof Image i && i.content().stream().anyMatch(c -> delimiterOf(c) != 0));
            if (nested || content.get(0) instanceof BareUrl || content.get(content.size() - 1) instanceof BareUrl
                    || urlRunMeetsDelimiters(content)) {
                return List.of(new Text(pick(WORDS)));
            }
            return content;
        }

        /**
         * Whether a URL's run, inside emphasis, strong or strike, reaches delimiters: trailers after it that hold a
         * delimiter character, or trailers that end the content, so that the closing delimiters and what follows
         * them continue the run. Trailers are written raw there (a backslash would join the URL, D57), so the first
         * may close the node (as D57's example shows for {@code *}) and the second makes the URL run on past it.
         * The AST does not refuse these shapes, but no Markdown spells them.
         */
        private static boolean urlRunMeetsDelimiters(List<Inline> content) {
            for (int i = 0; i + 1 < content.size(); i++) {
                if (content.get(i) instanceof BareUrl && content.get(i + 1) instanceof Text text) {
                    String literal = text.literal();
                    int k = 0;
                    for (; k < literal.length() && BareUrls.mayShed(literal.charAt(k)); k++) {
                        if ("*_~".indexOf(literal.charAt(k)) >= 0) {
                            return true;
                        }
                    }
                    if (k == literal.length() && i + 2 == content.size()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static char delimiterOf(Inline inline) {
            if (inline instanceof Emphasis e) {
                return e.delimiter();
            }
            if (inline instanceof Strong) {
                return '*';
            }
            return inline instanceof Strikethrough ? '~' : 0;
        }

        /** Appends, keeping text merged and word boundaries where D57–D60 need them. */
        private void append(List<Inline> out, Inline next) {
            Inline previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous instanceof SoftBreak && next instanceof SoftBreak) {
                return;
            }
            if (previous instanceof Text a && next instanceof Text b) {
                out.set(out.size() - 1, new Text(a.literal() + b.literal()));
                return;
            }
            if (previous instanceof BareUrl && next instanceof Text b && chance(urlsBeforeTrailers ? 90 : 40)) {
                // D57: the URL's end loses these trailers, and the space after them ends its run.
                out.add(new Text(pick(URL_TRAILERS) + " " + b.literal()));
                return;
            }
            if (previous != null && !(previous instanceof SoftBreak) && !(next instanceof SoftBreak)
                    && needsSpace(previous, next)) {
                if (previous instanceof Text a) {
                    out.set(out.size() - 1, new Text(a.literal() + " "));
                } else {
                    out.add(new Text(" "));
                }
                if (next instanceof Text b) {
                    out.set(out.size() - 1, new Text(((Text) out.get(out.size() - 1)).literal() + b.literal()));
                    return;
                }
            }
            out.add(next);
        }

        private static boolean needsSpace(Inline previous, Inline next) {
            if (previous instanceof BareUrl || previous instanceof Mention) {
                return true;
            }
            if (next instanceof BareUrl || next instanceof Mention || next instanceof Emoji) {
                return true;
            }
            if (next instanceof Emphasis e && e.delimiter() == '_' || previous instanceof Emphasis p
                    && p.delimiter() == '_') {
                return true;
            }
            if (previous instanceof Code && next instanceof Code) {
                return true;
            }
            char a = delimiterOf(previous);
            return a != 0 && a == delimiterOf(next);
        }

        /** Lines are trimmed (D5): no WS at the content's edges or next to a soft break. */
        private static void trimEdges(List<Inline> out) {
            for (int i = 0; i < out.size(); i++) {
                if (!(out.get(i) instanceof Text text)) {
                    continue;
                }
                String literal = text.literal();
                boolean lineStart = i == 0 || out.get(i - 1) instanceof SoftBreak;
                boolean lineEnd = i == out.size() - 1 || out.get(i + 1) instanceof SoftBreak;
                if (lineStart) {
                    literal = literal.replaceFirst("^[ \\t\\u00A0]+", "");
                }
                if (lineEnd) {
                    literal = literal.replaceFirst("[ \\t\\u00A0]+$", "");
                }
                if (literal.isEmpty()) {
                    out.remove(i);
                    i = Math.max(-1, i - 2);
                } else {
                    out.set(i, new Text(literal));
                }
            }
            while (!out.isEmpty() && out.get(out.size() - 1) instanceof SoftBreak) {
                out.remove(out.size() - 1);
            }
            for (int i = out.size() - 1; i > 0; i--) {
                if (out.get(i) instanceof SoftBreak && out.get(i - 1) instanceof SoftBreak) {
                    out.remove(i);
                }
            }
        }

        // ---- characters ----

        String text() {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                text.append(pick(PIECES));
            }
            return text.toString();
        }

        private String codeLiteral() {
            String code = text();
            return chance(20) ? " " + code + " " : code;
        }

        private String url() {
            StringBuilder url = new StringBuilder(chance(50) ? "https://" : "HTTP://");
            url.append(pick(WORDS).equals("\uD83D\uDE00") ? "x" : "example.org");
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                url.append(pick(URL_CHARS));
            }
            url.append(pick(new String[] {"a", "1", "/", "(x)"}));
            return url.toString();
        }

        /** Arbitrary input: pieces, line ends (LF, CRLF, CR) and indentation. */
        String source() {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                switch (random.nextInt(8)) {
                    case 0 -> text.append(pick(new String[] {"\n", "\r\n", "\r", "\n\n"}));
                    case 1 -> text.append(pick(new String[] {"    ", "  ", "\t", "        "}));
                    case 2 -> text.append(pick(new String[] {"- ", "* ", "1. ", "- [ ] ", "# ", "## ", "> ",
                        "| a | b |\n| --- | --- |\n", "---\n", "```\n", "<!-- c -->", "15 people in total"}));
                    default -> text.append(pick(PIECES));
                }
            }
            return text.toString();
        }
    }
}
