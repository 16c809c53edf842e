package org.minutes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rows of text under column headers, as the archive commands print them: aligned columns that fit a line width
 * ({@link #text}), or CSV for pipes ({@link #csv}).
 *
 * @param title   a heading printed above the text form when a command prints several tables; empty for none
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
record Table(String title, List<Column> columns, List<List<String>> rows) {

    /** The narrowest a shrinkable column gets before the line is allowed to overflow. */
    static final int MIN_WIDTH = 8;

    private static final String GAP = "  ";
    private static final String ELLIPSIS = "\u2026";

    /**
     * A column.
     *
     * @param header     its header as CSV gives it ({@code age_days}); the text form writes it in upper case with
     *                   spaces ({@code AGE DAYS})
     * @param numeric    whether it is right-aligned
     * @param shrinkable whether its cells may be cut (ending in {@code …}) to fit the line width
     */
    record Column(String header, boolean numeric, boolean shrinkable) {

        /** {@return a left-aligned column that is never cut} */
        static Column fixed(String header) {
            return new Column(header, false, false);
        }

        /** {@return a right-aligned column of numbers} */
        static Column number(String header) {
            return new Column(header, true, false);
        }

        /** {@return a left-aligned column of free text, cut first when the line is too long} */
        static Column text(String header) {
            return new Column(header, false, true);
        }
    }

    /**
     * Checks that every row has one cell per column.
     *
     * @throws IllegalArgumentException for a row of another length
     */
    Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                        + columns.size() + " columns: " + row);
            }
        }
    }

    /** {@return a table without title} */
    static Table of(List<Column> columns, List<List<String>> rows) {
        return new Table("", columns, rows);
    }

    /**
     * Writes the table as aligned columns: headers in upper case, two spaces between columns, numbers aligned right,
     * no trailing white space. When the lines would be wider than {@code width}, the shrinkable columns are cut,
     * from the last one back, none below {@link #MIN_WIDTH} characters; a cut cell ends in {@code …}. Widths count
     * code points, combining marks excluded (a wide East Asian character counts as one).
     *
     * @param width the line width to fit
     * @return the lines, each ending in {@code \n}
     */
    String text(int width) {
        int n = columns.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = width(columns.get(c).header());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        int total = GAP.length() * (n - 1);
        for (int w : widths) {
            total += w;
        }
        for (int c = n - 1; c >= 0 && total > width; c--) {
            if (columns.get(c).shrinkable() && widths[c] > MIN_WIDTH) {
                int cut = Math.min(widths[c] - MIN_WIDTH, total - width);
                widths[c] -= cut;
                total -= cut;
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> headers = new ArrayList<>();
        columns.forEach(column -> headers.add(column.header().toUpperCase(Locale.ROOT).replace('_', ' ')));
        line(out, headers, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = fit(cells.get(c), widths[c]);
            String padding = " ".repeat(widths[c] - width(cell));
            if (c > 0) {
                line.append(GAP);
            }
            line.append(columns.get(c).numeric() ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Cuts a cell to {@code width} characters, ending in {@code …} when anything was cut. */
    private static String fit(String cell, int width) {
        if (width(cell) <= width) {
            return cell;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < cell.length() && used < width - 1; ) {
            int cp = cell.codePointAt(i);
            cut.appendCodePoint(cp);
            used += counts(cp) ? 1 : 0;
            i += Character.charCount(cp);
        }
        return cut.toString().stripTrailing() + ELLIPSIS;
    }

    /** {@return how many columns a terminal gives the text: code points, combining marks excluded} */
    static int width(String text) {
        return (int) text.codePoints().filter(Table::counts).count();
    }

    private static boolean counts(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }

    /**
     * Writes the table as CSV (RFC 4180, with LF line ends): a header line, then a line per row; a cell holding a
     * comma, a quote, a line end or leading or trailing white space is quoted, its quotes doubled.
     *
     * @return the lines, each ending in {@code \n}
     */
    String csv() {
        StringBuilder out = new StringBuilder();
        csvLine(out, columns.stream().map(Column::header).toList());
        rows.forEach(row -> csvLine(out, row));
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            String cell = cells.get(c);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append('\n');
    }
}
