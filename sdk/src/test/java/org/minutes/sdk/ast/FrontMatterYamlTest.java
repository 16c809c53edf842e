package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;

/** Front-matter YAML read with limits (D9, D10; issue 10, point 4). */
class FrontMatterYamlTest {

    private static final MinutesParser PARSER = MinutesParser.create();

    private static ParseResult parse(String yaml) {
        return PARSER.parse("---\n" + yaml + "\n---\n# 2031-05-14 Team Sync\n");
    }

    private static List<String> codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().id()).toList();
    }

    /** An alias stands for its anchor's value (YAML 1.2, 7.1), not for the anchor's name. */
    @Test
    void aliasIsResolvedToTheAnchoredValue() {
        ParseResult result = parse("base: &t [alpha, beta]\ntags: *t");
        assertEquals(List.of("alpha", "beta"), result.document().tags());
    }

    /** A merge key {@code <<} merges the mapping in; explicit keys win. */
    @Test
    void mergeKeyIsHonoured() {
        ParseResult result = parse("defaults: &d {tags: [a], owner: qe}\nmeeting:\n  <<: *d\n  owner: rt");
        Map<String, Object> values = result.document().frontMatterValues().orElseThrow();
        assertEquals(Map.of("tags", List.of("a"), "owner", "rt"), values.get("meeting"));
    }

    /** A duplicate key is a warning; the last value counts. */
    @Test
    void duplicateKeyIsAWarning() {
        ParseResult result = parse("tags: [a]\ntags: [b]");
        assertEquals(List.of("b"), result.document().tags());
        List<Diagnostic> warnings = result.diagnostics(DiagnosticCode.FRONT_MATTER_DUPLICATE_KEY);
        assertEquals(1, warnings.size(), () -> codes(result).toString());
        assertTrue(warnings.get(0).message().contains("tags"), warnings.get(0).message());
    }

    /** A binary scalar is no tag text (never {@code [B@…}): a warning, and the tags are bad. */
    @Test
    void binaryTagIsAWarningNotTagText() {
        ParseResult result = parse("tags: [!!binary aGVsbG8=]");
        assertEquals(List.of(), result.document().tags());
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_UNSUPPORTED_TAG).size(),
                () -> codes(result).toString());
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_BAD_TAGS).size());
    }

    /** An unknown tag is a warning, not invalid YAML; the other keys are read. */
    @Test
    void unknownTagIsAWarning() {
        ParseResult result = parse("tags: [a]\nowner: !person qe");
        assertEquals(List.of("a"), result.document().tags());
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_UNSUPPORTED_TAG).size(),
                () -> codes(result).toString());
        assertEquals(0, result.diagnostics(DiagnosticCode.FRONT_MATTER_INVALID_YAML).size());
    }

    /** {@code .inf} is a float in YAML; as a tag it is its text. */
    @Test
    void infinityIsATagText() {
        ParseResult result = parse("tags: [.inf, 2, true, 2031-05-14]");
        assertEquals(List.of(".inf", "2", "true", "2031-05-14"), result.document().tags());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.FRONT_MATTER_BAD_TAGS));
    }

    /** A date stays the text it was written as (D84 (1) reads it), and {@code 17:00} is no sexagesimal number. */
    @Test
    void datesAndTimesStayText() {
        ParseResult result = parse("date: 2031-05-14\ntime: 17:00");
        Map<String, Object> values = result.document().frontMatterValues().orElseThrow();
        assertEquals("2031-05-14", values.get("date"));
        assertEquals("17:00", values.get("time"));
    }

    /** Front matter over the documented limit is refused with {@code front-matter/too-large}, not invalid YAML. */
    @Test
    void frontMatterOverTheLimitIsTooLarge() {
        String yaml = "tags: [a]\nnote: " + "x".repeat(FrontMatter.MAX_CODE_POINTS);
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(yaml));
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_TOO_LARGE).size(),
                () -> codes(result).toString());
        assertEquals(0, result.diagnostics(DiagnosticCode.FRONT_MATTER_INVALID_YAML).size());
        assertTrue(result.document().frontMatterValues().isEmpty());
    }

    /** Valid YAML of 3.5 MB would exceed SnakeYAML's default limit; under the documented limit it is still read. */
    @Test
    void frontMatterUnderTheLimitIsRead() {
        String yaml = "tags: [a]\nnote: " + "x".repeat(FrontMatter.MAX_CODE_POINTS - 100);
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(yaml));
        assertEquals(List.of("a"), result.document().tags());
        assertEquals(List.of(), result.diagnostics(DiagnosticCode.FRONT_MATTER_INVALID_YAML));
    }

    /**
     * A 20 MB front matter (a long plain scalar, once quadratic in the YAML reader) is refused by the limit: its
     * reading takes well under 2 s, and the whole parse, 20 MB through the lexer, stays within a generous bound.
     */
    @Test
    void twentyMegabyteFrontMatterIsRefusedQuickly() {
        String yaml = "note: " + "x".repeat(20 << 20);
        Yaml.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Yaml.read(yaml));
        assertEquals(List.of(DiagnosticCode.FRONT_MATTER_TOO_LARGE),
                reading.problems().stream().map(Yaml.Problem::code).toList());
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> PARSER.parse("---\n" + yaml + "\n---\n# T\n"));
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_TOO_LARGE).size());
    }

    /** A plain scalar just under the limit is read in linear time, well within the bound. */
    @Test
    void longPlainScalarUnderTheLimitIsReadQuickly() {
        String yaml = "note: " + "x ".repeat(FrontMatter.MAX_CODE_POINTS / 2 - 10);
        Yaml.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Yaml.read(yaml));
        assertEquals(FrontMatter.MAX_CODE_POINTS - 21, ((String) reading.mapping().orElseThrow().get("note")).length());
    }

    /** More aliases of collections than the limit (a "billion laughs") is refused, not expanded. */
    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(yaml.toString()));
        assertEquals(1, result.diagnostics(DiagnosticCode.FRONT_MATTER_TOO_LARGE).size(),
                () -> codes(result).toString());
    }
}
