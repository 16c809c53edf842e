package org.minutes.sdk.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.DateSource;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.syntax.AttendeeEntryShapes;

/**
 * What a document means (D66–D68), recognised once when the {@link Document} is built: its tags, attendee blocks with
 * their attendees, schedule, meeting link, description, head count, action items, decisions, the speaker → attendee
 * resolution (D53), and the findings met on the way. Every accessor is a read; the document's semantic methods
 * delegate here, so calling one a thousand times costs no more than once.
 *
 * <p>The parser reports {@link #findings()} as its semantic diagnostics, so what it reports and what the document
 * answers are one computation (no second pass). A document built in code computes the same from the same parts, so it
 * has the semantics the parser gives its rendering.
 *
 * <p>Instances are made only by {@link Document}'s constructor; a {@code Semantics} belongs to the very parts it was
 * computed from.
 */
public final class Semantics {

    /** The parts it was computed from, compared in {@link #belongsTo(Parts)}. */
    private final Parts parts;
    private final Optional<String> sourceName;
    private final Optional<MeetingDate> meetingDate;
    private final String name;
    private final List<String> tags;
    private final List<AttendeeBlock> attendeeBlocks;
    private final List<Attendee> attendees;
    private final Speakers speakers;
    private final Optional<String> meetingLink;
    private final Schedule schedule;
    private final Optional<String> description;
    private final OptionalInt headCount;
    private final List<Topic> topics;
    private final List<ActionItem> actionItems;
    private final List<ActionItem> openActionItems;
    private final List<ActionItem> completedActionItems;
    private final List<Decision> decisions;
    private final List<Finding> findings;

    private Semantics(Parts parts, Optional<String> sourceName) {
        this.parts = parts;
        this.sourceName = sourceName;
        this.meetingDate = parts.date().map(date -> new MeetingDate(date, DateSource.TITLE));
        this.name = parts.title().map(Title::nameText).orElse("");
        this.tags = parts.frontMatter().map(FrontMatter::tags).orElse(List.of());
        List<Finding> found = new ArrayList<>();
        Findings sink = (code, where, message) -> found.add(new Finding(code, where, message));
        List<AttendeeBlocks.Found> blocks = AttendeeBlocks.of(parts);
        this.attendeeBlocks = attendeeBlocks(blocks, sink);
        this.attendees = attendeeBlocks.stream().flatMap(block -> block.attendees().stream()).toList();
        this.speakers = new Speakers(attendees);
        this.meetingLink = Preambles.meetingLink(parts);
        this.schedule = Preambles.schedule(parts, sink);
        this.description = Preambles.description(parts);
        this.headCount = headCount(parts);
        List<ActionItem> items = new ArrayList<>();
        List<Decision> decided = new ArrayList<>();
        ActionItems.forEachItem(parts, AttendeeBlocks.identities(blocks), (item, kind) -> {
            ActionItems.actionItem(item, kind).ifPresent(items::add);
            ActionItems.decision(item).ifPresent(decided::add);
            checkSpeakers(speakers, item, sink);
        });
        this.topics = List.of();
        this.actionItems = List.copyOf(items);
        this.openActionItems = actionItems.stream().filter(item -> !item.done()).toList();
        this.completedActionItems = actionItems.stream().filter(ActionItem::done).toList();
        this.decisions = List.copyOf(decided);
        this.findings = List.copyOf(found);
    }

    /** {@return the checked parts this was computed from} */
    Parts parts() {
        return parts;
    }

    /** {@return the semantics of these parts, read with the source's name, if any (D84 (4))} */
    static Semantics of(Parts parts, Optional<String> sourceName) {
        return new Semantics(parts, sourceName);
    }

    /**
     * {@return whether this was computed from these parts: the very instances (the common case, checked first) or
     * equal ones, which mean the same}
     */
    boolean belongsTo(Parts other) {
        return same(parts.frontMatter(), other.frontMatter()) && same(parts.title(), other.title())
                && same(parts.lead(), other.lead())
                && same(parts.preamble(), other.preamble()) && same(parts.sections(), other.sections());
    }

    private static boolean same(Object mine, Object theirs) {
        return mine == theirs || mine.equals(theirs);
    }

    /** {@return the name of the source the parts were read from (D84 (4)), if any} */
    public Optional<String> sourceName() {
        return sourceName;
    }

    /** {@return the meeting date and its source (D84)} */
    public Optional<MeetingDate> meetingDate() {
        return meetingDate;
    }

    /** {@return the meeting name as plain text (D15), without an ISO-date title suffix when D84 (2) finds one} */
    public String name() {
        return name;
    }

    /** {@return the front matter's {@code tags} (D9), empty without front matter} */
    public List<String> tags() {
        return tags;
    }

    /** {@return the attendee blocks in document order (D26), each with its attendees (D27–D35)} */
    public List<AttendeeBlock> attendeeBlocks() {
        return attendeeBlocks;
    }

    /** {@return the attendees of every attendee block, in order, absentees marked (D26–D35)} */
    public List<Attendee> attendees() {
        return attendees;
    }

    /** {@return the destination of the meeting link (D18)} */
    public Optional<String> meetingLink() {
        return meetingLink;
    }

    /** {@return the scheduled times from the preamble's time links (D19–D21)} */
    public Schedule schedule() {
        return schedule;
    }

    /** {@return the meeting description (D22)} */
    public Optional<String> description() {
        return description;
    }

    /** {@return the first head count of the document (D36), empty when absent or a placeholder} */
    public OptionalInt headCount() {
        return headCount;
    }

    /** {@return the agenda topics in document order (D67 (2))} */
    public List<Topic> topics() {
        return topics;
    }

    /** {@return open and completed action items in document order (D67)} */
    public List<ActionItem> actionItems() {
        return actionItems;
    }

    /** {@return the open action items (D67)} */
    public List<ActionItem> openActionItems() {
        return openActionItems;
    }

    /** {@return the completed action items (D67)} */
    public List<ActionItem> completedActionItems() {
        return completedActionItems;
    }

    /** {@return the decisions in document order (D68)} */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Resolves a speaker as written to an attendee (D53, D90, D91); see {@link Document#resolveSpeaker(String)}.
     *
     * @param who the speaker as written
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolveSpeaker(String who) {
        return speakers.resolve(who);
    }

    /**
     * Reads an attendee's derived initials (D90); see {@link Document#derivedInitials(Attendee)}.
     *
     * @param attendee an attendee of the document
     * @return the derived initials, empty in a document with written initials
     */
    public Optional<String> derivedInitials(Attendee attendee) {
        return Optional.empty();
    }

    /**
     * {@return what was found while reading the meaning, in the order met: {@code attendees/*} and
     * {@code table/no-name-column} (D26, D30), {@code preamble/*} (D19–D21) and {@code speaker/*} (D53)}
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Reads the attendees of each block (D26–D35); reports {@code attendees/no-heading}, {@code attendees/missing-name},
     * {@code attendees/placeholder}, {@code attendees/unparsed-entry} and {@code table/no-name-column}.
     */
    private static List<AttendeeBlock> attendeeBlocks(List<AttendeeBlocks.Found> blocks, Findings findings) {
        List<AttendeeBlock> result = new ArrayList<>();
        for (AttendeeBlocks.Found found : blocks) {
            if (found.headless()) {
                findings.report(DiagnosticCode.ATTENDEES_NO_HEADING, found.block(), "this preamble list is read as "
                        + "the attendee list because the notes have no Attendees section; put it under an "
                        + "\"## Attendees\" heading");
            }
            List<Attendee> attendees = new ArrayList<>();
            if (found.block() instanceof Table table) {
                attendees.addAll(AttendeeTables.attendees(table, found.absent(), findings));
            } else if (found.block() instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    entry(item, found.absent(), findings).ifPresent(attendees::add);
                }
            }
            result.add(new AttendeeBlock(found.block(), found.absent(), found.headless(), attendees));
        }
        return List.copyOf(result);
    }

    private static Optional<Attendee> entry(ListItem item, boolean absent, Findings findings) {
        AttendeeEntryShapes.Entry entry = AttendeeEntries.parse(item);
        if (entry.kind() == AttendeeEntryShapes.Kind.PLACEHOLDER) {
            findings.report(DiagnosticCode.ATTENDEES_PLACEHOLDER, item, "attendee entry " + quote(entry.text())
                    + " is a placeholder and names no one; fill it in or remove it");
        } else if (entry.kind() == AttendeeEntryShapes.Kind.UNPARSED) {
            findings.report(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY, item, "attendee entry " + quote(entry.text())
                    + " fits no known shape, so the whole text is taken as the name; write it as "
                    + "\"INI: Given Family (@handle), Org\"");
        }
        return AttendeeEntries.attendee(entry, absent);
    }

    /**
     * Finds the first head count of the preamble and then the sections, nested ones included, in document order.
     *
     * @return its number (D36), empty when there is none or the first one is an {@code X} placeholder
     */
    private static OptionalInt headCount(Parts document) {
        Deque<Block> stack = new ArrayDeque<>();
        List<Block> blocks = new ArrayList<>(document.preamble());
        document.sections().forEach(section -> blocks.addAll(section.blocks()));
        pushReversed(blocks, stack);
        while (!stack.isEmpty()) {
            Block block = stack.pop();
            if (block instanceof HeadCount headCount) {
                return headCount.count();
            }
            if (block instanceof ListBlock list) {
                List<Block> nested = new ArrayList<>();
                list.items().forEach(item -> nested.addAll(item.children()));
                pushReversed(nested, stack);
            }
        }
        return OptionalInt.empty();
    }

    private static void pushReversed(List<Block> blocks, Deque<Block> stack) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(blocks.get(i));
        }
    }

    /**
     * Reports {@code speaker/unresolved} and {@code speaker/ambiguous} against an item outside attendee blocks, for
     * each of its speakers (D53).
     */
    private static void checkSpeakers(Speakers speakers, ListItem item, Findings findings) {
        for (String initials : item.speakers()) {
            List<Attendee> matches = speakers.matches(initials);
            if (matches.isEmpty()) {
                findings.report(DiagnosticCode.SPEAKER_UNRESOLVED, item, "speaker " + quote(initials)
                        + " matches the initials of no attendee; add them to the attendee list or correct the "
                        + "initials");
            } else if (matches.size() > 1) {
                // A few names are enough to act on; all of them would make the message as long as the list.
                String names = matches.stream().limit(3).map(a -> quote(a.name()))
                        .collect(Collectors.joining(", ")) + (matches.size() > 3 ? ", …" : "");
                findings.report(DiagnosticCode.SPEAKER_AMBIGUOUS, item, "speaker " + quote(initials)
                        + " matches " + matches.size() + " attendees (" + names + "); taken as the first, "
                        + quote(matches.get(0).name()) + ". Give each attendee distinct initials");
            }
        }
    }

    /**
     * The attendees indexed by initials, so that resolving every speaker of a long document stays linear (D6).
     * D53: the matches of the winning stage, case-sensitive before case-insensitive, in attendee order.
     */
    static final class Speakers {

        private final Map<String, List<Attendee>> exact = new HashMap<>();
        private final Map<String, List<Attendee>> folded = new HashMap<>();

        Speakers(List<Attendee> attendees) {
            for (Attendee attendee : attendees) {
                attendee.initials().ifPresent(initials -> {
                    exact.computeIfAbsent(initials, k -> new ArrayList<>()).add(attendee);
                    folded.computeIfAbsent(fold(initials), k -> new ArrayList<>()).add(attendee);
                });
            }
        }

        List<Attendee> matches(String initials) {
            List<Attendee> matches = exact.get(initials);
            if (matches == null) {
                matches = folded.getOrDefault(fold(initials), List.of());
            }
            return matches;
        }

        /** {@return the first match of the winning stage (D53), empty when the speaker is not listed} */
        Optional<Attendee> resolve(String initials) {
            List<Attendee> matches = matches(initials);
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
        }

        /** The key under which {@link String#equalsIgnoreCase} holds: each char upper-cased, then lower-cased. */
        private static String fold(String text) {
            StringBuilder key = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
            }
            return key.toString();
        }
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    @Override
    public String toString() {
        return "Semantics[" + attendeeBlocks.size() + " attendee blocks, " + actionItems.size() + " action items, "
                + decisions.size() + " decisions, " + findings.size() + " findings]";
    }
}
