package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.ast.SectionKind;

/** How action items (D67, D93) are followed from note to note: the edges beside {@link ArchiveTest}'s series. */
class ArchiveTrackingTest {

    @TempDir
    Path directory;

    private Archive archive(String... notes) throws IOException {
        for (int i = 0; i < notes.length; i++) {
            Files.writeString(directory.resolve("2031-04-0" + (i + 1) + ".md"), notes[i]);
        }
        return Archive.open(directory);
    }

    private static String actionItems(String... items) {
        return "# Sync\n\n## Action items\n\n" + String.join("\n", items) + "\n";
    }

    /** Ticked on 04-02, written open again on 04-03: that is a new item, opened on 04-03, one day old at 04-04. */
    @Test
    void anItemWrittenOpenAgainAfterItWasClosedIsANewItem() throws IOException {
        Archive archive = archive(actionItems("- [ ] Renew the domain"), actionItems("- [x] Renew the domain"),
                actionItems("- [ ] renew the domain"), actionItems("- [ ] Renew the domain"));

        List<TrackedItem> items = archive.actionItems();
        assertEquals(2, items.size());
        assertEquals(Optional.of(archive.meetings().get(1)), items.get(0).closedIn());
        assertEquals(1, items.get(0).ageDays()); // 04-01 → 04-02
        assertEquals(0, items.get(0).timesCarried()); // closed in the first note after the opening one
        assertEquals(archive.meetings().get(2), items.get(1).openedIn());
        assertEquals(ItemState.OPEN, items.get(1).state());
        assertEquals(1, items.get(1).timesCarried()); // 04-04
        assertEquals(1, items.get(1).ageDays()); // 04-03 → 04-04, the last meeting
    }

    /** An item ticked in the note that first writes it: closed there, never carried, 0 days. */
    @Test
    void anItemDoneAtOnce() throws IOException {
        Archive archive = archive(actionItems("- [X] Book the room"), actionItems("- [ ] Other thing"));

        TrackedItem item = archive.actionItems().get(0);
        assertEquals(ItemState.CLOSED, item.state());
        assertEquals(Optional.of(archive.meetings().get(0)), item.closedIn());
        assertEquals(0, item.timesCarried());
        assertEquals(0, item.ageDays());
    }

    /** The same text twice in one note is one item seen twice there, not carried; the stats count it once. */
    @Test
    void twiceInOneNoteIsNotCarried() throws IOException {
        Archive archive = archive(actionItems("- [ ] Fix CI", "- [ ] fix ci"), actionItems("- [ ] Fix CI"));

        assertEquals(1, archive.actionItems().size());
        TrackedItem item = archive.actionItems().get(0);
        assertEquals(3, item.sightings().size());
        assertEquals(1, item.timesCarried());
        assertEquals(1, archive.stats().itemsOpenedPerYear().get(2031));
    }

    /**
     * Carried the way conda's notes carry items: opened in "Action items" on 04-01, written with an open box under
     * "From previous meetings" on 04-02 (a pending topic there, D67 (2)), ticked there on 04-03: one item, carried
     * once, closed on 04-03, 2 days old. A topic without box (04-04) does not continue it; one on 04-01 itself, where
     * it was opened, neither.
     */
    @Test
    void anItemCarriedUnderFromPreviousMeetings() throws IOException {
        String from = "# Sync\n\n## From previous meetings\n\n";
        Archive archive = archive("# Sync\n\n## Agenda\n\n- [ ] Renew the domain\n\n## Action items\n\n"
                + "- [ ] Renew the domain\n", from + "- [ ] Renew the domain\n", from + "- [x] renew the domain.\n",
                from + "- Renew the domain\n");

        assertEquals(1, archive.actionItems().size());
        TrackedItem item = archive.actionItems().get(0);
        List<Meeting> meetings = archive.meetings();
        assertEquals(List.of(meetings.get(0), meetings.get(1), meetings.get(2)),
                item.sightings().stream().map(ItemSighting::meeting).toList());
        assertEquals(List.of(false, true, true), item.sightings().stream().map(s -> s.topic().isPresent()).toList());
        assertEquals(SectionKind.FROM_PREVIOUS, item.sightings().get(1).section());
        assertEquals(1, item.timesCarried());
        assertEquals(Optional.of(meetings.get(2)), item.closedIn());
        assertEquals(2, item.ageDays());
        assertEquals("renew the domain.", item.text());
        // The pending topics of 04-01 and 04-02, each seen next in the following note.
        assertEquals(List.of(meetings.get(0), meetings.get(1)),
                archive.topics().stream().map(TrackedTopic::meeting).toList());
        assertEquals(List.of(Optional.of(meetings.get(1)), Optional.of(meetings.get(2))),
                archive.topics().stream().map(TrackedTopic::nextSeen).toList());
    }

    /** D67 (b): an {@code Action:} label anywhere; its assignee is the initials token before {@code to}. */
    @Test
    void labelledItemsWithTheirAssignee() throws IOException {
        String note = """
                # Sync

                ## Attendees

                1. QE: Quinn Example (@qexample)

                ## Announcements

                - [ ] Action: QE to send the invite
                """;
        Archive archive = archive(note);

        TrackedItem item = archive.actionItems().get(0);
        assertEquals("QE to send the invite", item.text());
        assertEquals(List.of("@qexample"), item.assignees().stream().map(Person::id).toList());
        assertEquals(List.of(), archive.topics()); // an action item by (b) is no topic
    }
}
