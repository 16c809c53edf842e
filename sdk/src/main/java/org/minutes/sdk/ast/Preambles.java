package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Meeting link, times and description from the preamble (D17–D22).
 *
 * <p>Links are read in groups: the inline content of one paragraph, one list item's text (not its nested blocks) or
 * one table cell. A group is the "block" of D19 and the "paragraph or item" of D21.
 */
final class Preambles {

    /** D18, compared after trimming and lower-casing. */
    private static final Set<String> MEETING_LINK_TEXTS = Set.of("zoom link", "meeting link", "hangout link");

    /** D19, compared with the lower-cased link text. */
    private static final String TIME_LINK_PREFIX = "what time is the meeting in my time zone";

    private Preambles() {
    }

    /**
     * Finds the meeting link (D18): the first preamble link, at any depth, with a non-empty destination whose text,
     * trimmed, in any case, is {@code Zoom link}, {@code Meeting link} or {@code Hangout link}.
     *
     * @param document the document
     * @return the link's destination as written
     */
    public static Optional<String> meetingLink(Parts document) {
        return meetingLink(linkGroups(document));
    }

    /** {@link #meetingLink(Parts)} from the document's {@link #linkGroups}. */
    static Optional<String> meetingLink(List<List<Link>> linkGroups) {
        for (List<Link> group : linkGroups) {
            for (Link link : group) {
                String text = Whitespace.trim(link.plainText()).toLowerCase(Locale.ROOT);
                if (!link.destination().isEmpty() && MEETING_LINK_TEXTS.contains(text)) {
                    return Optional.of(link.destination());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the schedule (D19–D21). In each link group, the first link whose text starts with {@code What time is the
     * meeting in my time zone} and every later link of the group are time links. The first time link of the preamble
     * gives the primary time; the later links of its group whose destinations parse give the alternates. Times take
     * the meeting date (D15, else D84). Without any time link, a label's time (D85) is the primary time.
     *
     * <p>Every time link is checked, including those of later groups that add nothing to the schedule: a bad time
     * gives {@code preamble/bad-time} and no time, an unknown zone {@code preamble/unknown-time-zone} and a time
     * without zone, a URL date other than the meeting date {@code preamble/date-mismatch}.
     *
     * @param document  the document
     * @param date      the meeting date (D84), if any
     * @param labelTime the time of a {@code Time:} or {@code Date: … at} label (D85), if any
     * @param findings  where findings go, each about the link concerned
     * @return the schedule, {@link Schedule#NONE} without time links and label time
     */
    public static Schedule schedule(Parts document, Optional<LocalDate> date, Optional<ScheduledTime> labelTime,
                                    Findings findings) {
        return schedule(linkGroups(document), date, labelTime, findings);
    }

    /** {@link #schedule(Parts, Optional, Optional, Findings)} from the document's {@link #linkGroups}. */
    static Schedule schedule(List<List<Link>> linkGroups, Optional<LocalDate> date,
                             Optional<ScheduledTime> labelTime, Findings findings) {
        Optional<ScheduledTime> primary = Optional.empty();
        List<ScheduledTime> alternates = new ArrayList<>();
        boolean scheduled = false;
        for (List<Link> group : linkGroups) {
            int first = firstTimeLink(group);
            if (first < 0) {
                continue;
            }
            for (int i = first; i < group.size(); i++) {
                Optional<ScheduledTime> time = read(group.get(i), date, findings);
                if (scheduled) {
                    continue;
                }
                if (i == first) {
                    // A primary link without usable time leaves the primary empty rather than promoting an
                    // alternate: D21 ties the primary to the first time link.
                    primary = time;
                } else {
                    time.ifPresent(alternates::add);
                }
            }
            scheduled = true;
        }
        return scheduled ? new Schedule(primary, alternates) : new Schedule(labelTime, List.of());
    }

    /**
     * Finds the description (D22): the plain text of the first top-level preamble paragraph holding more than links,
     * {@code ·}, {@code ,} and WS, none of whose lines is a {@code Date:} or {@code Time:} label (D84, D85), else that of the first paragraph of the first {@code meeting_purpose} section.
     *
     * @param document the document
     * @return the description, empty when neither exists
     */
    public static Optional<String> description(Parts document) {
        for (Block block : document.preamble()) {
            if (block instanceof Paragraph paragraph && holdsMoreThanLinks(paragraph.content())
                    && !MeetingDates.hasLabelLine(paragraph)) {
                return Optional.of(paragraph.plainText());
            }
        }
        for (Section section : document.sections()) {
            if (section.kind() == SectionKind.MEETING_PURPOSE) {
                return section.blocks().stream()
                        .filter(Paragraph.class::isInstance)
                        .map(block -> ((Paragraph) block).plainText())
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * Groups the preamble's links: one group per block or item text that holds links, in document order.
     *
     * @param document the document
     * @return the groups
     */
    static List<List<Link>> linkGroups(Parts document) {
        return BlockSweep.of(document, Set.of(), item -> { }).linkGroups();
    }

    /** Adds a row's groups: one per cell that holds links. */
    static void addGroups(List<List<Link>> groups, TableRow row) {
        for (TableCell cell : row.cells()) {
            addGroup(groups, cell.content());
        }
    }

    /** Adds the group of one text's links, at any depth of its inlines, when it holds any. */
    static void addGroup(List<List<Link>> groups, List<Inline> content) {
        List<Link> links = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Text) {
                continue;
            }
            if (Nodes.children(inline).isEmpty()) {
                if (inline instanceof Link link) {
                    links.add(link);
                }
            } else {
                Nodes.walk(inline, node -> {
                    if (node instanceof Link link) {
                        links.add(link);
                    }
                });
            }
        }
        if (!links.isEmpty()) {
            groups.add(links);
        }
    }

    private static int firstTimeLink(List<Link> group) {
        for (int i = 0; i < group.size(); i++) {
            if (Whitespace.trim(group.get(i).plainText()).toLowerCase(Locale.ROOT).startsWith(TIME_LINK_PREFIX)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads one time link, reporting what is wrong with it; empty when its destination gives no time. */
    private static Optional<ScheduledTime> read(Link link, Optional<LocalDate> meetingDate, Findings findings) {
        Optional<TimeLink> parsed = TimeLink.parse(link.destination());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TimeLink timeLink = parsed.get();
        if (timeLink.time().isEmpty()) {
            findings.report(DiagnosticCode.PREAMBLE_BAD_TIME, link, badTimeMessage(timeLink));
            return Optional.empty();
        }
        if (timeLink.zone().isEmpty()) {
            findings.report(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE, link, "time zone \"" + timeLink.zoneText()
                    + "\" of this time link is unknown, so the time has no zone; write UTC, an Area/City zone id "
                    + "such as America/Chicago, or a city such as Chicago");
        }
        if (timeLink.date().isPresent() && meetingDate.isPresent()
                && !timeLink.date().get().equals(meetingDate.get().toString())
                && !inSeries(timeLink, meetingDate.get())) {
            findings.report(DiagnosticCode.PREAMBLE_DATE_MISMATCH, link, "the date " + timeLink.date().get()
                    + " of this time link differs from the meeting date " + meetingDate.get()
                    + (timeLink.recurring() ? ", which is no later meeting of its weekly series" : "")
                    + "; the meeting date is used");
        }
        return Optional.of(new ScheduledTime(meetingDate, timeLink.time().get(), timeLink.zone()));
    }

    /**
     * D21: a recurring time link keeps its series' first date, so a meeting on the same weekday on or after it is a
     * meeting of the series, not a mismatch (every week or every other week alike: notes skip meetings).
     */
    private static boolean inSeries(TimeLink timeLink, LocalDate meetingDate) {
        if (!timeLink.recurring()) {
            return false;
        }
        try {
            LocalDate first = LocalDate.parse(timeLink.date().orElseThrow());
            return !meetingDate.isBefore(first) && first.getDayOfWeek() == meetingDate.getDayOfWeek();
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String badTimeMessage(TimeLink timeLink) {
        if (timeLink.style() == TimeLink.Style.PATH) {
            return "time \"" + timeLink.timeText() + "\" of this time link is no 24-hour HH:MM time; "
                    + "the link gives no time";
        }
        if (timeLink.timeText().isEmpty()) {
            return "this time link has no t= time; write t=H[:MM]am|pm, such as t=5pm";
        }
        return "time t=" + timeLink.timeText() + " of this time link is no 12-hour time; "
                + "write t=H[:MM]am|pm, such as t=5pm or t=9:30am";
    }

    /**
     * Whether inline content holds more than links, {@code ·}, {@code ,} and WS (D22). Bare URLs count as links, and
     * emphasis counts by what it holds, so {@code **[Zoom link](…)**} is a link too.
     */
    private static boolean holdsMoreThanLinks(List<Inline> content) {
        return content.stream().anyMatch(inline -> inline.accept(MORE_THAN_LINKS));
    }

    /** Whether an inline is more than a link (D22): each inline type says so in its own method. */
    private static final InlineVisitor<Boolean> MORE_THAN_LINKS = new InlineVisitor<>() {
        @Override
        public Boolean visit(Text text) {
            return !text.literal().chars().allMatch(c -> c == '·' || c == ',' || Whitespace.is(c));
        }

        @Override
        public Boolean visit(SoftBreak softBreak) {
            return false;
        }

        @Override
        public Boolean visit(Code code) {
            return true;
        }

        @Override
        public Boolean visit(Link link) {
            return false;
        }

        @Override
        public Boolean visit(Image image) {
            return true;
        }

        @Override
        public Boolean visit(BareUrl bareUrl) {
            return false;
        }

        @Override
        public Boolean visit(Emphasis emphasis) {
            return holdsMoreThanLinks(emphasis.content());
        }

        @Override
        public Boolean visit(Strong strong) {
            return holdsMoreThanLinks(strong.content());
        }

        @Override
        public Boolean visit(Strikethrough strikethrough) {
            return holdsMoreThanLinks(strikethrough.content());
        }

        @Override
        public Boolean visit(Emoji emoji) {
            return true;
        }

        @Override
        public Boolean visit(Mention mention) {
            return true;
        }
    };
}
