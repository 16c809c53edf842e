package org.minutes.sdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.BareUrl;
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
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
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

/** The spec's dump format on ASTs built in code, so that the printer is checked apart from the parser. */
class AstDumpTest {

    @Test
    void quotesWithJavaEscapesAndShowsInvisibleCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u00a0\\ufeff\\ufffd\\u0000 🎉\"",
                AstDump.quote("a\"b\\c\n\r\t\u00a0\uFEFF\uFFFD\u0000 🎉"));
    }

    @Test
    void printsEveryComponentOfEveryBlock() {
        ListItem child = new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(), List.of(), List.of());
        ListItem item = new ListItem(Marker.DASH, Optional.of(Checkbox.DONE_UPPER_CASE),
                Optional.of(new SpeakerPrefix(List.of("QE", "RT"), Optional.of("away"), SpeakerForm.PAREN)),
                List.of(new Text("shipped")), List.of(new ListBlock(List.of(child))));
        Table table = new Table(new TableRow(List.of(new TableCell(List.of(new Text("Name"))))),
                List.of(new TableRow(List.of(new TableCell(List.of(new Text("Quinn")))))));
        Document document = new Document(Optional.of(new FrontMatter("tags: [a]")),
                List.of(new Comment(List.of("<!-- x -->"))),
                Optional.of(new Title(true, Optional.of(LocalDate.of(2031, 5, 14)), List.of(new Text("Sync")))),
                List.of(new ThematicBreak(), new ListBlock(List.of(item)), table,
                        new CodeBlock('~', 4, "yaml=", List.of("a: 1", "")),
                        new CodeBlock('`', 3, "", List.of()),
                        new BlockQuote(List.of(new Paragraph(List.of(new Text("q")))))),
                List.of(new Section(2, List.of(new Text("Agenda")), List.of(new HeadCount("15 people in total"))),
                        new Section(6, List.of(), List.of())));
        assertEquals("""
                document
                  front-matter "tags: [a]"
                  comment
                    line "<!-- x -->"
                  title draft date=2031-05-14
                    text "Sync"
                  break
                  list bullet
                    item - [X] speaker=(QE/RT) qualifier="away" form=PAREN
                      text "shipped"
                      list ordered
                        item ordered
                  table
                    header
                      cell
                        text "Name"
                    row
                      cell
                        text "Quinn"
                  code-block fence="~~~~" info="yaml="
                    line "a: 1"
                    line ""
                  code-block fence="```"
                  quote
                    paragraph
                      text "q"
                  section level=2 kind=agenda
                    text "Agenda"
                    head-count "15 people in total" count=15
                  section level=6 kind=other
                """, AstDump.ast(document));
    }

    @Test
    void printsEveryInline() {
        Paragraph paragraph = new Paragraph(List.of(
                new Text("a"), new SoftBreak(), new Code("x"),
                new Link(List.of(new Emphasis('_', List.of(new Text("l")))), ""),
                new Image(List.of(new Strong(List.of(new Text("i")))), "https://example.org/i.png"),
                new BareUrl("https://example.org"), new Text(" "), new Strikethrough(List.of(new Text("s"))),
                new Emoji("tada"), new Text(" "), new Mention("acme", Optional.of("core")), new Text(" "),
                new Mention("qexample", Optional.empty())));
        assertEquals("""
                paragraph
                  text "a"
                  softbreak
                  code "x"
                  link ""
                    emphasis _
                      text "l"
                  image "https://example.org/i.png"
                    strong
                      text "i"
                  url "https://example.org"
                  text " "
                  strike
                    text "s"
                  emoji "tada"
                  text " "
                  mention "acme" team="core"
                  text " "
                  mention "qexample"
                """, AstDump.ast(paragraph));
    }
}
