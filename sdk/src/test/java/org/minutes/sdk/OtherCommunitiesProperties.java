package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.DescendingVisitor;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;
import org.quicktheories.core.Gen;

/**
 * Properties of the forms of section 16 (D84–D96): generated sign-in lists with slash entries, name speakers and
 * date and time labels are read as the rules say, parsing never throws, and the document the parser returns is
 * rebuilt from its own parts as an equal document with the same meaning (the AST invariants of D90 and D91 hold for
 * what the parser makes, so that parse(render(doc)) == doc (D72) can hold where the renderer lives).
 */
class OtherCommunitiesProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 2_000) / 4;
    private static final MinutesParser PARSER = MinutesParser.create();

    private static final Gen<String> FIRST = arbitrary().pick("Quinn", "Rosa", "Pat", "Milo", "Nia", "Élodie",
            "O'Neil", "Jean-Luc");
    private static final Gen<String> LAST = arbitrary().pick("Example", "Tester", "Xu", "van Vliet", "Nobody",
            "Tester-Smith");
    private static final Gen<String> AFFILIATION = arbitrary().pick("Acme", "Globex", "FZJ/JSC", "Widget Labs",
            "Initech");
    private static final Gen<String> HEADING = arbitrary().pick("## Attendees", "## Participants", "## Roll call",
            "## Who's here?", "## Attendance :wave:", "## Welcome\n\nPlease sign in below. Roll call:",
            "## Logistics\n\nSign-in:");

    /** One generated person: first name, last name, handle, affiliation, how the handle is written. */
    private record Person(String first, String last, String handle, String affiliation, int handleForm) {

        String name() {
            return first + " " + last;
        }

        String entry() {
            String handlePart = switch (handleForm) {
                case 0 -> "@" + handle;
                case 1 -> "\\@" + handle;
                case 2 -> "`@" + handle + "`";
                default -> handle + " (github)";
            };
            return name() + " / " + affiliation + " / " + handlePart;
        }
    }

    private static final Gen<Person> PERSON = FIRST.zip(LAST, AFFILIATION, integers().between(0, 3),
            (first, last, affiliation, form) -> new Person(first, last,
                    (first.charAt(0) + last.replace(" ", "").replace("-", "")).toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z]", "x"), affiliation, form));

    private static String signIn(String heading, List<Person> people) {
        StringBuilder text = new StringBuilder("# 2031-05-14 Team Sync\n").append(heading).append("\n\n");
        people.forEach(person -> text.append("* ").append(person.entry()).append('\n'));
        return text.toString();
    }

    @Test
    void d86d88SignInListsOfSlashEntriesYieldTheirPeople() {
        qt().withExamples(EXAMPLES).forAll(HEADING, lists().of(PERSON).ofSizeBetween(1, 6))
                .checkAssert((heading, people) -> {
                    Document document = PARSER.parse(signIn(heading, people)).document();
                    List<Attendee> expected = people.stream().map(p -> new Attendee(p.name(), Optional.empty(),
                            Optional.of(p.handle()), List.of(p.affiliation()), false)).toList();
                    assertEquals(expected, document.attendees(), heading);
                    rebuildsEqual(document);
                });
    }

    @Test
    void d90d91NameSpeakersResolveToTheirAttendees() {
        qt().withExamples(EXAMPLES).forAll(lists().of(PERSON).ofSizeBetween(1, 5), integers().between(0, 4),
                integers().between(0, 3)).checkAssert((people, who, form) -> {
                    Person speaker = people.get(who % people.size());
                    String name = switch (form) {
                        case 0 -> speaker.first() + ":";
                        case 1 -> "**" + speaker.first() + "**:";
                        case 2 -> "**" + speaker.handle() + ":**";
                        // D91: a full name is a name speaker only when it is two words at most.
                        default -> speaker.last().contains(" ") ? "[" + speaker.first() + "]"
                                : "(" + speaker.name() + ")";
                    };
                    String text = signIn("## Attendees", people) + "## Notes\n* " + name + " looks good\n"
                            + "* Goal: ship\n* ZZX: label without derived initials\n";
                    Document document = PARSER.parse(text).document();
                    List<ListItem> items = items(document);
                    Attendee first = document.attendees().stream()
                            .filter(a -> document.resolveSpeaker(items.get(0).speakers().get(0)).orElseThrow() == a)
                            .findFirst().orElseThrow();
                    // D91: several attendees may share the first name; the first of them is the speaker.
                    assertTrue(first.name().startsWith(form == 2 ? "" : speaker.first()), name);
                    assertEquals("looks good", items.get(0).plainText());
                    assertEquals(List.of(), items.get(1).speakers(), "D52: Goal: is a label");
                    assertEquals(List.of(), items.get(2).speakers(), "D90: ZZX matches no derived initials");
                    rebuildsEqual(document);
                });
    }

    @Test
    void d84d85DateAndTimeLabelsGiveTheMeetingTime() {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 3_650), integers().between(0, 3),
                integers().between(0, 23), integers().between(0, 1)).checkAssert((day, style, hour, zone) -> {
                    LocalDate date = LocalDate.of(2030, 1, 1).plusDays(day);
                    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    String written = switch (style) {
                        case 0 -> date.toString();
                        case 1 -> date.getDayOfMonth() + " " + month + " " + date.getYear();
                        case 2 -> month.substring(0, 3) + " " + date.getDayOfMonth() + ", " + date.getYear();
                        default -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                                + date.getDayOfMonth() + "th " + month + " " + date.getYear();
                    };
                    String time = String.format("%02d:00 %s", hour, zone == 0 ? "UTC" : "CET");
                    Document document = PARSER.parse("# Widget call\n\n**Date:** " + written + " at " + time + "\n")
                            .document();
                    assertEquals(Optional.of(new MeetingDate(date, DateSource.DATE_LINE)), document.meetingDate(),
                            written);
                    assertEquals(Optional.of(LocalTime.of(hour, 0)),
                            document.schedule().primary().map(t -> t.time()), time);
                    assertEquals(Optional.of(date), document.schedule().primary().flatMap(t -> t.date()));
                    rebuildsEqual(document);
                });
    }

    @Test
    void section16PiecesInAnyOrderNeverThrow() {
        List<String> pieces = List.of("# Widget call (2031-01-06)\n", "## Attendees\n", "## Notes\n",
                "## Action items\n", "## Introductions\n", "Please sign in below:\n\n", "Your name / GitHub ID\n\n",
                "* Quinn Example / Acme / @qexample\n", "* rosa tester\n", "* /\n", "* name\n", "* (missed it)\n",
                "* Quinn: hi\n", "* **Rosa**: hi\n", "* **qexample:** hi\n", "* (pat) hi\n", "* [Quinn] hi\n",
                "* \\[QE\\] hi\n", "* QE: hi\n", "* RT: hi\n", "+ Nia: hi\n", "- [ ] Action: QE to ship\n",
                "- [x] TODO: Quinn to ship\n", "    - [ ] follow-up\n", "Date: 4 May 2031 at 5pm PDT\n",
                "Time: 9 a.m. Moonbase\n", "---\ndate: 2031-02-30\n---\n", "\n");
        qt().withExamples(EXAMPLES * 4).forAll(lists().of(integers().between(0, pieces.size() - 1))
                .ofSizeBetween(0, 25)).checkAssert(indices -> {
                    StringBuilder text = new StringBuilder();
                    indices.forEach(i -> text.append(pieces.get(i)));
                    ParseResult result = PARSER.parse(text.toString(), "2031/widget-10-26.md");
                    rebuildsEqual(result.document());
                });
    }

    /** The document rebuilt from its parts, with its source name, equals it and means the same. */
    private static void rebuildsEqual(Document document) {
        Document rebuilt = Document.of(document.frontMatter(), document.lead(), document.title(),
                document.preamble(), document.sections(), document.sourceName());
        assertEquals(document, rebuilt);
        assertEquals(document.meetingDate(), rebuilt.meetingDate());
        assertEquals(document.attendees(), rebuilt.attendees());
        assertEquals(document.topics(), rebuilt.topics());
        assertEquals(document.actionItems(), rebuilt.actionItems());
        assertEquals(document.schedule(), rebuilt.schedule());
    }

    private static List<ListItem> items(Document document) {
        List<ListItem> items = new ArrayList<>();
        document.sections().get(document.sections().size() - 1).accept(new DescendingVisitor() {
            @Override
            public Void visit(ListItem item) {
                items.add(item);
                return super.visit(item);
            }
        });
        return items;
    }
}
