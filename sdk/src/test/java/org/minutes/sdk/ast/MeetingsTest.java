package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.ast.MeetingsTest.Ast.attendee;
import static org.minutes.sdk.ast.MeetingsTest.Ast.bullet;
import static org.minutes.sdk.ast.MeetingsTest.Ast.document;
import static org.minutes.sdk.ast.MeetingsTest.Ast.list;
import static org.minutes.sdk.ast.MeetingsTest.Ast.numbered;
import static org.minutes.sdk.ast.MeetingsTest.Ast.paragraph;
import static org.minutes.sdk.ast.MeetingsTest.Ast.row;
import static org.minutes.sdk.ast.MeetingsTest.Ast.section;
import static org.minutes.sdk.ast.MeetingsTest.Ast.table;
import static org.minutes.sdk.ast.MeetingsTest.Ast.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;

class MeetingsTest {

    /** Builds AST nodes by hand, as the parser would, for the semantic tests of this package. */
    static final class Ast {

        private Ast() {
        }

        static Text text(String literal) {
            return new Text(literal);
        }

        static Mention mention(String handle) {
            return new Mention(handle, Optional.empty());
        }

        /** A cell as the parser builds it: trimmed; empty text gives empty content. */
        static TableCell cell(Object content) {
            if (content instanceof Inline inline) {
                return new TableCell(List.of(inline));
            }
            String literal = org.minutes.sdk.syntax.Whitespace.trim((String) content);
            return new TableCell(literal.isEmpty() ? List.of() : List.of(text(literal)));
        }

        static TableRow row(Object... cells) {
            return new TableRow(Arrays.stream(cells).map(Ast::cell).toList());
        }

        /** A table as the parser builds it: rows whose cells are all empty are trivia (D29). */
        static Table table(TableRow header, TableRow... rows) {
            return new Table(header, Arrays.stream(rows)
                    .filter(row -> row.cells().stream().anyMatch(cell -> !cell.content().isEmpty())).toList());
        }

        /** Inline content as the parser builds it: text trimmed at the line's edges (D5), empty text left out. */
        static List<Inline> inlines(Object... parts) {
            List<Inline> out = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                Object part = parts[i];
                if (part instanceof Inline inline) {
                    out.add(inline);
                    continue;
                }
                String literal = (String) part;
                if (i == 0) {
                    literal = literal.substring(org.minutes.sdk.syntax.Whitespace.skip(literal, 0));
                }
                if (i == parts.length - 1) {
                    literal = literal.substring(0, org.minutes.sdk.syntax.Whitespace.trimEnd(literal, 0,
                            literal.length()));
                }
                if (!literal.isEmpty()) {
                    out.add(text(literal));
                }
            }
            return out;
        }

        static ListItem numbered(Object... parts) {
            return new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(), inlines(parts), List.of());
        }

        static ListItem bullet(Object... parts) {
            return new ListItem(Marker.STAR, Optional.empty(), Optional.empty(), inlines(parts), List.of());
        }

        /** A dash item with a checkbox, a speaker prefix ({@code null} for none) and text. */
        static ListItem item(Checkbox box, SpeakerPrefix speaker, Object... parts) {
            return new ListItem(Marker.DASH, Optional.ofNullable(box), Optional.ofNullable(speaker), inlines(parts),
                    List.of());
        }

        static ListItem withChildren(ListItem item, Block... children) {
            return new ListItem(item.marker(), item.checkbox(), item.speaker(), item.content(), List.of(children));
        }

        static ListBlock list(ListItem... items) {
            return new ListBlock(List.of(items));
        }

        static Paragraph paragraph(Object... parts) {
            return new Paragraph(inlines(parts));
        }

        static Section section(String heading, Block... blocks) {
            return new Section(2, List.of(text(heading)), List.of(blocks));
        }

        static Document document(List<Block> preamble, Section... sections) {
            return new Document(Optional.empty(), List.of(),
                    Optional.of(new Title(false, Optional.empty(), List.of(text("Team Sync")))), preamble,
                    List.of(sections));
        }

        static Attendee attendee(String name, String initials, String github, String... affiliations) {
            return new Attendee(name, Optional.ofNullable(initials), Optional.ofNullable(github),
                    List.of(affiliations), false);
        }

        static Attendee absent(Attendee a) {
            return new Attendee(a.name(), a.initials(), a.github(), a.affiliations(), true);
        }

        static SpeakerPrefix speakers(SpeakerForm form, String... initials) {
            return new SpeakerPrefix(List.of(initials), Optional.empty(), form);
        }
    }

    /**
     * Reads a document's attendees, and hands the attendee findings it recorded when it was built (D26, D30) to
     * {@code findings}: what {@code Meetings.attendees} reported before the semantics were recorded once.
     */
    static List<Attendee> attendees(Document doc, Recorder findings) {
        doc.semantics().findings().stream()
                .filter(f -> f.code().id().startsWith("attendees/") || f.code() == DiagnosticCode.TABLE_NO_NAME_COLUMN)
                .forEach(f -> findings.report(f.code(), f.where(), f.message()));
        return doc.attendees();
    }

    /** Hands the speaker findings (D53) a document recorded when it was built to {@code findings}. */
    static void checkSpeakers(Document doc, Recorder findings) {
        doc.semantics().findings().stream().filter(f -> f.code().id().startsWith("speaker/"))
                .forEach(f -> findings.report(f.code(), f.where(), f.message()));
    }

    /** Resolves initials among attendees as a document does (D53). */
    static Optional<Attendee> resolveSpeaker(List<Attendee> attendees, String initials) {
        return Roster.of(attendees).resolve(initials);
    }

    /** One reported finding. */
    record Finding(DiagnosticCode code, Node where, String message) {
    }

    /** Collects findings in order. */
    static final class Recorder implements Findings {

        final List<Finding> findings = new ArrayList<>();

        @Override
        public void report(DiagnosticCode code, Node where, String message) {
            findings.add(new Finding(code, where, message));
        }

        List<DiagnosticCode> codes() {
            return findings.stream().map(Finding::code).toList();
        }
    }

    private static final Attendee QUINN = attendee("Quinn Example", "QE", "qexample", "Acme");

    @Test
    void d26AttendeesSectionListGivesItsEntries() {
        Document doc = document(List.of(),
                section("Attendees", list(numbered("QE: Quinn Example (", Ast.mention("qexample"), "), Acme"))));
        Recorder findings = new Recorder();

        assertEquals(List.of(QUINN), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
        assertEquals(List.of(QUINN), doc.attendees());
    }

    @Test
    void d26AbsentiaAttendeesAreMarkedAbsentTablesAndListsAlike() {
        Document doc = document(List.of(),
                section("Attendees", list(numbered("QE: Quinn Example (@qexample), Acme"))),
                section("Attendees in Absentia",
                        table(row("Name", "Initials"), row("Vera Verify", "VV")),
                        list(bullet("Rosa Tester RT @rtester"))));

        assertEquals(List.of(QUINN, Ast.absent(attendee("Vera Verify", "VV", null)),
                Ast.absent(attendee("Rosa Tester", "RT", "rtester"))), doc.attendees());
    }

    @Test
    void d26EveryAttendeeSectionAndEveryTopLevelTableAndListCounts() {
        Document doc = document(List.of(),
                section("Attendees", table(row("Name"), row("Quinn Example")), paragraph("and also"),
                        list(bullet("Rosa Tester"))),
                section("Announcements", list(bullet("Pat Xu"))),
                section("Attendees", list(bullet("Nia Nobody"))));

        assertEquals(List.of("Quinn Example", "Rosa Tester", "Nia Nobody"),
                doc.attendees().stream().map(Attendee::name).toList());
    }

    @Test
    void d26NestedItemsOfAnAttendeeListAreNotEntries() {
        ListItem quinn = Ast.withChildren(numbered("QE: Quinn Example (@qexample), Acme"),
                list(bullet("also on the steering council")));
        Document doc = document(List.of(), section("Attendees", list(quinn)));

        assertEquals(List.of(QUINN), doc.attendees());
    }

    @Test
    void d81CommentsAndCodeNeverYieldAttendees() {
        Document doc = document(List.of(), section("Attendees",
                new Comment(List.of("<!-- Format:", "* XY: Given Family (@handle), Org.", "-->")),
                new Comment(List.of("<!-- Releases, votes, news --->")),
                list(numbered("QE: Quinn Example (@qexample), Acme")),
                new CodeBlock('`', 3, "", List.of("1. RT: Rosa Tester (@rtester), Globex"))));
        Recorder findings = new Recorder();

        assertEquals(List.of(QUINN), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void d26PreambleListOfFullShapeIsTheAttendeeListWithoutHeading() {
        // As in example 11: the list stands in the preamble; the parser may have split "QE:" off as a speaker.
        ListBlock attendees = list(
                new ListItem(Marker.ORDERED, Optional.empty(), Optional.of(SpeakerPrefix.of("QE")),
                        List.of(text("Quinn Example ("), Ast.mention("qexample"), text("), Acme")), List.of()),
                numbered("RT: Rosa Tester (@rtester), Globex"));
        Document doc = document(List.of(paragraph("Quick sync before the holidays."), attendees),
                section("Previous meetings", list(Ast.item(null, null, "2031-11-18 notes"))));
        Recorder findings = new Recorder();

        assertEquals(List.of(QUINN, attendee("Rosa Tester", "RT", "rtester", "Globex")),
                attendees(doc, findings));
        assertEquals(List.of(DiagnosticCode.ATTENDEES_NO_HEADING), findings.codes());
        assertSame(attendees, findings.findings.get(0).where());
        assertTrue(findings.findings.get(0).message().contains("Attendees"), findings.findings.get(0).message());
    }

    @Test
    void d26OneFullShapeEntryIsEnoughAndTheOthersAreReadToo() {
        ListBlock attendees = list(bullet("Pat Xu"), bullet("QE, Quinn Example (@qexample), Acme"));
        Document doc = document(List.of(attendees));

        assertEquals(List.of(attendee("Pat Xu", null, null), QUINN), doc.attendees());
    }

    @Test
    void d26PreambleListsWithoutFullShapeAreNoAttendeeLists() {
        ListBlock links = list(bullet(new Link(List.of(text("Meeting link")), "https://meet.example.org/abc")));
        ListBlock noHandle = list(numbered("QE: Quinn Example, Acme"));
        ListBlock noInitials = list(numbered("Quinn Example (@qexample), Acme"));
        // Adjacent ordered lists would read as one (D44): a paragraph keeps them apart, as in real notes.
        Document doc = document(List.of(links, noHandle, paragraph("or"), noInitials));
        Recorder findings = new Recorder();

        assertEquals(List.of(), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void d26WithAnAttendeesSectionThePreambleListIsNoAttendeeList() {
        Document doc = document(List.of(list(numbered("RT: Rosa Tester (@rtester), Globex"))),
                section("Attendees", list(numbered("QE: Quinn Example (@qexample), Acme"))));
        Recorder findings = new Recorder();

        assertEquals(List.of(QUINN), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void d26AnAbsentiaSectionAloneLeavesThePreambleListInPlay() {
        Document doc = document(List.of(list(numbered("QE: Quinn Example (@qexample), Acme"))),
                section("Attendees in absentia", list(bullet("Vera Verify"))));

        assertEquals(List.of(QUINN, Ast.absent(attendee("Vera Verify", null, null))), doc.attendees());
    }

    @Test
    void d33PlaceholdersAndD35UnparsedEntriesAreReportedAgainstTheItem() {
        ListItem placeholder = numbered("...");
        ListItem empty = new ListItem(Marker.ORDERED, Optional.empty(), Optional.empty(), List.of(), List.of());
        ListItem unparsed = numbered("QE: (@qexample), Acme");
        Document doc = document(List.of(), section("Attendees", list(placeholder, empty, unparsed)));
        Recorder findings = new Recorder();

        assertEquals(List.of(attendee("QE: (@qexample), Acme", null, null)), attendees(doc, findings));
        assertEquals(List.of(DiagnosticCode.ATTENDEES_PLACEHOLDER, DiagnosticCode.ATTENDEES_PLACEHOLDER,
                DiagnosticCode.ATTENDEES_UNPARSED_ENTRY), findings.codes());
        assertSame(placeholder, findings.findings.get(0).where());
        assertSame(empty, findings.findings.get(1).where());
        assertSame(unparsed, findings.findings.get(2).where());
        assertTrue(findings.findings.get(0).message().contains("\"...\""), findings.findings.get(0).message());
        assertTrue(findings.findings.get(2).message().contains("\"QE: (@qexample), Acme\""),
                findings.findings.get(2).message());
    }

    @Test
    void d34LegendIsNoPersonAndNoFinding() {
        Document doc = document(List.of(), section("Attendees",
                list(bullet(new Strong(List.of(text("Name (Initials) (githubid)")))), bullet("Quinn Example"))));
        Recorder findings = new Recorder();

        assertEquals(List.of(attendee("Quinn Example", null, null)), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void d30TableFindingsGoThroughAttendees() {
        Table noName = table(row("Release", "Date"), row("3.2.1", "2031-06-01"));
        Document doc = document(List.of(), section("Attendees", noName));
        Recorder findings = new Recorder();

        assertEquals(List.of(), attendees(doc, findings));
        assertEquals(List.of(DiagnosticCode.TABLE_NO_NAME_COLUMN), findings.codes());
        assertSame(noName, findings.findings.get(0).where());
    }

    @Test
    void d75TableWithTrailingJunk() {
        Table attendees = table(row("Name", "Initials", "Affiliation", "GH Username"),
                row("Quinn Example", "QE", "Acme", "qexample"),
                row("", "", "", ""),
                row("\u00A0", "\u00A0", "\u00A0", "\u00A0"));
        Document doc = document(List.of(),
                section("Attendees", attendees, new HeadCount("31 people in total")));
        Recorder findings = new Recorder();

        assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme")), attendees(doc, findings));
        assertEquals(List.of(), findings.findings);
        assertEquals(OptionalInt.of(31), doc.headCount());
    }

    @Test
    void d36FirstHeadCountOfPreambleThenSectionsCounts() {
        Document doc = document(List.of(paragraph("Quick sync.")),
                section("Attendees", new HeadCount("31 people in total")),
                section("Attendees in Absentia", new HeadCount("27 people total.")));
        assertEquals(OptionalInt.of(31), doc.headCount());

        Document preambleFirst = document(List.of(new HeadCount("12 people present")),
                section("Attendees", new HeadCount("31 people in total")));
        assertEquals(OptionalInt.of(12), preambleFirst.headCount());
    }

    @Test
    void d36FirstHeadCountCountsEvenAsPlaceholder() {
        Document doc = document(List.of(),
                section("Attendees", new HeadCount("X people in total")),
                section("Discussion", new HeadCount("31 people in total")));
        assertEquals(OptionalInt.empty(), doc.headCount());
    }

    @Test
    void d36HeadCountInsideAnItemCountsInDocumentOrder() {
        ListItem item = Ast.withChildren(bullet("Quinn Example"), new HeadCount("5 people present"));
        Document doc = document(List.of(), section("Attendees", list(item), new HeadCount("31 people in total")));
        assertEquals(OptionalInt.of(5), doc.headCount());
    }

    @Test
    void d36NoHeadCount() {
        Document doc = document(List.of(paragraph("15 people attended")), section("Attendees"));
        assertEquals(OptionalInt.empty(), doc.headCount());
    }

    @Test
    void d53ResolvesCaseSensitiveFirstThenCaseInsensitive() {
        Attendee milo = attendee("Milo van Vliet", "MvV", "mvv");
        Attendee mona = attendee("Mona Vaughn-Vale", "MVV", null);
        Attendee quinn = attendee("Quinn Example", "QE", null);

        // Seed 003: (PZ) with no such attendee is unresolved.
        assertEquals(Optional.empty(), resolveSpeaker(List.of(quinn), "PZ"));
        // D53: MVV: with attendee MvV resolves.
        assertEquals(Optional.of(milo), resolveSpeaker(List.of(quinn, milo), "MVV"));
        // A case-sensitive match wins over an earlier case-insensitive one.
        assertEquals(Optional.of(mona), resolveSpeaker(List.of(milo, mona), "MVV"));
        assertEquals(Optional.of(milo), resolveSpeaker(List.of(mona, milo), "MvV"));
        // Several case-insensitive matches: the first.
        assertEquals(Optional.of(mona), resolveSpeaker(List.of(mona, milo), "mvv"));
        // Attendees without initials never match where another attendee has written initials (D53) ...
        Attendee nia = attendee("Nia Nobody", null, null);
        assertEquals(Optional.empty(), resolveSpeaker(List.of(quinn, nia), "NN"));
        // ... but D90 (amending D53): where none has written initials, their derived initials match.
        assertEquals(Optional.of(nia), resolveSpeaker(List.of(nia), "NN"));
    }

    @Test
    void d53DocumentResolvesAgainstItsOwnAttendeesAbsentOnesIncluded() {
        Document doc = document(List.of(),
                section("Attendees", table(row("Name", "Initials"), row("Milo van Vliet", "MvV"))),
                section("Attendees in absentia", table(row("Name", "Initials"), row("Vera Verify", "VV"))));

        assertEquals(Optional.of("Milo van Vliet"), doc.resolveSpeaker("MVV").map(Attendee::name));
        assertEquals(Optional.of("Vera Verify"), doc.resolveSpeaker("VV").map(Attendee::name));
        assertEquals(Optional.empty(), doc.resolveSpeaker("ZZ"));
    }

    @Test
    void d53CheckSpeakersReportsUnresolvedAndAmbiguousAgainstTheItem() {
        ListItem resolved = Ast.item(Checkbox.DONE, SpeakerPrefix.of("QE"), "new meeting schedule");
        ListItem upperCase = Ast.item(null, SpeakerPrefix.of("MVV"), "same person");
        ListItem unresolved = Ast.item(Checkbox.OPEN, SpeakerPrefix.of("ZZ"), "agenda item");
        ListItem joint = Ast.item(null, Ast.speakers(SpeakerForm.BRACKET, "RT", "QE"), "plan");
        ListItem ambiguous = Ast.item(null, Ast.speakers(SpeakerForm.PAREN, "pp"), "who?");
        ListItem exactBeatsAmbiguity = Ast.item(null, SpeakerPrefix.of("PP"), "me");
        ListItem noSpeaker = Ast.item(null, null, "QE will follow up");
        Document doc = document(List.of(list(Ast.item(null, SpeakerPrefix.of("YY"), "in the preamble"))),
                section("Attendees", table(row("Name", "Initials"), row("Quinn Example", "QE"),
                        row("Milo van Vliet", "MvV"), row("Pat Park", "PP"), row("Pia Pohl", "Pp"))),
                section("Announcements", list(resolved, upperCase, unresolved, joint, ambiguous,
                        exactBeatsAmbiguity, noSpeaker)));
        Recorder findings = new Recorder();

        checkSpeakers(doc, findings);

        assertEquals(List.of(DiagnosticCode.SPEAKER_UNRESOLVED, DiagnosticCode.SPEAKER_UNRESOLVED,
                DiagnosticCode.SPEAKER_UNRESOLVED, DiagnosticCode.SPEAKER_AMBIGUOUS), findings.codes());
        assertEquals("in the preamble", ((ListItem) findings.findings.get(0).where()).plainText());
        assertSame(unresolved, findings.findings.get(1).where());
        assertSame(joint, findings.findings.get(2).where());
        assertTrue(findings.findings.get(2).message().contains("\"RT\""), findings.findings.get(2).message());
        assertSame(ambiguous, findings.findings.get(3).where());
        assertTrue(findings.findings.get(3).message().contains("\"Pat Park\""), findings.findings.get(3).message());
    }

    @Test
    void d53SpeakersOfAHeadlessAttendeeListAreEntriesNotRemarks() {
        // The parser may read "QE:" of a preamble entry as a speaker; it is no remark to resolve.
        ListItem entry = new ListItem(Marker.ORDERED, Optional.empty(), Optional.of(SpeakerPrefix.of("QE")),
                List.of(text("Quinn Example (@qexample), Acme")), List.of());
        Document doc = document(List.of(list(entry)), section("Discussion", list(Ast.item(null, null, "hello"))));
        Recorder findings = new Recorder();

        checkSpeakers(doc, findings);
        assertEquals(List.of(), findings.findings);
        assertEquals(List.of(), doc.actionItems());
    }

    /** Example 04-table-anomalies.md, built as the parser would: blank, NBSP-only and lone-pipe rows dropped. */
    static Document example04() {
        Table attendees = table(row("Name", "Initials", "Affiliation", "GH Username"),
                row("Quinn Example", "QE", "Acme", Ast.mention("qexample")),
                row("Rosa Tester", "RT.", "Globex", "rtester"),
                row("Pat Xu", "PX", "Initech/cf", "patxu"),
                row("Milo van Vliet", "MvV", "Globex / widget-forge", "mvvliet"),
                row("Nia Nobody.", "", "", ""),
                row("", "", "", "lonehandle"),
                row("Sam Sample", "SS", "Acme", "", Ast.mention("ssample")),
                row("Tom Trial", "TT", "N/A", "ttrial"),
                row("Uma Unit (Umi)", "qxe", "--", "uunit"));
        Table absentia = table(row("Name", "Initials", "Affiliation", "Username"),
                row("Vera Verify", "VV", "Acme", "vverify"));
        Table releases = table(row("Release", "Date"), row("3.2.1", "2031-06-01"));
        return document(
                List.of(paragraph(new Link(List.of(text("Zoom link")), "https://zoom.example.org/j/123456789"))),
                section("Attendees", attendees, new HeadCount("31 people in total")),
                section("Attendees in Absentia", absentia, new HeadCount("27 people total.")),
                section("Introductions", list(new ListItem(Marker.DASH, Optional.of(Checkbox.OPEN), Optional.empty(),
                        List.of(), List.of()))),
                section("Announcements", releases, paragraph("| just a pipe line, no delimiter row |"),
                        list(Ast.item(Checkbox.DONE, Ast.speakers(SpeakerForm.PAREN, "qxe"),
                                        "lower-case initials in parentheses resolve to Uma Unit"),
                                Ast.item(Checkbox.DONE, Ast.speakers(SpeakerForm.PAREN, "VV"),
                                        "an absent attendee still resolves"),
                                Ast.item(Checkbox.DONE, null, "release 3.2.1|2 incident, see ", new Code("a|b")))));
    }

    @Test
    void example04TableAnomalies() {
        Document doc = example04();
        Recorder findings = new Recorder();

        List<Attendee> attendees = attendees(doc, findings);

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample", "Acme"),
                attendee("Rosa Tester", "RT", "rtester", "Globex"),
                attendee("Pat Xu", "PX", "patxu", "Initech/cf"),
                attendee("Milo van Vliet", "MvV", "mvvliet", "Globex / widget-forge"),
                attendee("Nia Nobody", null, null),
                attendee("", null, "lonehandle"),
                attendee("Sam Sample", "SS", "ssample", "Acme"),
                attendee("Tom Trial", "TT", "ttrial", "N/A"),
                attendee("Uma Unit (Umi)", "qxe", "uunit", "--"),
                Ast.absent(attendee("Vera Verify", "VV", "vverify", "Acme"))), attendees);
        // table/extra-cells (D29) is the parser's, for every table; see spec example 82 and SharedExamplesTest.
        assertEquals(List.of(DiagnosticCode.ATTENDEES_MISSING_NAME), findings.codes());
        Table table = (Table) doc.sections().get(0).blocks().get(0);
        assertSame(table.rows().get(5), findings.findings.get(0).where());
        assertEquals(OptionalInt.of(31), doc.headCount());

        Recorder speakers = new Recorder();
        checkSpeakers(doc, speakers);
        assertEquals(List.of(), speakers.findings);
        assertEquals(Optional.of("Uma Unit (Umi)"), doc.resolveSpeaker("qxe").map(Attendee::name));

        // D67 as amended: done top-level items of an announcements section are discussed topics, no action items.
        assertEquals(List.of(), doc.actionItems());
        List<Topic> topics = doc.topics();
        assertEquals(3, topics.size());
        assertTrue(topics.stream().allMatch(t -> t.state() == TopicState.DISCUSSED));
        assertEquals(List.of(List.of("qxe"), List.of("VV"), List.of()),
                topics.stream().map(Topic::speakers).toList());
        assertEquals("release 3.2.1|2 incident, see a|b", topics.get(2).text());
        assertTrue(topics.stream().allMatch(t -> t.section() == SectionKind.ANNOUNCEMENTS));
    }

    private static SpeakerPrefix nameSpeaker(String name) {
        return new SpeakerPrefix(List.of(name), Optional.empty(), SpeakerForm.NAME_COLON);
    }

    /** Example 05-numbered-attendees.md, built as the parser would (mentions where D60 makes them). */
    static Document example05() {
        ListBlock attendees = list(
                numbered("QE: Quinn Example (", Ast.mention("qexample"), "), Acme, C/SC, CF/C."),
                numbered("RT, Rosa Tester, (", Ast.mention("rtester"), "), Globex"),
                numbered("Pat Xu (@ patxu), Initech"),
                numbered("MvV Milo van Vliet (", Ast.mention("mvv"), "), CF/C"),
                numbered("NN: Nia Nobody."),
                numbered("SS: Sam Sample, SS (", Ast.mention("ssample"), "), Acme/CF/CFC, widget-forge/core"),
                numbered("TT: Tom Trial, Initech"),
                numbered("UU, Uma Unit (", Ast.mention("uunit"), "), Globex & widget-forge/core"),
                numbered("QE: (", Ast.mention("qexample2"), "), Acme"),
                numbered("..."),
                numbered());
        return document(List.of(paragraph("Various parts of the widget ecosystem gather on a regular basis.")),
                section("Attendees", attendees),
                section("Announcements", list(
                        Ast.item(Checkbox.DONE_UPPER_CASE, SpeakerPrefix.of("QE"), "new meeting schedule"),
                        // D91 (tried before D48): MvV and MVV equal Milo van Vliet's handle mvv, so the parser
                        // reads them as name speakers; built as initials, the document could not be read back.
                        Ast.item(Checkbox.DONE_UPPER_CASE, nameSpeaker("MvV"), "welcome"),
                        Ast.item(Checkbox.DONE_UPPER_CASE, nameSpeaker("MVV"), "same person, upper-case variant"),
                        Ast.item(Checkbox.DONE_UPPER_CASE, SpeakerPrefix.of("NN"), "first time here"),
                        Ast.item(Checkbox.OPEN, SpeakerPrefix.of("ZZ"), "agenda item from someone not listed"))));
    }

    @Test
    void example05NumberedAttendees() {
        Document doc = example05();
        Recorder findings = new Recorder();

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample", "Acme", "C/SC", "CF/C"),
                attendee("Rosa Tester", "RT", "rtester", "Globex"),
                attendee("Pat Xu", null, "patxu", "Initech"),
                attendee("Milo van Vliet", "MvV", "mvv", "CF/C"),
                attendee("Nia Nobody", "NN", null),
                attendee("Sam Sample", "SS", "ssample", "Acme/CF/CFC", "widget-forge/core"),
                attendee("Tom Trial", "TT", null, "Initech"),
                attendee("Uma Unit", "UU", "uunit", "Globex & widget-forge/core"),
                attendee("QE: (@qexample2), Acme", null, null)), attendees(doc, findings));
        assertEquals(List.of(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY, DiagnosticCode.ATTENDEES_PLACEHOLDER,
                DiagnosticCode.ATTENDEES_PLACEHOLDER), findings.codes());

        assertEquals(Optional.of("Milo van Vliet"), doc.resolveSpeaker("MVV").map(Attendee::name));
        Recorder speakers = new Recorder();
        checkSpeakers(doc, speakers);
        assertEquals(List.of(DiagnosticCode.SPEAKER_UNRESOLVED), speakers.codes());
        assertTrue(speakers.findings.get(0).message().contains("\"ZZ\""), speakers.findings.get(0).message());
        assertEquals(OptionalInt.empty(), doc.headCount());
    }

    /** Example 01-older-layout-bullets.md, built as the parser would: bullet attendees with a legend. */
    static Document example01() {
        ListBlock preambleLinks = list(
                bullet(new Link(List.of(text("Meeting link")), "https://meet.example.org/abc-defg-hij")),
                bullet(new Link(List.of(text("What time is the meeting in my time zone")),
                        "https://time.example.org/Chicago/2031-03-03/09:00/b/Widget%20call")),
                bullet(new Link(List.of(text("Last Meeting's Agenda and Minutes")),
                        "https://example.org/notes/2031-02-18")));
        ListBlock attendees = list(
                bullet(new Strong(List.of(text("Name (Initials) (githubid)")))),
                bullet("Quinn Example (QE) (qexample)"),
                bullet("Rosa Tester (RT) rtester"),
                bullet("Pat Xu (PX) gh: patxu"),
                bullet("Milo van Vliet MvV ", Ast.mention("mvvliet")),
                bullet("Nia Nobody"),
                bullet());
        SpeakerPrefix qe = Ast.speakers(SpeakerForm.BRACKET, "QE");
        return document(List.of(new ThematicBreak(), preambleLinks),
                section("Attendees", attendees),
                section("Agenda"),
                section("Announcements", list(
                        Ast.withChildren(starItem(qe, "Index audit finished"),
                                list(starItem(Ast.speakers(SpeakerForm.BRACKET, "RT", "QE"), "plan the follow-up"))),
                        starItem(null, "N/A"))),
                section("Standing Items"),
                section("Open PRs", list(
                        Ast.withChildren(starItem(Ast.speakers(SpeakerForm.BRACKET_COLON, "QE", "RT"),
                                "spec for the new index format"), list(starItem(null,
                                new org.minutes.sdk.ast.BareUrl("https://example.org/widgets/pull/12")))),
                        starItem(null, "[widgetlib] faster index (RT)"))),
                section("Active Votes", list(
                        starItem(Ast.speakers(SpeakerForm.BRACKET, "MvV"), "logo vote closes Friday"),
                        starItem(null, "Roadmap walkthrough -- QE"))),
                section("Discussion", list(Ast.withChildren(starItem(null, "[Example] Next moves:"), list(
                        starItem(null, "QE - is there a mirror?"),
                        starItem(null, "Quinn: prefer option B"),
                        starItem(Ast.speakers(SpeakerForm.BRACKET, "NN"), "late addition from someone not listed"))))),
                section("Move to Issue Tracker", list(starItem(Ast.speakers(SpeakerForm.BRACKET, "PX"),
                        "flaky upload test, see ",
                        new org.minutes.sdk.ast.BareUrl("https://example.org/widgets/issues/31"), "."))),
                section("Action items", list(
                        new ListItem(Marker.STAR, Optional.of(Checkbox.OPEN),
                                Optional.of(Ast.speakers(SpeakerForm.BRACKET, "PX")),
                                List.of(text("write the migration guide")), List.of()),
                        new ListItem(Marker.STAR, Optional.of(Checkbox.OPEN),
                                Optional.of(Ast.speakers(SpeakerForm.PAREN, "RT")),
                                List.of(text("publish the audit report")), List.of()))),
                section("Previous Meetings"),
                section("Last Meeting 20310218", list(starItem(null, "Index audit kicked off"))),
                section("Last meeting points (2030-02-18)", list(starItem(null,
                        "the stale date in the heading is ignored"))));
    }

    private static ListItem starItem(SpeakerPrefix speaker, Object... parts) {
        return new ListItem(Marker.STAR, Optional.empty(), Optional.ofNullable(speaker), Ast.inlines(parts),
                List.of());
    }

    @Test
    void example01OlderLayoutBullets() {
        Document doc = example01();
        Recorder findings = new Recorder();

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample"),
                attendee("Rosa Tester", "RT", "rtester"),
                attendee("Pat Xu", "PX", "patxu"),
                attendee("Milo van Vliet", "MvV", "mvvliet"),
                attendee("Nia Nobody", null, null)), attendees(doc, findings));
        // The empty bullet is a placeholder (D33, D34); the legend is silent.
        assertEquals(List.of(DiagnosticCode.ATTENDEES_PLACEHOLDER), findings.codes());
        ListBlock list = (ListBlock) doc.sections().get(0).blocks().get(0);
        assertSame(list.items().get(6), findings.findings.get(0).where());

        Recorder speakers = new Recorder();
        checkSpeakers(doc, speakers);
        assertEquals(List.of(DiagnosticCode.SPEAKER_UNRESOLVED), speakers.codes());
        assertTrue(speakers.findings.get(0).message().contains("\"NN\""), speakers.findings.get(0).message());

        assertEquals(List.of("write the migration guide", "publish the audit report"),
                doc.openActionItems().stream().map(ActionItem::text).toList());
        assertEquals(List.of(List.of("PX"), List.of("RT")),
                doc.openActionItems().stream().map(ActionItem::assignees).toList());
        assertEquals(OptionalInt.empty(), doc.headCount());
    }

    @Test
    void d6HundredThousandItemsAndDeepNesting() {
        int n = 100_000;
        List<ListItem> entries = new ArrayList<>();
        List<ListItem> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(numbered("QE: Quinn Example (@qexample), Acme"));
            tasks.add(Ast.item(Checkbox.OPEN, SpeakerPrefix.of(i % 2 == 0 ? "QE" : "ZZ"), "task " + i));
        }
        ListItem deep = Ast.item(Checkbox.OPEN, null, "deepest");
        for (int i = 0; i < 10_000; i++) {
            deep = Ast.withChildren(Ast.item(Checkbox.OPEN, null, "level " + i), list(deep));
        }
        ListItem deepest = deep;
        Recorder findings = new Recorder();

        // The document recognises its meaning when it is built, so building it is part of what is timed.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // D93 (D67 as amended): every item of an action_items section counts, at any depth.
            Document doc = document(List.of(new ListBlock(entries)),
                    section("Action items", new ListBlock(tasks), paragraph("and deep down:"), list(deepest)));
            assertEquals(n, attendees(doc, findings).size());
            assertEquals(n + 10_001, doc.actionItems().size());
            checkSpeakers(doc, findings);
        });
        // No heading once; ZZ unresolved on every other task, QE ambiguous (every entry is QE) on the others.
        assertEquals(1 + n, findings.findings.size());
        assertEquals(n / 2, findings.codes().stream().filter(c -> c == DiagnosticCode.SPEAKER_AMBIGUOUS).count());
        assertTrue(findings.findings.get(1).message().contains("matches 100000 attendees (\"Quinn Example\", "
                + "\"Quinn Example\", \"Quinn Example\", …)"), findings.findings.get(1).message());
    }
}
