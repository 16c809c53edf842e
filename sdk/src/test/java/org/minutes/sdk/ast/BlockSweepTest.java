package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.ScheduledTime;

/**
 * {@link BlockSweep}'s one walk against four plain recursive walks, one per reading, on random documents built in
 * code: the labels of D84 (3) and D85 (top-level paragraphs and items at any depth, preamble and first section), the
 * preamble's link groups (D18–D21), the first head count (D36, preamble then sections, nested blocks included) and
 * the items outside attendee blocks (D53), each in document order.
 */
class BlockSweepTest {

    private static final int DOCUMENTS = 2_000;

    @Test
    void oneWalkReadsWhatFourWalksRead() {
        Random random = new Random(20261203L);
        int built = 0;
        int withLinks = 0;
        int withHeadCount = 0;
        int withLabels = 0;
        int withSkippedItems = 0;
        for (int round = 0; round < DOCUMENTS; round++) {
            Generator generator = new Generator(random);
            Parts parts;
            try {
                parts = generator.parts();
            } catch (IllegalArgumentException invalid) {
                continue; // a random shape the AST refuses (D36, D44); the next one is drawn
            }
            built++;
            Set<Block> attendeeBlocks = generator.attendeeBlocks(parts);
            List<ListItem> remarks = new ArrayList<>();
            BlockSweep.Found found = BlockSweep.of(parts, attendeeBlocks, remarks::add);

            List<ListItem> expectedRemarks = new ArrayList<>();
            for (List<Block> part : allParts(parts)) {
                remarks(part, attendeeBlocks, expectedRemarks);
            }
            assertSameNodes(expectedRemarks, remarks, "items outside attendee blocks (D53)");
            withSkippedItems += attendeeBlocks.isEmpty() ? 0 : 1;

            List<List<Link>> expectedGroups = new ArrayList<>();
            links(parts.preamble(), expectedGroups);
            assertEquals(expectedGroups.size(), found.linkGroups().size(), "link groups (D18-D21)");
            for (int i = 0; i < expectedGroups.size(); i++) {
                assertSameNodes(expectedGroups.get(i), found.linkGroups().get(i), "link group " + i);
            }
            withLinks += expectedGroups.isEmpty() ? 0 : 1;

            Optional<OptionalInt> expectedCount = headCount(parts.preamble());
            for (int i = 0; expectedCount.isEmpty() && i < parts.sections().size(); i++) {
                expectedCount = headCount(parts.sections().get(i).blocks());
            }
            assertEquals(expectedCount.orElse(OptionalInt.empty()), found.headCount(), "head count (D36)");
            withHeadCount += expectedCount.isPresent() ? 1 : 0;

            List<String> lines = new ArrayList<>();
            labelLines(parts.preamble(), true, lines);
            if (!parts.sections().isEmpty()) {
                labelLines(parts.sections().get(0).blocks(), true, lines);
            }
            Optional<LocalDate> expectedDate = lines.stream().filter(line -> line.startsWith("Date: "))
                    .findFirst().map(line -> LocalDate.parse(line.substring(6)));
            Optional<LocalTime> expectedTime = lines.stream().filter(line -> line.startsWith("Time: "))
                    .findFirst().map(line -> LocalTime.parse(line.substring(6, 11)));
            MeetingDates.Reading dates = MeetingDates.read(parts, found.labels(), Optional.empty(), Optional.empty(),
                    Findings.NONE);
            assertEquals(expectedDate, dates.date().map(MeetingDate::date), "Date: label (D84 (3))");
            assertEquals(expectedTime, dates.labelTime().map(ScheduledTime::time), "Time: label (D85)");
            withLabels += lines.isEmpty() ? 0 : 1;
        }
        // The draw reaches every reading, or the comparison above proves little.
        assertTrue(built > DOCUMENTS / 2, "documents built: " + built);
        assertTrue(withLinks > 100 && withHeadCount > 100 && withLabels > 100 && withSkippedItems > 100,
                "too few documents with links " + withLinks + ", a head count " + withHeadCount + ", labels "
                        + withLabels + " or attendee blocks " + withSkippedItems);
    }

    private static void assertSameNodes(List<? extends Node> expected, List<? extends Node> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), what + ", node " + i);
        }
    }

    private static List<List<Block>> allParts(Parts parts) {
        List<List<Block>> all = new ArrayList<>(List.of(parts.lead(), parts.preamble()));
        parts.sections().forEach(section -> all.add(section.blocks()));
        return all;
    }

    // ---- the four walks, recursive ----

    private static void remarks(List<Block> blocks, Set<Block> skipped, List<ListItem> out) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list && !skipped.contains(list)) {
                for (ListItem item : list.items()) {
                    out.add(item);
                    remarks(item.children(), skipped, out);
                }
            }
        }
    }

    private static void links(List<Block> blocks, List<List<Link>> groups) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                group(paragraph.content(), groups);
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    group(item.content(), groups);
                    links(item.children(), groups);
                }
            } else if (block instanceof Table table) {
                table.header().cells().forEach(cell -> group(cell.content(), groups));
                table.rows().forEach(row -> row.cells().forEach(cell -> group(cell.content(), groups)));
            } else if (block instanceof BlockQuote quote) {
                quote.paragraphs().forEach(paragraph -> group(paragraph.content(), groups));
            }
        }
    }

    private static void group(List<Inline> content, List<List<Link>> groups) {
        List<Link> links = new ArrayList<>();
        content.forEach(inline -> Nodes.walk(inline, node -> {
            if (node instanceof Link link) {
                links.add(link);
            }
        }));
        if (!links.isEmpty()) {
            groups.add(links);
        }
    }

    private static Optional<OptionalInt> headCount(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof HeadCount count) {
                return Optional.of(count.count());
            }
            if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    Optional<OptionalInt> nested = headCount(item.children());
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The lines that labels are read from: each line of a top-level paragraph, each item's first line. */
    private static void labelLines(List<Block> blocks, boolean topLevel, List<String> lines) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph && topLevel) {
                for (Inline inline : paragraph.content()) {
                    if (inline instanceof Text text) {
                        lines.add(text.literal());
                    }
                }
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    if (!item.content().isEmpty() && item.content().get(0) instanceof Text text) {
                        lines.add(text.literal());
                    }
                    labelLines(item.children(), false, lines);
                }
            }
        }
    }

    // ---- random documents ----

    /** Draws a document of paragraphs, nested lists, head counts, tables and quotes, with labels and links. */
    private static final class Generator {

        private final Random random;
        private final List<ListBlock> topLists = new ArrayList<>();
        private int links;

        Generator(Random random) {
            this.random = random;
        }

        Parts parts() {
            boolean titled = random.nextBoolean();
            List<Block> lead = titled ? blocks(0) : List.of();
            List<Block> preamble = blocks(0);
            List<Section> sections = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                sections.add(new Section(2, List.of(new Text("Topic " + i)), blocks(0)));
            }
            Optional<Title> title = titled ? Optional.of(new Title(false, Optional.empty(),
                    List.of(new Text("Meeting")))) : Optional.empty();
            return new Parts(Optional.empty(), title, lead, preamble, sections);
        }

        /** Some of the top-level lists, as a reader of attendee blocks might have chosen them. */
        Set<Block> attendeeBlocks(Parts parts) {
            Set<Block> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ListBlock list : topLists) {
                if (random.nextInt(3) == 0) {
                    chosen.add(list);
                }
            }
            return chosen;
        }

        private List<Block> blocks(int depth) {
            List<Block> blocks = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                blocks.add(block(depth));
            }
            return blocks;
        }

        private Block block(int depth) {
            switch (random.nextInt(depth < 3 ? 6 : 4)) {
                case 0:
                    return new HeadCount(random.nextInt(4) == 0 ? "X people total" : random.nextInt(90) + " people present");
                case 1: {
                    TableRow header = new TableRow(List.of(new TableCell(line())));
                    return new Table(header, List.of(new TableRow(List.of(new TableCell(line()),
                            new TableCell(List.of(new Text("x")))))));
                }
                case 2:
                    return new BlockQuote(List.of(new Paragraph(line())));
                case 3: {
                    List<Inline> content = new ArrayList<>(line());
                    for (int i = random.nextInt(3); i > 0; i--) {
                        content.add(new SoftBreak());
                        content.addAll(line());
                    }
                    return new Paragraph(content);
                }
                default: {
                    List<ListItem> items = new ArrayList<>();
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        List<Block> children = random.nextInt(3) == 0 ? blocks(depth + 1) : List.of();
                        items.add(new ListItem(Marker.DASH, Optional.empty(), Optional.empty(), line(), children));
                    }
                    ListBlock list = new ListBlock(items);
                    if (depth == 0) {
                        topLists.add(list);
                    }
                    return list;
                }
            }
        }

        /** One line: a label, a link (meeting or time link text, or other), or text. */
        private List<Inline> line() {
            switch (random.nextInt(5)) {
                case 0:
                    return List.of(new Text("Date: 2031-01-" + (10 + random.nextInt(19))));
                case 1:
                    return List.of(new Text("Time: " + (10 + random.nextInt(10)) + ":00 UTC"));
                case 2:
                    return List.of(new Link(List.of(new Text(random.nextBoolean() ? "Zoom link" : "notes")),
                            "https://example.org/" + links++));
                case 3:
                    return List.of(new Text("see "), new Emphasis('*', List.of(new Link(List.of(new Text("a")),
                            "https://example.org/" + links++))));
                default:
                    return List.of(new Text("text " + random.nextInt(100)));
            }
        }
    }
}
