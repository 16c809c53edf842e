package org.minutes.sdk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The meeting's times (D21): the primary time and alternates given by later links of the same block.
 *
 * @param primary    the first time link's time, if any
 * @param alternates later times of the same paragraph or item, in order
 */
public record Schedule(Optional<ScheduledTime> primary, List<ScheduledTime> alternates) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Schedule {
        Objects.requireNonNull(primary, "primary");
        alternates = List.copyOf(alternates);
    }

    /** A schedule with no time. */
    public static final Schedule NONE = new Schedule(Optional.empty(), List.of());
}
