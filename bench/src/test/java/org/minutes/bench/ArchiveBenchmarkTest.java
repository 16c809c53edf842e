package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.TrackedItem;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each archive benchmark once, as JMH would, and checks that the archive it measures is the generated corpus's,
 * with the generator's carried items, counted from the notes' text independently of the archive.
 */
class ArchiveBenchmarkTest {

    /** JMH refuses to build a {@link Blackhole} outside a benchmark unless told this. */
    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    /** The generator ends every action item's text with its own number, {@code (#1234)}. */
    private static final Pattern ITEM = Pattern.compile("^\\s*- \\[([ xX])\\] .*\\(#(\\d+)\\)$", Pattern.MULTILINE);

    private final ArchiveBenchmark benchmark = new ArchiveBenchmark();

    @BeforeEach
    void setUp() throws IOException {
        benchmark.setUp();
    }

    @AfterEach
    void tearDown() throws IOException {
        Path directory = benchmark.directory();
        benchmark.tearDown();
        assertFalse(Files.exists(directory), "the temporary notes are deleted");
    }

    @Test
    void openBuildsTheArchiveOfTheGeneratedNotesAndCountsTheirBytes() throws IOException {
        SourceBytes counter = new SourceBytes();
        counter.reset();
        Archive archive = benchmark.open(counter);
        assertEquals(Corpus.utf8Bytes(Corpus.GENERATED.read()), counter.bytes, "bytes of the 155 notes");
        assertEquals(NoteGenerator.DEFAULT_COUNT, archive.meetings().size());
        assertEquals(List.of(), archive.undated());
        assertEquals(List.of(), archive.problems());
    }

    @Test
    void theArchiveTracksEveryItemTheGeneratorWroteAndClosesTheTickedOnes() {
        Set<String> written = new HashSet<>();
        Set<String> ticked = new HashSet<>();
        for (NoteGenerator.Note note : NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, NoteGenerator.DEFAULT_COUNT)) {
            Matcher m = ITEM.matcher(note.text());
            while (m.find()) {
                written.add(m.group(2));
                if (!m.group(1).isBlank()) {
                    ticked.add(m.group(2));
                }
            }
        }
        List<TrackedItem> items = benchmark.archive().actionItems();
        assertEquals(written.size(), items.size(), "one tracked item per number");
        assertEquals(ticked.size(), items.stream().filter(i -> i.state() == ItemState.CLOSED).count());
        assertTrue(items.stream().anyMatch(i -> i.state() == ItemState.CLOSED && i.timesCarried() >= 2),
                "an item carried twice, then ticked");
    }

    @Test
    void everyQueryRuns() {
        Blackhole sink = new Blackhole(BLACKHOLE_CONSENT);
        assertEquals(Optional.of("zoeang"), benchmark.archive().person(ArchiveBenchmark.WHO).flatMap(p -> p.github()));
        benchmark.people(sink);
        benchmark.actionItems(sink);
        benchmark.actionItemsOfOne(sink);
        benchmark.topics(sink);
        benchmark.decisions(sink);
        benchmark.stats(sink);
        assertEquals(28, benchmark.archive().people().size(), "the generator's 28 people, each listed at least once");
    }
}
