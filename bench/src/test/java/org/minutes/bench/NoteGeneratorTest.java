package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.bench.NoteGenerator.Note;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.diagnostic.Severity;
import org.minutes.sdk.model.Attendee;

/** The generated benchmark corpus: deterministic, of the intended size, and notes the parser reads as meant. */
class NoteGeneratorTest {

    private static List<Note> notes;
    private static List<ParseResult> parsed;

    @BeforeAll
    static void generateAndParse() {
        notes = NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, NoteGenerator.DEFAULT_COUNT);
        MinutesParser parser = MinutesParser.create();
        parsed = notes.stream().map(note -> parser.parse(note.text(), note.fileName())).toList();
    }

    private static long utf8Bytes(List<Note> some) {
        return Corpus.utf8Bytes(some.stream().map(Note::text).toList());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        List<Note> again = NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, NoteGenerator.DEFAULT_COUNT);
        assertEquals(notes.size(), again.size());
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(notes.get(i).fileName(), again.get(i).fileName());
            assertArrayEquals(notes.get(i).text().getBytes(StandardCharsets.UTF_8),
                    again.get(i).text().getBytes(StandardCharsets.UTF_8), notes.get(i).fileName());
        }
        assertNotEquals(notes.get(0).text(), NoteGenerator.generate(NoteGenerator.DEFAULT_SEED + 1, 1).get(0).text());
    }

    @Test
    void theDefaultCorpusIsWithinTenPercentOfItsTargetSize() {
        long target = (long) NoteGenerator.DEFAULT_COUNT * NoteGenerator.BYTES_PER_NOTE;
        assertEquals(511_500, target, "155 notes of 3300 bytes: the real archive's 511 KB");
        long bytes = utf8Bytes(notes);
        assertTrue(Math.abs(bytes - target) <= target / 10, bytes + " bytes, target " + target);
        assertEquals(bytes, Corpus.utf8Bytes(Corpus.GENERATED.read()), "the GENERATED corpus is these notes");
    }

    @Test
    void otherCountsAndSeedsAreNearTheirTargetToo() {
        for (long seed = 1; seed <= 3; seed++) {
            long bytes = utf8Bytes(NoteGenerator.generate(seed, 60));
            long target = 60L * NoteGenerator.BYTES_PER_NOTE;
            assertTrue(Math.abs(bytes - target) <= target / 10, "seed " + seed + ": " + bytes + " bytes");
        }
    }

    @Test
    void everyNoteParsesWithoutErrorsAndHasADateAttendeesAndActionItems() {
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            ParseResult result = parsed.get(i);
            assertFalse(result.hasErrors(), note.fileName() + ": " + result.diagnostics());
            assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
                    note.fileName() + " has warnings: " + result.diagnostics());
            assertTrue(note.fileName().startsWith(note.date() + "-widget-"), note.fileName());
            assertEquals(Optional.of(note.date()), result.document().date(), note.fileName());
            assertFalse(result.document().attendees().isEmpty(), note.fileName());
            assertFalse(result.document().actionItems().isEmpty(), note.fileName());
            assertEquals(List.of("meeting-notes"), result.document().tags().subList(0, 1), note.fileName());
        }
    }

    @Test
    void theNotesAreAWeeklySeriesWithGaps() {
        int weekly = 0;
        for (int i = 1; i < notes.size(); i++) {
            long days = ChronoUnit.DAYS.between(notes.get(i - 1).date(), notes.get(i).date());
            assertTrue(days > 0 && days % 7 == 0, notes.get(i).fileName() + " is " + days + " days after the last");
            weekly += days == 7 ? 1 : 0;
        }
        assertTrue(weekly > notes.size() * 3 / 4, weekly + " one-week gaps");
        assertTrue(weekly < notes.size() - 1, "some weeks are skipped");
        assertEquals("2023-01-04", notes.get(0).date().toString());
    }

    @Test
    void attendeesComeInBothFormatsWithNonAsciiNamesEmojiAndHandlesAndRecur() {
        long tables = notes.stream().filter(n -> n.text().contains("| Name ")).count();
        long numbered = notes.stream().filter(n -> n.text().contains("\n1. ")).count();
        assertTrue(tables > 0 && numbered > 0, tables + " tables, " + numbered + " numbered lists");
        assertEquals(notes.size(), tables + numbered, "one attendee block per note");

        Map<String, Integer> meetingsPerHandle = new HashMap<>();
        boolean nonAscii = false;
        boolean emoji = false;
        for (ParseResult result : parsed) {
            for (Attendee attendee : result.document().attendees()) {
                assertTrue(attendee.github().isPresent(), "every attendee has a handle: " + attendee);
                assertTrue(attendee.initials().isPresent(), "every attendee has written initials: " + attendee);
                meetingsPerHandle.merge(attendee.github().get(), 1, Integer::sum);
                nonAscii |= attendee.name().chars().anyMatch(c -> c > 127);
                emoji |= attendee.name().codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
            }
        }
        assertTrue(nonAscii && emoji, "non-ASCII names and a name with an emoji");
        assertTrue(meetingsPerHandle.values().stream().filter(n -> n > notes.size() / 2).count() >= 3,
                "a core of people comes to most meetings: " + meetingsPerHandle);
    }

    @Test
    void actionItemsAreCarriedAcrossNotesAndSomeAreTickedLater() {
        Map<String, List<ActionItem>> sightings = new LinkedHashMap<>();
        for (ParseResult result : parsed) {
            for (ActionItem item : result.document().actionItems()) {
                sightings.computeIfAbsent(item.text(), t -> new ArrayList<>()).add(item);
            }
        }
        int carriedThenClosed = 0;
        int neverClosed = 0;
        for (List<ActionItem> seen : sightings.values()) {
            assertFalse(seen.get(0).done(), "an item is agreed open: " + seen.get(0).text());
            for (ActionItem earlier : seen.subList(0, seen.size() - 1)) {
                assertFalse(earlier.done(), "a ticked item is not carried on: " + earlier.text());
            }
            if (seen.size() >= 3 && seen.get(seen.size() - 1).done()) {
                carriedThenClosed++;
                assertEquals(SectionKind.NEW_AGENDA_ITEMS, seen.get(0).section());
                assertTrue(seen.subList(1, seen.size()).stream().allMatch(i -> i.section() == SectionKind.FROM_PREVIOUS
                        || i.section() == SectionKind.ACTION_ITEMS), "carried under From previous meetings");
            }
            neverClosed += seen.get(seen.size() - 1).done() ? 0 : 1;
        }
        assertTrue(carriedThenClosed >= 20, carriedThenClosed + " items carried at least twice and then ticked");
        assertTrue(neverClosed > 0, "some items are never ticked");
    }

    @Test
    void theNotesHoldDecisionsAndDeferredTopics() {
        long decisions = parsed.stream().mapToLong(r -> r.document().decisions().size()).sum();
        long deferred = notes.stream().filter(n -> n.text().contains("\n## Deferred to next meeting\n")).count();
        assertTrue(decisions >= notes.size() / 2, decisions + " decisions");
        assertTrue(deferred >= 10, deferred + " notes defer topics");
    }

    @Test
    void mainWritesTheNotesIntoADirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        NoteGenerator.main(new String[] {out.toString(), "--count", "3"});
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count());
        }
        for (Note note : NoteGenerator.generate(NoteGenerator.DEFAULT_SEED, 3)) {
            assertArrayEquals(note.text().getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(out.resolve(note.fileName())), note.fileName());
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NoteGenerator.generate(1, -1));
    }
}
