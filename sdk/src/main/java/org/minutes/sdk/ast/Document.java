package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.MeetingDate;
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
 * <p>A document may carry the name of its source (a path, or a name passed with the text, D84 (4)): it is an input of
 * the semantics (the meeting date may come from it), not a part of the AST, so it takes no part in {@code equals}.
 * Build such a document with {@link #of(Optional, List, Optional, List, List, Optional)}.
 *
 * <p>Its speakers must read back from its rendering: a name speaker (D91) must name a listed attendee, and where no
 * attendee has written initials an initials speaker must match derived initials (D90); otherwise the constructors
 * throw {@link IllegalArgumentException}.
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
        this(parts, Semantics.of(parts, Optional.empty(), Optional.empty()));
    }

    private Document(Parts parts, Semantics semantics) {
        this(parts.frontMatter(), parts.lead(), parts.title(), parts.preamble(), parts.sections(), semantics);
    }

    /**
     * Builds a document from its parts and the name of its source, and recognises what they mean (D66–D68, D84) once.
     * The source name is used only as D84 (4) says, as a last source of the meeting date.
     *
     * @param frontMatter the YAML front matter (D9), if any
     * @param lead        blocks before the title (D7); empty when there is no title
     * @param title       the title heading (D14), if the first heading has level 1
     * @param preamble    blocks between the title (or the start) and the first section (D17)
     * @param sections    the sections in document order (D23)
     * @param sourceName  the source's name, such as a path relative as given ({@code 2031/widget-09-02.md}), if any
     * @return the document
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public static Document of(Optional<FrontMatter> frontMatter, List<Block> lead, Optional<Title> title,
                              List<Block> preamble, List<Section> sections, Optional<String> sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        Parts parts = new Parts(frontMatter, title, lead, preamble, sections);
        return new Document(parts, Semantics.of(parts, sourceName, Optional.empty()));
    }

    /**
     * Builds a document as {@link #of(Optional, List, Optional, List, List, Optional)} does, without reading the
     * attendee blocks again when {@code roster} was read from the very blocks (the same instances) that are the
     * attendee blocks of these parts ({@link Roster#readFrom(List, List)}), as a parser does that needs the attendee
     * list before it reads the speakers of the items (D47 as amended, D90, D91). Any other roster is ignored, and the
     * document means the same either way.
     *
     * @param frontMatter the YAML front matter (D9), if any
     * @param lead        blocks before the title (D7); empty when there is no title
     * @param title       the title heading (D14), if the first heading has level 1
     * @param preamble    blocks between the title (or the start) and the first section (D17)
     * @param sections    the sections in document order (D23)
     * @param sourceName  the source's name, if any (D84 (4))
     * @param roster      a roster read by {@link Roster#of(List, List)}, reused when it read these parts' attendee blocks
     * @return the document
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public static Document of(Optional<FrontMatter> frontMatter, List<Block> lead, Optional<Title> title,
                              List<Block> preamble, List<Section> sections, Optional<String> sourceName,
                              Roster roster) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(roster, "roster");
        Parts parts = new Parts(frontMatter, title, lead, preamble, sections);
        return new Document(parts, Semantics.of(parts, sourceName, Optional.of(roster)));
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

    /**
     * {@return the front matter's top-level mapping (D9), read once and unmodifiable; empty without front matter or
     * when it is no YAML mapping (D10)} Keys are strings; values are strings, numbers, booleans, nulls, and
     * unmodifiable lists and maps of them.
     */
    public Optional<Map<String, Object>> frontMatterValues() {
        return semantics.frontMatterValues();
    }

    /** {@return the front matter's {@code tags} (D9), empty without front matter} */
    public List<String> tags() {
        return semantics.tags();
    }

    /** {@return whether the title is marked {@code DRAFT} (D15)} */
    public boolean draft() {
        return title.map(Title::draft).orElse(false);
    }

    /** {@return the name of the source the document was read from (D84 (4)), empty when none was given} */
    public Optional<String> sourceName() {
        return semantics.sourceName();
    }

    /**
     * {@return the meeting date and its source (D84): the first found of the title date, the front matter's
     * {@code date:}, an ISO date at the end of the title, a {@code Date:} label and the source name}
     */
    public Optional<MeetingDate> meetingDate() {
        return semantics.meetingDate();
    }

    /** {@return the meeting date (D84), whatever its source; the title's own date is {@link Title#date()}} */
    public Optional<LocalDate> date() {
        return meetingDate().map(MeetingDate::date);
    }

    /**
     * {@return the meeting name (D15, D84) as plain text: the title's name without an ISO-date suffix whenever D84
     * (2) finds one, else the title's name text; empty without title}
     */
    public String name() {
        return semantics.name();
    }

    /** {@return the destination of the meeting link (D18)} */
    public Optional<String> meetingLink() {
        return semantics.meetingLink();
    }

    /**
     * {@return the scheduled times from the preamble's time links (D19–D21); without a time link, the time of a
     * {@code Time:} or {@code Date: … at} label (D85) as the primary time}
     */
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

    /** {@return the agenda topics in document order, each discussed, pending or untracked (D67 (2))} */
    public List<Topic> topics() {
        return semantics.topics();
    }

    /** {@return open and completed action items in document order (D67 (1), D93)} */
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
     * Resolves a speaker as written to an attendee of this document, as the document's rules say: initials against
     * the written initials (D53) or, where attendees are listed and none has written initials, against the derived
     * ones (D90), a case-sensitive match first, then a case-insensitive one; a name (D91) against the attendees' full
     * names, first words of names and handles, case-insensitively. Of several matches the first.
     *
     * @param who the speaker as written, such as {@code QE} or {@code Quinn}
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolveSpeaker(String who) {
        return semantics.resolveSpeaker(who);
    }

    /**
     * Reads an attendee's derived initials (D90): in a document where at least one attendee is listed and none has
     * written initials, the first letter of each word of the name holding a letter, upper-cased, parenthesised words
     * skipped. The attendee's own {@link Attendee#initials()} stays as written.
     *
     * @param attendee an attendee of this document
     * @return the derived initials, empty in a document with written initials or when the name holds no letter
     */
    public Optional<String> derivedInitials(Attendee attendee) {
        return semantics.derivedInitials(attendee);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
