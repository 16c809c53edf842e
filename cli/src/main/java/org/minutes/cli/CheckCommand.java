package org.minutes.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutes check}: reports diagnostics, for a notes repository's CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Report the diagnostics of notes files as file:line:col: severity: message [code].",
            "Exit 1 when any file has an error (with --strict: a warning too)."},
        footer = {"", "Each code names a dialect rule. The rules and their examples: docs/dialect.md in the",
            "Minutes repository, also in the minutes-sdk jar as META-INF/minutes/dialect.md."})
final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--strict", description = "Fail on warnings too.")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (one array of findings).")
    private Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Notes files; - for standard input.")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        ArrayNode json = new ObjectMapper().createArrayNode();
        for (Inputs.Input input : Inputs.read(files, System.in)) {
            ParseResult result = input.parse();
            for (Diagnostic d : result.diagnostics()) {
                failed |= d.severity() == Severity.ERROR || (strict && d.severity() == Severity.WARNING);
                if (format == Format.text) {
                    out.println(input.name() + ":" + d.start().line() + ":" + d.start().column() + ": "
                            + d.severity().label() + ": " + d.message() + " [" + d.code().id() + "]");
                } else {
                    ObjectNode node = json.addObject();
                    node.put("file", input.name());
                    node.put("line", d.start().line());
                    node.put("column", d.start().column());
                    node.put("endLine", d.end().line());
                    node.put("endColumn", d.end().column());
                    node.put("severity", d.severity().label());
                    node.put("code", d.code().id());
                    node.put("message", d.message());
                }
            }
        }
        if (format == Format.json) {
            out.println(json.toPrettyString());
        }
        out.flush();
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
