package org.minutes.converters.ical;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the {@link CalendarConverter}. Immutable; {@link #DEFAULTS} takes every time from the notes.
 *
 * <pre>{@code
 * CalendarOptions options = CalendarOptions.DEFAULTS
 *         .withStart(LocalTime.of(17, 0))
 *         .withZone(ZoneId.of("Europe/Berlin"))
 *         .withDuration(Duration.ofMinutes(90))
 *         .withIncludeCompleted(true);
 * }</pre>
 *
 * @param start            the local start time to use instead of the notes' primary time (D21); with it, an event
 *                         gets a time even when the notes have none
 * @param zone             the zone of the event: with {@code start}, or for a notes time whose zone is not known
 *                         (D20), the zone that local time is in; for a notes time with a zone, the zone the same
 *                         instant is shown in
 * @param duration         the length of a timed event, positive, whole seconds and at most {@link #MAX_DURATION}
 * @param includeCompleted whether completed action items (D67) become VTODOs with {@code STATUS:COMPLETED}
 */
public record CalendarOptions(Optional<LocalTime> start, Optional<ZoneId> zone, Duration duration,
                              boolean includeCompleted) {

    /** The default length of a meeting. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(60);

    /**
     * The longest meeting: 7 days. A longer one is no meeting but a typo (the probe's {@code --duration 99999999999}
     * minutes ended in the year 192 156 060), and it would move {@code DTEND} past any date iCalendar can write.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    /** Times from the notes, 60 minutes, open action items only. */
    public static final CalendarOptions DEFAULTS = new CalendarOptions(Optional.empty(), Optional.empty(),
            DEFAULT_DURATION, false);

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public CalendarOptions {
        Objects.requireNonNull(start, "start");
        start.ifPresent(time -> {
            if (time.getNano() != 0) {
                throw new IllegalArgumentException("start " + time + " must be whole seconds (RFC 5545 DATE-TIME)");
            }
        });
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
            throw new IllegalArgumentException("duration " + duration + " must be positive and whole seconds");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration " + duration + " must be at most 7 days (" + MAX_DURATION
                    + ")");
        }
    }

    /** {@return these options with another start time} */
    public CalendarOptions withStart(LocalTime start) {
        return new CalendarOptions(Optional.of(start), zone, duration, includeCompleted);
    }

    /** {@return these options with another zone} */
    public CalendarOptions withZone(ZoneId zone) {
        return new CalendarOptions(start, Optional.of(zone), duration, includeCompleted);
    }

    /** {@return these options with another duration} */
    public CalendarOptions withDuration(Duration duration) {
        return new CalendarOptions(start, zone, duration, includeCompleted);
    }

    /** {@return these options with completed action items included or not} */
    public CalendarOptions withIncludeCompleted(boolean includeCompleted) {
        return new CalendarOptions(start, zone, duration, includeCompleted);
    }
}
