package org.minutes.sdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.source.Position;

/**
 * Runs the executable examples of the dialect reference {@code docs/dialect.md}: every example is parsed once with LF
 * and once with CRLF line endings, and the {@link AstDump} of the result must equal the expected dump in both cases
 * (positions are line:column, so they do not change). It also checks the document, so that its prose and its
 * examples cannot drift apart: one heading per rule D1–D96 in order, an example for each of D1–D83.
 *
 * <p>Examples listed in {@code spec/known-parser-bugs.txt} are parser bugs found by the spec: they still run, are
 * reported as skipped (aborted, with the difference) while they fail, and fail as soon as they pass, so that the
 * list shrinks as the parser is fixed. Their expected dumps are never adjusted to the parser.
 *
 * <p>Examples marked {@code pending} show rules not implemented yet (D84–D96, and the amended parts of D37 and
 * D67): each is reported as skipped with the reason; one that holds an expected dump still runs, and fails as soon
 * as it passes, so that the mark is removed.
 */
class SpecTest {

    /** The fewest examples that are not pending: those of the former {@code spec.txt}, never fewer. */
    private static final int MINIMUM_EXAMPLES = 177;

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final Pattern KNOWN_BUG = Pattern.compile("(\\d+) (D\\d+) (.+)");
    private static final String OTHER_COMMUNITIES = "(issue: Read other communities' notes)";

    @TestFactory
    Stream<DynamicNode> spec() {
        List<SpecExample> examples = SpecReader.examples();
        Map<Integer, String> knownBugs = knownBugs(examples);
        return examples.stream().map(example -> DynamicContainer.dynamicContainer(
                example.displayName() + " " + example.heading(),
                Stream.of(false, true).map(crlf -> DynamicTest.dynamicTest(crlf ? "CRLF" : "LF",
                        () -> run(example, crlf, knownBugs.get(example.number()))))));
    }

    private static void run(SpecExample example, boolean crlf, String knownBug) {
        if (example.pending() && example.expected().isEmpty()) {
            Assumptions.abort(pendingReason(example));
        }
        String expected = example.expected().orElseThrow();
        ParseResult result = example.options().contains("bytes")
                ? PARSER.parse(example.bytes(crlf))
                : PARSER.parse(example.input(crlf));
        String actual = AstDump.dump(result);
        String order = positionOrder(result.diagnostics());
        boolean passes = actual.equals(expected) && order.isEmpty();
        if (example.pending()) {
            if (passes) {
                fail(example.displayName() + " is marked pending (" + pendingReason(example)
                        + ") but passes now: remove 'pending' from its first line");
            }
            Assumptions.abort(pendingReason(example) + "\n--- expected\n" + expected + "--- actual\n" + actual
                    + order);
        }
        if (knownBug != null) {
            if (passes) {
                fail(example.displayName() + " is listed in known-parser-bugs.txt (" + knownBug
                        + ") but passes now: remove it from the list");
            }
            Assumptions.abort("known parser bug: " + knownBug + "\n--- expected\n" + expected
                    + "--- actual\n" + actual + order);
        }
        assertEquals(expected, actual, () -> example.displayName() + (crlf ? " with CRLF" : "")
                + "\n--- input\n" + example.source());
        assertTrue(order.isEmpty(), order);
    }

    /**
     * Why a pending example is skipped: the rules of section 16 (D84–D96), or the 2026-12 amendment of the rule it
     * stands under (D37, D67), are implemented by the issue "Read other communities' notes".
     */
    private static String pendingReason(SpecExample example) {
        String rule = headingRule(example);
        return ruleNumber(rule) >= 84
                ? "D84–D96 not implemented yet " + OTHER_COMMUNITIES
                : rule + " as amended 2026-12 not implemented yet " + OTHER_COMMUNITIES;
    }

    private static String headingRule(SpecExample example) {
        return example.heading().split(" ")[0];
    }

    private static int ruleNumber(String rule) {
        return Integer.parseInt(rule.substring(1));
    }

    /** D69: the parser returns diagnostics ordered by position (the dump sorts them, so check the raw order). */
    private static String positionOrder(List<Diagnostic> diagnostics) {
        for (int i = 1; i < diagnostics.size(); i++) {
            Position before = diagnostics.get(i - 1).start();
            Position after = diagnostics.get(i).start();
            if (after.line() < before.line() || (after.line() == before.line() && after.column() < before.column())) {
                return "diagnostics not ordered by position (D69): " + diagnostics.get(i - 1) + " before "
                        + diagnostics.get(i);
            }
        }
        return "";
    }

    /**
     * Reads {@code known-parser-bugs.txt}: lines {@code <example number> <rule> <what goes wrong>}, {@code #}
     * comments. The rule must be one of the example's, which catches a list gone stale after renumbering.
     */
    private static Map<Integer, String> knownBugs(List<SpecExample> examples) {
        Map<Integer, String> bugs = new LinkedHashMap<>();
        for (String line : SpecReader.resource("/spec/known-parser-bugs.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = KNOWN_BUG.matcher(line.strip());
            if (!entry.matches()) {
                throw new IllegalArgumentException("known-parser-bugs.txt: cannot read " + line);
            }
            int number = Integer.parseInt(entry.group(1));
            if (number < 1 || number > examples.size()
                    || !examples.get(number - 1).rules().contains(entry.group(2))) {
                throw new IllegalArgumentException("known-parser-bugs.txt: example " + number + " has no rule "
                        + entry.group(2) + ": " + line);
            }
            bugs.put(number, entry.group(2) + " " + entry.group(3));
        }
        return bugs;
    }

    @Test
    void everyRuleUpToD83HasAnExampleThatRuns() {
        Set<String> covered = SpecReader.examples().stream()
                .filter(example -> !example.pending())
                .flatMap(example -> example.rules().stream())
                .collect(Collectors.toSet());
        Set<String> missing = IntStream.rangeClosed(1, 83).mapToObj(n -> "D" + n)
                .filter(rule -> !covered.contains(rule))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "rules without an example that is not pending in docs/dialect.md");
    }

    @Test
    void noFewerExamplesRunThanTheFormerSpecHeld() {
        long running = SpecReader.examples().stream().filter(example -> !example.pending()).count();
        assertTrue(running >= MINIMUM_EXAMPLES, running + " examples run, fewer than " + MINIMUM_EXAMPLES);
    }

    @Test
    void everyRuleHasOneHeadingInOrderFollowedByItsExamples() {
        List<String> headings = SpecReader.documentText().lines()
                .map(SpecReader.RULE_HEADING::matcher)
                .filter(Matcher::matches)
                .map(heading -> heading.group(1))
                .toList();
        List<String> expected = IntStream.rangeClosed(1, 96).mapToObj(n -> "D" + n).toList();
        assertEquals(expected, headings, "exactly one '### Dn Title' heading per rule D1–D96, in order");
        for (SpecExample example : SpecReader.examples()) {
            String rule = headingRule(example);
            assertEquals(rule, example.rules().get(0), () -> example.displayName() + " stands under '### "
                    + example.heading() + "' but does not name " + rule + " first");
        }
    }

    @Test
    void onlyRulesNotImplementedYetHavePendingExamples() {
        for (SpecExample example : SpecReader.examples()) {
            String rule = headingRule(example);
            if (example.pending()) {
                assertTrue(ruleNumber(rule) >= 84 || rule.equals("D37") || rule.equals("D67"),
                        example.displayName() + " is pending under " + rule
                                + ": only D84–D96 and the amended parts of D37 and D67 are not implemented yet");
            }
        }
    }

    /** The {@code minutes-sdk} jar ships the reference as {@code META-INF/minutes/dialect.md} (see sdk/pom.xml). */
    @Test
    void theSdkShipsTheDocumentAsAResource() {
        assertEquals(SpecReader.documentText(), SpecReader.resource("/META-INF/minutes/dialect.md"),
                "target/classes, which the jar packs, holds docs/dialect.md unchanged");
    }

    @Test
    void readerKeepsInputAndExpectedApart() {
        String fence = "`".repeat(32);
        String text = "### D2 Lines\n" + fence + " example D2 D5 noeol\n# T␍\n## A⇥⍽␠\n.\ndocument\n"
                + fence + "\n";
        List<SpecExample> examples = SpecReader.read(text);
        assertEquals(1, examples.size());
        SpecExample example = examples.get(0);
        assertEquals("D2 Lines", example.heading());
        assertEquals(List.of("D2", "D5"), example.rules());
        assertEquals("# T\r\n## A\t\u00a0 ", example.input(false));
        assertEquals("# T\r\n## A\t\u00a0 ", example.input(true));
        assertEquals(Optional.of("document\n"), example.expected());
        assertFalse(example.pending());
    }

    @Test
    void onlyPendingExamplesMayHoldTheirInputAlone() {
        String fence = "`".repeat(32);
        SpecExample pending = SpecReader.read("### D92 Escaped brackets\n" + fence + " example D92 pending\n"
                + "- \\[QE\\] hi\n" + fence + "\n").get(0);
        assertTrue(pending.pending());
        assertEquals("- \\[QE\\] hi\n", pending.source());
        assertEquals(Optional.empty(), pending.expected());
        assertEquals("D84–D96 not implemented yet (issue: Read other communities' notes)", pendingReason(pending));
        assertThrows(IllegalArgumentException.class,
                () -> SpecReader.read(fence + " example D92\n- \\[QE\\] hi\n" + fence + "\n"));
    }

    @Test
    void bytesExamplesWriteRawBytes() {
        String fence = "`".repeat(32);
        SpecExample example = SpecReader.read(fence + " example D1 bytes\n\\xEF\\xBB\\xBFa\\xC3\n.\n" + fence + "\n")
                .get(0);
        assertEquals(List.of(0xEF, 0xBB, 0xBF, (int) 'a', 0xC3, 0x0D, 0x0A),
                toList(example.bytes(true)));
    }

    private static List<Integer> toList(byte[] bytes) {
        List<Integer> values = new ArrayList<>();
        for (byte b : bytes) {
            values.add(b & 0xFF);
        }
        return values;
    }
}
