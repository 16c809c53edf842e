package org.minutes.sdk.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.syntax.Whitespace;

/** Action items (D67) and decisions (D68): read from the list items of a document, outside attendee blocks. */
final class ActionItems {

    /** D67: {@code ()}, {@code ( )}, only dots or {@code …}, or only the letter x. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\(" + Whitespace.CLASS + "*\\)|[.…]+|[xX]+");
    /** D68: the label, any case, then WS. */
    private static final Pattern DECISION = Pattern.compile("(consensus|decision|agreed):" + Whitespace.CLASS + "+(.*)",
            Pattern.CASE_INSENSITIVE);

    private ActionItems() {
    }

    /**
     * Reads an item as an action item (D67): it has a checkbox and its text after the speaker prefix is real.
     *
     * @param item the list item, outside attendee blocks
     * @param kind the kind of the section holding it
     * @return the action item, or empty when the item is none
     */
    static Optional<ActionItem> actionItem(ListItem item, SectionKind kind) {
        if (item.checkbox().isEmpty() || isPlaceholder(item.plainText())) {
            return Optional.empty();
        }
        return Optional.of(new ActionItem(item, item.plainText(), item.speakers(), kind, item.checkbox().get().done()));
    }

    /**
     * Reads an item as a decision (D68): its text after checkbox and speaker starts with {@code Consensus:},
     * {@code Decision:} or {@code Agreed:} (any case) and WS, and has text after it.
     *
     * @param item the list item, outside attendee blocks
     * @return the decision, or empty when the item is none
     */
    static Optional<Decision> decision(ListItem item) {
        Matcher m = DECISION.matcher(Whitespace.trim(item.plainText()));
        if (m.matches() && !m.group(2).isEmpty()) {
            return Optional.of(new Decision(item, m.group(2), item.speakers()));
        }
        return Optional.empty();
    }

    /**
     * Tells whether an item text is a placeholder rather than a task (D67).
     *
     * @param text the item's plain text after checkbox and speaker prefix
     * @return whether it is empty, {@code ()}, {@code ( )}, only dots or {@code …}, or only x letters
     */
    static boolean isPlaceholder(String text) {
        String trimmed = Whitespace.trim(text);
        return trimmed.isEmpty() || PLACEHOLDER.matcher(trimmed).matches();
    }

    /**
     * Visits every list item of the document in document order, parents before their nested items, with the kind of
     * the section holding it ({@code OTHER} for lead and preamble). Items of attendee blocks (D26) are entries, not
     * remarks (D47), and are skipped with everything nested in them.
     *
     * @param document       the document
     * @param attendeeBlocks the document's attendee blocks, by identity
     * @param action         what to do with each item
     */
    static void forEachItem(Parts document, Set<Block> attendeeBlocks, BiConsumer<ListItem, SectionKind> action) {
        visit(document.lead(), SectionKind.OTHER, attendeeBlocks, action);
        visit(document.preamble(), SectionKind.OTHER, attendeeBlocks, action);
        for (Section section : document.sections()) {
            visit(section.blocks(), section.kind(), attendeeBlocks, action);
        }
    }

    /**
     * Visits every list item of the blocks in document order, parents before their nested items.
     *
     * @param blocks the blocks
     * @param action what to do with each item
     */
    static void forEachItem(List<Block> blocks, Consumer<ListItem> action) {
        visit(blocks, SectionKind.OTHER, Set.of(), (item, kind) -> action.accept(item));
    }

    /** Depth first without recursion, so that deeply nested lists built in code cannot overflow the stack. */
    private static void visit(List<Block> blocks, SectionKind kind, Set<Block> skipped,
                              BiConsumer<ListItem, SectionKind> action) {
        Deque<ListItem> stack = new ArrayDeque<>();
        pushItems(blocks, skipped, stack);
        while (!stack.isEmpty()) {
            ListItem item = stack.pop();
            action.accept(item, kind);
            pushItems(item.children(), skipped, stack);
        }
    }

    private static void pushItems(List<Block> blocks, Set<Block> skipped, Deque<ListItem> stack) {
        List<ListItem> items = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof ListBlock list && !skipped.contains(list)) {
                items.addAll(list.items());
            }
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(items.get(i));
        }
    }
}
