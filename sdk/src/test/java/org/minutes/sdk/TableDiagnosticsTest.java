package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.Initials;

/** Table diagnostics of D29/D30 as the parser reports them, whatever section the table is in. */
class TableDiagnosticsTest {

    private static List<String> codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().id() + " " + d.start()).toList();
    }

    @Test
    void extraHandleCellIsTakenWithAWarningD30() {
        ParseResult result = MinutesParser.create().parse("""
                # 2031-05-14 Team Sync
                ## Attendees
                | Name | Initials | Affiliation | GH Username |
                | --- | --- | --- | --- |
                | Rosa Tester | RT. | Globex | | @rtester |
                """);
        assertEquals(List.of(new Attendee("Rosa Tester", Optional.of("RT"), Optional.of("rtester"),
                List.of("Globex"), false)), result.document().attendees());
        assertEquals(List.of("table/extra-cells 5:1"), codes(result));
    }

    @Test
    void extraCellsInAnyTableD29() {
        ParseResult result = MinutesParser.create().parse("""
                # 2031-05-14 Team Sync
                ## Releases
                | Release | Date |
                | --- | --- |
                | 3.2.1 | 2031-06-01 | late |
                | 3.2.2 | 2031-06-08 | |
                """);
        assertEquals(List.of("table/extra-cells 5:1"), codes(result));
    }

    @Test
    void headerOfOnlyWhiteSpaceDoesNotBreakTheParserD6() {
        // Found by TotalityProperties: a header `|` and one WS character, then a delimiter row.
        for (String notes : List.of("| \n|-", "| \n|-|\n", "|\t\n|-|\n", "|\u00A0\n|-|\n", "| \r|-")) {
            ParseResult result = MinutesParser.create().parse(notes);
            assertEquals(1, result.document().preamble().size(), notes);
        }
    }
}
