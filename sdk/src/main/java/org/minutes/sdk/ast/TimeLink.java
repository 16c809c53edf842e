package org.minutes.sdk.ast;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.records.Components;
import org.minutes.sdk.syntax.Whitespace;

/**
 * What the destination of a time link says (D19, D20), before the title date is applied.
 *
 * <pre>
 * https://dateful.com/convert/utc?t=5pm                               → 12-hour style, 17:00 UTC
 * https://time.example.org/Chicago/2031-05-14/09:00/b/Team%20call     → path style, 09:00 America/Chicago
 * </pre>
 *
 * @param style    how the time is written
 * @param time     the local time; empty when the time as written is no valid time (D19 {@code preamble/bad-time})
 * @param timeText the time as written: the {@code t} value (empty when there is none) or the {@code HH:MM} part
 * @param zoneText the zone as written, percent-decoded
 * @param zone     the zone, empty when {@code zoneText} names none (D20 {@code preamble/unknown-time-zone})
 * @param date      the {@code YYYY-MM-DD} part of a path-style link as written; empty in the 12-hour style
 * @param recurring whether a path-style link names a weekly series: a {@code w} (every week) or {@code b} (every
 *                  other week) segment right after the time, as arewemeetingyet.com writes them; its date is then the
 *                  series' first meeting (D21)
 */
record TimeLink(Style style, Optional<LocalTime> time, String timeText, String zoneText, Optional<ZoneId> zone,
                       Optional<String> date, boolean recurring) {

    /** How a time link writes its time. */
    public enum Style {
        /** {@code …/convert/<zone>?t=H[:MM]am|pm} (D19). */
        TWELVE_HOUR,
        /** {@code /<Zone>/<YYYY-MM-DD>/<HH:MM>/…} (D20). */
        PATH
    }

    private static final Pattern SCHEME = Whitespace.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern TWELVE_HOUR_TIME = Whitespace.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Whitespace.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The path segments after the time that name a weekly series (arewemeetingyet.com: every week, every other). */
    private static final List<String> SERIES = List.of("w", "b");
    private static final Pattern TWENTY_FOUR_HOUR_TIME = Whitespace.compile("(\\d{1,2}):(\\d{2})");

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public TimeLink {
        Components.requireNonNull("style time timeText zoneText zone date", style, time, timeText, zoneText, zone,
                date);
        if (recurring && date.isEmpty()) {
            throw new IllegalArgumentException("only a path-style link with a date names a series (D21)");
        }
    }

    /**
     * Reads a link destination as a time link. The host is not checked (D19); a path whose last segments are
     * {@code convert} and a zone is 12-hour style, otherwise a path holding a {@code YYYY-MM-DD} segment followed by
     * an {@code H:MM} or {@code HH:MM} segment, after at least one zone segment, is path style.
     *
     * @param destination the link destination as written
     * @return what it says, or empty when it is in neither style
     */
    public static Optional<TimeLink> parse(String destination) {
        String rest = destination;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        List<String> segments = pathSegments(rest);
        int convert = segments.lastIndexOf("convert");
        if (convert >= 0 && convert < segments.size() - 1) {
            return Optional.of(twelveHour(String.join("/", segments.subList(convert + 1, segments.size())), query));
        }
        for (int i = 1; i + 1 < segments.size(); i++) {
            if (DATE.matcher(segments.get(i)).matches()
                    && TWENTY_FOUR_HOUR_TIME.matcher(segments.get(i + 1)).matches()) {
                String zoneText = String.join("/", segments.subList(0, i));
                boolean recurring = i + 2 < segments.size() && SERIES.contains(segments.get(i + 2));
                return Optional.of(path(zoneText, segments.get(i), segments.get(i + 1), recurring));
            }
        }
        return Optional.empty();
    }

    private static TimeLink twelveHour(String zoneText, String query) {
        String timeText = queryValue(query, "t").orElse("");
        Optional<LocalTime> time = Optional.empty();
        Matcher m = TWELVE_HOUR_TIME.matcher(timeText);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour >= 1 && hour <= 12 && minute <= 59) {
                // 12am is midnight and 12pm noon: the hour counts modulo 12, pm adds 12.
                boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("pm");
                time = Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
            }
        }
        return new TimeLink(Style.TWELVE_HOUR, time, timeText, zoneText, TimeZones.resolve(zoneText),
                Optional.empty(), false);
    }

    private static TimeLink path(String zoneText, String date, String timeText, boolean recurring) {
        Matcher m = TWENTY_FOUR_HOUR_TIME.matcher(timeText);
        Optional<LocalTime> time = Optional.empty();
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                time = Optional.of(LocalTime.of(hour, minute));
            }
        }
        return new TimeLink(Style.PATH, time, timeText, zoneText, TimeZones.resolve(zoneText), Optional.of(date),
                recurring);
    }

    /** Splits the path of a destination into non-empty, percent-decoded segments; scheme and authority go. */
    private static List<String> pathSegments(String withoutQuery) {
        String path = withoutQuery;
        Matcher scheme = SCHEME.matcher(path);
        if (scheme.find()) {
            path = path.substring(scheme.end());
        }
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "" : path.substring(slash);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(percentDecode(segment));
            }
        }
        return segments;
    }

    /** The value of the first query parameter named {@code key} in any case (D19), percent-decoded. */
    private static Optional<String> queryValue(String query, String key) {
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            if (equals >= 0 && parameter.substring(0, equals).equalsIgnoreCase(key)) {
                return Optional.of(percentDecode(parameter.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8. Unlike {@link java.net.URLDecoder} it leaves {@code +} alone (a path is
     * no form) and keeps a malformed escape as written instead of failing.
     */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hexValue(text.charAt(i + 1)) >= 0
                    && hexValue(text.charAt(i + 2)) >= 0) {
                bytes.write(hexValue(text.charAt(i + 1)) * 16 + hexValue(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hexValue(char c) {
        // Character.digit alone would accept non-ASCII digits, which are no escape.
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
