package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.DateSource;

/**
 * Issue 7, done-when 1: the archive of {@link SyntheticArchive}'s four notes. Every expected figure was counted by hand
 * from the notes' text; the count is in the comment beside it.
 */
class ArchiveTest {

    @TempDir
    static Path directory;

    private static Archive archive;
    private static Meeting note1;
    private static Meeting note2;
    private static Meeting note3;
    private static Meeting note4;

    @BeforeAll
    static void openTheArchive() throws IOException {
        SyntheticArchive.write(directory);
        archive = Archive.open(directory);
        note1 = archive.meetings().get(0);
        note2 = archive.meetings().get(1);
        note3 = archive.meetings().get(2);
        note4 = archive.meetings().get(3);
    }

    /** D84: each note's date from another source, the folder walked; date order is not path order. */
    @Test
    void meetingsInDateOrderWhateverTheDateSource() {
        // By path the order would be 2031-03-03, 2031-03-24, 2031/widget-03-17, sync-b.
        assertEquals(List.of(directory.resolve("2031-03-03-widget.md"), directory.resolve("sync-b.md"),
                directory.resolve("2031/widget-03-17.md"), directory.resolve("2031-03-24-widget.md")),
                archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 17),
                LocalDate.of(2031, 3, 24)), archive.meetings().stream().map(m -> m.date().orElseThrow()).toList());
        assertEquals(List.of(DateSource.TITLE, DateSource.FRONT_MATTER, DateSource.SOURCE_NAME, DateSource.TITLE),
                archive.meetings().stream().map(m -> m.document().meetingDate().orElseThrow().source()).toList());
        assertEquals("Widget Sync", note3.name());
        assertEquals(List.of(), archive.undated());
        assertEquals(List.of(), archive.problems());
    }

    /** D69: each meeting keeps its file's diagnostics; note 2's PX is listed nowhere in it (D53). */
    @Test
    void everyFileKeepsItsDiagnostics() {
        assertTrue(note2.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SPEAKER_UNRESOLVED
                && d.start().line() == 16), note2.diagnostics()::toString);
        assertTrue(note1.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.SPEAKER_UNRESOLVED));
    }

    /**
     * One identity per person: Quinn by handle (qexample, QExample, qexample, QEXAMPLE: one, case aside), Rosa by name
     * (never a handle; a table row in note 1, a numbered entry in note 2, a bullet in note 3, in absentia in note 4),
     * Pat by handle, Milo by handle (note 3 lists him without one: his name has exactly one handle), José by name.
     * Five persons, in order of first sight: Quinn, Rosa, Pat (note 1), Milo (note 2), José (note 4).
     */
    @Test
    void onePersonPerIdentityAcrossFormats() {
        assertEquals(List.of("@qexample", "rosa tester", "@patxu", "@milo", "jose garcia"),
                archive.people().stream().map(Person::id).toList());
        Person rosa = archive.people().get(1);
        assertEquals(List.of("Rosa Tester"), rosa.names());
        assertEquals(Optional.empty(), rosa.github());
        // Listed in all four notes, attended three: note 4 lists her in absentia (D26).
        assertEquals(4, rosa.appearances().size());
        assertEquals(List.of(note1, note2, note3), rosa.meetingsAttended());
        assertEquals(Optional.of(LocalDate.of(2031, 3, 3)), rosa.firstSeen());
        assertEquals(Optional.of(LocalDate.of(2031, 3, 17)), rosa.lastSeen());
        // RT written in notes 1, 2 and 4; derived RT in note 3 (D90): one spelling.
        assertEquals(List.of("RT"), rosa.initials());
        // Globex in notes 1, 2 and 4 (note 3 gives none); widget-core in note 2 only.
        assertEquals(List.of(new Sighting("Globex", note1, note4), new Sighting("widget-core", note2, note2)),
                rosa.affiliations());
    }

    @Test
    void handlesMergeCaseInsensitivelyAndNamesWithoutHandlesJoinTheirHandle() {
        Person quinn = archive.people().get(0);
        assertEquals(Optional.of("qexample"), quinn.github()); // as first written, note 1
        assertEquals(List.of(note1, note2, note3, note4), quinn.meetingsAttended());
        assertEquals(List.of("QE"), quinn.initials()); // written in 1, 2, 4; derived in 3
        assertEquals(List.of(new Sighting("Acme", note1, note4)), quinn.affiliations());
        assertEquals("Quinn Example", quinn.name());

        Person milo = archive.people().get(3);
        assertEquals(List.of(note2, note3, note4), milo.meetingsAttended());
        // MvV written in notes 2 and 4, MVV derived in note 3 (D90: M, v, V upper-cased).
        assertEquals(List.of("MvV", "MVV"), milo.initials());
        assertEquals(Optional.of(LocalDate.of(2031, 3, 10)), milo.firstSeen());
        assertEquals(Optional.of(LocalDate.of(2031, 3, 24)), milo.lastSeen());

        Person jose = archive.people().get(4);
        assertEquals(List.of("José García"), jose.names());
        assertEquals(List.of(note4), jose.meetingsAttended());
    }

    /** Speakers resolve to persons through each note's own rules: initials (D53), derived (D90), names (D91). */
    @Test
    void speakersResolveToPersons() {
        Person quinn = archive.people().get(0);
        Person rosa = archive.people().get(1);
        Person milo = archive.people().get(3);
        assertEquals(Optional.of(rosa), archive.speaker(note1, "RT"));
        assertEquals(Optional.of(quinn), archive.speaker(note3, "Quinn"));
        assertEquals(Optional.of(rosa), archive.speaker(note3, "rosa"));
        assertEquals(Optional.of(milo), archive.speaker(note3, "MVV"));
        assertEquals(Optional.empty(), archive.speaker(note2, "PX")); // not listed in note 2
        Meeting stranger = new Meeting(directory.resolve("x.md"), note1.document(), List.of());
        assertThrows(IllegalArgumentException.class, () -> archive.speaker(stranger, "RT"));
    }

    @Test
    void personByHandleNameOrSpeaker() {
        List<Person> people = archive.people();
        assertEquals(Optional.of(people.get(0)), archive.person("@QEXAMPLE"));
        assertEquals(Optional.of(people.get(1)), archive.person("  rosa   TESTER "));
        assertEquals(Optional.of(people.get(4)), archive.person("Jose Garcia")); // accents aside
        assertEquals(Optional.of(people.get(3)), archive.person("MvV")); // note 4's written initials
        assertEquals(Optional.of(people.get(3)), archive.person("mvv")); // any case, D53
        assertEquals(Optional.of(people.get(2)), archive.person("Pat")); // a first name, D91, in note 4
        assertEquals(Optional.empty(), archive.person("@nobody"));
        assertEquals(Optional.empty(), archive.person("ZZ"));
    }

    /**
     * The release-notes item: opened in note 1 (open box under the discussed "Release planning", D67 (c), bare URL),
     * carried in note 2 (lower-case "send", two spaces, {@code <url/>}), closed in note 3 (ticked, the URL as a link
     * whose text is the URL, speaker "Rosa:"), still ticked in note 4. One item, carried once, closed in note 3, 14
     * days from 2031-03-03 to 2031-03-17, assigned to Rosa (RT, RT, Rosa, RT).
     */
    @Test
    void itemOpenedCarriedClosedIsOneItem() {
        TrackedItem item = archive.actionItems().get(0);
        assertEquals(List.of(note1, note2, note3, note4), item.sightings().stream().map(ItemSighting::meeting).toList());
        assertEquals(ItemState.CLOSED, item.state());
        assertEquals(1, item.timesCarried());
        assertEquals(note1, item.openedIn());
        assertEquals(Optional.of(note3), item.closedIn());
        assertEquals(14, item.ageDays());
        assertEquals(List.of(archive.people().get(1)), item.assignees());
        assertEquals("Send the release notes to https://lists.example.org/widget", item.text()); // note 4's
        assertEquals(SectionKind.AGENDA, item.sightings().get(0).section());
    }

    /**
     * Four items in order of first sight (release notes, CI matrix: note 1; tag: note 3; guide: note 4). The CI matrix
     * item is open in all four notes (D93: the "Action items" section; no speaker in notes 2 and 3; no box in note 2;
     * "update the CI  matrix." in note 3, case, spacing and full stop aside): carried 3 times,
     * 21 days from 2031-03-03 to the last meeting, 2031-03-24; Pat (PX in notes 1 and 4). "Tag the release": note 3
     * only, open, 7 days (03-17 → 03-24), Milo (MVV, D90). The guide: note 4, 0 days, José (JG).
     */
    @Test
    void openItemsAgeToTheLastMeeting() {
        List<TrackedItem> items = archive.actionItems();
        assertEquals(List.of("Send the release notes to https://lists.example.org/widget", "Update the CI matrix",
                "Tag the release", "Write the CONTRIBUTING guide"), items.stream().map(TrackedItem::text).toList());
        assertEquals(List.of(ItemState.CLOSED, ItemState.OPEN, ItemState.OPEN, ItemState.OPEN),
                items.stream().map(TrackedItem::state).toList());
        assertEquals(List.of(1, 3, 0, 0), items.stream().map(TrackedItem::timesCarried).toList());
        assertEquals(List.of(14L, 21L, 7L, 0L), items.stream().map(TrackedItem::ageDays).toList());
        assertEquals(List.of(note1, note1, note3, note4), items.stream().map(TrackedItem::openedIn).toList());
        List<Person> people = archive.people();
        assertEquals(List.of(List.of(people.get(1)), List.of(people.get(2)), List.of(people.get(3)),
                List.of(people.get(4))), items.stream().map(TrackedItem::assignees).toList());
        assertEquals(SectionKind.ACTION_ITEMS, items.get(1).sightings().get(1).section());
    }

    /**
     * "Website redesign": pending in note 1 → next in note 2; pending in note 2 → next in note 4 (note 3 does not
     * write it); deferred in note 4 (untracked, in "Deferred to next meeting") → nowhere after. Three entries.
     */
    @Test
    void pendingAndDeferredTopicsAndWhereTheyWentNext() {
        List<TrackedTopic> topics = archive.topics();
        assertEquals(List.of(note1, note2, note4), topics.stream().map(TrackedTopic::meeting).toList());
        assertEquals(List.of(TopicStatus.PENDING, TopicStatus.PENDING, TopicStatus.DEFERRED),
                topics.stream().map(TrackedTopic::status).toList());
        assertEquals(List.of(Optional.of(note2), Optional.of(note4), Optional.empty()),
                topics.stream().map(TrackedTopic::nextSeen).toList());
        assertTrue(topics.stream().allMatch(t -> t.text().equals("Website redesign")));
        assertEquals(List.of("PX"), topics.get(0).topic().speakers());
    }

    /** D68: "Consensus:" under "Flaky tests" in note 1, "Decision:" under "Decide the license" in note 4. */
    @Test
    void decisionsInDateOrder() {
        List<MeetingDecision> decisions = archive.decisions();
        assertEquals(List.of(note1, note4), decisions.stream().map(MeetingDecision::meeting).toList());
        assertEquals(List.of("quarantine them for now", "Apache-2.0"),
                decisions.stream().map(d -> d.decision().text()).toList());
    }

    /**
     * Four meetings in 2031; attendance 3 (table of 3, head count 3), 3 (three entries), 3 (three bullets), 4 (four
     * rows; Rosa in absentia does not count); five persons attended in 2031; four items opened in 2031, one closed.
     */
    @Test
    void figuresPerYearAndMeeting() {
        ArchiveStats stats = archive.stats();
        assertEquals(new TreeMap<>(Map.of(2031, 4)), stats.meetingsPerYear());
        assertEquals(List.of(new ArchiveStats.Attendance(note1, 3, OptionalInt.of(3)),
                new ArchiveStats.Attendance(note2, 3, OptionalInt.empty()),
                new ArchiveStats.Attendance(note3, 3, OptionalInt.empty()),
                new ArchiveStats.Attendance(note4, 4, OptionalInt.empty())), stats.attendance());
        assertEquals(new TreeMap<>(Map.of(2031, 5)), stats.peoplePerYear());
        assertEquals(new TreeMap<>(Map.of(2031, 4)), stats.itemsOpenedPerYear());
        assertEquals(new TreeMap<>(Map.of(2031, 1)), stats.itemsClosedPerYear());
    }

    @Test
    void answersAreUnmodifiableAndBuiltOnce() {
        assertThrows(UnsupportedOperationException.class, () -> archive.meetings().clear());
        assertThrows(UnsupportedOperationException.class, () -> archive.people().clear());
        assertThrows(UnsupportedOperationException.class, () -> archive.stats().meetingsPerYear().clear());
        assertSame(archive.actionItems(), archive.actionItems());
        assertSame(archive.stats(), archive.stats());
    }
}
