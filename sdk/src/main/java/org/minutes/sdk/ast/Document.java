package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.minutes.sdk.model.Attendee;
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
 * <p>Besides its parts, a document answers the questions of the semantic model (D66–D68) as plain methods. They are
 * recognised once, when the document is built, and kept in the derived component {@link #semantics()}: the
 * five-argument constructor computes it, whether the parser or a program builds the document, so a document built in
 * code has the semantics the parser gives its rendering. A record cannot hold a hidden field, so the derived value is
 * a component; it is left out of {@code equals}, {@code hashCode} and {@code toString}, which compare the parts alone
 * (D70), and the canonical constructor accepts only a {@code Semantics} computed from the very same parts.
 *
 * @param frontMatter the YAML front matter (D9), if any
 * @param lead        blocks before the title (D7); empty when there is no title
 * @param title       the title heading (D14), if the first heading has level 1
 * @param preamble    blocks between the title (or the start) and the first section (D17)
 * @param sections    the sections in document order (D23)
 * @param semantics   what the parts mean, derived from them (D66–D68)
 */
public record Document(Optional<FrontMatter> frontMatter, List<Block> lead, Optional<Title> title,
                       List<Block> preamble, List<Section> sections, Semantics semantics) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant, or when {@code semantics} was not
     *                                  computed from exactly these parts
     */
    public Document {
        Objects.requireNonNull(semantics, "semantics");
        Parts checked = semantics.parts();
        if (!checked.are(frontMatter, title, lead, preamble, sections)) {
            checked = new Parts(frontMatter, title, lead, preamble, sections);
            if (!semantics.belongsTo(checked)) {
                throw new IllegalArgumentException("semantics computed from other parts; build the document with the "
                        + "five-argument constructor, which computes them");
            }
        }
        lead = checked.lead();
        preamble = checked.preamble();
        sections = checked.sections();
    }

    /**
     * Builds a document from its parts and recognises what they mean (D66–D68) once.
     *
     * @param frontMatter the YAML front matter (D9), if any
     * @param lead        blocks before the title (D7); empty when there is no title
     * @param title       the title heading (D14), if the first heading has level 1
     * @param preamble    blocks between the title (or the start) and the first section (D17)
     * @param sections    the sections in document order (D23)
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Document(Optional<FrontMatter> frontMatter, List<Block> lead, Optional<Title> title, List<Block> preamble,
                    List<Section> sections) {
        this(new Parts(frontMatter, title, lead, preamble, sections));
    }

    /** Builds a document from checked parts: the canonical constructor finds them in the semantics, unchecked. */
    private Document(Parts parts) {
        this(parts.frontMatter(), parts.lead(), parts.title(), parts.preamble(), parts.sections(), Semantics.of(parts));
    }

    /** {@return whether the other object is a document with equal parts; the derived semantics follow from them} */
    @Override
    public boolean equals(Object other) {
        return other instanceof Document that && frontMatter.equals(that.frontMatter) && lead.equals(that.lead)
                && title.equals(that.title) && preamble.equals(that.preamble) && sections.equals(that.sections);
    }

    /** {@return a hash of the parts} */
    @Override
    public int hashCode() {
        return Objects.hash(frontMatter, lead, title, preamble, sections);
    }

    /** {@return the parts, as a record would show them} */
    @Override
    public String toString() {
        return "Document[frontMatter=" + frontMatter + ", lead=" + lead + ", title=" + title + ", preamble="
                + preamble + ", sections=" + sections + "]";
    }

    /** {@return the front matter's {@code tags} (D9), empty without front matter} */
    public List<String> tags() {
        return semantics.tags();
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
        return semantics.meetingLink();
    }

    /** {@return the scheduled times from the preamble's time links (D19–D21)} */
    public Schedule schedule() {
        return semantics.schedule();
    }

    /** {@return the meeting description (D22)} */
    public Optional<String> description() {
        return semantics.description();
    }

    /** {@return the attendee blocks in document order (D26), each with its block, flags and attendees} */
    public List<AttendeeBlock> attendeeBlocks() {
        return semantics.attendeeBlocks();
    }

    /** {@return the attendees of every attendee block, in order, absentees marked (D26–D35)} */
    public List<Attendee> attendees() {
        return semantics.attendees();
    }

    /** {@return the first head count of the document (D36), empty when absent or a placeholder} */
    public OptionalInt headCount() {
        return semantics.headCount();
    }

    /** {@return open and completed action items in document order (D67)} */
    public List<ActionItem> actionItems() {
        return semantics.actionItems();
    }

    /** {@return the open action items (D67)} */
    public List<ActionItem> openActionItems() {
        return semantics.openActionItems();
    }

    /** {@return the completed action items (D67)} */
    public List<ActionItem> completedActionItems() {
        return semantics.completedActionItems();
    }

    /** {@return the decisions (D68)} */
    public List<Decision> decisions() {
        return semantics.decisions();
    }

    /**
     * Resolves a speaker's initials to an attendee of this document (D53): a case-sensitive match first, then a
     * case-insensitive one; of several matches the first.
     *
     * @param initials the speaker's initials
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolveSpeaker(String initials) {
        return semantics.resolveSpeaker(initials);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
