package org.minutes.sdk.syntax;

/**
 * Table row shapes (D27): a delimiter row is {@code |}, then cells of one or more dashes with an optional {@code :} at
 * either end, separated by {@code |}, an optional final {@code |}, WS only around the cells. The lexer spells this rule
 * as its {@code DELIMITER_ROW} token; this class states the same rule for the code that writes tables, and a test holds
 * the two together.
 */
public final class TableRows {

    private TableRows() {
    }

    /**
     * Tells whether a line is a delimiter row (D27).
     *
     * @param line the line from its {@code |} (indent removed), without its line end
     * @return whether it is, e.g. {@code |---|:--:|}
     */
    public static boolean isDelimiterRow(CharSequence line) {
        if (line.length() == 0 || line.charAt(0) != '|') {
            return false;
        }
        int end = Whitespace.trimEnd(line, 1, line.length());
        if (end > 1 && line.charAt(end - 1) == '|') {
            end--;
        }
        int cellStart = 1;
        for (int i = 1; i <= end; i++) {
            if (i == end || line.charAt(i) == '|') {
                int from = Whitespace.skip(line.subSequence(0, i), cellStart);
                if (!isDelimiterCell(line.subSequence(from, Whitespace.trimEnd(line, from, i)))) {
                    return false;
                }
                cellStart = i + 1;
            }
        }
        return true;
    }

    /**
     * Tells whether a cell's text, without the WS around it, is a delimiter cell (D27): dashes with an optional
     * {@code :} at either end, such as {@code ---}, {@code :--} or {@code :-:}.
     *
     * @param cell the cell's text, trimmed
     * @return whether it is
     */
    public static boolean isDelimiterCell(CharSequence cell) {
        int start = cell.length() > 0 && cell.charAt(0) == ':' ? 1 : 0;
        int end = cell.length() > start && cell.charAt(cell.length() - 1) == ':' ? cell.length() - 1 : cell.length();
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
