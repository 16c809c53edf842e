package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;

/**
 * A decision (D68): an item whose text starts with {@code Consensus:}, {@code Decision:} or {@code Agreed:}.
 *
 * @param item     the list item
 * @param text     the text after the label
 * @param speakers the item's speakers
 */
public record Decision(ListItem item, String text, List<String> speakers) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Decision {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(text, "text");
        speakers = List.copyOf(speakers);
    }
}
