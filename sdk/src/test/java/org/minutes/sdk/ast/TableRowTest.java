package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** D29: a body row whose cells are all empty is trivia, and {@link TableRow#isBlank()} says which rows are. */
class TableRowTest {

    private static final TableCell EMPTY = new TableCell(List.of());

    @Test
    void d29ARowIsBlankOnlyWhenEveryCellIsEmpty() {
        assertTrue(new TableRow(List.of(EMPTY)).isBlank());
        assertTrue(new TableRow(List.of(EMPTY, EMPTY, EMPTY)).isBlank());
        assertFalse(new TableRow(List.of(EMPTY, EMPTY, new TableCell(List.of(new Text("x"))))).isBlank());
        assertFalse(new TableRow(List.of(new TableCell(List.of(new Text("x"))), EMPTY)).isBlank());
    }

    @Test
    void d29ATableHoldsNoBlankBodyRowButMayHaveABlankHeader() {
        TableRow blank = new TableRow(List.of(EMPTY, EMPTY));
        TableRow full = new TableRow(List.of(new TableCell(List.of(new Text("a"))), EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new Table(full, List.of(full, blank)));
        assertTrue(new Table(blank, List.of(full)).header().isBlank());
    }
}
