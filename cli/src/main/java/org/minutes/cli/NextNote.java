package org.minutes.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.converters.markdown.EditPreservingRenderer;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Documents;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.SpeakerPrefix;

/**
 * Writes the next meeting's note from a template: the date placeholders filled, and the items carried from the last
 * meeting listed under the template's {@code From previous meetings} section (D25 kind {@code from_previous}).
 * Every other byte of the template stays as it was: the date is put in as text, and the section's list is replaced
 * through the editing API and written back by the edit-preserving renderer (D73).
 */
final class NextNote {

    /**
     * The date placeholders: conda's Jinja-style {@code {{ date.strftime("%Y-%m-%d") }}} (any format of
     * {@link #strftime}, either quote, any spacing) and the plain token {@code YYYY-MM-DD}.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*date\\.strftime\\(\\s*([\"'])([^\"'\\n]*)\\1\\s*\\)\\s*}}"
            + "|(?<![\\w-])YYYY-MM-DD(?![\\w-])");

    /**
     * An item carried from the last meeting.
     *
     * @param speaker its speaker prefix, if any
     * @param content its text
     */
    record Carried(Optional<SpeakerPrefix> speaker, List<Inline> content) {

        /** Copies the content. */
        Carried {
            content = List.copyOf(content);
        }
    }

    /**
     * The note written from a template.
     *
     * @param text    the note's Markdown
     * @param dated   whether the template had a date placeholder to fill
     * @param carried whether the template had a {@code From previous meetings} section to carry items into (true
     *                when there was nothing to carry)
     */
    record Note(String text, boolean dated, boolean carried) {
    }

    private NextNote() {
    }

    /**
     * Writes the note.
     *
     * @param template the template's text
     * @param date     the meeting date
     * @param carried  the items to list under {@code From previous meetings}, in order
     * @return the note
     */
    static Note write(String template, LocalDate date, List<Carried> carried) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        boolean dated = placeholder.find();
        String filled = placeholder.reset().replaceAll(match -> Matcher.quoteReplacement(
                match.group(2) == null ? date.toString() : strftime(match.group(2), date)));
        if (carried.isEmpty()) {
            return new Note(filled, dated, true);
        }
        ParseResult parsed = MinutesParser.create().parse(filled);
        Document document = parsed.document();
        Optional<Section> section = document.sections().stream()
                .filter(s -> s.kind() == SectionKind.FROM_PREVIOUS).findFirst();
        if (section.isEmpty()) {
            return new Note(filled, dated, false);
        }
        Document edited = Documents.replace(document, section.get(), withCarried(document, section.get(), carried));
        return new Note(EditPreservingRenderer.create().convert(parsed, edited), dated, true);
    }

    /**
     * The section with the carried items in its first list, after the items of that list that have real text (D67:
     * the template's own standing topics); its placeholder items ({@code - [ ] ...}) give way. A section without a
     * list gets one.
     */
    private static Section withCarried(Document document, Section section, List<Carried> carried) {
        Set<ListItem> real = Collections.newSetFromMap(new IdentityHashMap<>());
        document.topics().forEach(topic -> real.add(topic.item()));
        document.actionItems().forEach(item -> real.add(item.item()));
        List<Block> blocks = new ArrayList<>(section.blocks());
        int list = -1;
        for (int i = 0; i < blocks.size() && list < 0; i++) {
            if (blocks.get(i) instanceof ListBlock) {
                list = i;
            }
        }
        List<ListItem> items = new ArrayList<>();
        Marker marker = Marker.DASH;
        if (list >= 0) {
            ListBlock old = (ListBlock) blocks.get(list);
            marker = old.items().get(0).marker();
            old.items().stream().filter(real::contains).forEach(items::add);
        }
        for (Carried item : carried) {
            items.add(new ListItem(marker, Optional.of(Checkbox.OPEN), item.speaker(), item.content(), List.of()));
        }
        if (list >= 0) {
            blocks.set(list, new ListBlock(items));
        } else {
            blocks.add(new ListBlock(items));
        }
        return new Section(section.level(), section.heading(), blocks);
    }

    /**
     * Formats a date as Python's {@code strftime} does for the directives a date has: {@code %Y %y %m %d %e %j %B
     * %b %A %a %%} (English names). Another directive is kept as written.
     *
     * @param format the format
     * @param date   the date
     * @return the formatted date
     */
    static String strftime(String format, LocalDate date) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char directive = format.charAt(++i);
            out.append(switch (directive) {
                case 'Y' -> String.valueOf(date.getYear());
                case 'y' -> String.format(Locale.ROOT, "%02d", date.getYear() % 100);
                case 'm' -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                case 'd' -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                case 'e' -> String.format(Locale.ROOT, "%2d", date.getDayOfMonth());
                case 'j' -> String.format(Locale.ROOT, "%03d", date.getDayOfYear());
                case 'B' -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'b' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 'A' -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'a' -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case '%' -> "%";
                default -> "%" + directive;
            });
        }
        return out.toString();
    }
}
