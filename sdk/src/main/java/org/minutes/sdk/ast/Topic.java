package org.minutes.sdk.ast;

import java.util.List;

import org.minutes.sdk.records.Components;

/**
 * An agenda topic (D67 (2)): a top-level item with real text of a section of an agenda-like kind, which is no
 * action item by an {@code Action:}-style label.
 *
 * <pre>
 * ## Agenda
 * - [X] DJC: NVIDIA Tegra Migrator      → discussed
 * - [ ] (WV) Announce GSOC ideas         → pending
 * - Release schedule                     → untracked
 * </pre>
 *
 * @param item     the list item
 * @param text     the item's plain text after checkbox and speaker prefix
 * @param speakers the item's speakers as written (initials or names), resolved or not
 * @param section  the kind of the section holding the item
 * @param state    discussed, pending or untracked, from the checkbox
 */
public record Topic(ListItem item, String text, List<String> speakers, SectionKind section, TopicState state) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws NullPointerException when a component is null
     */
    public Topic {
        Components.requireNonNull("item text section state", item, text, section, state);
        speakers = List.copyOf(speakers);
    }
}
