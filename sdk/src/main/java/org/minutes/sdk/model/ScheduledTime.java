package org.minutes.sdk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting time read from a time link (D19–D21). The date is the title's; the zone is absent when the link named
 * one that is not known (D20).
 *
 * @param date the meeting date, if the title has one
 * @param time the local time
 * @param zone the time zone, if known
 */
public record ScheduledTime(Optional<LocalDate> date, LocalTime time, Optional<ZoneId> zone) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public ScheduledTime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** {@return the instant in its zone, when both date and zone are known} */
    public Optional<ZonedDateTime> zoned() {
        return date.flatMap(d -> zone.map(z -> ZonedDateTime.of(d, time, z)));
    }
}
