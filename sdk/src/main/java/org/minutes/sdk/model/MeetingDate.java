package org.minutes.sdk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The meeting date and where it came from (D84).
 *
 * @param date   the date
 * @param source the source that gave it, the first in D84's order that gives one
 */
public record MeetingDate(LocalDate date, DateSource source) {

    /**
     * Checks the components against the record's invariants.
     *
     * @throws NullPointerException when a component is null
     */
    public MeetingDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
