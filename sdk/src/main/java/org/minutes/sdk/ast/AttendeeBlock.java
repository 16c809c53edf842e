package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;

import org.minutes.sdk.model.Attendee;

/**
 * A block listing attendees (D26) with the attendees read from it (D27–D35), as the document recorded them when it
 * was built. Converters read these instead of deriving them again.
 *
 * @param block     the {@link Table} or {@link ListBlock}, the very instance held by the document
 * @param absent    whether it is in an {@code attendees_absentia} section (D26)
 * @param headless  whether it is a preamble list taken as attendee list for want of an Attendees section (D26)
 * @param attendees the attendees it yields, in order, {@code absent} set from the flag
 */
public record AttendeeBlock(Block block, boolean absent, boolean headless, List<Attendee> attendees) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException when the block is neither a table nor a list
     */
    public AttendeeBlock {
        Objects.requireNonNull(block, "block");
        if (!block.accept(TABLE_OR_LIST)) {
            throw new IllegalArgumentException("an attendee block is a table or a list (D26), not "
                    + block.getClass().getSimpleName());
        }
        attendees = List.copyOf(attendees);
    }

    /** Whether a block is a table or a list (D26). */
    private static final BlockVisitor<Boolean> TABLE_OR_LIST = new BlockRoles<>(false) {
        @Override
        public Boolean visit(Table table) {
            return true;
        }

        @Override
        public Boolean visit(ListBlock listBlock) {
            return true;
        }
    };
}
