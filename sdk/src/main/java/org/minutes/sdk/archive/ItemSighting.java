package org.minutes.sdk.archive;

import java.util.Optional;

import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.records.Components;

/**
 * One appearance of a {@link TrackedItem} in one meeting: as an action item (D67, D93), or as an agenda topic with a
 * box (D67 (2)) that writes an item opened earlier again, as notes do that carry open items under "From previous
 * meetings" ({@code - [ ] QE: send the invite}, later {@code - [x] QE: send the invite}).
 *
 * @param meeting the meeting
 * @param item    the action item as that note wrote it; for a topic, the topic read as the item it continues: its list
 *                item, text, speakers as assignees, section, and its box as done
 * @param topic   the topic, when the note wrote the item as one; empty for an action item
 */
public record ItemSighting(Meeting meeting, ActionItem item, Optional<Topic> topic) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public ItemSighting {
        Components.requireNonNull("meeting item topic", meeting, item, topic);
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
