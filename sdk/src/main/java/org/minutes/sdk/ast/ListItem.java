package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list item (D37, D38): marker, optional checkbox (D45), optional speaker prefix (D49), inline text and child
 * blocks (nested lists, paragraphs, code, comments, quotes).
 *
 * <pre>
 * - [X] KZ: Update free-threading support list
 *     - MRB: Concerns about GIL being re-enabled
 * </pre>
 *
 * @param marker   the marker as written
 * @param checkbox the checkbox, if any
 * @param speaker  the speaker prefix, if any
 * @param content  the item text as inline content, possibly empty
 * @param children the blocks nested in the item
 */
public record ListItem(Marker marker, Optional<Checkbox> checkbox, Optional<SpeakerPrefix> speaker,
                       List<Inline> content, List<Block> children) implements Node, InlineText {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public ListItem {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(checkbox, "checkbox");
        Objects.requireNonNull(speaker, "speaker");
        content = Checks.list(content, "content");
        Inlines.checkBlockContent(content, "item text", Inlines.Lines.ITEM);
        children = Checks.blocks(children, "item children");
        for (Block child : children) {
            if (child.accept(TOP_LEVEL_ONLY)) {
                throw new IllegalArgumentException("a list item cannot hold a " + child.getClass().getSimpleName()
                        + ": tables and breaks are top-level only (D27, D65)");
            }
        }
    }

    /** Whether a block stands at the top level only: a table (D27) or a thematic break (D65). */
    private static final BlockVisitor<Boolean> TOP_LEVEL_ONLY = new BlockRoles<>(false) {
        @Override
        public Boolean visit(Table table) {
            return true;
        }

        @Override
        public Boolean visit(ThematicBreak thematicBreak) {
            return true;
        }
    };

    /** {@return the text after checkbox and speaker prefix, as plain text (D54)} */
    public String plainText() {
        return Inlines.plainText(content);
    }

    /** {@return the speakers as written: initials (D48), or one name (D91); empty without a prefix} */
    public List<String> speakers() {
        return speaker.map(SpeakerPrefix::initials).orElse(List.of());
    }

    /** {@return the items of the child lists, in order} */
    public List<ListItem> childItems() {
        return children.stream()
                .filter(ListBlock.class::isInstance)
                .flatMap(block -> ((ListBlock) block).items().stream())
                .toList();
    }

    /**
     * {@return the same item with other text: marker, checkbox, speaker and children kept}
     *
     * @param content the new content
     * @throws IllegalArgumentException when the content breaks the record's invariants
     */
    @Override
    public ListItem withContent(List<Inline> content) {
        return new ListItem(marker, checkbox, speaker, content, children);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
