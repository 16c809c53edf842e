package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.diagnostic.DiagnosticCode;

/**
 * {@code check} for CI (issue 9 point 3): SARIF 2.1.0 valid against the OASIS schema, GitHub workflow commands,
 * NDJSON, and the selection of codes, families and severities. Each failed before the fix: {@code check} knew only
 * text and json.
 */
class CheckFormatsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");
    private static final Path SEED_004 = SAMPLES.resolve("2025-02-12-conda-community-corrupted-front-matter.md");

    /**
     * The SARIF 2.1.0 schema as OASIS published it (sarif-2.1.0-rtm.5.json, draft-04), copied from the npm package
     * {@code @microsoft/jest-sarif} 1.0.0-beta.0 (MIT).
     */
    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = CheckFormatsTest.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(in));
        }
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema(@TempDir Path dir) throws Exception {
        Path unclosed = Cli.file(dir, "unclosed notes.md", "---\ntags: [a]\n# 2031-05-14 Team Sync\n");
        Cli.Run run = run("check", "--format", "sarif", "--dialect-url",
                "https://example.org/minutes/docs/dialect.md", SEED_004.toString(), unclosed.toString());
        assertEquals(ExitCode.FINDINGS, run.code(), run.err());
        JsonNode log = MAPPER.readTree(run.out());
        JsonSchema schema = sarifSchema();
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());

        JsonNode sarifRun = log.get("runs").get(0);
        JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
        assertEquals(DiagnosticCode.values().length, rules.size(), "every code is a rule");
        JsonNode results = sarifRun.get("results");
        assertTrue(results.size() > 3, run.out());
        JsonNode first = results.get(0);
        assertEquals("front-matter/malformed-opener", first.get("ruleId").textValue());
        JsonNode rule = rules.get(first.get("ruleIndex").intValue());
        assertEquals("front-matter/malformed-opener", rule.get("id").textValue());
        assertEquals("front-matter/malformed-opener (dialect rule D11 Corrupted opener)",
                rule.get("shortDescription").get("text").textValue());
        assertEquals("https://example.org/minutes/docs/dialect.md#d11-corrupted-opener",
                rule.get("helpUri").textValue());
        assertEquals("warning", first.get("level").textValue());
        JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(1, region.get("startLine").intValue());
        assertEquals(1, region.get("startColumn").intValue());
        JsonNode last = results.get(results.size() - 1);
        assertEquals("front-matter/unclosed", last.get("ruleId").textValue());
        assertEquals("error", last.get("level").textValue());
        assertEquals(unclosed.toUri().toString(),
                last.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").textValue());

        // The validator does reject a log that breaks the schema: the test is not vacuous.
        ((ObjectNode) log).put("version", "2.0.0");
        assertFalse(schema.validate(log).isEmpty());
    }

    @Test
    void relativePathsAreRelativeUris() {
        assertEquals("notes/2031%2005.md", CheckFormats.uri("notes/2031 05.md"));
        assertEquals("stdin", CheckFormats.uri("<stdin>"));
    }

    @Test
    void githubPrintsWorkflowCommands() {
        Cli.Run run = run("check", "--format", "github", SEED_004.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("::warning file=" + SEED_004 + ",line=1,col=1,endLine=1,"), lines.get(0));
        assertTrue(lines.get(0).contains(",title=front-matter/malformed-opener::"), lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.matches("::(error|warning|notice) file=[^:]*,line=\\d+,col=\\d+,"
                + "endLine=\\d+,endColumn=\\d+,title=[a-z/-]+::.*")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::notice ")), "infos are notices");
    }

    /** Commas and colons in a file name would end the property: escaped as the Actions toolkit does. */
    @Test
    void githubEscapesProperties(@TempDir Path dir) throws Exception {
        Path odd = Cli.file(dir, "odd, name: 100%.md", "---\ntags: [a]\n# 2031-05-14 Team Sync\n");
        Cli.Run run = run("check", "--format", "github", odd.toString());
        assertEquals(ExitCode.FINDINGS, run.code(), run.err());
        String escaped = odd.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertTrue(run.out().startsWith("::error file=" + escaped + ",line=1,col=1,"), run.out());
    }

    @Test
    void ndjsonIsOneFindingPerLine() throws Exception {
        Cli.Run run = run("check", "--format", "ndjson", SEED_004.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(run("check", SEED_004.toString()).out().lines().count(), lines.size());
        for (String line : lines) {
            JsonNode finding = MAPPER.readTree(line);
            assertEquals(SEED_004.toString(), finding.get("file").textValue());
            assertTrue(finding.has("code") && finding.has("line") && finding.has("endColumn"), line);
        }
    }

    @Test
    void selectIgnoreAndMinSeverity(@TempDir Path dir) throws Exception {
        List<String> all = run("check", SEED_004.toString()).out().lines().toList();
        List<String> speaker = run("check", "--select", "speaker/", SEED_004.toString()).out().lines().toList();
        assertEquals(3, speaker.size());
        assertTrue(speaker.stream().allMatch(l -> l.endsWith("[speaker/unresolved]")), speaker.toString());
        List<String> rest = run("check", "--ignore", "speaker/,headcount/placeholder", SEED_004.toString()).out()
                .lines().toList();
        assertEquals(all.size() - 4, rest.size());
        List<String> warnings = run("check", "--min-severity", "warning", SEED_004.toString()).out().lines().toList();
        assertTrue(warnings.stream().noneMatch(l -> l.contains(": info: ")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(l -> l.contains(": warning: ")), warnings.toString());

        // An ignored error does not fail the run.
        Path unclosed = Cli.file(dir, "unclosed.md", "---\ntags: [a]\n# 2031-05-14 Team Sync\n");
        assertEquals(ExitCode.FINDINGS, run("check", unclosed.toString()).code());
        assertEquals(ExitCode.OK, run("check", "--ignore", "front-matter/unclosed", unclosed.toString()).code());

        Cli.Run typo = run("check", "--select", "speakers/", SEED_004.toString());
        assertEquals(ExitCode.USAGE, typo.code());
        assertTrue(typo.err().startsWith("minutes: --select: no diagnostic code or family 'speakers/'"), typo.err());
    }
}
