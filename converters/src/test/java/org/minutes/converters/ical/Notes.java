package org.minutes.converters.ical;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.FrontMatter;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.Title;

/** Builds documents by hand, as the parser would for the Markdown shown in each method's comment. */
final class Notes {

    private Notes() {
    }

    /** {@code # <date> <name>} followed by the preamble and sections. */
    static Document document(LocalDate date, String name, List<Block> preamble, Section... sections) {
        return new Document(Optional.empty(), List.of(), Optional.of(title(Optional.ofNullable(date), name)), preamble,
                List.of(sections));
    }

    /** The same with front matter {@code ---\n<yaml>\n---}. */
    static Document document(String yaml, LocalDate date, String name, List<Block> preamble, Section... sections) {
        return new Document(Optional.of(new FrontMatter(yaml)), List.of(),
                Optional.of(title(Optional.ofNullable(date), name)), preamble, List.of(sections));
    }

    private static Title title(Optional<LocalDate> date, String name) {
        return new Title(false, date, name.isEmpty() ? List.of() : List.of(new Text(name)));
    }

    /** A preamble paragraph {@code [Zoom link](<url>)} (D18). */
    static Paragraph zoom(String url) {
        return new Paragraph(List.of(link("Zoom link", url)));
    }

    /** A preamble paragraph {@code [What time is the meeting in my time zone](<url>)} (D19, D20). */
    static Paragraph timeLink(String url) {
        return new Paragraph(List.of(link("What time is the meeting in my time zone", url)));
    }

    static Link link(String text, String url) {
        return new Link(List.of(new Text(text)), url);
    }

    /** {@code ## <heading>} and its blocks. */
    static Section section(String heading, Block... blocks) {
        return new Section(2, List.of(new Text(heading)), List.of(blocks));
    }

    /** {@code ## Attendees} with a table {@code | Name | Initials | GH Username |} and these rows (D27–D30). */
    static Section attendees(String heading, String[]... rows) {
        return section(heading, table(new String[] {"Name", "Initials", "GH Username"}, rows));
    }

    static Table table(String[] header, String[]... rows) {
        return new Table(row(header), Arrays.stream(rows).map(Notes::row).toList());
    }

    private static TableRow row(String[] cells) {
        return new TableRow(Arrays.stream(cells)
                .map(cell -> new TableCell(cell.isEmpty() ? List.<Inline>of() : List.of(new Text(cell))))
                .toList());
    }

    /** A bullet list {@code - ...} of these items. */
    static ListBlock bullets(ListItem... items) {
        return new ListBlock(List.of(items));
    }

    /** {@code - [ ] <speaker>: <text>}; {@code box} and {@code speaker} may be null for none. */
    static ListItem item(Checkbox box, String speaker, String text, Block... children) {
        return new ListItem(Marker.DASH, Optional.ofNullable(box),
                Optional.ofNullable(speaker).map(Notes::prefix),
                text.isEmpty() ? List.of() : List.of(new Text(text)), List.of(children));
    }

    /** A speaker prefix; lower-case initials count only in parentheses (D48). */
    private static SpeakerPrefix prefix(String initials) {
        boolean lowerCase = initials.chars().allMatch(Character::isLowerCase);
        return new SpeakerPrefix(List.of(initials), Optional.empty(),
                lowerCase ? org.minutes.sdk.ast.SpeakerForm.PAREN : org.minutes.sdk.ast.SpeakerForm.COLON);
    }
}
