package org.minutes.sdk.syntax;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written shapes of meeting dates and times outside a title's leading date (D84, D85): an ISO date at the end of
 * a title, {@code Date:} and {@code Time:} labels with written dates and times, dates in a source name, and the zone
 * abbreviations of D85. Which source wins is the semantics' question, not a shape.
 */
public final class DateShapes {

    private static final String WS = Whitespace.CLASS;
    private static final String ISO = "(\\d{4})-(\\d{2})-(\\d{2})";
    /** D84 (2): {@code (YYYY-MM-DD)}, {@code - YYYY-MM-DD} or {@code : YYYY-MM-DD} at the end of the title. */
    private static final Pattern TITLE_SUFFIX = Whitespace.compile(
            "(.*?)(?:" + WS + "*\\(" + ISO + "\\)|" + WS + "+-" + WS + "+" + ISO + "|:" + WS + "+" + ISO + ")" + WS
                    + "*");
    private static final Pattern LABEL = Whitespace.compile("(date|time):" + WS + "*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|wed|thu|fri|sat|sun)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern ISO_DATE = Whitespace.compile(ISO + "(?!\\d)");
    /** {@code [Weekday[,]] D[st|nd|rd|th] Month YYYY}, which covers {@code D Month YYYY}. */
    private static final Pattern DAY_MONTH = Whitespace.compile("(?:" + WEEKDAY + ",?" + WS + "+)?" + DAY + WS + "+"
            + MONTH + WS + "+(\\d{4})" + END, Pattern.CASE_INSENSITIVE);
    /** {@code Month D[st|nd|rd|th], YYYY}. */
    private static final Pattern MONTH_DAY = Whitespace.compile(MONTH + WS + "+" + DAY + "," + WS + "*(\\d{4})" + END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Whitespace.compile(WS + "+at" + WS + "+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWELVE_HOUR = Whitespace.compile("(\\d{1,2})(?::(\\d{2}))?" + WS + "*([ap])(?:m|\\.m\\.?)"
            + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern TWENTY_FOUR_HOUR = Whitespace.compile("(\\d{1,2}):(\\d{2})(?!\\d)");
    private static final Pattern ZONE = Whitespace.compile(WS + "+(\\p{L}+)" + END);
    private static final Pattern SOURCE_DATE = Whitespace.compile("(?<!\\d)(?:" + ISO + "|(\\d{4})(\\d{2})(\\d{2}))(?!\\d)");
    private static final Pattern MONTH_DAY_SUFFIX = Whitespace.compile("(?:.*\\D)?(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Whitespace.compile("\\d{4}");
    /** D85: the zone abbreviations read as fixed offsets. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private DateShapes() {
    }

    /**
     * An ISO date at the end of a title's name (D84 (2)).
     *
     * @param date the date
     * @param name the name before it, trimmed: the model's meeting name
     */
    public record TitleSuffix(LocalDate date, String name) {
    }

    /**
     * Reads an ISO date at the end of a title's name, in parentheses or after {@code " - "} or {@code ": "} (D84 (2)).
     *
     * @param name the title's name as plain text
     * @return the date and the name without it, empty when the name ends in no valid calendar date so written
     */
    public static Optional<TitleSuffix> titleSuffix(String name) {
        Matcher m = TITLE_SUFFIX.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int group = m.group(2) != null ? 2 : m.group(5) != null ? 5 : 8;
        return date(m.group(group), m.group(group + 1), m.group(group + 2))
                .map(date -> new TitleSuffix(date, Whitespace.trim(m.group(1))));
    }

    /** The kind of a label line (D84 (3), D85). */
    public enum LabelKind {
        /** {@code Date:}. */
        DATE,
        /** {@code Time:}. */
        TIME
    }

    /**
     * A {@code Date:} or {@code Time:} label line (D84 (3), D85).
     *
     * @param kind  which label
     * @param value the text after the label's colon and WS
     */
    public record Label(LabelKind kind, String value) {
    }

    /**
     * Reads a label line: a line whose plain text (strong emphasis removed, so {@code **Date:**} too) starts with
     * {@code Date:} or {@code Time:} in any case.
     *
     * @param line a paragraph line or list item text as plain text
     * @return the label, empty when the line is none
     */
    public static Optional<Label> label(String line) {
        // Most lines are no label: spare them the trimmed copy and the matcher.
        int start = Whitespace.skip(line, 0);
        if (!line.regionMatches(true, start, "date:", 0, 5) && !line.regionMatches(true, start, "time:", 0, 5)) {
            return Optional.empty();
        }
        String trimmed = Whitespace.trim(line);
        Matcher m = LABEL.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        LabelKind kind = m.group(1).equalsIgnoreCase("date") ? LabelKind.DATE : LabelKind.TIME;
        return Optional.of(new Label(kind, m.group(2)));
    }

    /**
     * A date read from the start of a label's value.
     *
     * @param date the date
     * @param end  the index after it in the value
     */
    public record WrittenDate(LocalDate date, int end) {
    }

    /**
     * Reads the ISO date a text starts with, touching no further digit: D84 (1)'s front matter string.
     *
     * @param text the text
     * @return the date, empty when the text starts with no valid {@code YYYY-MM-DD}
     */
    public static Optional<LocalDate> leadingIsoDate(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        return iso.lookingAt() ? date(iso.group(1), iso.group(2), iso.group(3)) : Optional.empty();
    }

    /**
     * Reads the date a {@code Date:} label's value starts with (D84 (3)): an ISO date, or a written date
     * {@code [Weekday[,]] D[st|nd|rd|th] Month YYYY} or {@code Month D[st|nd|rd|th], YYYY}, English names or their
     * three-letter abbreviations, any case.
     *
     * @param value the label's value
     * @return the date and where it ends, empty when the value starts with no valid calendar date so written
     */
    public static Optional<WrittenDate> writtenDate(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.lookingAt()) {
            return date(iso.group(1), iso.group(2), iso.group(3)).map(date -> new WrittenDate(date, iso.end()));
        }
        Matcher dayMonth = DAY_MONTH.matcher(value);
        if (dayMonth.lookingAt()) {
            return written(dayMonth.group(3), dayMonth.group(2), dayMonth.group(1), dayMonth.end());
        }
        Matcher monthDay = MONTH_DAY.matcher(value);
        if (monthDay.lookingAt()) {
            return written(monthDay.group(3), monthDay.group(1), monthDay.group(2), monthDay.end());
        }
        return Optional.empty();
    }

    /**
     * Finds {@code at} + a time right after a label's date (D85): {@code Thursday, 16th May 2031 at 5pm UTC}.
     *
     * @param value the {@code Date:} label's value
     * @param from  where its date ends
     * @return the index of the time, or -1 when no {@code at} follows the date
     */
    public static int atTime(String value, int from) {
        Matcher m = AT.matcher(value).region(from, value.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * A time read from a label (D85).
     *
     * @param time     the local time
     * @param zoneText the zone written after it, if any ({@code UTC}, {@code PDT}, or a word no zone)
     * @param zone     the zone's fixed offset, when the zone text is one of D85's
     */
    public record WrittenTime(LocalTime time, Optional<String> zoneText, Optional<ZoneOffset> zone) {
    }

    /**
     * Reads a time at {@code from} (D85): {@code H[:MM]} + optional WS + {@code am}/{@code pm} (any case, dots
     * allowed), or 24-hour {@code HH:MM}, then optionally WS and a zone word.
     *
     * @param text the text
     * @param from where the time would start
     * @return the time, empty when none stands there
     */
    public static Optional<WrittenTime> time(String text, int from) {
        Matcher twelve = TWELVE_HOUR.matcher(text).region(from, text.length());
        Optional<LocalTime> time = Optional.empty();
        int end = -1;
        if (twelve.lookingAt()) {
            int hour = Integer.parseInt(twelve.group(1));
            int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
            if (hour >= 1 && hour <= 12 && minute < 60) {
                boolean pm = Character.toLowerCase(twelve.group(3).charAt(0)) == 'p';
                time = Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
                end = twelve.end();
            }
        } else {
            Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(text).region(from, text.length());
            if (twentyFour.lookingAt()) {
                int hour = Integer.parseInt(twentyFour.group(1));
                int minute = Integer.parseInt(twentyFour.group(2));
                if (hour < 24 && minute < 60) {
                    time = Optional.of(LocalTime.of(hour, minute));
                    end = twentyFour.end();
                }
            }
        }
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Matcher zone = ZONE.matcher(text).region(end, text.length());
        if (!zone.lookingAt()) {
            return Optional.of(new WrittenTime(time.get(), Optional.empty(), Optional.empty()));
        }
        String zoneText = zone.group(1);
        return Optional.of(new WrittenTime(time.get(), Optional.of(zoneText),
                Optional.ofNullable(ZONES.get(zoneText.toUpperCase(Locale.ROOT)))));
    }

    /**
     * Reads the date in a source name (D84 (4)): a {@code YYYY-MM-DD} or {@code YYYYMMDD} touching no other digit in
     * the file name, else in its folder's name, else a file name ending in {@code MM-DD} (before its extension) in a
     * folder named {@code YYYY}. Both {@code /} and {@code \} separate folders.
     *
     * @param sourceName the source name, such as {@code 2031/widget-09-02.md}
     * @return the date, empty when the name gives no valid calendar date
     */
    public static Optional<LocalDate> sourceNameDate(String sourceName) {
        String[] parts = sourceName.split("[/\\\\]", -1);
        String file = parts[parts.length - 1];
        String folder = parts.length > 1 ? parts[parts.length - 2] : "";
        Optional<LocalDate> date = embeddedDate(file);
        if (date.isEmpty()) {
            date = embeddedDate(folder);
        }
        if (date.isEmpty() && YEAR.matcher(folder).matches()) {
            int dot = file.lastIndexOf('.');
            String stem = dot > 0 ? file.substring(0, dot) : file;
            Matcher m = MONTH_DAY_SUFFIX.matcher(stem);
            if (m.matches()) {
                date = date(folder, m.group(1), m.group(2));
            }
        }
        return date;
    }

    private static Optional<LocalDate> embeddedDate(String name) {
        Matcher m = SOURCE_DATE.matcher(name);
        while (m.find()) {
            Optional<LocalDate> date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(4), m.group(5), m.group(6));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<WrittenDate> written(String year, String month, String day, int end) {
        String key = month.substring(0, 3).toLowerCase(Locale.ROOT);
        int number = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
        return date(year, Integer.toString(number), day).map(date -> new WrittenDate(date, end));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
