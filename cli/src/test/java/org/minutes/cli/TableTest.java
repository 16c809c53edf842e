package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The text and CSV forms of the archive commands' tables. */
class TableTest {

    private static final Table PEOPLE = Table.of(List.of(Table.Column.text("name"), Table.Column.number("meetings"),
            Table.Column.text("affiliation")), List.of(
                    List.of("Jos\u00e9 Garc\u00eda", "12", "Acme, Globex"),
                    List.of("Quinn Example", "3", "")));

    @Test
    void alignsColumnsWithoutTrailingWhiteSpace() {
        // NAME: 13 wide; MEETINGS: 8, numbers right-aligned; AFFILIATION last, not padded.
        assertEquals("""
                NAME           MEETINGS  AFFILIATION
                José García          12  Acme, Globex
                Quinn Example         3
                """, PEOPLE.text(80));
    }

    @Test
    void cutsTheLastShrinkableColumnFirstThenTheOneBefore() {
        // 13 + 2 + 8 + 2 + 12 = 37, 5 too many at 32: AFFILIATION loses 4 (12 → 8, the minimum), then NAME loses 1
        // (13 → 12: 11 characters and "…").
        assertEquals("""
                NAME          MEETINGS  AFFILIA…
                José García         12  Acme, G…
                Quinn Examp…         3
                """, PEOPLE.text(32));
        // Below the minimums the line overflows rather than losing the columns.
        assertEquals(8 + 2 + 8 + 2 + 8, PEOPLE.text(5).lines().findFirst().orElseThrow().length());
    }

    @Test
    void countsCombiningMarksAsNoColumn() {
        // "José" with a combining acute accent is 4 columns, as "José" with the precomposed é.
        Table table = Table.of(List.of(Table.Column.fixed("a"), Table.Column.fixed("b")),
                List.of(List.of("Jose\u0301", "x"), List.of("Jos\u00e9", "y")));
        assertEquals("A     B\nJose\u0301  x\nJos\u00e9  y\n", table.text(80));
        assertEquals(4, Table.width("Jose\u0301"));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        Table table = Table.of(List.of(Table.Column.fixed("who"), Table.Column.text("text")), List.of(
                List.of("QE", "plain"), List.of("QE/RT", "a, b"), List.of("", "say \"hi\""),
                List.of(" padded", "two\nlines")));
        assertEquals("who,text\nQE,plain\nQE/RT,\"a, b\"\n,\"say \"\"hi\"\"\"\n\" padded\",\"two\nlines\"\n",
                table.csv());
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> Table.of(List.of(Table.Column.fixed("a")), List.of(List.of("1", "2"))));
    }

    @Test
    void theTerminalWidthComesFromColumns() {
        assertEquals(132, ArchiveCommand.terminalWidth("132"));
        assertEquals(80, ArchiveCommand.terminalWidth(null));
        assertEquals(80, ArchiveCommand.terminalWidth("wide"));
        assertEquals(80, ArchiveCommand.terminalWidth("0"));
    }
}
