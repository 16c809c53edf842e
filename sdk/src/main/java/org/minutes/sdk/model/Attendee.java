package org.minutes.sdk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person listed in an attendee block (D26–D35), whatever its format.
 *
 * @param name         the name, possibly empty (D30 {@code attendees/missing-name})
 * @param initials     the initials, if given
 * @param github       the GitHub handle without {@code @}, if given
 * @param affiliations affiliations and role tags in order (D30, D32)
 * @param absent       whether listed under "Attendees in absentia" (D26)
 */
public record Attendee(String name, Optional<String> initials, Optional<String> github, List<String> affiliations,
                       boolean absent) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Attendee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(github, "github");
        affiliations = List.copyOf(affiliations);
    }
}
