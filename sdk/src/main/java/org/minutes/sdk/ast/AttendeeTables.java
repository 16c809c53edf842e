package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.Whitespace;

/** Reads attendees from the rows of an attendee table (D28–D30). */
final class AttendeeTables {

    private static final Set<String> HANDLE_HEADERS = Set.of("gh username", "username", "github", "github username");
    /** A cell holding a single {@code @handle}: the plain text of one mention (D30, D60). */
    private static final Pattern SINGLE_HANDLE = Whitespace.compile("@[\\p{L}\\p{Nd}]+(?:-[\\p{L}\\p{Nd}]+)*");

    private AttendeeTables() {
    }

    /**
     * Reads the attendees of a table in an attendee block (D30). Reports {@code table/no-name-column} against the
     * table, {@code table/extra-cells} and {@code attendees/missing-name} against the row.
     *
     * @param table    the table
     * @param absent   whether the table lists attendees in absentia (D26)
     * @param findings where findings go
     * @return the attendees in row order; none when the table has no Name column
     */
    public static List<Attendee> attendees(Table table, boolean absent, Findings findings) {
        Columns columns = Columns.of(table.header());
        if (columns.name < 0) {
            findings.report(DiagnosticCode.TABLE_NO_NAME_COLUMN, table, "this table in an attendee section has no "
                    + "Name column (header: " + quoted(texts(table.header().cells())) + "), so its rows are not read "
                    + "as attendees; add a Name column or move the table out of the section");
            return List.of();
        }
        int width = table.header().cells().size();
        List<Attendee> attendees = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> cells = texts(row.cells());
            if (cells.stream().allMatch(String::isEmpty)) {
                // D29: a blank row is trivia; the parser drops it, but a document built in code may hold one.
                continue;
            }
            List<String> extras = cells.size() > width
                    ? cells.subList(width, cells.size()).stream().filter(c -> !c.isEmpty()).toList()
                    : List.of();
            // D29's table/extra-cells is reported by the parser for every table, not only attendee tables.
            String name = withoutTrailingDot(cell(cells, columns.name));
            Optional<String> initials = present(withoutTrailingDot(cell(cells, columns.initials)));
            List<String> affiliations = new ArrayList<>();
            for (int column : columns.affiliations) {
                if (!cell(cells, column).isEmpty()) {
                    affiliations.add(cell(cells, column));
                }
            }
            String handle = handle(cell(cells, columns.handle));
            if (columns.handle >= 0 && handle.isEmpty() && extras.size() == 1
                    && SINGLE_HANDLE.matcher(extras.get(0)).matches()) {
                handle = extras.get(0).substring(1);
            }
            if (name.isEmpty()) {
                findings.report(DiagnosticCode.ATTENDEES_MISSING_NAME, row, "this attendee row has no name (its cells: "
                        + quoted(cells) + "); fill in the Name column");
            }
            attendees.add(new Attendee(name, initials, present(handle), affiliations, absent));
        }
        return List.copyOf(attendees);
    }

    /** D30: a handle cell gives the handle minus a leading {@code @} and WS. */
    private static String handle(String cell) {
        return cell.startsWith("@") ? Whitespace.trim(cell.substring(1)) : cell;
    }

    /** D30: one trailing {@code .} is dropped from name and initials. */
    private static String withoutTrailingDot(String text) {
        return text.endsWith(".") ? Whitespace.trim(text.substring(0, text.length() - 1)) : text;
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** D29: missing cells are empty. */
    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** D28: cells are trimmed of WS, NBSP too (D3). */
    private static List<String> texts(List<TableCell> cells) {
        return cells.stream().map(c -> Whitespace.trim(c.plainText())).toList();
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
    }

    /** Where the mapped columns are (D30); -1 for a missing one. */
    private record Columns(int name, int initials, List<Integer> affiliations, int handle) {

        static Columns of(TableRow header) {
            int name = -1;
            int initials = -1;
            int handle = -1;
            List<Integer> affiliations = new ArrayList<>();
            List<String> names = texts(header.cells());
            for (int i = 0; i < names.size(); i++) {
                String key = names.get(i).toLowerCase(Locale.ROOT);
                if (key.equals("name") && name < 0) {
                    name = i;
                } else if (key.equals("initials") && initials < 0) {
                    initials = i;
                } else if (key.equals("affiliation")) {
                    affiliations.add(i);
                } else if (HANDLE_HEADERS.contains(key) && handle < 0) {
                    handle = i;
                }
            }
            return new Columns(name, initials, List.copyOf(affiliations), handle);
        }
    }
}
