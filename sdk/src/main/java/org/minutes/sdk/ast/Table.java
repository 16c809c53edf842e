package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;

/**
 * A table (D27–D29): a header row and body rows. Delimiter rows, padding, blank and lone-pipe rows are trivia.
 *
 * <pre>
 * | Name          | Initials |
 * | ------------- | -------- |
 * | Quinn Example | QE       |
 * </pre>
 *
 * @param header the header row
 * @param rows   the body rows
 */
public record Table(TableRow header, List<TableRow> rows) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Table {
        Objects.requireNonNull(header, "header");
        rows = Checks.list(rows, "rows");
        for (TableRow row : rows) {
            if (row.isBlank()) {
                throw new IllegalArgumentException("a body row with only empty cells is trivia (D29)");
            }
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
