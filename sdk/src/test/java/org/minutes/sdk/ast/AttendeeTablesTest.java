package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.ast.MeetingsTest.Ast.attendee;
import static org.minutes.sdk.ast.MeetingsTest.Ast.mention;
import static org.minutes.sdk.ast.MeetingsTest.Ast.row;
import static org.minutes.sdk.ast.MeetingsTest.Ast.table;
import static org.minutes.sdk.ast.MeetingsTest.Ast.text;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.sdk.ast.MeetingsTest.Recorder;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;

class AttendeeTablesTest {

    private static final TableRow HEADER = row("Name", "Initials", "Affiliation", "GH Username");

    private static List<Attendee> read(Table table, Recorder findings) {
        return AttendeeTables.attendees(table, false, findings);
    }

    @Test
    void d30SeedRow() {
        // Seed 003: | John Kirkham           | JK       |⍽NVIDIA/cf    | jakirkham        |
        Recorder findings = new Recorder();
        assertEquals(List.of(attendee("John Kirkham", "JK", "jakirkham", "NVIDIA/cf")),
                read(table(HEADER, row("John Kirkham", "JK", "NVIDIA/cf", "jakirkham")), findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void parsedHeadersAndCellsAreTrimmedD28D83() {
        // Trimming is the parser's (D28): WS and NBSP around cells and header names go; NBSP inside text stays (D3).
        String notes = "# 2031-05-14 Team Sync\n## Attendees\n"
                + "|\u00A0NAME\u00A0| initials | Affiliation | GH Username |\n| --- | --- | --- | --- |\n"
                + "| John\u00A0Kirkham\t|\u00A0JK |\u00A0Acme | jakirkham\u00A0|\n";
        assertEquals(List.of(attendee("John\u00A0Kirkham", "JK", "jakirkham", "Acme")),
                org.minutes.sdk.MinutesParser.create().parse(notes).document().attendees());
    }

    @Test
    void d30ExtraHandleCellIsTakenWithAWarning() {
        // D30: | Rosa Tester | RT. | Globex | | @rtester | → RT, rtester, warning.
        TableRow rosa = row("Rosa Tester", "RT.", "Globex", "", mention("rtester"));
        Recorder findings = new Recorder();

        assertEquals(List.of(attendee("Rosa Tester", "RT", "rtester", "Globex")),
                read(table(HEADER, rosa), findings));
        // The warning itself is the parser's, for every table (D29): see TableDiagnosticsTest.
        assertEquals(List.of(), findings.codes());
    }

    @Test
    void d30ExtraCellIsOnlyTakenWhenItIsTheOnlyOneAndASingleHandleAndTheHandleCellIsEmpty() {
        Recorder findings = new Recorder();
        List<Attendee> attendees = read(table(HEADER,
                row("Quinn Example", "QE", "Acme", "qexample", mention("other")),
                row("Rosa Tester", "RT", "Globex", "", mention("rtester"), mention("rosa")),
                row("Pat Xu", "PX", "Initech", "", "patxu"),
                row("Nia Nobody", "NN", "", "", "@nia and @nobody"),
                row("Sam Sample", "SS", "Acme", "", mention("ssample"), "")), findings);

        assertEquals(List.of(
                attendee("Quinn Example", "QE", "qexample", "Acme"),
                attendee("Rosa Tester", "RT", null, "Globex"),
                attendee("Pat Xu", "PX", null, "Initech"),
                attendee("Nia Nobody", "NN", null),
                attendee("Sam Sample", "SS", "ssample", "Acme")), attendees);
        assertEquals(List.of(), findings.findings, "table/extra-cells is the parser's (D29)");
    }

    @Test
    void d29EmptyExtraCellsAreNoFinding() {
        Recorder findings = new Recorder();
        assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme")),
                read(table(HEADER, row("Quinn Example", "QE", "Acme", "qexample", "", "")), findings));
        assertEquals(List.of(), findings.findings);
    }

    @Test
    void d30ExtraHandleNeedsAHandleColumn() {
        Recorder findings = new Recorder();
        assertEquals(List.of(attendee("Quinn Example", "QE", null)),
                read(table(row("Name", "Initials"), row("Quinn Example", "QE", mention("qexample"))), findings));
        assertEquals(List.of(), findings.codes(), "table/extra-cells is the parser's (D29)");
    }

    @Test
    void d30NoNameColumnNoAttendeeTable() {
        Table releases = table(row("Release", "Date"), row("3.2.1", "2031-06-01"));
        Recorder findings = new Recorder();

        assertEquals(List.of(), read(releases, findings));
        assertEquals(List.of(DiagnosticCode.TABLE_NO_NAME_COLUMN), findings.codes());
        assertSame(releases, findings.findings.get(0).where());
        assertTrue(findings.findings.get(0).message().contains("\"Release\", \"Date\""),
                findings.findings.get(0).message());
    }

    @Test
    void d30HeaderNamesAreTrimmedAndCaseInsensitive() {
        // Headers arrive trimmed from the parser (D28), NBSP included: see parsedHeadersAndCellsAreTrimmedD28D83.
        Table table = table(row("NAME", "initials", "AFFILIATION", "Notes"), row("Quinn Example", "QE", "Acme", "hi"));
        assertEquals(List.of(attendee("Quinn Example", "QE", null, "Acme")), read(table, new Recorder()));
    }

    @ParameterizedTest(name = "D30: handle column \"{0}\"")
    @ValueSource(strings = {"GH Username", "Username", "GitHub", "GitHub Username", "github username", "GITHUB"})
    void d30HandleColumns(String header) {
        Table table = table(row("Name", header), row("Quinn Example", "qexample"));
        assertEquals(List.of(attendee("Quinn Example", null, "qexample")), read(table, new Recorder()));
    }

    @Test
    void d30OtherColumnsStayInTheAstOnly() {
        Table table = table(row("Name", "GH", "Role", "Handle"), row("Quinn Example", "qexample", "chair", "qe"));
        assertEquals(List.of(attendee("Quinn Example", null, null)), read(table, new Recorder()));
    }

    @Test
    void d30HandleLosesItsLeadingAtAndWhiteSpace() {
        Recorder findings = new Recorder();
        List<Attendee> attendees = read(table(HEADER,
                row("Quinn Example", "QE", "Acme", mention("qexample")),
                row("Rosa Tester", "RT", "Globex", "@ rtester"),
                row("Pat Xu", "PX", "Initech", "@\u00A0patxu"),
                row("Team", "", "", mention("acme"))), findings);

        assertEquals(List.of("qexample", "rtester", "patxu", "acme"),
                attendees.stream().map(a -> a.github().orElseThrow()).toList());
    }

    @Test
    void d30OneAffiliationPerCellAndOneTrailingPeriodDropped() {
        List<Attendee> attendees = read(table(HEADER,
                row("Cheng H. Lee", "CHL", "Anaconda/cf", "chenghlee"),
                row("Nia Nobody.", "NN.", "Acme Inc.", "nia"),
                row("Rosa Tester..", "RT", "Globex, Initech", "rtester")), new Recorder());

        assertEquals(List.of(
                attendee("Cheng H. Lee", "CHL", "chenghlee", "Anaconda/cf"),
                attendee("Nia Nobody", "NN", "nia", "Acme Inc."),
                attendee("Rosa Tester.", "RT", "rtester", "Globex, Initech")), attendees);
    }

    @Test
    void d30SeveralAffiliationColumnsGiveOneAffiliationEach() {
        Table table = table(row("Name", "Affiliation", "Affiliation"), row("Quinn Example", "Acme", "CF/C"),
                row("Rosa Tester", "", "Globex"));
        assertEquals(List.of(attendee("Quinn Example", null, null, "Acme", "CF/C"),
                attendee("Rosa Tester", null, null, "Globex")), read(table, new Recorder()));
    }

    @Test
    void d30EmptyCellsAreAbsentFieldsAndMissingCellsAreEmpty() {
        List<Attendee> attendees = read(table(HEADER, row("Nia Nobody", "", "", ""), row("Pat Xu", "PX")),
                new Recorder());
        assertEquals(List.of(attendee("Nia Nobody", null, null), attendee("Pat Xu", "PX", null)), attendees);
    }

    @Test
    void d30EmptyNameBesideFilledCellsIsAnAttendeeWithAWarning() {
        TableRow lone = row("", "", "", "lonehandle");
        Recorder findings = new Recorder();

        assertEquals(List.of(attendee("", null, "lonehandle")), read(table(HEADER, lone), findings));
        assertEquals(List.of(DiagnosticCode.ATTENDEES_MISSING_NAME), findings.codes());
        assertSame(lone, findings.findings.get(0).where());
        assertTrue(findings.findings.get(0).message().contains("\"lonehandle\""), findings.findings.get(0).message());
    }

    @Test
    void d29d75BlankRowsGiveNoAttendee() {
        // D29/D75: blank and NBSP-only rows are trivia; the parser drops them before the model reads the table.
        String notes = "# 2031-05-14 Team Sync\n## Attendees\n| Name | Initials | Affiliation | GH Username |\n"
                + "| --- | --- | --- | --- |\n| Quinn Example | QE | Acme | qexample |\n|  |  |  |  |\n"
                + "|\u00A0|\u00A0|\u00A0|\u00A0|\n";
        org.minutes.sdk.ParseResult result = org.minutes.sdk.MinutesParser.create().parse(notes);
        assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme")), result.document().attendees());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void cellTextIsPlainText() {
        TableRow strong = new TableRow(List.of(new TableCell(List.of(new Strong(List.of(text("Quinn Example"))))),
                new TableCell(List.of(text("QE")))));
        assertEquals(List.of(attendee("Quinn Example", "QE", null)),
                read(table(row("Name", "Initials"), strong), new Recorder()));
    }

    @Test
    void absentFlagIsPassedOn() {
        List<Attendee> attendees = AttendeeTables.attendees(
                table(row("Name", "Initials", "Affiliation", "Username"), row("Vera Verify", "VV", "Acme", "vverify")),
                true, new Recorder());
        assertEquals(List.of(new Attendee("Vera Verify", Optional.of("VV"), Optional.of("vverify"), List.of("Acme"),
                true)), attendees);
    }

    @Test
    void d75TableWithTrailingJunk() {
        Recorder findings = new Recorder();
        assertEquals(List.of(attendee("Quinn Example", "QE", "qexample", "Acme")), read(table(HEADER,
                row("Quinn Example", "QE", "Acme", "qexample"), row("", "", "", "")), findings));
        assertEquals(List.of(), findings.findings);
    }
}
