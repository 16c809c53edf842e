package org.minutes.sdk.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.records.Components;

/**
 * One person across the notes of an {@link Archive}: every listing of them in attendee blocks (D26–D35, D86–D89),
 * merged by GitHub handle, compared case-insensitively, else by normalised full name (see {@link #id()}). A listing
 * without handle joins the person whose handle is listed under the same normalised name, when exactly one is; else it
 * is merged with the other listings of that name alone. A listing with neither name nor handle (D30) is nobody.
 * Speakers (D48, D91) resolve to persons through each note's own resolution (D53, D90, D91): {@link Archive#speaker}.
 *
 * @param id          the stable identity: {@code @} and the handle in lower case ({@code @qexample}), or, for a
 *                    person listed with no handle, the normalised full name: letters without accents (NFD, marks
 *                    dropped), in lower case, words joined by single spaces ({@code jose garcia} for {@code José
 *                    García})
 * @param github      the GitHub handle without {@code @} as first written, empty when never given
 * @param appearances every listing of the person, in {@link Archive#meetings()} order, absent ones included (D26)
 */
public record Person(String id, Optional<String> github, List<Appearance> appearances) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when there is no appearance
     */
    public Person {
        Components.requireNonNull("id github appearances", id, github, appearances);
        appearances = List.copyOf(appearances);
        if (appearances.isEmpty()) {
            throw new IllegalArgumentException("a person needs an appearance: " + id);
        }
    }

    /** {@return whether the other object is a person of equal id, handle and appearances} */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Person that && id.equals(that.id) && github.equals(that.github)
                && appearances.equals(that.appearances);
    }

    /** {@return the id's hash: equal persons have equal ids, and the id is unique within an archive} */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@return the name as last written, or {@code @handle} for a person only ever listed without a name} */
    public String name() {
        List<String> names = names();
        return names.isEmpty() ? github.map(handle -> "@" + handle).orElse(id) : lastWritten(appearances, names);
    }

    private static String lastWritten(List<Appearance> appearances, List<String> names) {
        for (int i = appearances.size() - 1; i >= 0; i--) {
            String name = appearances.get(i).attendee().name();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return names.get(0);
    }

    /** {@return the names written, distinct, in order of first sight; empty names (D30) left out} */
    public List<String> names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        appearances.forEach(a -> {
            if (!a.attendee().name().isEmpty()) {
                names.add(a.attendee().name());
            }
        });
        return List.copyOf(names);
    }

    /** {@return the initials the notes know the person by (written, D30, or derived, D90), distinct, in order} */
    public List<String> initials() {
        LinkedHashSet<String> initials = new LinkedHashSet<>();
        appearances.forEach(a -> a.initials().ifPresent(initials::add));
        return List.copyOf(initials);
    }

    /** {@return the affiliations and role tags written (D30, D32), distinct, each with its first and last meeting} */
    public List<Sighting> affiliations() {
        Map<String, Sighting> seen = new LinkedHashMap<>();
        for (Appearance appearance : appearances) {
            for (String affiliation : appearance.attendee().affiliations()) {
                Meeting meeting = appearance.meeting();
                seen.merge(affiliation, new Sighting(affiliation, meeting, meeting),
                        (old, now) -> new Sighting(old.value(), old.first(), now.last()));
            }
        }
        return List.copyOf(seen.values());
    }

    /** {@return the meetings the person attended: listed, not in absentia (D26), in archive order} */
    public List<Meeting> meetingsAttended() {
        List<Meeting> meetings = new ArrayList<>();
        for (Appearance appearance : appearances) {
            Meeting meeting = appearance.meeting();
            if (!appearance.attendee().absent() && (meetings.isEmpty() || meetings.get(meetings.size() - 1) != meeting)) {
                meetings.add(meeting);
            }
        }
        return List.copyOf(meetings);
    }

    /** {@return the date of the first dated meeting attended, empty when none is dated} */
    public Optional<LocalDate> firstSeen() {
        return meetingsAttended().stream().flatMap(m -> m.date().stream()).min(LocalDate::compareTo);
    }

    /** {@return the date of the last dated meeting attended, empty when none is dated} */
    public Optional<LocalDate> lastSeen() {
        return meetingsAttended().stream().flatMap(m -> m.date().stream()).max(LocalDate::compareTo);
    }
}
