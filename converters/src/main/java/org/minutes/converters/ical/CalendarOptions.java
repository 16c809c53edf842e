package org.minutes.converters.ical;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Options of the {@link CalendarConverter}. Immutable; {@link #DEFAULTS} takes every time from the notes.
 *
 * <pre>{@code
 * CalendarOptions options = CalendarOptions.DEFAULTS
 *         .withStart(LocalTime.of(17, 0))
 *         .withZone(ZoneId.of("Europe/Berlin"))
 *         .withDuration(Duration.ofMinutes(90))
 *         .withTodos(CalendarOptions.Todos.ALL)
 *         .withCalendarName("conda community calls")
 *         .withEmails(Map.of("qexample", "quinn@example.org"));
 * }</pre>
 *
 * @param start        the local start time to use instead of the notes' primary time (D21); with it, an event gets a
 *                     time even when the notes have none
 * @param zone         the zone of the event: with {@code start}, or for a notes time whose zone is not known (D20),
 *                     the zone that local time is in; for a notes time with a zone, the zone the same instant is
 *                     shown in
 * @param duration     the length of a timed event, positive, whole seconds and at most {@link #MAX_DURATION}
 * @param todos        which action items (D67) are written: none, the open ones, or all (completed ones with
 *                     {@code STATUS:COMPLETED})
 * @param todosAs      how action items are written: as VTODOs, or as all-day VEVENTs on their meeting's date for
 *                     calendars that show no VTODO (Google Calendar)
 * @param calendarName the calendar's name ({@code NAME}, {@code X-WR-CALNAME}); empty: from the notes' names
 * @param emails       e-mail addresses of people, by GitHub handle or by name (both matched ignoring case); a known
 *                     attendee becomes a {@code mailto:} ATTENDEE
 */
public record CalendarOptions(Optional<LocalTime> start, Optional<ZoneId> zone, Duration duration, Todos todos,
                              TodoForm todosAs, Optional<String> calendarName, Map<String, String> emails) {

    /** Which action items a calendar holds. */
    public enum Todos {
        /** None. */
        NONE,
        /** The open ones (the default). */
        OPEN,
        /** Open and completed ones. */
        ALL
    }

    /** The component an action item is written as. */
    public enum TodoForm {
        /** A VTODO related to its meeting (the default). */
        VTODO,
        /** An all-day VEVENT on its meeting's date; items of undated notes stay VTODOs. */
        VEVENT
    }

    /** The default length of a meeting. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(60);

    /**
     * The longest meeting: 7 days. A longer one is no meeting but a typo (the probe's {@code --duration 99999999999}
     * minutes ended in the year 192 156 060), and it would move {@code DTEND} past any date iCalendar can write.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    /** Times from the notes, 60 minutes, open action items as VTODOs, the name from the notes, no e-mail. */
    public static final CalendarOptions DEFAULTS = new CalendarOptions(Optional.empty(), Optional.empty(),
            DEFAULT_DURATION, Todos.OPEN, TodoForm.VTODO, Optional.empty(), Map.of());

    /** An e-mail address as far as a {@code mailto:} ATTENDEE needs one: a local part, {@code @}, a domain. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+");

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
        Objects.requireNonNull(todos, "todos");
        Objects.requireNonNull(todosAs, "todosAs");
        Objects.requireNonNull(calendarName, "calendarName");
        calendarName.ifPresent(name -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a calendar name must not be blank");
            }
        });
        Map<String, String> byKey = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        emails.forEach((who, email) -> {
            if (who.isBlank()) {
                throw new IllegalArgumentException("an e-mail address for nobody: " + email);
            }
            if (!EMAIL.matcher(email).matches()) {
                throw new IllegalArgumentException("not an e-mail address: \"" + email + "\" (for " + who + ")");
            }
            if (byKey.put(key(who), email) != null) {
                throw new IllegalArgumentException("two e-mail addresses for " + who);
            }
        });
        emails = Collections.unmodifiableMap(byKey);
    }

    /** {@return a handle or name as the e-mail directory keys it: no {@code @} before a handle, WS runs as one space} */
    static String key(String who) {
        String trimmed = who.strip().replaceAll("\\s+", " ");
        return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
    }

    /** {@return these options with another start time} */
    public CalendarOptions withStart(LocalTime start) {
        return new CalendarOptions(Optional.of(start), zone, duration, todos, todosAs, calendarName, emails);
    }

    /** {@return these options with another zone} */
    public CalendarOptions withZone(ZoneId zone) {
        return new CalendarOptions(start, Optional.of(zone), duration, todos, todosAs, calendarName, emails);
    }

    /** {@return these options with another duration} */
    public CalendarOptions withDuration(Duration duration) {
        return new CalendarOptions(start, zone, duration, todos, todosAs, calendarName, emails);
    }

    /** {@return these options with other action items written} */
    public CalendarOptions withTodos(Todos todos) {
        return new CalendarOptions(start, zone, duration, todos, todosAs, calendarName, emails);
    }

    /** {@return these options with action items written as another component} */
    public CalendarOptions withTodosAs(TodoForm todosAs) {
        return new CalendarOptions(start, zone, duration, todos, todosAs, calendarName, emails);
    }

    /** {@return these options with a calendar name} */
    public CalendarOptions withCalendarName(String calendarName) {
        return new CalendarOptions(start, zone, duration, todos, todosAs, Optional.of(calendarName), emails);
    }

    /** {@return these options with an e-mail directory: addresses by GitHub handle or name} */
    public CalendarOptions withEmails(Map<String, String> emails) {
        return new CalendarOptions(start, zone, duration, todos, todosAs, calendarName, emails);
    }
}
