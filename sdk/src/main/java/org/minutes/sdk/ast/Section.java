package org.minutes.sdk.ast;

import java.util.List;

import org.minutes.sdk.internal.semantics.SectionKinds;

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
 * @param level   the heading level, 1 to 6
 * @param heading the heading text as inline content
 * @param blocks  the section's blocks
 */
public record Section(int level, List<Inline> heading, List<Block> blocks) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Section {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level " + level + " must be between 1 and 6");
        }
        heading = Checks.list(heading, "heading");
        blocks = Checks.list(blocks, "blocks");
    }

    /** {@return the heading as plain text (D54)} */
    public String headingText() {
        return Inlines.plainText(heading);
    }

    /** {@return the kind recognised from the heading text (D24, D25)} */
    public SectionKind kind() {
        return SectionKinds.classify(headingText());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
