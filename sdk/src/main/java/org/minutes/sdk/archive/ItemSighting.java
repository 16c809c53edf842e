package org.minutes.sdk.archive;

import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.records.Components;

/**
 * One appearance of a {@link TrackedItem} in one meeting.
 *
 * @param meeting the meeting
 * @param item    the action item as that note wrote it (D67, D93)
 */
public record ItemSighting(Meeting meeting, ActionItem item) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public ItemSighting {
        Components.requireNonNull("meeting item", meeting, item);
    }

    /** {@return the kind of section holding the item ({@code OTHER} in the preamble)} */
    public SectionKind section() {
        return item.section();
    }

    /** {@return whether this note ticks the item} */
    public boolean done() {
        return item.done();
    }
}
