package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.minutes.sdk.syntax.HeadCounts;

/**
 * A section (D23): a heading after the title and the blocks up to the next heading. Sections do not nest; the level
 * is kept as written.
 *
 * <pre>
 * ## Attendees
 * | Name | Initials |
 * …
 * </pre>
 *
 * <p>The kind is recognised once, when the heading is checked, and kept as the derived component {@link #kind()}: the
 * checked heading list carries it, so the three-argument constructor and {@link #of} read it and the canonical
 * constructor checks a given kind against it without recognising it again. It is a function of the heading, so it
 * changes nothing in {@code equals} (D70).
 *
 * @param level   the heading level, 1 to 6
 * @param heading the heading text as inline content
 * @param blocks  the section's blocks
 * @param kind    the kind recognised from the heading text (D24, D25)
 */
public record Section(int level, List<Inline> heading, List<Block> blocks, SectionKind kind) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant, or when {@code kind} is not the one
     *                                  the heading reads as
     */
    public Section {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level " + level + " must be between 1 and 6");
        }
        Heading checked = Heading.of(heading);
        heading = checked;
        blocks = Checks.blocks(blocks, "section");
        Objects.requireNonNull(kind, "kind");
        if (kind != checked.kind()) {
            throw new IllegalArgumentException("kind " + kind + " is not the one the heading reads as (D24, D25): "
                    + checked.kind());
        }
        if (kind.listsAttendees()) {
            checkAttendeeBlocks(blocks);
        }
    }

    /**
     * Builds a section and recognises its kind from the heading (D24, D25).
     *
     * @param level   the heading level, 1 to 6
     * @param heading the heading text as inline content
     * @param blocks  the section's blocks
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Section(int level, List<Inline> heading, List<Block> blocks) {
        this(level, Heading.of(heading), blocks);
    }

    /** Builds a section from a checked heading, whose kind it reads. */
    private Section(int level, Heading heading, List<Block> blocks) {
        this(level, heading, blocks, heading.kind());
    }

    /**
     * Builds a section whose blocks depend on its kind, as a parser's do (D26, D47: attendee entries have no
     * speakers): the kind is recognised from the heading once, handed to {@code blocks}, and kept.
     *
     * @param level   the heading level, 1 to 6
     * @param heading the heading text as inline content
     * @param blocks  makes the section's blocks for the kind the heading reads as
     * @return the section
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public static Section of(int level, List<Inline> heading, Function<SectionKind, List<Block>> blocks) {
        Heading checked = Heading.of(heading);
        return new Section(level, checked, blocks.apply(checked.kind()));
    }

    /** {@return the heading as plain text (D54)} */
    public String headingText() {
        return Inlines.plainText(heading);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }

    /**
     * D26, D36, D47: in attendee sections items are entries: they have no speaker prefix, and a line of a top-level
     * entry that reads as a head count ends the list instead.
     */
    /** Whether a line after the first, also one starting inside link or image text (D56), reads as a head count. */
    private static boolean laterLineReadsAsHeadCount(List<Inline> content) {
        for (int i = 0; i < content.size(); i++) {
            Inline inline = content.get(i);
            // D36 is line-level here: what follows on the line, a link spanning lines included, does not matter.
            if (inline instanceof SoftBreak && i + 1 < content.size() && content.get(i + 1) instanceof Text text
                    && HeadCounts.matches(text.literal())) {
                return true;
            }
            if (inline instanceof Linked linked && laterLineReadsAsHeadCount(linked.content())) {
                return true;
            }
        }
        return false;
    }

    private static void checkAttendeeBlocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    if (laterLineReadsAsHeadCount(item.content())) {
                        throw new IllegalArgumentException("an attendee entry's line reads as a head count, "
                                + "which ends the list (D36)");
                    }
                }
            }
            Nodes.walk(block, node -> {
                if (node instanceof ListItem item && item.speaker().isPresent()) {
                    throw new IllegalArgumentException("attendee entries have no speaker prefix (D26, D47): "
                            + item.speaker().get());
                }
            });
        }
    }
}
