package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.minutes.sdk.internal.Findings;
import org.minutes.sdk.internal.semantics.Meetings;
import org.minutes.sdk.model.ActionItem;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.Decision;
import org.minutes.sdk.model.Schedule;

/**
 * A whole notes file (D7): optional front matter, lead blocks, an optional title, the preamble and a flat list of
 * sections.
 *
 * <pre>
 * ---
 * tags: [meeting-notes]
 * ---
 * # 2026-01-14 Conda Ecosystem Meeting
 * [Zoom link](https://zoom.us/j/1) · …
 * ## Attendees
 * …
 * </pre>
 *
 * <p>Besides its parts, a document answers the questions of the semantic model (D66–D68) as plain methods, derived
 * from the AST alone each time they are called.
 *
 * @param frontMatter the YAML front matter (D9), if any
 * @param lead        blocks before the title (D7); empty when there is no title
 * @param title       the title heading (D14), if the first heading has level 1
 * @param preamble    blocks between the title (or the start) and the first section (D17)
 * @param sections    the sections in document order (D23)
 */
public record Document(Optional<FrontMatter> frontMatter, List<Block> lead, Optional<Title> title,
                       List<Block> preamble, List<Section> sections) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Document {
        Objects.requireNonNull(frontMatter, "frontMatter");
        lead = Checks.blocks(lead, "lead");
        Objects.requireNonNull(title, "title");
        preamble = Checks.blocks(preamble, "preamble");
        sections = Checks.list(sections, "sections");
        if (title.isEmpty() && !sections.isEmpty() && sections.get(0).level() == 1) {
            throw new IllegalArgumentException("without a title the first section cannot have level 1: it would be "
                    + "the title (D14)");
        }
        if (title.isEmpty() && !lead.isEmpty()) {
            throw new IllegalArgumentException("a document without title has no lead blocks (D7): "
                    + lead.size() + " given");
        }
    }

    /** {@return the front matter's {@code tags} (D9), empty without front matter} */
    public List<String> tags() {
        return frontMatter.map(FrontMatter::tags).orElse(List.of());
    }

    /** {@return whether the title is marked {@code DRAFT} (D15)} */
    public boolean draft() {
        return title.map(Title::draft).orElse(false);
    }

    /** {@return the meeting date from the title (D15)} */
    public Optional<LocalDate> date() {
        return title.flatMap(Title::date);
    }

    /** {@return the meeting name from the title as plain text (D15), empty without title} */
    public String name() {
        return title.map(Title::nameText).orElse("");
    }

    /** {@return the destination of the meeting link (D18)} */
    public Optional<String> meetingLink() {
        return Meetings.meetingLink(this);
    }

    /** {@return the scheduled times from the preamble's time links (D19–D21)} */
    public Schedule schedule() {
        return Meetings.schedule(this, Findings.NONE);
    }

    /** {@return the meeting description (D22)} */
    public Optional<String> description() {
        return Meetings.description(this);
    }

    /** {@return the attendees of every attendee block, in order, absentees marked (D26–D35)} */
    public List<Attendee> attendees() {
        return Meetings.attendees(this, Findings.NONE);
    }

    /** {@return the first head count of the document (D36), empty when absent or a placeholder} */
    public OptionalInt headCount() {
        return Meetings.headCount(this);
    }

    /** {@return open and completed action items in document order (D67)} */
    public List<ActionItem> actionItems() {
        return Meetings.actionItems(this);
    }

    /** {@return the open action items (D67)} */
    public List<ActionItem> openActionItems() {
        return actionItems().stream().filter(item -> !item.done()).toList();
    }

    /** {@return the completed action items (D67)} */
    public List<ActionItem> completedActionItems() {
        return actionItems().stream().filter(ActionItem::done).toList();
    }

    /** {@return the decisions (D68)} */
    public List<Decision> decisions() {
        return Meetings.decisions(this);
    }

    /**
     * Resolves a speaker's initials to an attendee of this document (D53): a case-sensitive match first, then a
     * case-insensitive one; of several matches the first.
     *
     * @param initials the speaker's initials
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolveSpeaker(String initials) {
        return Meetings.resolveSpeaker(attendees(), initials);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
