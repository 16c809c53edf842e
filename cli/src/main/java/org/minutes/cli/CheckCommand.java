package org.minutes.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.diagnostic.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutes check}: reports diagnostics, for a notes repository's CI. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report the diagnostics of notes files as file:line:col: severity: message [code].",
            "Exit 1 when any reported finding is an error (with --strict: a warning too).",
            "For CI: --format sarif for code scanning, github for workflow annotations."},
        footer = {"", "Each code names a dialect rule. The rules and their examples: docs/dialect.md in the",
            "Minutes repository, also in the minutes-sdk jar as META-INF/minutes/dialect.md."})
final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { text, json, ndjson, sarif, github }

    /** The least severity reported. */
    enum MinSeverity {
        info(Severity.INFO), warning(Severity.WARNING), error(Severity.ERROR);

        private final Severity severity;

        MinSeverity(Severity severity) {
            this.severity = severity;
        }

        boolean admits(Severity other) {
            // Severity lists ERROR first: a smaller ordinal matters more.
            return other.ordinal() <= severity.ordinal();
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--strict", description = "Fail on warnings too.")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (one array), ndjson (one finding a line), sarif (SARIF 2.1.0) or "
                    + "github (workflow commands).")
    private Format format;

    @Option(names = "--select", paramLabel = "CODES", split = ",",
            description = "Report only these codes or families (speaker/), comma-separated.")
    private List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "CODES", split = ",",
            description = "Do not report these codes or families (speaker/), comma-separated.")
    private List<String> ignore = new ArrayList<>();

    @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "info",
            description = "Report findings of this severity or more: info (default), warning or error.")
    private MinSeverity minSeverity;

    @Option(names = "--dialect-url", paramLabel = "URL",
            description = "SARIF: the URL of docs/dialect.md, for each rule's help link.")
    private String dialectUrl;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Notes files or directories (their *.md files); none or - for standard input.")
    private List<String> files = new ArrayList<>();

    /** One reported finding and the input it is about. */
    record Finding(String file, Diagnostic diagnostic) {
    }

    @Override
    public Integer call() throws InputException {
        checkCodes("--select", select);
        checkCodes("--ignore", ignore);
        PrintWriter out = spec.commandLine().getOut();
        boolean[] failed = {false};
        List<Finding> findings = new ArrayList<>();
        try {
            // Inputs are parsed several at a time across the cores; findings are printed in input order.
            Batch.inOrder(Inputs.names(files), this::findings, found -> {
                for (Finding finding : found) {
                    Diagnostic d = finding.diagnostic();
                    failed[0] |= d.severity() == Severity.ERROR || (strict && d.severity() == Severity.WARNING);
                    switch (format) {
                        case text -> out.println(finding.file() + ":" + d.start().line() + ":" + d.start().column()
                                + ": " + d.severity().label() + ": " + d.message() + " [" + d.code().id() + "]");
                        case ndjson -> out.println(json(finding).toString());
                        case github -> out.println(CheckFormats.github(finding));
                        default -> findings.add(finding);
                    }
                }
            });
        } catch (java.io.IOException e) {
            throw new InputException("<stdout>: cannot write: " + e.getMessage(), e);
        }
        if (format == Format.json) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            findings.forEach(f -> array.add(json(f)));
            out.println(array.toPrettyString());
        } else if (format == Format.sarif) {
            out.println(CheckFormats.sarif(findings, dialectUrl, new MinutesCommand.Version().getVersion()[0])
                    .toPrettyString());
        }
        out.flush();
        return failed[0] ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** {@return the reported findings of one input} */
    private List<Finding> findings(String name) throws InputException {
        Inputs.Input input = Inputs.read(name, System.in);
        List<Finding> found = new ArrayList<>();
        for (Diagnostic d : input.parse().diagnostics()) {
            if (reported(d)) {
                found.add(new Finding(input.name(), d));
            }
        }
        return found;
    }

    private boolean reported(Diagnostic d) {
        String id = d.code().id();
        return minSeverity.admits(d.severity())
                && (select.isEmpty() || select.stream().anyMatch(s -> matches(s, id)))
                && ignore.stream().noneMatch(s -> matches(s, id));
    }

    /** {@return whether {@code code} is {@code pattern}, or in the family {@code pattern} ending with /} */
    private static boolean matches(String pattern, String code) {
        return pattern.endsWith("/") ? code.startsWith(pattern) : code.equals(pattern);
    }

    /** Refuses a code or family that names no diagnostic, a typo that would silently select or ignore nothing. */
    private void checkCodes(String option, List<String> patterns) {
        for (String pattern : patterns) {
            if (Arrays.stream(DiagnosticCode.values()).noneMatch(c -> matches(pattern, c.id()))) {
                throw new ParameterException(spec.commandLine(), option + ": no diagnostic code or family '"
                        + pattern + "' (codes look like speaker/unresolved, families like speaker/)");
            }
        }
    }

    private static ObjectNode json(Finding finding) {
        Diagnostic d = finding.diagnostic();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file", finding.file());
        node.put("line", d.start().line());
        node.put("column", d.start().column());
        node.put("endLine", d.end().line());
        node.put("endColumn", d.end().column());
        node.put("severity", d.severity().label());
        node.put("code", d.code().id());
        node.put("message", d.message());
        return node;
    }
}
