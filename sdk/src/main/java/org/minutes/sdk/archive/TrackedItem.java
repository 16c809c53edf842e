package org.minutes.sdk.archive;

import java.util.List;
import java.util.Optional;

import org.minutes.sdk.records.Components;

/**
 * An action item (D67, D93) followed across meetings. A later note that writes an item whose normalised text equals
 * this one's (case, whitespace, checkbox and link spelling aside, see {@link Archive#actionItems()}) sees the same
 * item again, as an action item or as a topic with a box ({@link ItemSighting#topic()}): while it stays open it is
 * carried; the first note that ticks it closes it. An action item written open again after it was closed is a new
 * item.
 *
 * @param sightings the notes that wrote the item, in {@link Archive#meetings()} order; the first opened it, the last
 *                  is the closing one or a later note that still lists it ticked
 * @param assignees the persons its speakers resolve to (D53, D90, D91) in any sighting, in order of first sight;
 *                  unresolved speakers (D53 {@code speaker/unresolved}) are in the sightings' {@code assignees()} only
 * @param ageDays   days from the opening meeting's date to the closing meeting's, or, while open, to the archive's last
 *                  dated meeting; 0 when the opening meeting is undated
 */
public record TrackedItem(List<ItemSighting> sightings, List<Person> assignees, long ageDays) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when there is no sighting
     */
    public TrackedItem {
        Components.requireNonNull("sightings assignees", sightings, assignees);
        sightings = List.copyOf(sightings);
        assignees = List.copyOf(assignees);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("a tracked item needs a sighting");
        }
    }

    /** {@return the item's text as last written (D67: after checkbox, speaker and any {@code Action:} label)} */
    public String text() {
        return sightings.get(sightings.size() - 1).item().text();
    }

    /** {@return the meeting whose note first wrote the item} */
    public Meeting openedIn() {
        return sightings.get(0).meeting();
    }

    /** {@return the first meeting whose note ticks the item, empty while it is open} */
    public Optional<Meeting> closedIn() {
        return sightings.stream().filter(ItemSighting::done).map(ItemSighting::meeting).findFirst();
    }

    /** {@return {@code CLOSED} once a note ticks the item, else {@code OPEN}} */
    public ItemState state() {
        return closedIn().isPresent() ? ItemState.CLOSED : ItemState.OPEN;
    }

    /** {@return how many later meetings wrote the item again still open: 1 for opened, carried once, then closed} */
    public int timesCarried() {
        Meeting opened = openedIn();
        Meeting previous = opened;
        int carried = 0;
        for (ItemSighting sighting : sightings) {
            if (sighting.done()) {
                break;
            }
            if (sighting.meeting() != previous) {
                carried++;
                previous = sighting.meeting();
            }
        }
        return carried;
    }
}
