package org.minutes.sdk.ast;

import java.util.List;

/**
 * A table row (D28): its cells in order. Missing trailing cells are simply absent.
 *
 * <pre>
 * | Quinn Example | QE | Acme | qexample |
 * </pre>
 *
 * @param cells the cells
 */
public record TableRow(List<TableCell> cells) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public TableRow {
        cells = Checks.list(cells, "cells");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a table row has at least one cell (D28)");
        }
    }

    /** {@return whether every cell is empty: a body row of empty cells is trivia (D29), which no table holds} */
    public boolean isBlank() {
        for (TableCell cell : cells) {
            if (!cell.content().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
