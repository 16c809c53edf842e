package org.minutes.sdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.minutes.sdk.Diagnostic;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.Position;

/**
 * Runs the executable spec {@code spec/spec.txt}: every example is parsed once with LF and once with CRLF line
 * endings, and the {@link AstDump} of the result must equal the expected dump in both cases (positions are
 * line:column, so they do not change).
 *
 * <p>Examples listed in {@code spec/known-parser-bugs.txt} are parser bugs found by the spec: they still run, are
 * reported as skipped (aborted, with the difference) while they fail, and fail as soon as they pass, so that the
 * list shrinks as the parser is fixed. Their expected dumps are never adjusted to the parser.
 */
class SpecTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final Pattern KNOWN_BUG = Pattern.compile("(\\d+) (D\\d+) (.+)");

    @TestFactory
    Stream<DynamicNode> spec() {
        Map<Integer, String> knownBugs = knownBugs(SpecReader.examples());
        return SpecReader.examples().stream().map(example -> DynamicContainer.dynamicContainer(
                example.displayName() + " " + example.heading(),
                Stream.of(false, true).map(crlf -> DynamicTest.dynamicTest(crlf ? "CRLF" : "LF",
                        () -> run(example, crlf, knownBugs.get(example.number()))))));
    }

    private static void run(SpecExample example, boolean crlf, String knownBug) {
        ParseResult result = example.options().contains("bytes")
                ? PARSER.parse(example.bytes(crlf))
                : PARSER.parse(example.input(crlf));
        String actual = AstDump.dump(result);
        String order = positionOrder(result.diagnostics());
        boolean passes = actual.equals(example.expected()) && order.isEmpty();
        if (knownBug != null) {
            if (passes) {
                fail(example.displayName() + " is listed in known-parser-bugs.txt (" + knownBug
                        + ") but passes now: remove it from the list");
            }
            Assumptions.abort("known parser bug: " + knownBug + "\n--- expected\n" + example.expected()
                    + "--- actual\n" + actual + order);
        }
        assertEquals(example.expected(), actual, () -> example.displayName() + (crlf ? " with CRLF" : "")
                + "\n--- input\n" + example.source());
        assertTrue(order.isEmpty(), order);
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
    void everyRuleHasAnExample() {
        Set<String> covered = SpecReader.examples().stream()
                .flatMap(example -> example.rules().stream())
                .collect(Collectors.toSet());
        Set<String> missing = IntStream.rangeClosed(1, 83).mapToObj(n -> "D" + n)
                .filter(rule -> !covered.contains(rule))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "rules without an example in spec.txt");
    }

    @Test
    void everyRuleHasAHeadingFollowedByItsExamples() {
        String spec = SpecReader.resource("/spec/spec.txt");
        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("(?m)^## (D\\d+) ").matcher(spec);
        while (heading.find()) {
            headings.add(heading.group(1));
        }
        List<String> expected = IntStream.rangeClosed(1, 83).mapToObj(n -> "D" + n).toList();
        assertEquals(expected, headings, "one '## Dn Title' heading per rule, in order");
        for (SpecExample example : SpecReader.examples()) {
            String rule = example.heading().split(" ")[0];
            assertTrue(example.rules().contains(rule),
                    example.displayName() + " stands under '## " + example.heading() + "' but does not name " + rule);
        }
    }

    @Test
    void readerKeepsInputAndExpectedApart() {
        String fence = "`".repeat(32);
        String text = "## D2 Lines\n" + fence + " example D2 D5 noeol\n# T␍\n## A⇥⍽␠\n.\ndocument\n" + fence + "\n";
        List<SpecExample> examples = SpecReader.read(text);
        assertEquals(1, examples.size());
        SpecExample example = examples.get(0);
        assertEquals(List.of("D2", "D5"), example.rules());
        assertEquals("# T\r\n## A\t\u00a0 ", example.input(false));
        assertEquals("# T\r\n## A\t\u00a0 ", example.input(true));
        assertEquals("document\n", example.expected());
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
