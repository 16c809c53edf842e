package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;

/**
 * Done-when 5 of issue 6: formatting each real sample in its own style (D71, what {@code minutes fmt} does) changes
 * only trailing white space, blank lines (here: blank table rows, D29), marker spacing and table padding, plus the
 * corrupted front-matter opener that D11 says canonical rendering writes as {@code ---}.
 *
 * <p>Each expected diff was counted by hand against the sample file, not taken from the program: trailing white
 * space by {@code grep -n ' $'} on the file (each hit read with {@code cat -A}); table columns by measuring the widest
 * cell of each column in the file, header included (cells trimmed of WS and NBSP, D28; {@code í} counts 1, D71), and
 * comparing it with the column's padded width in the file; blank rows ({@code |  |  |  |  |}) by reading the
 * table; the final newline with {@code tail -c}. A line is named by its 1-based number in the sample; deleted lines
 * are gone from the output, every other line is unchanged.
 */
class FormatSamplesTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

    private record Change(String before, String after) {
    }

    private static Path sample(String name) {
        Path root = Path.of(System.getProperty("minutes.root", ".."));
        return root.resolve("samples").resolve(name);
    }

    /** What {@code minutes fmt} writes: the canonical form in the style read from the source (D71). */
    static String fmt(String source) {
        ParseResult parsed = PARSER.parse(source);
        return RENDERER.convert(parsed.document(), MarkdownStyle.of(parsed));
    }

    private static void assertFormatChanges(String name, Map<Integer, Change> changed, Set<Integer> deleted,
                                            boolean addsFinalNewline) throws IOException {
        String source = new String(Files.readAllBytes(sample(name)), StandardCharsets.UTF_8);
        List<String> before = source.lines().toList();
        List<String> expected = new ArrayList<>();
        for (int line = 1; line <= before.size(); line++) {
            Change change = changed.get(line);
            if (change != null) {
                // The hand count names the line as it stands in the file: check it, so a miscount fails here.
                assertEquals(change.before(), before.get(line - 1), name + ":" + line + " as counted by hand");
                expected.add(change.after());
            } else if (!deleted.contains(line)) {
                expected.add(before.get(line - 1));
            }
        }
        String formatted = fmt(source);
        assertEquals(String.join("\n", expected) + "\n", formatted, name);
        assertEquals(addsFinalNewline, !source.endsWith("\n"), name + ": final newline");
        int changedLines = 0;
        for (Map.Entry<Integer, Change> entry : changed.entrySet()) {
            changedLines += entry.getValue().before().equals(entry.getValue().after()) ? 0 : 1;
        }
        assertEquals(changed.size(), changedLines, "every listed change changes its line");
    }

    private static Map<Integer, Change> lines(Object... lineBeforeAfter) {
        Map<Integer, Change> out = new TreeMap<>();
        for (int i = 0; i < lineBeforeAfter.length; i += 3) {
            out.put((Integer) lineBeforeAfter[i], new Change((String) lineBeforeAfter[i + 1],
                    (String) lineBeforeAfter[i + 2]));
        }
        return out;
    }

    @Test
    void conda20241106OnlyPadsTheTable() throws IOException {
        // Lines 12-24: the table. Name (22, "Jaime Rodríguez-Guerra"), Initials (8, the header) and Affiliation
        // (12, "Quansight/cf") are padded to their widest cell already; GH Username is padded to 16 but its widest
        // cell is "kathatherine" (12): 13 lines lose 4 spaces in that column.
        assertFormatChanges("2024-11-06-conda-community.md", lines(
                12, "| Name                   | Initials | Affiliation  | GH Username      |",
                    "| Name                   | Initials | Affiliation  | GH Username  |",
                13, "| ---------------------- | -------- | ------------ | ---------------- |",
                    "| ---------------------- | -------- | ------------ | ------------ |",
                14, "| Ruben Arts             | RA       | prefix.dev   | ruben-arts       |",
                    "| Ruben Arts             | RA       | prefix.dev   | ruben-arts   |",
                15, "| Bas Zalmstra           | BZ       | prefix.dev   | baszalmstra      |",
                    "| Bas Zalmstra           | BZ       | prefix.dev   | baszalmstra  |",
                16, "| Filipe Fernandes       | FF       | conda-forge  | ocefpaf          |",
                    "| Filipe Fernandes       | FF       | conda-forge  | ocefpaf      |",
                17, "| Marco Esters           | ME       | Anaconda     | marcoesters      |",
                    "| Marco Esters           | ME       | Anaconda     | marcoesters  |",
                18, "| Wolf Vollprecht        | WV       | prefix.dev   | wolfv            |",
                    "| Wolf Vollprecht        | WV       | prefix.dev   | wolfv        |",
                19, "| Cheng H. Lee           | CHL      | Anaconda/cf  | chenghlee        |",
                    "| Cheng H. Lee           | CHL      | Anaconda/cf  | chenghlee    |",
                20, "| Jaime Rodríguez-Guerra | JRG      | Quansight/cf | jaimergp         |",
                    "| Jaime Rodríguez-Guerra | JRG      | Quansight/cf | jaimergp     |",
                21, "| Katherine Kinnaman     | KK       | Anaconda     | kathatherine     |",
                    "| Katherine Kinnaman     | KK       | Anaconda     | kathatherine |",
                22, "| Klaus Zimmermann       | KZ       | Quansight    | zklaus           |",
                    "| Klaus Zimmermann       | KZ       | Quansight    | zklaus       |",
                23, "| John Kirkham           | JK       | NVIDA/cf     | jakirkham        |",
                    "| John Kirkham           | JK       | NVIDA/cf     | jakirkham    |",
                24, "| Dasha Gurova           | DG       | Anaconda     | dashagurova      |",
                    "| Dasha Gurova           | DG       | Anaconda     | dashagurova  |"),
                Set.of(), false);
    }

    @Test
    void conda20250212PadsTheTableDropsBlankRowsTrailingSpaceAndTheStrayOpener() throws IOException {
        // Line 1: `x---` is D11's corrupted opener; D11 and D71 write it `---`. Lines 12-20: GH Username padded to
        // 16, widest "travishathaway" (14): 2 spaces fewer; the other columns already fit (22, 8, 12). Lines 21-23:
        // blank rows, trivia (D29). Line 39: one trailing space.
        assertFormatChanges("2025-02-12-conda-community-corrupted-front-matter.md", lines(
                1, "x---", "---",
                12, "| Name                   | Initials | Affiliation  | GH Username      |",
                    "| Name                   | Initials | Affiliation  | GH Username    |",
                13, "| ---------------------- | -------- | ------------ | ---------------- |",
                    "| ---------------------- | -------- | ------------ | -------------- |",
                14, "| Jaime Rodríguez-Guerra | JRG      | Quansight/SC | jaimergp         |",
                    "| Jaime Rodríguez-Guerra | JRG      | Quansight/SC | jaimergp       |",
                15, "| Cheng H. Lee           | CHL      | Anaconda/CF  | chenghlee        |",
                    "| Cheng H. Lee           | CHL      | Anaconda/CF  | chenghlee      |",
                16, "| Filipe Fernandes       | FF       | conda-forge  | ocefpaf          |",
                    "| Filipe Fernandes       | FF       | conda-forge  | ocefpaf        |",
                17, "| Matthew R. Becker      | MRB      | conda-forge  | beckermr         |",
                    "| Matthew R. Becker      | MRB      | conda-forge  | beckermr       |",
                18, "| Travis Hathaway        | TH       | Anaconda     | travishathaway   |",
                    "| Travis Hathaway        | TH       | Anaconda     | travishathaway |",
                19, "| Jonathan Helmus        | JJH      | Anaconda     | jjhelmus         |",
                    "| Jonathan Helmus        | JJH      | Anaconda     | jjhelmus       |",
                20, "| Daniel Ching           | DJC      | NVIDIA/CF    | carterbox        |",
                    "| Daniel Ching           | DJC      | NVIDIA/CF    | carterbox      |",
                39, "    - [ ] Ideas: ", "    - [ ] Ideas:"),
                Set.of(21, 22, 23), false);
    }

    @Test
    void conda20250226PadsTheTableDropsBlankRowsAndTrailingSpaceAndEndsTheLastLine() throws IOException {
        // Lines 12-16: widest cells "Jonathan Helmus" (15), "Initials" (8; the cell "  JJH" trims to JJH, D28),
        // "Affiliation"/"Anaconda/cf" (11; the NBSP before NVIDIA/cf is trimmed, D3, D28), "GH Username" (11).
        // Lines 17-24: blank rows (D29). Lines 66, 67: one trailing space each. Line 78 gets its final newline.
        assertFormatChanges("2025-02-26-conda-community.md", lines(
                12, "| Name                   | Initials | Affiliation  | GH Username      |",
                    "| Name            | Initials | Affiliation | GH Username |",
                13, "| ---------------------- | -------- | ------------ | ---------------- |",
                    "| --------------- | -------- | ----------- | ----------- |",
                14, "| Jonathan Helmus        |  JJH     | Anaconda     | jjhelmus         |",
                    "| Jonathan Helmus | JJH      | Anaconda    | jjhelmus    |",
                15, "| Cheng H. Lee           | CHL      | Anaconda/cf  | chenghlee        |",
                    "| Cheng H. Lee    | CHL      | Anaconda/cf | chenghlee   |",
                16, "| John Kirkham           | JK       |\u00A0NVIDIA/cf    | jakirkham        |",
                    "| John Kirkham    | JK       | NVIDIA/cf   | jakirkham   |",
                66, "    - [run_exports in sharded repodata](https://github.com/conda/ceps/pull/108) ",
                    "    - [run_exports in sharded repodata](https://github.com/conda/ceps/pull/108)",
                67, "        - changed to use `patch_instructions_version: 2` for patch instructions ",
                    "        - changed to use `patch_instructions_version: 2` for patch instructions"),
                Set.of(17, 18, 19, 20, 21, 22, 23, 24), true);
    }

    @Test
    void conda20260107DropsTwoTrailingSpaces() throws IOException {
        // Line 21: `10. ` (an empty item, marker spacing); line 63: one trailing space. The list numbered 1-10
        // stays numbered so.
        assertFormatChanges("2026-01-07-conda-ecosystem.md", lines(
                21, "10. ", "10.",
                63, "    - Also OpenSSF packaging ", "    - Also OpenSSF packaging"),
                Set.of(), false);
    }

    @Test
    void conda20260114KeepsItsRepeatedNumbersAndDropsOneTrailingSpace() throws IOException {
        // Lines 12-16 number their items `1.` `1.` `1.`: the style keeps that (D71). Line 33: one trailing space.
        assertFormatChanges("2026-01-14-conda-ecosystem.md", lines(
                33, "    - JRG: ", "    - JRG:"),
                Set.of(), false);
    }

    @Test
    void everySampleIsCovered() throws IOException {
        try (var files = Files.list(sample("").normalize())) {
            assertTrue(files.filter(p -> p.toString().endsWith(".md")).count() == 5, "five samples, five tests");
        }
    }
}
