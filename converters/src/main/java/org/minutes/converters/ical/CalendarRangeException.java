package org.minutes.converters.ical;

/**
 * Thrown by the {@link CalendarConverter} for a meeting iCalendar cannot write: RFC 5545 writes years with four
 * digits (date-fullyear), so a meeting date outside 0001–9999, or a start that its zone moves outside, has no
 * DATE or DATE-TIME value. The message is one line that names the document (its source name, else its meeting name)
 * and the value, such as {@code notes/zero.md: date 0000-01-01 is outside the years 0001-9999 that iCalendar can
 * write (RFC 5545 date-fullyear)}.
 */
public final class CalendarRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    CalendarRangeException(String message) {
        super(message);
    }
}
