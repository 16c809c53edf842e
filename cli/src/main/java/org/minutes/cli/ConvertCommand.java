package org.minutes.cli;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.ical.CalendarOptions;
import org.minutes.converters.ical.CalendarRangeException;
import org.minutes.converters.html.HtmlConverter;
import org.minutes.converters.html.HtmlOptions;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.json.JsonFormatException;
import org.minutes.converters.json.JsonOptions;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.converters.markdown.MarkdownStyle;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes convert}: notes (or their JSON) to JSON, iCalendar, canonical Markdown or HTML. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert notes to JSON, iCalendar, canonical Markdown or HTML.",
            "Several inputs give NDJSON (one document per line), one calendar holding every meeting, or one file",
            "each in --out-dir. No FILE, or -, reads standard input."})
final class ConvertCommand implements Callable<Integer> {

    /**
     * About how many characters of JSON one character of a note makes (the generated corpus of issue 12: 7), so that
     * the buffer a note's JSON is written to is rarely copied to grow.
     */
    private static final int JSON_PER_INPUT_CHAR = 8;
    /**
     * The most characters a note's output buffer starts with (4 MB): a large note's buffer grows as it is written,
     * instead of claiming eight times the note's size before a character is written (or an array size past
     * {@code int}).
     */
    private static final int MAX_INITIAL_BUFFER = 1 << 21;

    /** Output formats. */
    enum Target { json, ics, md, html }

    /** The values of {@code --todos}, for completion. */
    static final class TodoChoices extends ArrayList<String> {
        TodoChoices() {
            super(List.of("none", "open", "all"));
        }
    }

    /** The values of {@code --todos-as}, for completion. */
    static final class TodoForms extends ArrayList<String> {
        TodoForms() {
            super(List.of("todos", "events"));
        }
    }

    /** Input formats. */
    enum Source { md, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "TO_FORMAT",
            description = "json, ics, md or html; implied by the extension of -o FILE.")
    private Target to;

    // The defaults are the fields' initial values, which picocli keeps when an option is not given, so that a
    // command made by plain() has them too.
    @Option(names = "--from", paramLabel = "FROM_FORMAT",
            description = "md (default) or json (as written by --to json).")
    private Source from = Source.md;

    /** Where the output goes: standard output (default), one file, or one file per input in a directory. */
    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced atomically).")
        Path output;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one file per input into DIR (created if missing).")
        Path outDir;
    }

    @ArgGroup(exclusive = true)
    private Destination destination = new Destination();

    @Option(names = "--spans", description = "JSON: add each node's source span.")
    private boolean spans;

    @Option(names = "--diagnostics", description = "JSON: add the diagnostics.")
    private boolean diagnostics;

    @Option(names = "--start", paramLabel = "HH:MM",
            description = "iCalendar: start time when the notes have none (or to override theirs).")
    private String start;

    @Option(names = "--zone", paramLabel = "ZONE", description = "iCalendar: time zone of --start, e.g. Europe/Berlin.")
    private String zone;

    @Option(names = "--duration", paramLabel = "MINUTES",
            description = "iCalendar: meeting length in minutes (default 60).")
    private long minutes = 60;

    @Option(names = "--completed", description = "iCalendar: the same as --todos all.")
    private boolean completed;

    @Option(names = "--todos", paramLabel = "WHICH", completionCandidates = TodoChoices.class,
            description = "iCalendar: which action items to write: none, open (default) or all (completed ones as "
                    + "COMPLETED).")
    private String todos = "open";

    @Option(names = "--todos-as", paramLabel = "FORM", completionCandidates = TodoForms.class,
            description = "iCalendar: todos (VTODO, default) or events (an all-day event on the meeting's day, for "
                    + "Google Calendar, which shows no to-dos).")
    private String todosAs = "todos";

    @Option(names = "--calendar-name", paramLabel = "NAME",
            description = "iCalendar: the calendar's name (default: the name most notes share).")
    private String calendarName;

    @Option(names = "--people", paramLabel = "FILE",
            description = "iCalendar: e-mail addresses by GitHub handle or name (CSV: who,email per line; or a "
                    + "YAML mapping), so that calendars keyed by e-mail show the attendees.")
    private Path people;

    @Option(names = "--standalone", description = "HTML: a whole page with its stylesheet (default: a fragment).")
    private boolean standalone;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; - or none for standard input.")
    private List<String> files = new ArrayList<>();

    /**
     * The command as picocli makes it from a command line with only these options and files, the others at their
     * defaults: for {@link PlainCommandLine}, which runs it with {@link #convert}.
     */
    static ConvertCommand plain(Target to, Path output, boolean spans, boolean diagnostics, boolean standalone,
            List<String> files) {
        ConvertCommand command = new ConvertCommand();
        command.to = to;
        command.destination.output = output;
        command.spans = spans;
        command.diagnostics = diagnostics;
        command.standalone = standalone;
        command.files.addAll(files);
        return command;
    }

    @Override
    public Integer call() throws InputException {
        return convert(spec.commandLine().getOut());
    }

    /**
     * Converts, printing to {@code out} unless {@code -o} or {@code --out-dir} is given.
     *
     * @param out standard output
     * @return the exit code
     * @throws InputException when an input cannot be read or an output cannot be written
     */
    int convert(PrintWriter out) throws InputException {
        CalendarOptions calendarOptions = calendarOptions();
        Target target = target();
        List<String> names = Inputs.names(files);
        if ((target == Target.md || target == Target.html) && names.size() > 1 && destination.outDir == null) {
            throw usage("several inputs to " + (target == Target.md ? "Markdown" : "HTML") + " need --out-dir");
        }
        if (destination.outDir != null) {
            writeEach(names, target, calendarOptions);
        } else if (destination.output != null) {
            Outputs.refuseInput(destination.output, names);
            Outputs.write(destination.output, file -> render(names, target, calendarOptions, file));
        } else {
            try {
                render(names, target, calendarOptions, out);
            } catch (java.io.IOException e) {
                throw new InputException("<stdout>: cannot write: " + e.getMessage(), e);
            } finally {
                out.flush();
            }
        }
        return ExitCode.OK;
    }

    /** {@return {@code --to}, or the format {@code -o} names by its extension} */
    private Target target() {
        if (to != null) {
            return to;
        }
        String name = destination.output == null ? "" : destination.output.getFileName().toString();
        for (Target target : Target.values()) {
            if (name.endsWith("." + target.name())) {
                return target;
            }
        }
        throw usage("--to is required (json, ics, md or html) unless -o names a .json, .ics, .md or .html file");
    }

    /** {@code --out-dir}: one input read, converted and written at a time. */
    private void writeEach(List<String> names, Target target, CalendarOptions calendar) throws InputException {
        try {
            Files.createDirectories(destination.outDir);
        } catch (java.io.IOException e) {
            throw new InputException(destination.outDir + ": cannot create the directory: " + e.getMessage(), e);
        }
        List<Path> targets = new ArrayList<>();
        for (String name : names) {
            Path output = destination.outDir.resolve(outputName(name, target));
            Outputs.refuseInput(output, names);
            if (targets.contains(output)) {
                throw new InputException(output + ": two inputs would write the same file");
            }
            targets.add(output);
        }
        for (int i = 0; i < names.size(); i++) {
            List<String> one = List.of(names.get(i));
            Outputs.write(targets.get(i), out -> render(one, target, calendar, out));
        }
    }

    /**
     * One input converted: its text in the target format (JSON, Markdown), kept as the characters written rather
     * than made into a string (a copy of every character that the output does not need), or its documents (a
     * calendar's).
     */
    private record Converted(CharArrayWriter text, List<Document> documents) {
    }

    /**
     * Reads, converts and writes the inputs in input order, several at a time across the cores (Batch), so that a
     * few documents are in memory at a time; a calendar, which holds every meeting, keeps their documents (not their
     * text) until it is written.
     */
    private void render(List<String> names, Target target, CalendarOptions calendar, Writer out)
            throws InputException, java.io.IOException {
        List<Document> meetings = new ArrayList<>();
        Batch.inOrder(names, name -> convert(name, target), converted -> {
            if (converted.text() != null) {
                converted.text().writeTo(out);
            } else {
                meetings.addAll(converted.documents());
            }
        });
        if (target == Target.ics) {
            try {
                out.write(CalendarConverter.create(calendar).convertAll(meetings));
            } catch (CalendarRangeException e) {
                throw new InputException(oneLine(e.getMessage()), e);
            }
        }
    }

    private Converted convert(String name, Target target) throws InputException, java.io.IOException {
        Inputs.Input input = Inputs.read(name, System.in);
        String text = input.strictText();
        ParseResult result = from == Source.json ? null : input.parse(text);
        List<Document> documents = result == null ? fromJson(input.name(), text) : List.of(result.document());
        long expected = target == Target.json ? (long) text.length() * JSON_PER_INPUT_CHAR : text.length() + 1L;
        CharArrayWriter out = new CharArrayWriter((int) Math.min(expected, MAX_INITIAL_BUFFER));
        switch (target) {
            case json -> {
                JsonConverter json = JsonConverter.create(new JsonOptions(spans, diagnostics, false));
                if (result != null) {
                    json.writeJsonLine(result, out);
                } else {
                    documents.forEach(document -> out.append(json.toJsonLine(document)));
                }
            }
            case ics -> {
                return new Converted(null, documents);
            }
            case html -> {
                HtmlConverter html = HtmlConverter.create(standalone ? HtmlOptions.STANDALONE : HtmlOptions.FRAGMENT);
                documents.forEach(document -> out.append(html.convert(document)));
            }
            default -> {
                // D71: a document read from Markdown keeps its author's style; one read from JSON has no source
                // text and gets the defaults.
                MarkdownRenderer markdown = MarkdownRenderer.create();
                if (result != null) {
                    out.append(markdown.convert(result.document(), MarkdownStyle.of(result)));
                } else {
                    documents.forEach(document -> out.append(markdown.convert(document)));
                }
            }
        }
        return new Converted(out, List.of());
    }

    private List<Document> fromJson(String name, String text) throws InputException {
        JsonConverter json = JsonConverter.create();
        try {
            return List.of(json.fromJson(text));
        } catch (JsonFormatException single) {
            try {
                List<Document> many = json.fromNdjson(new StringReader(text));
                if (!many.isEmpty()) {
                    return many;
                }
            } catch (JsonFormatException | java.io.IOException ignored) {
                // Report the error of reading the input as one document: the common case.
            }
            throw new InputException(name + ": invalid JSON: " + oneLine(single.getMessage()), single);
        }
    }

    private static String outputName(String name, Target target) {
        String base = name.equals(Inputs.STDIN) ? "stdin" : Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem + "." + target.name();
    }

    private CalendarOptions calendarOptions() throws InputException {
        CalendarOptions.Todos which = switch (completed ? "all" : todos) {
            case "none" -> CalendarOptions.Todos.NONE;
            case "open" -> CalendarOptions.Todos.OPEN;
            case "all" -> CalendarOptions.Todos.ALL;
            default -> throw usage("--todos takes none, open or all, not '"
                    + todos + "'");
        };
        CalendarOptions.TodoForm form = switch (todosAs) {
            case "todos" -> CalendarOptions.TodoForm.VTODO;
            case "events" -> CalendarOptions.TodoForm.VEVENT;
            default -> throw usage("--todos-as takes todos or events, not '"
                    + todosAs + "'");
        };
        CalendarOptions options = CalendarOptions.DEFAULTS.withTodos(which).withTodosAs(form);
        if (calendarName != null) {
            if (calendarName.isBlank()) {
                throw usage("--calendar-name must not be blank");
            }
            options = options.withCalendarName(calendarName);
        }
        if (people != null) {
            try {
                options = options.withEmails(PeopleFile.read(people));
            } catch (IllegalArgumentException e) {
                throw new InputException(people + ":1:1: error: " + e.getMessage(), e);
            }
        }
        try {
            if (start != null) {
                options = options.withStart(LocalTime.parse(start));
            }
            if (zone != null) {
                options = options.withZone(ZoneId.of(zone));
            }
        } catch (DateTimeParseException e) {
            throw usage("--start takes HH:MM, not '" + start + "'");
        } catch (java.time.DateTimeException e) {
            throw usage("--zone: unknown time zone '" + zone + "'");
        }
        if (minutes <= 0) {
            throw usage("--duration must be a positive number of minutes");
        }
        if (minutes > CalendarOptions.MAX_DURATION.toMinutes()) {
            throw usage("--duration must be at most "
                    + CalendarOptions.MAX_DURATION.toMinutes() + " minutes (7 days), not " + minutes);
        }
        return options.withDuration(Duration.ofMinutes(minutes));
    }

    /**
     * {@return the usage error to throw}: picocli's, which it reports; in a command made by {@link #plain}, which
     * throws it before printing anything, {@link PlainCommandLine.NotPlain}, so that picocli runs the command line
     * again and reports it.
     */
    private RuntimeException usage(String message) {
        return spec == null ? new PlainCommandLine.NotPlain() : new ParameterException(spec.commandLine(), message);
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
