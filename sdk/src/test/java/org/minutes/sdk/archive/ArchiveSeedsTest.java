package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five real notes of {@code shared/seeds} as one archive, given as files (their names, {@code 000_….txt}, hold no
 * date: every date comes from a title, D15). Every figure was counted by reading the seeds.
 */
class ArchiveSeedsTest {

    private static final Path SEEDS = Path.of(System.getProperty("minutes.shared", "../../shared"), "seeds");

    private static Archive archive;

    @BeforeAll
    static void openTheSeeds() {
        archive = Archive.of(List.of(SEEDS.resolve("000_d88c05087e0e3aa3.txt"), SEEDS.resolve("001_dd078fc57cd4de16.txt"),
                SEEDS.resolve("002_d3fa326263480f58.txt"), SEEDS.resolve("003_8d5140fa60787ead.txt"),
                SEEDS.resolve("004_e9684760e9806938.txt")));
    }

    private static Meeting seed(String number) {
        return archive.meetings().stream().filter(m -> m.path().getFileName().toString().startsWith(number))
                .findFirst().orElseThrow();
    }

    /** Titles: 002 2024-11-06, 004 2025-02-12 (its front matter is corrupt, its title is not), 003, 001, 000. */
    @Test
    void meetingsByTitleDate() {
        assertEquals(List.of("002", "004", "003", "001", "000"),
                archive.meetings().stream().map(m -> m.path().getFileName().toString().substring(0, 3)).toList());
        assertEquals(List.of(LocalDate.of(2024, 11, 6), LocalDate.of(2025, 2, 12), LocalDate.of(2025, 2, 26),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 14)),
                archive.meetings().stream().map(m -> m.date().orElseThrow()).toList());
        assertEquals(List.of(), archive.undated());
        assertEquals(List.of(), archive.problems());
    }

    /**
     * 002: 11 handles. 004 adds beckermr, travishathaway, jjhelmus, carterbox (15). 003 adds none. 001 adds danyeaw,
     * jsmolic, pavelzw, soapy1 (19). 000 adds mariusvniekerk (20). Everyone has a handle, so every id is one.
     */
    @Test
    void twentyPeopleMergedByHandle() {
        assertEquals(20, archive.people().size());
        assertEquals(List.of("@ruben-arts", "@baszalmstra", "@ocefpaf", "@marcoesters", "@wolfv", "@chenghlee",
                "@jaimergp", "@kathatherine", "@zklaus", "@jakirkham", "@dashagurova", "@beckermr",
                "@travishathaway", "@jjhelmus", "@carterbox", "@danyeaw", "@jsmolic", "@pavelzw", "@soapy1",
                "@mariusvniekerk"), archive.people().stream().map(Person::id).toList());
    }

    /**
     * Jaime: a table row in 002 and 004, a D32 entry in 001 ({@code JRG, … (@jaimergp), Quansight, conda-forge/core})
     * and 000 ({@code JRG: …}); not in 003. Affiliations as written: Quansight/cf (002), Quansight/SC (004),
     * Quansight (001, 000), conda-forge/core (001).
     */
    @Test
    void jaimeAcrossTablesAndNumberedEntries() {
        Person jaime = archive.person("Jaime Rodriguez-Guerra").orElseThrow();
        assertEquals("@jaimergp", jaime.id());
        assertEquals(List.of(seed("002"), seed("004"), seed("001"), seed("000")), jaime.meetingsAttended());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 6)), jaime.firstSeen());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 14)), jaime.lastSeen());
        assertEquals(List.of("JRG"), jaime.initials());
        assertEquals(List.of(new Sighting("Quansight/cf", seed("002"), seed("002")),
                new Sighting("Quansight/SC", seed("004"), seed("004")),
                new Sighting("Quansight", seed("001"), seed("000")),
                new Sighting("conda-forge/core", seed("001"), seed("001"))), jaime.affiliations());
    }

    /** JK is John Kirkham in 002, 003 and 001; the latest note that resolves JK is 001. */
    @Test
    void initialsResolveThroughTheLatestNote() {
        Person john = archive.person("JK").orElseThrow();
        assertEquals("@jakirkham", john.id());
        assertEquals(List.of(seed("002"), seed("003"), seed("001")), john.meetingsAttended());
        assertEquals(Optional.empty(), archive.person("JL")); // a speaker in 002 and 003, listed nowhere (D53)
    }

    /**
     * Open action items per seed (D67's own count): 000: 0, 001: 1, 002: 2, 003: 1, 004: 0. None recurs, none is
     * ticked. In meeting order: 002's "JL: support in conda/conda-build …" (c) and "Action item: call the vote" (b),
     * 003's "would like to go with …" (c), 001's "JRG: Open PR …" (c). Ages to 2026-01-14: from 2024-11-06, 365 + 61 +
     * 8 = 434 days; from 2025-02-26, 365 − 43 = 322; from 2026-01-07, 7. Only JRG is listed (JL is not, D53).
     */
    @Test
    void fourOpenItemsNoneCarried() {
        List<TrackedItem> items = archive.actionItems();
        assertEquals(List.of(seed("002"), seed("002"), seed("003"), seed("001")),
                items.stream().map(TrackedItem::openedIn).toList());
        assertEquals(List.of("support in conda/conda-build wil come in 24.11.0", "call the vote"),
                items.subList(0, 2).stream().map(TrackedItem::text).toList());
        assertEquals(List.of(434L, 434L, 322L, 7L), items.stream().map(TrackedItem::ageDays).toList());
        assertEquals(List.of(0, 0, 0, 0), items.stream().map(TrackedItem::timesCarried).toList());
        assertEquals(List.of(ItemState.OPEN, ItemState.OPEN, ItemState.OPEN, ItemState.OPEN),
                items.stream().map(TrackedItem::state).toList());
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(archive.person("@jaimergp").orElseThrow())),
                items.stream().map(TrackedItem::assignees).toList());
    }

    /** Pending topics per seed (D67): 004: 4, 003: 2, others 0; no deferred section; none written again later. */
    @Test
    void sixPendingTopicsNeverSeenAgain() {
        List<TrackedTopic> topics = archive.topics();
        assertEquals(List.of("Announce GSOC ideas", "Discuss cache behavior for v1 recipe format",
                "Run exports in repodata ready for vote", "Thoughts on PyPI interoperability?",
                "Conda participation in GSOC", "Shell completions with pixi & rattler"),
                topics.stream().map(TrackedTopic::text).toList());
        assertEquals(List.of(seed("004"), seed("004"), seed("004"), seed("004"), seed("003"), seed("003")),
                topics.stream().map(TrackedTopic::meeting).toList());
        assertEquals(6, topics.stream().filter(t -> t.status() == TopicStatus.PENDING && t.nextSeen().isEmpty())
                .count());
    }

    /** D68, seed 002: the one decision. */
    @Test
    void oneDecision() {
        assertEquals(List.of("give it a try in next call after asking for consensus."),
                archive.decisions().stream().map(d -> d.decision().text()).toList());
        assertEquals(seed("002"), archive.decisions().get(0).meeting());
    }

    /**
     * Attendance: 002 11 rows, head count 15; 004 7 rows (3 blank rows are trivia, D29), "X people" (no count); 003 3
     * rows, X; 001 9 entries (10. is a placeholder, D33); 000 5 entries. People per year: 2024 11; 2025 the 7 of 004
     * and JK of 003 (JJH, CHL already counted) = 8; 2026 the 9 of 001 and KZ, MRB, MvN of 000 = 12.
     */
    @Test
    void figures() {
        ArchiveStats stats = archive.stats();
        assertEquals(new TreeMap<>(Map.of(2024, 1, 2025, 2, 2026, 2)), stats.meetingsPerYear());
        assertEquals(List.of(11, 7, 3, 9, 5), stats.attendance().stream().map(ArchiveStats.Attendance::attendees)
                .toList());
        assertEquals(List.of(OptionalInt.of(15), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty()), stats.attendance().stream().map(ArchiveStats.Attendance::headCount).toList());
        assertEquals(new TreeMap<>(Map.of(2024, 11, 2025, 8, 2026, 12)), stats.peoplePerYear());
        assertEquals(new TreeMap<>(Map.of(2024, 2, 2025, 1, 2026, 1)), stats.itemsOpenedPerYear());
        assertEquals(new TreeMap<>(), stats.itemsClosedPerYear());
    }
}
