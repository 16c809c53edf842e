package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.AttendeeEntryShapes;
import org.minutes.sdk.syntax.SignInLists;

/** Finds the attendee blocks of a document (D26, D86) and reads their attendees (D27–D35, D87–D89). */
final class AttendeeBlocks {

    /**
     * Where an attendee block is, before its attendees are read.
     *
     * @param block    a {@link Table} or a {@link ListBlock}
     * @param absent   whether it is in an {@code attendees_absentia} section
     * @param headless whether it is a preamble list taken as attendee list for want of an Attendees section
     * @param legend   the fields of a legend paragraph directly before the list (D87), empty without one
     */
    record Found(Block block, boolean absent, boolean headless, List<SignInLists.Field> legend) {
    }

    /**
     * The attendee blocks of a document, read once (D26–D35): where they are, their attendees, and what reading them
     * found, in the order met.
     *
     * @param found    where the blocks are
     * @param blocks   the blocks with their attendees
     * @param findings what reading them found
     */
    record Reading(List<Found> found, List<AttendeeBlock> blocks, List<Finding> findings) {

        /** {@return the attendee blocks found, read} */
        static Reading of(List<Found> found) {
            List<Finding> findings = new ArrayList<>();
            List<AttendeeBlock> blocks = read(found, (code, where, message) ->
                    findings.add(new Finding(code, where, message)));
            return new Reading(found, blocks, List.copyOf(findings));
        }

        /**
         * {@return whether this read these very blocks (identity), found in the same way, so that it holds for a
         * document in which they were found}
         */
        boolean readFrom(List<Found> others) {
            if (others.size() != found.size()) {
                return false;
            }
            for (int i = 0; i < found.size(); i++) {
                Found mine = found.get(i);
                Found theirs = others.get(i);
                if (mine.block() != theirs.block() || mine.absent() != theirs.absent()
                        || mine.headless() != theirs.headless() || !mine.legend().equals(theirs.legend())) {
                    return false;
                }
            }
            return true;
        }

        /** {@return the attendees of every block, in order} */
        List<Attendee> attendees() {
            List<Attendee> attendees = new ArrayList<>();
            blocks.forEach(block -> attendees.addAll(block.attendees()));
            return attendees;
        }
    }

    private AttendeeBlocks() {
    }

    /**
     * Reads the attendees of each block (D26–D35); reports {@code attendees/no-heading}, {@code attendees/missing-name},
     * {@code attendees/placeholder}, {@code attendees/unparsed-entry} and {@code table/no-name-column}.
     */
    static List<AttendeeBlock> read(List<Found> blocks, Findings findings) {
        List<AttendeeBlock> result = new ArrayList<>();
        for (Found found : blocks) {
            if (found.headless()) {
                findings.report(DiagnosticCode.ATTENDEES_NO_HEADING, found.block(), "this preamble list is read as "
                        + "the attendee list because the notes have no Attendees section; put it under an "
                        + "\"## Attendees\" heading");
            }
            List<Attendee> attendees = found.block().accept(new BlockRoles<List<Attendee>>(List.of()) {
                @Override
                public List<Attendee> visit(Table table) {
                    return AttendeeTables.attendees(table, found.absent(), findings);
                }

                @Override
                public List<Attendee> visit(ListBlock list) {
                    return entries(list, found, findings);
                }
            });
            result.add(new AttendeeBlock(found.block(), found.absent(), found.headless(), attendees));
        }
        return List.copyOf(result);
    }

    /**
     * Reads the entries of an attendee list (D32–D35, D87–D89): the legend is the paragraph's before the list or the
     * first entry's, which is then no person.
     */
    private static List<Attendee> entries(ListBlock list, Found found, Findings findings) {
        List<SignInLists.Field> legend = found.legend();
        if (legend.isEmpty() && !list.items().isEmpty()) {
            legend = AttendeeEntries.legend(list.items().get(0)).orElse(List.of());
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            entry(list.items().get(i), legend, i == 0, found.absent(), findings).ifPresent(attendees::add);
        }
        return attendees;
    }

    private static Optional<Attendee> entry(ListItem item, List<SignInLists.Field> legend, boolean first,
                                            boolean absent, Findings findings) {
        AttendeeEntryShapes.Entry entry = AttendeeEntries.parse(item, legend, first);
        if (entry.kind() == AttendeeEntryShapes.Kind.PLACEHOLDER) {
            findings.report(DiagnosticCode.ATTENDEES_PLACEHOLDER, item, "attendee entry " + Semantics.quote(entry.text())
                    + " is a placeholder and names no one; fill it in or remove it");
        } else if (entry.kind() == AttendeeEntryShapes.Kind.UNPARSED) {
            findings.report(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY, item, "attendee entry " + Semantics.quote(entry.text())
                    + " fits no known shape, so the whole text is taken as the name; write it as "
                    + "\"INI: Given Family (@handle), Org\"");
        }
        return AttendeeEntries.attendee(entry, absent);
    }

    /**
     * Finds the attendee blocks in document order (D26, D86): the top-level tables and lists of {@code attendees}
     * and {@code attendees_absentia} sections; in the preamble and other sections, each top-level list directly after
     * a paragraph introducing a sign-in list; and, when there is no {@code attendees} section, each other preamble
     * list holding an entry of the full D32 shape. Comments and code never qualify.
     *
     * @param preamble the document's preamble
     * @param sections the document's sections
     * @return the blocks
     */
    static List<Found> of(List<Block> preamble, List<Section> sections) {
        // The sections first, in one pass that also tells whether one is an attendees section, which decides what
        // the preamble may hold; the preamble's blocks come first in the result.
        List<Found> inSections = new ArrayList<>();
        boolean attendeesSection = false;
        for (Section section : sections) {
            attendeesSection |= section.kind() == SectionKind.ATTENDEES;
            scan(section.blocks(), section.kind(), false, inSections);
        }
        List<Found> blocks = new ArrayList<>();
        scan(preamble, null, !attendeesSection, blocks);
        blocks.addAll(inSections);
        return List.copyOf(blocks);
    }

    /** One block list: a section's (of {@code kind}) or the preamble's ({@code kind} null). */
    private static void scan(List<Block> blocks, SectionKind kind, boolean headlessAllowed, List<Found> out) {
        boolean lists = kind != null && kind.listsAttendees();
        boolean absent = kind == SectionKind.ATTENDEES_ABSENTIA;
        Block previous = null;
        for (Block block : blocks) {
            List<SignInLists.Field> legend = previous == null ? List.of() : previous.accept(LEGEND);
            Role role = block.accept(ROLE);
            if (role == Role.TABLE && lists) {
                out.add(new Found(block, absent, false, List.of()));
            } else if (role == Role.LIST && (lists || (previous != null && previous.accept(SIGN_IN)))) {
                out.add(new Found(block, absent, false, legend));
            } else if (role == Role.LIST && headlessAllowed && hasFullShapeEntry((ListBlock) block)) {
                out.add(new Found(block, false, true, List.of()));
            }
            previous = block;
        }
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

    /** What a block can be to D26. */
    private enum Role { TABLE, LIST, OTHER }

    private static final BlockVisitor<Role> ROLE = new BlockRoles<>(Role.OTHER) {
        @Override
        public Role visit(Table table) {
            return Role.TABLE;
        }

        @Override
        public Role visit(ListBlock listBlock) {
            return Role.LIST;
        }
    };

    /** D86: whether a block is a paragraph introducing a sign-in list. */
    private static final BlockVisitor<Boolean> SIGN_IN = new BlockRoles<>(false) {
        @Override
        public Boolean visit(Paragraph paragraph) {
            return SignInLists.introducesSignIn(paragraph.plainText());
        }
    };

    /** D87: the fields of a legend paragraph, empty for any other block. */
    private static final BlockVisitor<List<SignInLists.Field>> LEGEND = new BlockRoles<>(List.of()) {
        @Override
        public List<SignInLists.Field> visit(Paragraph paragraph) {
            return SignInLists.legend(paragraph.plainText()).orElse(List.of());
        }
    };

    private static boolean hasFullShapeEntry(ListBlock list) {
        for (ListItem item : list.items()) {
            if (AttendeeEntries.isFullShape(item)) {
                return true;
            }
        }
        return false;
    }
}
