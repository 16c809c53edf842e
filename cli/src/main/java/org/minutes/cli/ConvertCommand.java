package org.minutes.cli;

import java.io.PrintWriter;
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

/** {@code minutes convert}: notes (or their JSON) to JSON, iCalendar or canonical Markdown. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert notes to JSON, iCalendar or canonical Markdown.",
            "Several inputs give NDJSON (one document per line), one calendar holding every meeting, or one file",
            "each in --out-dir. No FILE, or -, reads standard input."})
final class ConvertCommand implements Callable<Integer> {

    /** Output formats. */
    enum Target { json, ics, md }

    /** Input formats. */
    enum Source { md, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json, ics or md.")
    private Target to;

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (default) or json (as written by --to json).")
    private Source from;

    /** Where the output goes: standard output (default), one file, or one file per input in a directory. */
    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced atomically).")
        Path output;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one file per input into DIR.")
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

    @Option(names = "--duration", paramLabel = "MINUTES", defaultValue = "60",
            description = "iCalendar: meeting length in minutes (default 60).")
    private long minutes;

    @Option(names = "--completed", description = "iCalendar: add completed action items as COMPLETED to-dos.")
    private boolean completed;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; - or none for standard input.")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws InputException {
        CalendarOptions calendarOptions = calendarOptions();
        if (destination.outDir != null && !Files.isDirectory(destination.outDir)) {
            throw new InputException(destination.outDir + ": no such directory");
        }
        List<Inputs.Input> inputs = Inputs.read(files, System.in);
        if (to == Target.md && inputs.size() > 1 && destination.outDir == null) {
            throw new ParameterException(spec.commandLine(), "several inputs to Markdown need --out-dir");
        }
        List<ParseResult> results = new ArrayList<>();
        List<List<Document>> documents = new ArrayList<>();
        for (Inputs.Input input : inputs) {
            String text = input.strictText();
            if (from == Source.json) {
                documents.add(fromJson(input.name(), text));
                results.add(null);
            } else {
                ParseResult result = input.parse(text);
                results.add(result);
                documents.add(List.of(result.document()));
            }
        }
        List<String> outputs = new ArrayList<>();
        if (destination.outDir != null) {
            for (int i = 0; i < inputs.size(); i++) {
                outputs.add(render(List.of(results.get(i)), List.of(documents.get(i)), calendarOptions));
            }
            List<Path> targets = new ArrayList<>();
            for (Inputs.Input input : inputs) {
                Path target = destination.outDir.resolve(outputName(input));
                Outputs.refuseInput(target, inputs);
                if (targets.contains(target)) {
                    throw new InputException(target + ": two inputs would write the same file");
                }
                targets.add(target);
            }
            for (int i = 0; i < targets.size(); i++) {
                Outputs.writeAtomically(targets.get(i), outputs.get(i));
            }
            return ExitCode.OK;
        }
        String output = render(results, documents, calendarOptions);
        if (destination.output != null) {
            Outputs.refuseInput(destination.output, inputs);
            Outputs.writeAtomically(destination.output, output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(output);
            out.flush();
        }
        return ExitCode.OK;
    }

    private String render(List<ParseResult> results, List<List<Document>> documents, CalendarOptions calendar) {
        List<Document> all = documents.stream().flatMap(List::stream).toList();
        switch (to) {
            case json -> {
                JsonConverter json = JsonConverter.create(new JsonOptions(spans, diagnostics, false));
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < documents.size(); i++) {
                    ParseResult result = results.get(i);
                    if (result != null) {
                        out.append(json.toJsonLine(result));
                    } else {
                        documents.get(i).forEach(d -> out.append(json.toJsonLine(d)));
                    }
                }
                return out.toString();
            }
            case ics -> {
                return CalendarConverter.create(calendar).convertAll(all);
            }
            default -> {
                // D71: a document read from Markdown keeps its author's style; one read from JSON has no source
                // text and gets the defaults.
                MarkdownRenderer markdown = MarkdownRenderer.create();
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < documents.size(); i++) {
                    ParseResult result = results.get(i);
                    if (result != null) {
                        out.append(markdown.convert(result.document(), MarkdownStyle.of(result)));
                    } else {
                        documents.get(i).forEach(d -> out.append(markdown.convert(d)));
                    }
                }
                return out.toString();
            }
        }
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

    private String outputName(Inputs.Input input) {
        String base = input.path() == null ? "stdin" : input.path().getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem + "." + to.name();
    }

    private CalendarOptions calendarOptions() {
        CalendarOptions options = CalendarOptions.DEFAULTS.withTodos(completed ? CalendarOptions.Todos.ALL : CalendarOptions.Todos.OPEN);
        try {
            if (start != null) {
                options = options.withStart(LocalTime.parse(start));
            }
            if (zone != null) {
                options = options.withZone(ZoneId.of(zone));
            }
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--start takes HH:MM, not '" + start + "'");
        } catch (java.time.DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: unknown time zone '" + zone + "'");
        }
        if (minutes <= 0) {
            throw new ParameterException(spec.commandLine(), "--duration must be a positive number of minutes");
        }
        return options.withDuration(Duration.ofMinutes(minutes));
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
