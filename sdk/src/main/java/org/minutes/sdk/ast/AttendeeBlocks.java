package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Finds the attendee blocks of a document (D26). */
final class AttendeeBlocks {

    /**
     * Where an attendee block is, before its attendees are read.
     *
     * @param block    a {@link Table} or a {@link ListBlock}
     * @param absent   whether it is in an {@code attendees_absentia} section
     * @param headless whether it is a preamble list taken as attendee list for want of an Attendees section
     */
    record Found(Block block, boolean absent, boolean headless) {
    }

    private AttendeeBlocks() {
    }

    /**
     * Finds the attendee blocks in document order (D26): the top-level tables and lists of {@code attendees} and
     * {@code attendees_absentia} sections and, when there is no {@code attendees} section, each preamble list holding
     * an entry of the full D32 shape. Comments and code never qualify.
     *
     * @param document the document
     * @return the blocks
     */
    static List<Found> of(Parts document) {
        List<Found> blocks = new ArrayList<>();
        List<SectionKind> kinds = document.sections().stream().map(Section::kind).toList();
        if (!kinds.contains(SectionKind.ATTENDEES)) {
            for (Block block : document.preamble()) {
                if (block instanceof ListBlock list && hasFullShapeEntry(list)) {
                    blocks.add(new Found(list, false, true));
                }
            }
        }
        for (int i = 0; i < kinds.size(); i++) {
            SectionKind kind = kinds.get(i);
            if (!kind.listsAttendees()) {
                continue;
            }
            for (Block block : document.sections().get(i).blocks()) {
                if (block instanceof Table || block instanceof ListBlock) {
                    blocks.add(new Found(block, kind == SectionKind.ATTENDEES_ABSENTIA, false));
                }
            }
        }
        return List.copyOf(blocks);
    }

    /**
     * Collects the blocks themselves, compared by identity: records are equal by structure (D70), and a list equal
     * to an attendee list elsewhere in the document is not an attendee list for that.
     *
     * @param blocks the attendee blocks
     * @return an identity set of their blocks
     */
    static Set<Block> identities(List<Found> blocks) {
        Set<Block> set = Collections.newSetFromMap(new IdentityHashMap<>());
        blocks.forEach(b -> set.add(b.block()));
        return set;
    }

    private static boolean hasFullShapeEntry(ListBlock list) {
        for (ListItem item : list.items()) {
            if (AttendeeEntries.parse(item).fullShape()) {
                return true;
            }
        }
        return false;
    }
}
