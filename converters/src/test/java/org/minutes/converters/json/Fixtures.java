package org.minutes.converters.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

/** Hand-built ASTs for the JSON tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Text text(String literal) {
        return new Text(literal);
    }

    static Paragraph paragraph(Inline... content) {
        return new Paragraph(List.of(content));
    }

    static TableRow row(String... cells) {
        return new TableRow(java.util.Arrays.stream(cells)
                .map(cell -> new TableCell(cell.isEmpty() ? List.of() : List.of(text(cell))))
                .toList());
    }

    static ListItem item(Marker marker, Optional<Checkbox> checkbox, Optional<SpeakerPrefix> speaker, String text,
                         Block... children) {
        return new ListItem(marker, checkbox, speaker, text.isEmpty() ? List.of() : List.of(text(text)),
                List.of(children));
    }

    static ListItem item(String text, Block... children) {
        return item(Marker.DASH, Optional.empty(), Optional.empty(), text, children);
    }

    static Section section(int level, String heading, Block... blocks) {
        return new Section(level, heading.isEmpty() ? List.of() : List.of(text(heading)), List.of(blocks));
    }

    static Document document(Optional<Title> title, List<Block> preamble, Section... sections) {
        return new Document(Optional.empty(), List.of(), title, preamble, List.of(sections));
    }

    static Title title(LocalDate date, String name) {
        return new Title(false, Optional.of(date), List.of(text(name)));
    }

    /**
     * A document holding every node type, every enum constant of the AST and both sides of every optional value:
     * written by hand, so that each variant the JSON must keep (D70) is there.
     */
    static Document kitchenSink() {
        FrontMatter frontMatter = new FrontMatter("tags: [meeting-notes, \"x\\ty\"]\nowner: \"Quinn\"\n");
        Title title = new Title(true, Optional.of(LocalDate.of(2031, 5, 14)),
                List.of(text("Team "), new Emphasis('_', List.of(text("Sync"))), text(" \u00A0 🎉")));
        List<Block> lead = List.of(new Comment(List.of("<!-- lead comment -->")));
        List<Block> preamble = List.of(
                paragraph(new Link(List.of(text("Zoom link")), "https://zoom.us/j/1"), text(" · "),
                        new Link(List.of(new Code("x")), ""), new SoftBreak(),
                        new BareUrl("HTTPS://Example.org/a?b=c&d=%20"), text(" "),
                        new Image(List.of(text("screen "), new Strong(List.of(text("shot")))), "a.png")),
                new ThematicBreak(),
                new HeadCount("15 people in total"),
                new HeadCount("X people in total"));
        Table attendees = new Table(row("Name", "Initials", "GH Username", "Affiliation"), List.of(
                row("Quinn Example", "QE", "qexample", "Acme"),
                row("Rosa Tester", "RT"),
                row("", "", "", "", "extra")));
        ListBlock numbered = new ListBlock(List.of(
                item(Marker.ORDERED, Optional.empty(), Optional.empty(), "PX: Pat Xu (@patxu)"),
                item(Marker.ORDERED, Optional.empty(), Optional.empty(), "")));
        SpeakerPrefix colon = new SpeakerPrefix(List.of("QE"), Optional.of("in chat"), SpeakerForm.COLON);
        SpeakerPrefix paren = new SpeakerPrefix(List.of("QE", "RT"), Optional.of("away, please read aloud"),
                SpeakerForm.PAREN);
        SpeakerPrefix parenColon = new SpeakerPrefix(List.of("MvN"), Optional.empty(), SpeakerForm.PAREN_COLON);
        SpeakerPrefix bracket = new SpeakerPrefix(List.of("KZ"), Optional.empty(), SpeakerForm.BRACKET);
        SpeakerPrefix bracketColon = new SpeakerPrefix(List.of("JRG", "WV", "QE"), Optional.empty(),
                SpeakerForm.BRACKET_COLON);
        // D91, D92: name speakers of listed attendees (first word, handle, full name) in every written form.
        SpeakerPrefix name = new SpeakerPrefix(List.of("Quinn"), Optional.empty(), SpeakerForm.NAME_COLON);
        SpeakerPrefix strongName = new SpeakerPrefix(List.of("Rosa"), Optional.empty(), SpeakerForm.NAME_COLON,
                NameEmphasis.COLON_OUTSIDE);
        SpeakerPrefix strongHandle = new SpeakerPrefix(List.of("qexample"), Optional.empty(), SpeakerForm.NAME_COLON,
                NameEmphasis.COLON_INSIDE);
        SpeakerPrefix nameParen = new SpeakerPrefix(List.of("quinn"), Optional.empty(), SpeakerForm.NAME_PAREN);
        SpeakerPrefix nameBracket = new SpeakerPrefix(List.of("Rosa Tester"), Optional.empty(),
                SpeakerForm.NAME_BRACKET);
        SpeakerPrefix escaped = new SpeakerPrefix(List.of("QE", "RT"), Optional.of("in chat"),
                SpeakerForm.BRACKET_ESCAPED);
        ListBlock names = new ListBlock(List.of(
                item(Marker.DASH, Optional.empty(), Optional.of(name), "looks good"),
                item(Marker.DASH, Optional.of(Checkbox.OPEN), Optional.of(strongName), "agreed"),
                item(Marker.DASH, Optional.empty(), Optional.of(strongHandle), "merged"),
                item(Marker.DASH, Optional.empty(), Optional.of(nameParen), "ship it"),
                item(Marker.DASH, Optional.empty(), Optional.of(nameBracket), "later"),
                item(Marker.DASH, Optional.empty(), Optional.of(escaped), "we should discuss the release")));
        ListBlock deepest = new ListBlock(List.of(
                item(Marker.ORDERED, Optional.of(Checkbox.DONE), Optional.of(bracket), "deep")));
        ListBlock nested = new ListBlock(List.of(
                item(Marker.STAR, Optional.of(Checkbox.DONE_UPPER_CASE), Optional.of(paren), "vote!", deepest)));
        ListBlock discussion = new ListBlock(List.of(
                item(Marker.DASH, Optional.of(Checkbox.OPEN), Optional.of(colon), "ping RT", nested,
                        paragraph(text("continued "), new Emoji("white_check_mark"))),
                item(Marker.STAR, Optional.empty(), Optional.of(parenColon), "notices"),
                item(Marker.DASH, Optional.of(Checkbox.DONE), Optional.of(bracketColon), "",
                        new CodeBlock('`', 3, "", List.of()))));
        Paragraph inlines = paragraph(
                new Code("x | y \\ `z`"), text(" "),
                new Strikethrough(List.of(text("old"))), text(" "),
                new Emphasis('*', List.of(new Strong(List.of(text("both"))))), text(" "),
                new Mention("qexample", Optional.empty()), text(" "),
                new Mention("acme", Optional.of("communications")), text(" \\ \"quoted\" \t tab"));
        return new Document(Optional.of(frontMatter), lead, Optional.of(title), preamble, List.of(
                new Section(2, List.of(text("Attendees")), List.of(attendees, numbered)),
                new Section(3, List.of(text("Discussion "), new Emoji("tada")), List.of(
                        discussion,
                        new CodeBlock('~', 4, "yaml=", List.of("## widget.toml", "", "  a: 1")),
                        new Comment(List.of("<!-- one", "- [ ] not an item", "--->")),
                        new BlockQuote(List.of(paragraph(text("Ship small, ship often.")),
                                paragraph(new Strong(List.of(text("Really")))))),
                        new BlockQuote(List.of()),
                        inlines,
                        names)),
                new Section(6, List.of(), List.of())));
    }
}
