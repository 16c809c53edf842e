package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.syntax.Checkboxes;

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
    private final Optional<Map<String, Object>> frontMatterValues;
    private final List<String> tags;
    private final List<AttendeeBlock> attendeeBlocks;
    private final List<Attendee> attendees;
    private final Roster roster;
    private final Optional<String> meetingLink;
    private final Schedule schedule;
    private final Optional<String> description;
    private final OptionalInt headCount;
    private final Set<Block> attendeeBlockIdentities;
    private final List<Finding> findings;
    /** Topics, action items and decisions: read on first use, since parsing needs none of them (see {@link #agenda}). */
    private volatile Agenda agenda;

    private Semantics(Parts parts, Optional<String> sourceName, Optional<Roster> known) {
        this.parts = parts;
        this.sourceName = sourceName;
        // The YAML is read once here (D9, D10, D84 (1)).
        Optional<Yaml.Reading> yaml = parts.frontMatter().map(matter -> Yaml.read(matter.yaml()));
        Optional<Map<String, Object>> frontMatter = yaml.flatMap(Yaml.Reading::mapping);
        this.frontMatterValues = frontMatter.map(Yaml::frozen);
        this.tags = frontMatter.flatMap(FrontMatter::tagsOf).orElse(List.of());
        List<Finding> found = new ArrayList<>();
        Findings sink = (code, where, message) -> found.add(new Finding(code, where, message));
        yaml.ifPresent(reading -> reading.problems().forEach(problem ->
                sink.report(problem.code(), parts.frontMatter().orElseThrow(), problem.message())));
        // The parser read the attendee blocks before the items (D47 as amended); what it read is not read again.
        Optional<AttendeeBlocks.Reading> read = known.flatMap(r -> r.reading(parts.preamble(), parts.sections()));
        List<AttendeeBlocks.Found> blocks = read.map(AttendeeBlocks.Reading::found)
                .orElseGet(() -> AttendeeBlocks.of(parts.preamble(), parts.sections()));
        AttendeeBlocks.Reading reading = read.orElseGet(() -> AttendeeBlocks.Reading.of(blocks));
        this.attendeeBlocks = reading.blocks();
        this.roster = read.isPresent() ? known.orElseThrow() : Roster.of(reading);
        this.attendees = roster.attendees();
        this.attendeeBlockIdentities = AttendeeBlocks.identities(blocks);
        // Labels, links, the head count and the speakers in one walk; the speakers' findings come last, as they did
        // when each had a walk of its own. One message per unresolved speaker, shared by its findings: a long note
        // repeats a few speakers many times.
        List<Finding> speakerFindings = new ArrayList<>();
        Findings speakerSink = (code, where, message) -> speakerFindings.add(new Finding(code, where, message));
        Map<String, String> unresolved = new HashMap<>();
        BlockSweep.Found swept = BlockSweep.of(parts, attendeeBlockIdentities,
                item -> checkSpeakers(roster, item, speakerSink, unresolved));
        MeetingDates.Reading dates = MeetingDates.read(parts, swept.labels(), frontMatter, sourceName, sink);
        this.meetingDate = dates.date();
        this.name = dates.name();
        found.addAll(reading.findings());
        this.meetingLink = Preambles.meetingLink(swept.linkGroups());
        this.schedule = Preambles.schedule(swept.linkGroups(), meetingDate.map(MeetingDate::date), dates.labelTime(),
                sink);
        this.description = Preambles.description(parts);
        this.headCount = swept.headCount();
        found.addAll(speakerFindings);
        this.findings = List.copyOf(found);
    }

    /**
     * What the items mean (D67, D68).
     *
     * @param topics               the agenda topics in document order
     * @param actionItems          open and completed action items in document order
     * @param openActionItems      the open ones
     * @param completedActionItems the completed ones
     * @param decisions            the decisions in document order
     */
    private record Agenda(List<Topic> topics, List<ActionItem> actionItems, List<ActionItem> openActionItems,
                          List<ActionItem> completedActionItems, List<Decision> decisions) {
    }

    /**
     * {@return the agenda, read once on first use} The parts are immutable, so two threads that race here compute
     * equal agendas and either may be kept.
     */
    private Agenda agenda() {
        Agenda read = agenda;
        if (read == null) {
            List<Topic> topics = new ArrayList<>();
            List<ActionItem> items = new ArrayList<>();
            List<Decision> decided = new ArrayList<>();
            ActionItems.forEachItem(parts, attendeeBlockIdentities, (item, place) -> {
                ActionItems.decision(item).ifPresent(decided::add);
                return ActionItems.read(item, place, roster, topics::add, items::add);
            });
            List<ActionItem> all = List.copyOf(items);
            read = new Agenda(List.copyOf(topics), all, all.stream().filter(item -> !item.done()).toList(),
                    all.stream().filter(ActionItem::done).toList(), List.copyOf(decided));
            agenda = read;
        }
        return read;
    }

    /** {@return the checked parts this was computed from} */
    Parts parts() {
        return parts;
    }

    /**
     * {@return the semantics of these parts, read with the source's name, if any (D84 (4)), reusing the attendee
     * blocks a known roster read from these very parts}
     */
    static Semantics of(Parts parts, Optional<String> sourceName, Optional<Roster> known) {
        return new Semantics(parts, sourceName, known);
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

    /** {@return the front matter's top-level mapping, unmodifiable (D9), empty without one (D10)} */
    public Optional<Map<String, Object>> frontMatterValues() {
        return frontMatterValues;
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
        return agenda().topics();
    }

    /** {@return open and completed action items in document order (D67)} */
    public List<ActionItem> actionItems() {
        return agenda().actionItems();
    }

    /** {@return the open action items (D67)} */
    public List<ActionItem> openActionItems() {
        return agenda().openActionItems();
    }

    /** {@return the completed action items (D67)} */
    public List<ActionItem> completedActionItems() {
        return agenda().completedActionItems();
    }

    /** {@return the decisions in document order (D68)} */
    public List<Decision> decisions() {
        return agenda().decisions();
    }

    /** {@return the attendee list as speakers are resolved against it (D47 as amended, D53, D90, D91)} */
    public Roster roster() {
        return roster;
    }

    /**
     * Resolves a speaker as written to an attendee (D53, D90, D91); see {@link Document#resolveSpeaker(String)}.
     *
     * @param who the speaker as written
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolveSpeaker(String who) {
        return roster.resolve(who);
    }

    /**
     * Reads an attendee's derived initials (D90); see {@link Document#derivedInitials(Attendee)}.
     *
     * @param attendee an attendee of the document
     * @return the derived initials, empty in a document with written initials
     */
    public Optional<String> derivedInitials(Attendee attendee) {
        return roster.derivedInitials(attendee);
    }

    /**
     * {@return what was found while reading the meaning, in the order met: {@code attendees/*} and
     * {@code table/no-name-column} (D26, D30), {@code preamble/*} (D19–D21) and {@code speaker/*} (D53)}
     */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether a speaker prefix is written as a checkbox ({@code [x]}, D45): one initial of one character, in brackets. */
    private static boolean spellsCheckbox(SpeakerPrefix prefix) {
        // Only [c] has the checkbox's shape: one character between the brackets. Spares every other prefix its text.
        return prefix.initials().size() == 1 && prefix.initials().get(0).length() == 1
                && Checkboxes.letter(prefix.written() + " ") != Checkboxes.NONE;
    }

    /**
     * Reports {@code speaker/unresolved} and {@code speaker/ambiguous} against an item outside attendee blocks, for
     * each of its speakers (D53, D90, D91), and checks the AST invariant of D90 and D91: a name speaker matches an
     * attendee, and in a document with derived initials an initials speaker matches derived initials; otherwise the
     * document could not be read back from its rendering.
     *
     * A bracketed speaker that spells a checkbox on an item without one ({@code [x]}, D45) breaks it too.
     *
     * @throws IllegalArgumentException when the item breaks the invariant
     */
    private static void checkSpeakers(Roster roster, ListItem item, Findings findings, Map<String, String> unresolved) {
        boolean name = item.speaker().map(prefix -> prefix.form().isName()).orElse(false);
        if (item.checkbox().isEmpty() && item.speaker().filter(Semantics::spellsCheckbox).isPresent()) {
            throw new IllegalArgumentException("speaker " + quote(item.speakers().get(0)) + " in brackets on an item "
                    + "without checkbox would read back as a checkbox (D45)");
        }
        for (String who : item.speakers()) {
            List<Attendee> matches = name ? roster.nameMatches(who) : roster.initialsMatches(who);
            if (matches.isEmpty() && name) {
                throw new IllegalArgumentException("name speaker " + quote(who) + " is no attendee's full name, "
                        + "first name or handle, so it would read back as a label (D91)");
            }
            if (matches.isEmpty() && roster.derivesInitials()) {
                throw new IllegalArgumentException("speaker " + quote(who) + " matches the derived initials of no "
                        + "attendee, so it would read back as a label (D90)");
            }
            if (matches.isEmpty()) {
                findings.report(DiagnosticCode.SPEAKER_UNRESOLVED, item,
                        unresolved.computeIfAbsent(who, Semantics::unresolvedMessage));
            } else if (matches.size() > 1) {
                // A few names are enough to act on; all of them would make the message as long as the list.
                String names = matches.stream().limit(3).map(a -> quote(a.name()))
                        .collect(Collectors.joining(", ")) + (matches.size() > 3 ? ", …" : "");
                findings.report(DiagnosticCode.SPEAKER_AMBIGUOUS, item, "speaker " + quote(who)
                        + " matches " + matches.size() + " attendees (" + names + "); taken as the first, "
                        + quote(matches.get(0).name()) + (name ? ". Write the full name" : ". Give each attendee "
                        + "distinct initials"));
            }
        }
    }

    private static String unresolvedMessage(String who) {
        return "speaker " + quote(who) + " matches the initials of no attendee; add them to the attendee list or "
                + "correct the initials";
    }

    /** {@return the text in double quotes, whole, for messages} */
    static String quote(String text) {
        return "\"" + text + "\"";
    }

    @Override
    public String toString() {
        return "Semantics[" + attendeeBlocks.size() + " attendee blocks, " + actionItems().size() + " action items, "
                + decisions().size() + " decisions, " + findings.size() + " findings]";
    }
}
