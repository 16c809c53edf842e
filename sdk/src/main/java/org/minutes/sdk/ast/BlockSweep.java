package org.minutes.sdk.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One walk over a document's blocks and list items, in document order (an item's text before its nested blocks), for
 * everything the semantics reads from them:
 * <ul>
 *   <li>the first {@code Date:} and {@code Time:} labels, in the top-level paragraphs and the items at any depth of
 *       the preamble and the first section (D84 (3), D85);</li>
 *   <li>the preamble's link groups, at any depth (D18–D21);</li>
 *   <li>the first head count, in the blocks of the preamble and then of the sections, those nested in items included
 *       (D36);</li>
 *   <li>every item outside attendee blocks, of the lead, the preamble and the sections, for its speakers (D53).</li>
 * </ul>
 * These were four walks. On a large document each walk missed the cache at every node, so the four took more than
 * ten times as long for ten times the nodes; one walk touches each node once.
 */
final class BlockSweep {

    /**
     * What the walk found.
     *
     * @param labels     the labels (D84 (3), D85)
     * @param linkGroups the preamble's link groups in document order (D18–D21)
     * @param headCount  the first head count's number (D36), empty when there is none or it is a placeholder
     */
    record Found(MeetingDates.Labels labels, List<List<Link>> linkGroups, OptionalInt headCount) {
    }

    /** A place in a list of blocks or of items, with what holds for everything in it. */
    private static final class Place {
        final List<? extends Node> nodes;
        final boolean items;
        final boolean topLevel;
        final boolean inAttendeeBlock;
        int next;

        Place(List<? extends Node> nodes, boolean items, boolean topLevel, boolean inAttendeeBlock) {
            this.nodes = nodes;
            this.items = items;
            this.topLevel = topLevel;
            this.inAttendeeBlock = inAttendeeBlock;
        }
    }

    private final Set<Block> attendeeBlocks;
    private final Consumer<ListItem> remarks;
    private final MeetingDates.Labels labels = new MeetingDates.Labels();
    private final List<List<Link>> linkGroups = new ArrayList<>();
    private final Deque<Place> stack = new ArrayDeque<>();
    private boolean headCountFound;
    private OptionalInt headCount = OptionalInt.empty();
    private boolean readsLabels;
    private boolean readsLinks;
    private boolean readsHeadCount;

    private BlockSweep(Set<Block> attendeeBlocks, Consumer<ListItem> remarks) {
        this.attendeeBlocks = attendeeBlocks;
        this.remarks = remarks;
    }

    /**
     * Walks the document once.
     *
     * @param parts          the document's parts
     * @param attendeeBlocks the attendee blocks, by identity: their items are entries, not remarks (D47)
     * @param remarks        called with every item outside attendee blocks, in document order, parents first
     * @return the labels, link groups and head count
     */
    static Found of(Parts parts, Set<Block> attendeeBlocks, Consumer<ListItem> remarks) {
        BlockSweep sweep = new BlockSweep(attendeeBlocks, remarks);
        sweep.walk(parts.lead(), false, false, false);
        sweep.walk(parts.preamble(), true, true, true);
        for (int i = 0; i < parts.sections().size(); i++) {
            sweep.walk(parts.sections().get(i).blocks(), i == 0, false, true);
        }
        return new Found(sweep.labels, sweep.linkGroups, sweep.headCount);
    }

    /** One part's blocks, reading what the flags say besides the remarks; a stack, as lists built in code nest deep. */
    private void walk(List<Block> blocks, boolean labels, boolean links, boolean headCount) {
        readsLabels = labels;
        readsLinks = links;
        readsHeadCount = headCount && !headCountFound;
        stack.push(new Place(blocks, false, true, false));
        while (!stack.isEmpty()) {
            Place place = stack.peek();
            if (place.next == place.nodes.size()) {
                stack.pop();
                continue;
            }
            Node node = place.nodes.get(place.next++);
            if (place.items) {
                item((ListItem) node, place.inAttendeeBlock);
            } else {
                block((Block) node, place);
            }
        }
    }

    private void item(ListItem item, boolean inAttendeeBlock) {
        if (readsLabels) {
            labels.read(item);
        }
        if (readsLinks) {
            Preambles.addGroup(linkGroups, item.content());
        }
        if (!inAttendeeBlock) {
            remarks.accept(item);
        }
        if (!item.children().isEmpty()) {
            stack.push(new Place(item.children(), false, false, inAttendeeBlock));
        }
    }

    // Exact record classes, not the interfaces: a failed instanceof against an interface is slow on JDK 17 (Families).
    private void block(Block block, Place place) {
        if (block instanceof Paragraph paragraph) {
            if (readsLabels && place.topLevel) {
                labels.read(paragraph);
            }
            if (readsLinks) {
                Preambles.addGroup(linkGroups, paragraph.content());
            }
        } else if (block instanceof ListBlock list) {
            boolean attendees = place.inAttendeeBlock || !attendeeBlocks.isEmpty() && attendeeBlocks.contains(list);
            stack.push(new Place(list.items(), true, false, attendees));
        } else if (block instanceof HeadCount count) {
            if (readsHeadCount) {
                headCount = count.count();
                headCountFound = true;
                readsHeadCount = false;
            }
        } else if (readsLinks && block instanceof Table table) {
            Preambles.addGroups(linkGroups, table.header());
            for (TableRow row : table.rows()) {
                Preambles.addGroups(linkGroups, row);
            }
        } else if (readsLinks && block instanceof BlockQuote quote) {
            for (Paragraph paragraph : quote.paragraphs()) {
                Preambles.addGroup(linkGroups, paragraph.content());
            }
        }
    }
}
