package org.minutes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.FileProblem;
import org.minutes.sdk.archive.Meeting;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What the commands over many notes share ({@code todo}, {@code people}, {@code decisions}, {@code stats}): the notes
 * to read (directories, walked, or files), the output format, the line width of the text form, and the reporting of
 * files that could not be read (each on one line, the rest still processed, exit 1).
 */
abstract class ArchiveCommand implements Callable<Integer> {

    /** How a report is printed. */
    enum Format { text, json, csv }

    /** Makes the JSON trees of every archive command (no mapper is needed to build them). */
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Notes directories (every *.md below, links not followed) or files.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: aligned columns), json or csv.")
    Format format;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Text: the line width to fit (default: $COLUMNS, else 80).")
    Integer width;

    /**
     * What a command reports, in each format.
     *
     * @param tables the text form: one or more tables
     * @param csv    the CSV form: one table
     * @param json   the JSON form, as {@code archive.schema.json} describes it
     */
    record Report(List<Table> tables, Table csv, JsonNode json) {
    }

    /**
     * Builds the report from the archive.
     *
     * @param archive the notes read
     * @return the report
     */
    abstract Report report(Archive archive);

    @Override
    public Integer call() throws InputException {
        if (width != null && width <= 0) {
            throw new ParameterException(spec.commandLine(), "--width must be a positive number of columns");
        }
        Archive archive = open(paths);
        Report report = report(archive);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(report.json().toPrettyString());
            case csv -> out.print(report.csv().csv());
            default -> {
                int columns = width == null ? terminalWidth(System.getenv("COLUMNS")) : width;
                for (int i = 0; i < report.tables().size(); i++) {
                    Table table = report.tables().get(i);
                    if (i > 0) {
                        out.println();
                    }
                    if (!table.title().isEmpty()) {
                        out.println(table.title());
                    }
                    out.print(table.text(columns));
                }
            }
        }
        out.flush();
        return reportProblems(archive, spec.commandLine().getErr());
    }

    /**
     * Reads the notes: one directory is walked, several arguments are read as a list (directories walked).
     *
     * @param paths the arguments
     * @return the archive
     * @throws InputException when an argument does not exist or nothing holds notes
     */
    static Archive open(List<Path> paths) throws InputException {
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(path + ": no such file or directory");
            }
        }
        Archive archive;
        try {
            archive = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? Archive.open(paths.get(0))
                    : Archive.of(paths);
        } catch (IOException e) {
            throw new InputException(paths.get(0) + ": cannot read: " + e.getMessage(), e);
        }
        if (archive.meetings().isEmpty() && archive.problems().isEmpty()) {
            throw new InputException(String.join(" ", paths.stream().map(Path::toString).toList())
                    + ": no notes (*.md) found");
        }
        return archive;
    }

    /**
     * Prints one line on standard error per file that could not be read ({@code minutes: path: message}) and per
     * note that gives no meeting date (D84), which the reports list last.
     *
     * @param archive the archive
     * @param err     standard error
     * @return {@link ExitCode#FINDINGS} when a file could not be read, else {@link ExitCode#OK}
     */
    static int reportProblems(Archive archive, PrintWriter err) {
        for (FileProblem problem : archive.problems()) {
            err.println("minutes: " + problem.path() + ": " + problem.message());
        }
        for (Meeting meeting : archive.undated()) {
            err.println("minutes: " + meeting.path() + ": warning: no meeting date (D84); listed as undated");
        }
        err.flush();
        return archive.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /**
     * The terminal's width: {@code $COLUMNS} when it holds a positive number, else 80.
     *
     * @param columns the value of {@code $COLUMNS}, or null
     * @return the width
     */
    static int terminalWidth(String columns) {
        try {
            int value = columns == null ? 0 : Integer.parseInt(columns.strip());
            return value > 0 ? value : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * {@return whether the meeting is dated on or after {@code since}; always when {@code since} is null, never for
     * an undated meeting otherwise}
     */
    static boolean since(Meeting meeting, LocalDate since) {
        return since == null || meeting.date().map(date -> !date.isBefore(since)).orElse(false);
    }

    /** Reads {@code --since} and {@code --date}: an ISO date, {@code YYYY-MM-DD}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }

    /** {@return the meeting's date as text, or {@code undated}} */
    static String date(Meeting meeting) {
        return meeting.date().map(LocalDate::toString).orElse("undated");
    }

    /** {@return {@code {"date": ..., "file": ...}} for a meeting; the date is null when undated} */
    static ObjectNode meeting(Meeting meeting) {
        ObjectNode node = JSON.objectNode();
        node.put("date", meeting.date().map(LocalDate::toString).orElse(null));
        node.put("file", meeting.path().toString());
        return node;
    }
}
