package org.minutes.sdk.ast;

import java.util.List;

import org.minutes.sdk.records.Components;

/**
 * An action item (D67): a list item with a checkbox and real text.
 *
 * @param item      the list item
 * @param text      the item's plain text after checkbox and speaker prefix
 * @param assignees the speakers' initials, resolved or not
 * @param section   the kind of the section holding the item ({@code OTHER} in the preamble)
 * @param done      whether the box is ticked
 */
public record ActionItem(ListItem item, String text, List<String> assignees, SectionKind section, boolean done) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public ActionItem {
        Components.requireNonNull("item text section", item, text, section);
        assignees = List.copyOf(assignees);
    }
}
