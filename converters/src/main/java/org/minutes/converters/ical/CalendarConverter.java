package org.minutes.converters.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minutes.converters.MultiDocumentConverter;
import org.minutes.converters.ical.ContentLines.Param;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.ScheduledTime;

/**
 * Converts meeting notes to one iCalendar object (RFC 5545): a {@link MultiDocumentConverter}, whose
 * {@link #convert(Document)} gives the calendar of one meeting. Immutable and safe to share between threads; the
 * output depends on the documents and the {@link CalendarOptions} alone, so the same input always gives the same
 * characters.
 *
 * <pre>{@code
 * CalendarConverter converter = CalendarConverter.create(CalendarOptions.DEFAULTS.withIncludeCompleted(true));
 * String ics = converter.convertAll(List.of(MinutesParser.create().parse(path).document()));
 * Files.writeString(Path.of("meeting.ics"), ics, StandardCharsets.UTF_8);
 * }</pre>
 *
 * <h2>The calendar</h2>
 * One VCALENDAR with {@code PRODID:-//Minutes//Minutes converters//EN}, {@code VERSION:2.0},
 * {@code CALSCALE:GREGORIAN}, {@code METHOD:PUBLISH} (a calendar to subscribe to, RFC 5546) and the calendar's name
 * twice, as {@code NAME} (RFC 7986) and as {@code X-WR-CALNAME} (which Google Calendar, Apple Calendar and Outlook
 * read): {@link CalendarOptions#calendarName()}, or the meeting name most documents share; then one VTIMEZONE per zone id used, sorted by id; then, per document in the given
 * order, its meeting component followed by its VTODOs. Lines end in CR LF and are folded at 75 octets of UTF-8, never
 * inside a character. TEXT values escape {@code \ ; ,} and write every line break as {@code \n} (so CR LF reads back as
 * LF); control characters other than tab, and unpaired surrogates, become U+FFFD. Parameter values use RFC 6868 caret
 * encoding ({@code "} → {@code ^'}, {@code ^} → {@code ^^}, line break → {@code ^n}) and are quoted when they hold
 * {@code : ; , = "}, are empty, or start or end with white space; inside quotes a backslash is written as U+FF3C,
 * because readers such as ical4j take it for an escape there and would read past the closing quote.
 *
 * <h2>The meeting</h2>
 * A document with a meeting date (D84), whatever its source (the title, the front matter's {@code date:}, an ISO date
 * at the end of the title, a {@code Date:} label or the source name the parser was given), becomes a VEVENT:
 * <ul>
 * <li>{@code UID}: {@code minutes-<date>-<slug>-<hash>}, where the slug is the name (D15) reduced to lower-case ASCII
 * letters and digits joined by {@code -} (at most 40 characters) and the hash the first 8 hex digits of the SHA-256 of
 * the name's UTF-8, which keeps names apart whose slugs agree. The date and the name are the model's (D84): the name
 * leaves out an ISO-date title suffix. A UID already used in the same calendar (the same
 * meeting twice) gets {@code -2}, {@code -3}, … in input order.</li>
 * <li>{@code DTSTAMP}: the meeting date at 00:00 UTC, so that it derives from the input and not from the clock.</li>
 * <li>{@code DTSTART}, {@code DTEND}: see below.</li>
 * <li>{@code SUMMARY}: the meeting name, left out when empty. {@code STATUS:TENTATIVE} when the note is a DRAFT
 * (D15). {@code URL}: the meeting link (D18) when it is, after
 * percent-encoding characters no URI may hold, an absolute URI; {@code LOCATION}: the meeting link as written.</li>
 * <li>{@code CATEGORIES}: the front matter's tags (D9), when there are any.</li>
 * <li>One {@code ATTENDEE} per attendee (D26–D35) in order: {@code CN} = the name (left out when empty); the value is
 * {@code mailto:} and the address when {@link CalendarOptions#emails()} knows the handle or the name (so that clients
 * that key attendees by e-mail show them), else {@code https://github.com/<handle>} when the handle is known, else {@code urn:minutes:attendee:} followed by the
 * percent-encoded UTF-8 of the name, or of the initials when the name is empty. This URN is no registered namespace:
 * it only names the person within the calendar. Attendees listed in absentia (D26) are kept, with
 * {@code ROLE=NON-PARTICIPANT}.</li>
 * <li>{@code DESCRIPTION}: a plain-text outline of the sections (headings, paragraphs, items with marker, checkbox and
 * speakers, tables, code), left out when the notes have no section.</li>
 * </ul>
 *
 * <h2>Times</h2>
 * The event starts at the notes' primary time on the meeting date: the first time link's (D21) or, without one, the
 * time of a {@code Time:} or {@code Date: … at} label (D85), unless {@link CalendarOptions#start()} is given, which
 * replaces it. The zone is, in this order: {@link CalendarOptions#zone()}, the notes' zone (D19, D20, D85), none. When both the notes and the options give a zone and the options give no start, the notes' instant is kept and
 * shown in the options' zone (which may change the date). Values are written
 * <ul>
 * <li>in UTC with {@code Z} when the zone has a fixed offset ({@code UTC}, {@code +05:00}, {@code Etc/GMT+5}), and for
 * the later of two equal local times at a fall-back change, which a TZID cannot tell apart;</li>
 * <li>else with {@code TZID=<zone id>} and a VTIMEZONE built from the JDK's rules (one observance per offset change,
 * from the one in effect at the earliest time used to the first one after the latest);</li>
 * <li>as floating local time (no zone) when the time is known and its zone is not: nothing better is known.</li>
 * </ul>
 * A local start that does not exist (the gap of a spring-forward change) moves forward by the length of the gap, as
 * in {@link java.time.ZonedDateTime#of}.
 * {@code DTEND} is the start plus {@link CalendarOptions#duration()} (60 minutes by default). With no time at all the
 * event is an all-day event: {@code DTSTART;VALUE=DATE} the date, {@code DTEND;VALUE=DATE} the next day; duration
 * and zone are not used.
 *
 * <h2>Years</h2>
 * RFC 5545 writes years with four digits, so every DATE and DATE-TIME written lies in the years 0001–9999, and none
 * is ever written with a sign. A meeting date outside them, or a start its zone moves outside them (0001-01-01 00:30
 * at {@code +01:00} is 0000-12-31 in UTC), is refused with a {@link CalendarRangeException}; an end after
 * 9999-12-31, which only a meeting on the last day can have, is written as the same length instead,
 * {@code DURATION:P1D} or, for a timed event, the options' duration ({@code DURATION:PT1H}), which RFC 5545 allows in
 * place of {@code DTEND}.
 *
 * <h2>Notes without a date</h2>
 * A document no source of D84 gives a date (an unfilled template, D16) names no day, so it becomes a VJOURNAL rather
 * than an event with an invented date: the same UID scheme with {@code undated} for the date,
 * {@code DTSTAMP:19700101T000000Z}, and SUMMARY, URL, CATEGORIES, ATTENDEE and DESCRIPTION as above (RFC 5545 allows
 * no LOCATION there), and {@code STATUS:DRAFT} for a DRAFT note. That keeps every calendar valid, since RFC 5545 requires at least one component.
 *
 * <h2>Action items</h2>
 * Action items (D67 (1), D93) are written after their meeting, in document order: the open ones by default, all or
 * none as {@link CalendarOptions#todos()} says; agenda topics (D67 (2)) never are, whether discussed, pending or
 * untracked. Each is a VTODO with {@code STATUS:NEEDS-ACTION} or {@code STATUS:COMPLETED}, or, with
 * {@link CalendarOptions.TodoForm#VEVENT} and a dated meeting, an all-day VEVENT on the meeting's date
 * ({@code TRANSP:TRANSPARENT}, {@code CATEGORIES:action item}, the summary prefixed with {@code Action: } or
 * {@code Done: }) for calendars that ignore VTODOs. Either way: {@code UID} = the meeting's UID, {@code -item-} and the
 * first 8 hex digits of the SHA-256 of the item's normalised text (NFKC, lower case, WS runs as one space), with
 * {@code -2}, {@code -3}, … for repeats of the same text in one meeting, so that an item keeps its UID when others
 * are added, removed or reordered and whatever the options; the meeting's {@code DTSTAMP}; {@code SUMMARY} = the
 * item text; {@code RELATED-TO} = the meeting's UID; one {@code ATTENDEE} per assignee (the item's speakers and an
 * {@code Action:} label's assignee), resolved to an attendee as D53, D90 and D91 say (initials, derived initials,
 * names and handles) and then written as in the meeting, or, when unresolved, with {@code CN} = the assignee as
 * written and the value {@code urn:minutes:initials:} followed by its percent-encoding.
 */
public final class CalendarConverter implements MultiDocumentConverter {

    /** The PRODID of every calendar written. */
    public static final String PRODID = "-//Minutes//Minutes converters//EN";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final String UNDATED_STAMP = "19700101T000000Z";
    private static final int SLUG_LENGTH = 40;

    private final CalendarOptions options;

    private CalendarConverter(CalendarOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return a converter with the default options} */
    public static CalendarConverter create() {
        return new CalendarConverter(CalendarOptions.DEFAULTS);
    }

    /**
     * Creates a converter.
     *
     * @param options start time, zone, duration and whether completed items are included
     * @return the converter
     */
    public static CalendarConverter create(CalendarOptions options) {
        return new CalendarConverter(options);
    }

    /** {@return the options of this converter} */
    public CalendarOptions options() {
        return options;
    }

    /**
     * Converts documents to one calendar holding every meeting, in the given order.
     *
     * @param documents the notes, at least one
     * @return the calendar, lines ending in CR LF
     * @throws IllegalArgumentException if {@code documents} is empty: RFC 5545 requires at least one component
     */
    @Override
    public String convertAll(List<Document> documents) {
        List<Document> all = List.copyOf(documents);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one document");
        }
        List<Meeting> meetings = plan(all);
        ContentLines lines = new ContentLines();
        lines.begin("VCALENDAR");
        lines.text("PRODID", PRODID);
        lines.property("VERSION", "2.0");
        lines.property("CALSCALE", "GREGORIAN");
        lines.property("METHOD", "PUBLISH");
        String name = options.calendarName().orElseGet(() -> calendarName(all));
        lines.text("NAME", name);
        lines.text("X-WR-CALNAME", name);
        zones(meetings).forEach(range -> ZoneComponent.write(lines, range.zone(), range.first(), range.last()));
        for (Meeting meeting : meetings) {
            write(meeting, lines);
        }
        lines.end("VCALENDAR");
        return lines.toString();
    }

    /** What is known of one document before writing: its UID and times, computed once. */
    private record Meeting(Document document, String uid, String stamp, Optional<Timing> timing,
                           List<Attendee> attendees, List<ActionItem> actionItems) {
    }

    /** DTSTART and its end: DTEND, or DURATION when DTEND would fall after the year 9999. */
    private record Timing(When start, When end) {

        /** An all-day event on {@code date}: its day as DATE values, or DURATION:P1D on the last day RFC 5545 writes. */
        static Timing allDay(LocalDate date) {
            List<Param> dateValue = List.of(new Param("VALUE", "DATE"));
            When start = new When("DTSTART", dateValue, DATE.format(date), Optional.empty());
            When end = date.equals(LAST_DAY) ? new When("DURATION", List.of(), "P1D", Optional.empty())
                    : new When("DTEND", dateValue, DATE.format(date.plusDays(1)), Optional.empty());
            return new Timing(start, end);
        }

        void write(ContentLines lines) {
            lines.property(start.name(), start.params(), start.value());
            lines.property(end.name(), end.params(), end.value());
        }
    }

    /**
     * A property of the event's times with its parameters and value: DTSTART, DTEND or DURATION; {@code zoned} is
     * present for a TZID value.
     */
    private record When(String name, List<Param> params, String value, Optional<ZonedDateTime> zoned) {
    }

    /** The first and the last day RFC 5545 can write (date-fullyear is four digits) and this converter writes. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private List<Meeting> plan(List<Document> documents) {
        Map<String, Integer> uses = new HashMap<>();
        List<Meeting> meetings = new ArrayList<>(documents.size());
        for (Document document : documents) {
            String uid = uid(document);
            int use = uses.merge(uid, 1, Integer::sum);
            if (use > 1) {
                uid = uid + "-" + use;
            }
            document.date().filter(date -> !writable(date)).ifPresent(date -> {
                throw outOfRange(document, "date " + date);
            });
            String stamp = document.date().map(date -> UTC.format(date.atStartOfDay())).orElse(UNDATED_STAMP);
            meetings.add(new Meeting(document, uid, stamp, document.date().map(date -> timing(document, date)),
                    document.attendees(), document.actionItems()));
        }
        return meetings;
    }

    /**
     * The name of a calendar whose options give none: the meeting name most of the documents share (of names that
     * tie, the one that got there first), or "Meeting notes" when none has a name.
     */
    static String calendarName(List<Document> documents) {
        Map<String, Integer> counts = new HashMap<>();
        String best = "Meeting notes";
        int most = 0;
        for (Document document : documents) {
            String name = document.name();
            int count = name.isBlank() ? 0 : counts.merge(name, 1, Integer::sum);
            if (count > most) {
                best = name;
                most = count;
            }
        }
        return best;
    }

    private static boolean writable(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    private static CalendarRangeException outOfRange(Document document, String what) {
        String name = document.sourceName().orElseGet(() -> "meeting \"" + document.name() + "\"");
        return new CalendarRangeException(name + ": " + what + " is outside the years 0001-9999 that iCalendar can "
                + "write (RFC 5545 date-fullyear)");
    }

    private static String uid(Document document) {
        String name = document.name();
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        slug = trimDashes(slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH) : slug);
        StringBuilder uid = new StringBuilder("minutes-");
        uid.append(document.date().map(LocalDate::toString).orElse("undated")).append('-');
        if (!slug.isEmpty()) {
            uid.append(slug).append('-');
        }
        return uid.append(hash(name)).toString();
    }

    private static String trimDashes(String slug) {
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return slug.substring(from, to);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private Timing timing(Document document, LocalDate date) {
        Optional<ScheduledTime> primary = document.schedule().primary();
        if (options.start().isPresent()) {
            Optional<ZoneId> zone = options.zone().or(() -> primary.flatMap(ScheduledTime::zone));
            return timing(document, date.atTime(options.start().get()), zone);
        }
        if (primary.isEmpty()) {
            return Timing.allDay(date);
        }
        LocalDateTime local = date.atTime(primary.get().time());
        Optional<ZoneId> notesZone = primary.get().zone();
        if (notesZone.isPresent() && options.zone().isPresent()) {
            return timing(document, local.atZone(notesZone.get()).withZoneSameInstant(options.zone().get()));
        }
        return timing(document, local, options.zone().or(() -> notesZone));
    }

    private Timing timing(Document document, LocalDateTime start, Optional<ZoneId> zone) {
        if (zone.isPresent()) {
            return timing(document, start.atZone(zone.get()));
        }
        return timing(document, when("DTSTART", start), when("DTEND", start.plus(options.duration())));
    }

    private Timing timing(Document document, ZonedDateTime start) {
        return timing(document, when("DTSTART", start), when("DTEND", start.plus(options.duration())));
    }

    /** The timing with a start that must be writable and an end that becomes a DURATION when it is not. */
    private Timing timing(Document document, Written start, Written end) {
        if (!writable(start.shown().toLocalDate())) {
            throw outOfRange(document, "DTSTART " + start.shown() + start.suffix());
        }
        if (!writable(end.shown().toLocalDate())) {
            return new Timing(start.when(), new When("DURATION", List.of(), duration(options.duration()),
                    Optional.empty()));
        }
        return new Timing(start.when(), end.when());
    }

    /** A DATE-TIME as written: the property, and the local or UTC time its value shows, with its suffix. */
    private record Written(When when, LocalDateTime shown, String suffix) {
    }

    private static Written when(String name, LocalDateTime floating) {
        return new Written(new When(name, List.of(), LOCAL.format(floating), Optional.empty()), floating, "");
    }

    private static Written when(String name, ZonedDateTime time) {
        boolean fixed = time.getZone().normalized() instanceof ZoneOffset;
        boolean laterOfTwo = !time.withEarlierOffsetAtOverlap().getOffset().equals(time.getOffset());
        if (fixed || laterOfTwo) {
            LocalDateTime utc = time.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return new Written(new When(name, List.of(), UTC.format(utc), Optional.empty()), utc, "Z");
        }
        return new Written(new When(name, List.of(new Param("TZID", time.getZone().getId())), LOCAL.format(time),
                Optional.of(time)), time.toLocalDateTime(), " " + time.getZone().getId());
    }

    /**
     * RFC 5545 3.3.6 dur-value of a positive whole-second length: {@code P1D} for whole days, else hours, minutes
     * and seconds, each unit present that a smaller one needs ({@code PT1H}, {@code PT90M} is written
     * {@code PT1H30M}, {@code PT1H0M5S}).
     */
    static String duration(Duration length) {
        long seconds = length.getSeconds();
        if (seconds % 86_400 == 0) {
            return "P" + seconds / 86_400 + "D";
        }
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        StringBuilder value = new StringBuilder("PT");
        if (hours > 0) {
            value.append(hours).append('H');
        }
        if (minutes > 0 || hours > 0 && rest > 0) {
            value.append(minutes).append('M');
        }
        if (rest > 0) {
            value.append(rest).append('S');
        }
        return value.toString();
    }

    /** The earliest and latest instant written with a zone's TZID. */
    private record Range(ZoneId zone, Instant first, Instant last) {

        Range with(Instant instant) {
            return new Range(zone, instant.isBefore(first) ? instant : first, instant.isAfter(last) ? instant : last);
        }
    }

    /** {@return the ranges of the zones used with a TZID, sorted by zone id} */
    private static Collection<Range> zones(List<Meeting> meetings) {
        Map<String, Range> ranges = new TreeMap<>();
        for (Meeting meeting : meetings) {
            meeting.timing().ifPresent(timing -> List.of(timing.start(), timing.end()).forEach(when ->
                    when.zoned().ifPresent(time -> ranges.merge(time.getZone().getId(),
                            new Range(time.getZone(), time.toInstant(), time.toInstant()),
                            (range, added) -> range.with(added.first())))));
        }
        return ranges.values();
    }

    private void write(Meeting meeting, ContentLines lines) {
        Document document = meeting.document();
        String component = meeting.timing().isPresent() ? "VEVENT" : "VJOURNAL";
        lines.begin(component);
        lines.text("UID", meeting.uid());
        lines.property("DTSTAMP", meeting.stamp());
        meeting.timing().ifPresent(timing -> timing.write(lines));
        if (!document.name().isEmpty()) {
            lines.text("SUMMARY", document.name());
        }
        if (document.draft()) {
            // D15: a DRAFT note is not settled; RFC 5545 3.8.1.11 gives each component its word for that.
            lines.property("STATUS", meeting.timing().isPresent() ? "TENTATIVE" : "DRAFT");
        }
        document.meetingLink().ifPresent(link -> {
            Uris.absolute(link).ifPresent(uri -> lines.property("URL", uri));
            if (meeting.timing().isPresent()) {
                lines.text("LOCATION", link);
            }
        });
        if (!document.tags().isEmpty()) {
            lines.property("CATEGORIES", document.tags().stream().map(ContentLines::text)
                    .collect(Collectors.joining(",")));
        }
        for (Attendee attendee : meeting.attendees()) {
            attendee(attendee, attendee.absent(), lines);
        }
        String outline = Outline.of(document);
        if (!outline.isEmpty()) {
            lines.text("DESCRIPTION", outline);
        }
        lines.end(component);
        // Resolve each assignee once; the answer depends on the speaker as written alone (D53, D90, D91).
        Map<String, Optional<Attendee>> resolved = new HashMap<>();
        Function<String, Optional<Attendee>> resolve = initials -> resolved.computeIfAbsent(initials,
                document::resolveSpeaker);
        Map<String, Integer> repeats = new HashMap<>();
        for (ActionItem item : meeting.actionItems()) {
            // Every item counts, written or not, so that UIDs do not depend on the options.
            String uid = todoUid(meeting.uid(), item, repeats);
            boolean written = options.todos() == CalendarOptions.Todos.ALL
                    || options.todos() == CalendarOptions.Todos.OPEN && !item.done();
            if (written) {
                todo(meeting, item, uid, resolve, lines);
            }
        }
    }

    /**
     * The UID of an action item: its meeting's UID, {@code -item-}, the first 8 hex digits of the SHA-256 of its
     * normalised text (NFKC, lower case, WS runs as one space, trimmed) and, for the second and later items of a
     * meeting with the same normalised text, {@code -2}, {@code -3}, …: an item keeps its UID when others are added,
     * removed or moved.
     */
    static String todoUid(String meetingUid, ActionItem item, Map<String, Integer> repeats) {
        String text = Normalizer.normalize(item.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        String uid = meetingUid + "-item-" + hash(text);
        int use = repeats.merge(uid, 1, Integer::sum);
        return use > 1 ? uid + "-" + use : uid;
    }

    /** Writes an ATTENDEE; {@code nonParticipant} marks someone listed in absentia (D26) on the meeting only. */
    private void attendee(Attendee attendee, boolean nonParticipant, ContentLines lines) {
        List<Param> params = new ArrayList<>(2);
        if (!attendee.name().isEmpty()) {
            params.add(new Param("CN", attendee.name()));
        }
        if (nonParticipant) {
            params.add(new Param("ROLE", "NON-PARTICIPANT"));
        }
        String address = email(attendee).map(Uris::mailto)
                .or(() -> attendee.github().map(Uris::github))
                .orElseGet(() -> Uris.ATTENDEE_URN
                        + Uris.encode(attendee.name().isEmpty() ? attendee.initials().orElse("") : attendee.name()));
        lines.property("ATTENDEE", params, address);
    }

    /** The attendee's e-mail address from the options' directory: by GitHub handle first, then by name. */
    private Optional<String> email(Attendee attendee) {
        Map<String, String> emails = options.emails();
        return attendee.github().map(handle -> emails.get(CalendarOptions.key(handle)))
                .or(() -> attendee.name().isEmpty() ? Optional.empty()
                        : Optional.ofNullable(emails.get(CalendarOptions.key(attendee.name()))));
    }

    private void todo(Meeting meeting, ActionItem item, String uid, Function<String, Optional<Attendee>> resolve,
                      ContentLines lines) {
        boolean event = options.todosAs() == CalendarOptions.TodoForm.VEVENT && meeting.document().date().isPresent();
        String component = event ? "VEVENT" : "VTODO";
        lines.begin(component);
        lines.text("UID", uid);
        lines.property("DTSTAMP", meeting.stamp());
        if (event) {
            Timing.allDay(meeting.document().date().get()).write(lines);
            // An all-day event that takes no time: it must not make its day look busy.
            lines.property("TRANSP", "TRANSPARENT");
            lines.text("SUMMARY", (item.done() ? "Done: " : "Action: ") + item.text());
            lines.text("CATEGORIES", "action item");
        } else {
            lines.text("SUMMARY", item.text());
            lines.property("STATUS", item.done() ? "COMPLETED" : "NEEDS-ACTION");
        }
        lines.text("RELATED-TO", meeting.uid());
        for (String initials : item.assignees()) {
            Optional<Attendee> attendee = resolve.apply(initials);
            if (attendee.isPresent()) {
                attendee(attendee.get(), false, lines);
            } else {
                lines.property("ATTENDEE", List.of(new Param("CN", initials)), Uris.INITIALS_URN
                        + Uris.encode(initials));
            }
        }
        lines.end(component);
    }
}
