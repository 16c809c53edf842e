package org.minutes.sdk.ast;

import java.util.List;

/**
 * A list: consecutive sibling items of one kind, bullet or ordered (D44).
 *
 * <pre>
 * - [ ] one
 * * [ ] two
 * </pre>
 *
 * @param items the items, at least one; all bullets or all ordered
 */
public record ListBlock(List<ListItem> items) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public ListBlock {
        items = Checks.list(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one item");
        }
        boolean ordered = items.get(0).marker().ordered();
        for (ListItem item : items) {
            if (item.marker().ordered() != ordered) {
                throw new IllegalArgumentException("marker " + item.marker() + " does not fit a "
                        + (ordered ? "ordered" : "bullet") + " list (D44)");
            }
        }
    }

    /** {@return whether this is an ordered list} */
    public boolean ordered() {
        return items.get(0).marker().ordered();
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
