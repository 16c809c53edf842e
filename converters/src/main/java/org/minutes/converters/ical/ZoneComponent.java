package org.minutes.converters.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a VTIMEZONE (RFC 5545 3.6.5) for a zone id from the JDK's {@link ZoneRules}: one observance per transition
 * from the one in effect at the earliest time used up to the first one after the latest, each with a single DTSTART and
 * no RRULE. That is the least that defines every time used, plus the change that follows, so a reader sees both the
 * standard and the daylight offset of the season.
 */
final class ZoneComponent {

    /** The onset of an observance for a time before the zone's first transition: any earlier date would do. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1601, 1, 1, 0, 0);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** The last year a DATE-TIME can be written in. */
    private static final int LAST_YEAR = 9999;

    private ZoneComponent() {
    }

    /** One STANDARD or DAYLIGHT sub-component. */
    private record Observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {

        static Observance of(ZoneOffsetTransition transition, ZoneRules rules) {
            return new Observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                    transition.getOffsetBefore(), transition.getOffsetAfter());
        }
    }

    /**
     * Writes the VTIMEZONE of a zone.
     *
     * @param lines where to write
     * @param zone  a region zone id (not a fixed offset, which the converter writes in UTC)
     * @param first the earliest instant written with this zone's TZID
     * @param last  the latest such instant
     */
    static void write(ContentLines lines, ZoneId zone, Instant first, Instant last) {
        lines.begin("VTIMEZONE");
        lines.property("TZID", ContentLines.text(zone.getId()));
        for (Observance observance : observances(zone.getRules(), first, last)) {
            String kind = observance.daylight() ? "DAYLIGHT" : "STANDARD";
            lines.begin(kind);
            lines.property("DTSTART", LOCAL.format(observance.onset()));
            lines.property("TZOFFSETFROM", offset(observance.from()));
            lines.property("TZOFFSETTO", offset(observance.to()));
            lines.end(kind);
        }
        lines.end("VTIMEZONE");
    }

    private static List<Observance> observances(ZoneRules rules, Instant first, Instant last) {
        List<Observance> observances = new ArrayList<>();
        // previousTransition is strictly before its argument; a transition exactly at `first` is the one in effect.
        ZoneOffsetTransition inEffect = rules.previousTransition(first.plusNanos(1));
        Instant cursor;
        if (inEffect == null) {
            ZoneOffset offset = rules.getOffset(first);
            observances.add(new Observance(rules.isDaylightSavings(first), EARLIEST, offset, offset));
            cursor = first;
        } else {
            observances.add(Observance.of(inEffect, rules));
            cursor = inEffect.getInstant();
        }
        for (ZoneOffsetTransition next = rules.nextTransition(cursor); next != null;
             next = rules.nextTransition(next.getInstant())) {
            if (next.getDateTimeBefore().getYear() > LAST_YEAR) {
                // The change after the last time used is shown for the season's other offset only; RFC 5545 cannot
                // write its onset after the year 9999 (date-fullyear is four digits), and no time used needs it.
                break;
            }
            observances.add(Observance.of(next, rules));
            if (next.getInstant().isAfter(last)) {
                break;
            }
        }
        return observances;
    }

    /** RFC 5545 3.3.14 UTC-OFFSET: {@code +HHMM} or {@code +HHMMSS}; zero is {@code +0000}, never {@code -0000}. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String value = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600,
                abs / 60 % 60);
        return abs % 60 == 0 ? value : value + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
