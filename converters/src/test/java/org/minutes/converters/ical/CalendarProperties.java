package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Documents;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.Roster;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.Initials;
import org.minutes.sdk.syntax.SpeakerNames;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * For documents full of iCalendar syntax, non-BMP characters and control characters: ical4j validates the calendar and
 * reads attendee names, summaries and descriptions back unchanged (up to the documented replacement of control
 * characters by U+FFFD); the bytes are well-formed and the same on every run. The number of examples is the system
 * property {@code minutes.examples} (10 000 by default); a failure prints the seed.
 */
class CalendarProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    /** Pieces of text, weighted towards what breaks content lines: separators, escapes, quotes, carets, emoji. */
    private static final String[] PIECES = {
        "a", "Q", "n", " ", ";", ",", ":", "\\", "\"", "^", "'", "=", "\t", "\u00A0", "é", "€", "会", "😀", "👩",
        "\u200D", "💻", "\uFFFD", "\u0001", "\u001B", "\u007F", "\uD800", "END:VEVENT", "BEGIN:VTODO", "\\n", "^n",
        "x".repeat(80), "😀".repeat(30),
    };
    private static final String[] INITIALS = {"QE", "RT", "PX", "MvV", "XY", "qe"};
    /** Names whose derived initials (D90) are initials tokens, besides generated ones. */
    private static final String[] NAMES = {"Quinn Example", "Rosa Tester", "Milo van Vliet", "Émile D'Arcy"};
    private static final String[] HANDLES = {"qexample", "rtester", "a-b", "ü/x y"};
    private static final String[] ZONES = {"UTC", "Asia/Kolkata", "America/Chicago"};
    private static final String[] TIME_LINKS = {
        "https://time.example.org/convert/utc?t=5pm",
        "https://time.example.org/Chicago/2031-01-01/09:00/b/x",
        "https://time.example.org/Europe/Berlin/2031-01-01/23:30/b/x",
        "https://time.example.org/Atlantis/2031-01-01/09:00/b/x",
    };

    @Test
    void calendarsValidateAndTextReadsBackUnchanged() {
        qt().withExamples(EXAMPLES).withShrinkCycles(50).forAll(documents(), options())
                .checkAssert(CalendarProperties::check);
    }

    /**
     * Issue 9, done-when 4: an action item inserted anywhere in a meeting's action items leaves the UID of every
     * other to-do as it was (UIDs come from the item's text, not its position), so a subscribed calendar does not
     * duplicate them; before, UIDs were numbered by position and every later one changed.
     */
    @Test
    void insertingAnActionItemKeepsEveryOtherTodoUid() {
        qt().withExamples(EXAMPLES / 10).forAll(documents(), integers().between(0, 10))
                .checkAssert(CalendarProperties::checkInsertion);
    }

    private static void checkInsertion(Document document, int at) {
        Section actions = document.sections().get(document.sections().size() - 1);
        ListBlock list = (ListBlock) actions.blocks().get(0);
        List<ListItem> items = new ArrayList<>(list.items());
        items.add(Math.min(at, items.size()), new ListItem(Marker.DASH, Optional.of(Checkbox.OPEN), Optional.empty(),
                List.of(new Text("inserted item")), List.of()));
        Document inserted = Documents.replace(document, list, new ListBlock(items));
        assertEquals(document.actionItems().size() + 1, inserted.actionItems().size(), "the new item is one");
        CalendarConverter converter = CalendarConverter.create(CalendarOptions.DEFAULTS
                .withTodos(CalendarOptions.Todos.ALL));
        List<String> before = todoUids(converter.convert(document));
        List<String> after = todoUids(converter.convert(inserted));
        assertEquals(before.size() + 1, after.size());
        List<String> kept = new ArrayList<>(after);
        kept.removeIf(uid -> uid.endsWith("-item-" + sha256("inserted item")));
        assertEquals(before.stream().sorted().toList(), kept.stream().sorted().toList(), "every other UID kept");
    }

    private static List<String> todoUids(String ics) {
        return Conformance.unfold(ics).stream().filter(line -> line.startsWith("UID:") && line.contains("-item-"))
                .toList();
    }

    /** The first 8 hex digits of the SHA-256 of UTF-8 text, computed here apart from the converter. */
    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void check(Document document, CalendarOptions options) {
        String ics = CalendarConverter.create(options).convert(document);
        assertEquals(ics, CalendarConverter.create(options).convert(document), "same input, same bytes");
        Conformance.assertWellFormed(ics);
        Calendar calendar = Ical.valid(ics);
        String kind = document.date().isPresent() ? "VEVENT" : "VJOURNAL";
        CalendarComponent meeting = Ical.only(calendar, kind);
        List<String> unfolded = Conformance.unfold(ics);
        List<RawLines.Line> raw = RawLines.components(unfolded, kind).get(0);

        if (document.name().isEmpty()) {
            assertTrue(Ical.properties(meeting, "SUMMARY").isEmpty());
        } else {
            assertText(document.name(), raw, meeting, "SUMMARY");
        }
        String outline = Outline.of(document);
        if (!outline.isEmpty()) {
            assertText(outline, raw, meeting, "DESCRIPTION");
        }

        List<Attendee> attendees = document.attendees();
        List<Property> written = Ical.properties(meeting, "ATTENDEE");
        List<RawLines.Line> rawAttendees = RawLines.named(raw, "ATTENDEE");
        assertEquals(attendees.size(), written.size(), "one ATTENDEE per attendee");
        for (int i = 0; i < attendees.size(); i++) {
            String name = readable(attendees.get(i).name());
            Optional<String> cn = Ical.parameter(written.get(i), "CN");
            if (name.isEmpty()) {
                assertEquals(Optional.empty(), cn);
            } else {
                String expectedCn = mustQuote(name) ? name.replace('\\', '\uFF3C') : name;
                assertEquals(expectedCn, rawAttendees.get(i).param("CN"));
                if (!name.contains("^n") && !name.contains("^'")) {
                    assertEquals(Optional.of(expectedCn), cn);
                }
            }
        }

        List<ActionItem> expected = switch (options.todos()) {
            case ALL -> document.actionItems();
            case OPEN -> document.openActionItems();
            case NONE -> List.of();
        };
        List<CalendarComponent> todos = Ical.components(calendar, "VTODO");
        List<List<RawLines.Line>> rawTodos = RawLines.components(unfolded, "VTODO");
        assertEquals(expected.size(), todos.size(), "one VTODO per action item");
        for (int i = 0; i < todos.size(); i++) {
            assertText(expected.get(i).text(), rawTodos.get(i), todos.get(i), "SUMMARY");
            assertEquals(expected.get(i).assignees().size(), Ical.properties(todos.get(i), "ATTENDEE").size());
        }
    }

    /**
     * Asserts that a TEXT property reads back as {@code text}: exactly through the RFC reader of the tests, and
     * through ical4j up to its deviations (see {@link RawLines}).
     */
    private static void assertText(String text, List<RawLines.Line> raw, CalendarComponent component, String name) {
        String expected = readable(text);
        List<RawLines.Line> lines = RawLines.named(raw, name);
        assertEquals(1, lines.size(), () -> "one " + name);
        assertEquals(expected, RawLines.unescapeText(lines.get(0).value()));
        if (!expected.contains("\\\n")) {
            assertEquals(asRead(text), Ical.value(component, name));
        }
    }

    /**
     * A TEXT value as ical4j returns it: {@link #readable} and without leading and trailing spaces and tabs, which
     * ical4j trims from every property value (RFC 5545 keeps them; real notes have none, as the parser trims text).
     */
    private static String asRead(String text) {
        String value = readable(text);
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The documented quoting of parameter values, which decides whether a backslash is written as U+FF3C. */
    private static boolean mustQuote(String value) {
        return value.startsWith(" ") || value.startsWith("\t") || value.endsWith(" ") || value.endsWith("\t")
                || value.chars().anyMatch(c -> ":;,=\"".indexOf(c) >= 0);
    }

    /** The documented replacement: control characters other than tab and LF, and unpaired surrogates, are U+FFFD. */
    private static String readable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Gen<CalendarOptions> options() {
        return in -> {
            CalendarOptions options = CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.values()[pick(in, 3)]);
            if (pick(in, 4) == 0) {
                options = options.withStart(LocalTime.of(pick(in, 24), pick(in, 4) * 15));
            }
            if (pick(in, 4) == 0) {
                options = options.withZone(ZoneId.of(pick(in, ZONES)));
            }
            return options;
        };
    }

    private static Gen<Document> documents() {
        Gen<Document> documents = in -> {
            LocalDate date = pick(in, 5) == 0 ? null
                    : LocalDate.of(2024 + pick(in, 8), 1 + pick(in, 12), 1 + pick(in, 28));
            List<Block> preamble = new ArrayList<>();
            if (pick(in, 2) == 0) {
                preamble.add(Notes.zoom("https://zoom.example.org/j/" + pick(in, 1000)));
            }
            if (pick(in, 3) > 0) {
                preamble.add(Notes.timeLink(pick(in, TIME_LINKS)));
            }
            List<Section> sections = new ArrayList<>();
            sections.add(Notes.attendees("Attendees", rows(in)));
            if (pick(in, 3) == 0) {
                sections.add(Notes.attendees("Attendees in absentia", rows(in)));
            }
            // D90, D91: the speakers a document may hold depend on its attendee list, read before its items.
            List<SpeakerPrefix> speakers = speakers(Roster.of(List.of(), sections));
            sections.add(Notes.section(text(in, 1, 3), items(in, 2, speakers)));
            sections.add(Notes.section("Action items", items(in, 2, speakers)));
            return Notes.document(date, text(in, 0, 4), preamble, sections.toArray(Section[]::new));
        };
        return documents.describedAs(document -> visible(document.toString()));
    }

    /** Control characters and surrogates as {@code \\uXXXX}, so that a failing document prints whole. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /**
     * The speakers items may have in a document with these attendees, so that it is a valid AST (D90, D91): the
     * initials of {@link #INITIALS} where attendees have written initials (or none is listed), resolved or not (D53);
     * where initials are derived, those derived initials that are initials tokens (D48); and in both cases a name
     * speaker for every listed handle or first name that has the shape of one.
     */
    private static List<SpeakerPrefix> speakers(Roster roster) {
        List<SpeakerPrefix> speakers = new ArrayList<>();
        if (roster.derivesInitials()) {
            roster.attendees().forEach(a -> roster.derivedInitials(a).filter(ini -> Initials.isToken(ini, false))
                    .ifPresent(ini -> speakers.add(SpeakerPrefix.of(ini))));
        } else {
            for (String initials : INITIALS) {
                boolean lowerCase = initials.chars().allMatch(Character::isLowerCase);
                speakers.add(new SpeakerPrefix(List.of(initials), Optional.empty(),
                        lowerCase ? SpeakerForm.PAREN : SpeakerForm.COLON));
            }
        }
        for (Attendee attendee : roster.attendees()) {
            List<String> names = new ArrayList<>(attendee.github().stream().toList());
            names.add(attendee.name().split("[ \t\u00A0]+")[0]);
            names.stream().filter(SpeakerNames::isName).forEach(name -> speakers.add(new SpeakerPrefix(List.of(name),
                    Optional.empty(), SpeakerForm.NAME_COLON)));
        }
        return speakers;
    }

    private static String[][] rows(RandomnessSource in) {
        String[][] rows = new String[pick(in, 5)][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {
                pick(in, 3) == 0 ? pick(in, NAMES) : text(in, 0, 4),
                pick(in, 3) == 0 ? "" : pick(in, INITIALS),
                pick(in, 2) == 0 ? "" : pick(in, HANDLES),
            };
            if (String.join("", rows[i]).isEmpty()) {
                rows[i][0] = "a"; // A row of empty cells is trivia, no attendee (D29).
            }
        }
        return rows;
    }

    /** A bullet list of up to four items, each maybe with a checkbox, one of the speakers and nested items. */
    private static ListBlock items(RandomnessSource in, int depth, List<SpeakerPrefix> speakers) {
        int count = 1 + pick(in, 4);
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Checkbox box = pick(in, new Checkbox[] {null, Checkbox.OPEN, Checkbox.OPEN, Checkbox.DONE});
            Optional<SpeakerPrefix> speaker = speakers.isEmpty() || pick(in, 2) == 0 ? Optional.empty()
                    : Optional.of(speakers.get(pick(in, speakers.size())));
            String text = pick(in, 6) == 0 ? "" : text(in, 1, 5);
            List<Block> children = depth > 0 && pick(in, 4) == 0 ? List.of(items(in, depth - 1, speakers)) : List.of();
            items.add(new ListItem(Marker.DASH, Optional.ofNullable(box), speaker,
                    text.isEmpty() ? List.of() : List.of(new Text(text)), children));
        }
        return new ListBlock(items);
    }

    /**
     * Text of {@code min} to {@code max} pieces; never CR or LF, which no text node holds, and no WS at its edges,
     * which parsing trims (D5, D28), so that it is text a document can hold.
     */
    private static String text(RandomnessSource in, int min, int max) {
        StringBuilder text = new StringBuilder();
        int pieces = min + pick(in, max - min + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(pick(in, PIECES));
        }
        String trimmed = text.toString().replaceAll("^[ \\t\\u00A0]+|[ \\t\\u00A0]+$", "");
        return trimmed.isEmpty() && min > 0 ? "a" : trimmed;
    }

    private static int pick(RandomnessSource in, int bound) {
        return (int) in.next(Constraint.between(0, bound - 1));
    }

    private static <T> T pick(RandomnessSource in, T[] values) {
        return values[pick(in, values.length)];
    }
}
