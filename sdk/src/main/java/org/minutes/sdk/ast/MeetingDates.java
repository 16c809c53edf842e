package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.ScheduledTime;
import org.minutes.sdk.syntax.DateShapes;

/**
 * The meeting date from every source (D84), the model's meeting name, and the time of a {@code Time:} or
 * {@code Date: … at} label (D85).
 */
final class MeetingDates {

    /**
     * What the sources say.
     *
     * @param date      the winning date and its source
     * @param name      the meeting name: the title's name without an ISO-date suffix when D84 (2) finds one
     * @param labelTime the time of a label (D85), on the meeting date; used when there is no time link
     */
    record Reading(Optional<MeetingDate> date, String name, Optional<ScheduledTime> labelTime) {
    }

    /** One source's date and the node it stands in (none for the source name). */
    private record Candidate(DateSource source, LocalDate date, Optional<Node> where) {
    }

    private MeetingDates() {
    }

    /**
     * Reads every source in D84's order; the first date wins, and each later source that gives another date adds an
     * info {@code date/mismatch}. Reports {@code preamble/unknown-time-zone} for a label time whose zone is unknown.
     *
     * @param parts       the document's parts
     * @param labels      the document's {@code Date:} and {@code Time:} labels, read by {@link BlockSweep}
     * @param frontMatter the front matter's mapping, if it has one (D10)
     * @param sourceName  the source's name, if any
     * @param findings   where findings go
     * @return the date, name and label time
     */
    static Reading read(Parts parts, Labels labels, Optional<Map<String, Object>> frontMatter,
                        Optional<String> sourceName, Findings findings) {
        List<Candidate> candidates = new ArrayList<>();
        String name = parts.title().map(Title::nameText).orElse("");
        parts.title().ifPresent(title -> title.date().ifPresent(date ->
                candidates.add(new Candidate(DateSource.TITLE, date, Optional.of(title)))));
        frontMatter.flatMap(MeetingDates::frontMatterDate).ifPresent(date -> candidates.add(
                new Candidate(DateSource.FRONT_MATTER, date, Optional.of(parts.frontMatter().orElseThrow()))));
        Optional<DateShapes.TitleSuffix> suffix = DateShapes.titleSuffix(name);
        if (suffix.isPresent()) {
            name = suffix.get().name();
            candidates.add(new Candidate(DateSource.TITLE_SUFFIX, suffix.get().date(), parts.title().map(t -> t)));
        }
        labels.dateLine.ifPresent(line -> candidates.add(new Candidate(DateSource.DATE_LINE, line.date().date(),
                Optional.of(line.where()))));
        sourceName.flatMap(DateShapes::sourceNameDate).ifPresent(date ->
                candidates.add(new Candidate(DateSource.SOURCE_NAME, date, Optional.empty())));
        if (candidates.isEmpty()) {
            return new Reading(Optional.empty(), name, labels.time(Optional.empty(), findings));
        }
        Candidate winner = candidates.get(0);
        for (Candidate later : candidates.subList(1, candidates.size())) {
            if (!later.date().equals(winner.date())) {
                findings.report(DiagnosticCode.DATE_MISMATCH, later.where().orElse(winner.where().orElseThrow()),
                        "the " + describe(later.source()) + " gives " + later.date() + " but the "
                                + describe(winner.source()) + " gives " + winner.date() + ", which is used; "
                                + "correct one of them (D84)");
            }
        }
        return new Reading(Optional.of(new MeetingDate(winner.date(), winner.source())), name,
                labels.time(Optional.of(winner.date()), findings));
    }

    /**
     * Tells whether a paragraph has a label line (D22: no description).
     *
     * @param paragraph the paragraph
     * @return whether one of its lines starts with {@code Date:} or {@code Time:}
     */
    static boolean hasLabelLine(Paragraph paragraph) {
        return lines(paragraph.content()).stream().anyMatch(line -> DateShapes.label(line).isPresent());
    }

    private static String describe(DateSource source) {
        return switch (source) {
            case TITLE -> "title's leading date";
            case FRONT_MATTER -> "front matter's date:";
            case TITLE_SUFFIX -> "date at the end of the title";
            case DATE_LINE -> "Date: label";
            case SOURCE_NAME -> "source name";
        };
    }

    /** D84 (1): a YAML date, or a string starting {@code YYYY-MM-DD}. */
    private static Optional<LocalDate> frontMatterDate(Map<String, Object> frontMatter) {
        return Optional.ofNullable(frontMatter.get("date")).flatMap(value -> DateShapes.leadingIsoDate(value.toString()));
    }

    /** The plain text of each line of inline content: the content split at soft breaks. */
    private static List<String> lines(List<Inline> content) {
        List<String> lines = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof SoftBreak) {
                lines.add(Inlines.plainText(line));
                line.clear();
            } else {
                line.add(inline);
            }
        }
        lines.add(Inlines.plainText(line));
        return lines;
    }

    /** The plain text of the first line of inline content: up to its first soft break. */
    private static String firstLine(List<Inline> content) {
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof SoftBreak) {
                return Inlines.plainText(content.subList(0, i));
            }
        }
        return Inlines.plainText(content);
    }

    /** A {@code Date:} label with its date, and the node holding it. */
    private record DateLine(DateShapes.Label label, DateShapes.WrittenDate date, Node where) {
    }

    /** A {@code Time:} label and the node holding it. */
    private record TimeLine(DateShapes.Label label, Node where) {
    }

    /**
     * The first {@code Date:} label with a date and the first {@code Time:} label, in the lines of the top-level
     * paragraphs and the texts of the list items (at any depth) of the preamble and the first section (D84 (3), D85),
     * as {@link BlockSweep} hands them over in document order.
     */
    static final class Labels {

        private Optional<DateLine> dateLine = Optional.empty();
        private Optional<TimeLine> timeLine = Optional.empty();

        /** Reads each line of a top-level paragraph. */
        void read(Paragraph paragraph) {
            lines(paragraph.content()).forEach(line -> read(line, paragraph));
        }

        /** Reads the first line of an item's text. */
        void read(ListItem item) {
            read(firstLine(item.content()), item);
        }

        private void read(String line, Node where) {
            DateShapes.label(line).ifPresent(label -> {
                if (label.kind() == DateShapes.LabelKind.TIME) {
                    if (timeLine.isEmpty()) {
                        timeLine = Optional.of(new TimeLine(label, where));
                    }
                } else if (dateLine.isEmpty()) {
                    dateLine = DateShapes.writtenDate(label.value()).map(date -> new DateLine(label, date, where));
                }
            });
        }

        /** D85: {@code Time:} wins over {@code Date: … at}; an unknown zone gives no time and a warning. */
        Optional<ScheduledTime> time(Optional<LocalDate> date, Findings findings) {
            if (timeLine.isPresent()) {
                return time(timeLine.get().label().value(), 0, timeLine.get().where(), date, findings);
            }
            return dateLine.flatMap(line -> {
                int at = DateShapes.atTime(line.label().value(), line.date().end());
                return at < 0 ? Optional.empty() : time(line.label().value(), at, line.where(), date, findings);
            });
        }

        private static Optional<ScheduledTime> time(String value, int from, Node where, Optional<LocalDate> date,
                                                    Findings findings) {
            Optional<DateShapes.WrittenTime> written = DateShapes.time(value, from);
            if (written.isEmpty()) {
                return Optional.empty();
            }
            DateShapes.WrittenTime time = written.get();
            if (time.zoneText().isPresent() && time.zone().isEmpty()) {
                findings.report(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE, where, "time zone \""
                        + time.zoneText().get() + "\" of this time label is unknown, so it gives no time; write UTC, "
                        + "GMT or an abbreviation such as PDT or CET (D85)");
                return Optional.empty();
            }
            return Optional.of(new ScheduledTime(date, time.time(), time.zone().map(zone -> zone)));
        }
    }
}
