package org.minutes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.diagnostic.Severity;

/** The CI formats of {@code check}: SARIF 2.1.0 for code scanning, and GitHub Actions workflow commands. */
final class CheckFormats {

    /** The dialect reference in the SDK jar: its {@code ### Dnn Title} headings name the rules. */
    private static final String DIALECT = "META-INF/minutes/dialect.md";
    private static final Pattern RULE_HEADING = Pattern.compile("^### (D\\d+) (.+)$");

    private CheckFormats() {
    }

    /**
     * Formats a finding as a GitHub Actions workflow command, {@code ::warning file=…,line=…,col=…,endLine=…,
     * endColumn=…,title=code::message}; infos are notices.
     *
     * @param finding the finding
     * @return the command line
     */
    static String github(CheckCommand.Finding finding) {
        Diagnostic d = finding.diagnostic();
        String command = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return "::" + command + " file=" + property(finding.file()) + ",line=" + d.start().line() + ",col="
                + d.start().column() + ",endLine=" + d.end().line() + ",endColumn=" + d.end().column() + ",title="
                + property(d.code().id()) + "::" + data(d.message());
    }

    /** Escapes a workflow command's message, as the Actions toolkit does. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value, as the Actions toolkit does. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * Builds a SARIF 2.1.0 log of one run: every diagnostic code as a rule (id, short description naming the dialect
     * rule, help link to it), each finding as a result with its file and region. Columns count code points (D69).
     *
     * @param findings   the findings
     * @param dialectUrl the URL of {@code docs/dialect.md} for the rules' {@code helpUri}, or null for none
     * @param version    the tool's version text
     * @return the log
     */
    static ObjectNode sarif(List<CheckCommand.Finding> findings, String dialectUrl, String version) {
        ObjectNode log = JsonNodeFactory.instance.objectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "minutes");
        driver.put("semanticVersion", version.replaceFirst("^minutes ", "").replace("(development build)", "0.0.0"));
        Map<String, String> titles = ruleTitles();
        ArrayNode rules = driver.putArray("rules");
        Map<DiagnosticCode, Integer> index = new HashMap<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            index.put(code, rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", code.id());
            String title = titles.getOrDefault(code.rule(), "");
            String heading = (code.rule() + " " + title).strip();
            rule.putObject("shortDescription").put("text", code.id() + " (dialect rule " + heading + ")");
            String anchor = "#" + slug(heading);
            rule.putObject("help").put("text", "See docs/dialect.md" + anchor + " in the Minutes repository.");
            if (dialectUrl != null) {
                rule.put("helpUri", dialectUrl + anchor);
            }
            rule.putObject("defaultConfiguration").put("level", level(code.severity()));
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (CheckCommand.Finding finding : findings) {
            Diagnostic d = finding.diagnostic();
            ObjectNode result = results.addObject();
            result.put("ruleId", d.code().id());
            result.put("ruleIndex", index.get(d.code()));
            result.put("level", level(d.severity()));
            result.putObject("message").put("text", d.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", uri(finding.file()));
            ObjectNode region = location.putObject("region");
            region.put("startLine", d.start().line());
            region.put("startColumn", d.start().column());
            region.put("endLine", d.end().line());
            region.put("endColumn", d.end().column());
        }
        return log;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@return the file as a URI reference: relative paths stay relative (to the repository root in CI)} */
    static String uri(String file) {
        if (file.equals("<stdin>")) {
            return "stdin";
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new URI(null, null, path.toString().replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.toUri().toString();
        }
    }

    /** {@return the GitHub anchor of a heading: lower case, punctuation dropped, spaces as hyphens} */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** {@return the title of each rule, {@code D11} → its heading's text, read from the dialect reference} */
    private static Map<String, String> ruleTitles() {
        Map<String, String> titles = new HashMap<>();
        try (InputStream in = DiagnosticCode.class.getClassLoader().getResourceAsStream(DIALECT)) {
            if (in == null) {
                return titles;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher heading = RULE_HEADING.matcher(line);
                if (heading.matches()) {
                    titles.putIfAbsent(heading.group(1), heading.group(2).strip());
                }
            }
        } catch (IOException e) {
            // Without the reference the rules keep their numbers; the log stays valid.
        }
        return titles;
    }
}
