package org.minutes.sdk.internal.semantics;

import org.minutes.sdk.internal.Whitespace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.model.ActionItem;
import org.minutes.sdk.model.Decision;

/** Action items (D67) and decisions (D68): read from the list items of a document, outside attendee blocks. */
public final class ActionItems {

    /** D67: {@code ()}, {@code ( )}, only dots or {@code …}, or only the letter x. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\([ \\t\\u00A0]*\\)|[.…]+|[xX]+");
    /** D68: the label, any case, then WS. */
    private static final Pattern DECISION = Pattern.compile("(consensus|decision|agreed):[ \\t\\u00A0]+(.*)",
            Pattern.CASE_INSENSITIVE);

    private ActionItems() {
    }

    /**
     * Collects the action items (D67): items with a checkbox whose text after the speaker prefix is real, nested
     * items on their own, in document order.
     *
     * @param document the document
     * @return open and completed action items
     */
    public static List<ActionItem> of(Document document) {
        List<ActionItem> items = new ArrayList<>();
        forEachItem(document, (item, kind) -> {
            if (item.checkbox().isPresent() && !isPlaceholder(item.plainText())) {
                items.add(new ActionItem(item, item.plainText(), item.speakers(), kind, item.checkbox().get().done()));
            }
        });
        return List.copyOf(items);
    }

    /**
     * Collects the decisions (D68): items whose text after checkbox and speaker starts with {@code Consensus:},
     * {@code Decision:} or {@code Agreed:} (any case) and WS, and has text after it.
     *
     * @param document the document
     * @return the decisions in document order
     */
    public static List<Decision> decisions(Document document) {
        List<Decision> decisions = new ArrayList<>();
        forEachItem(document, (item, kind) -> {
            Matcher m = DECISION.matcher(Whitespace.trim(item.plainText()));
            if (m.matches() && !m.group(2).isEmpty()) {
                decisions.add(new Decision(item, m.group(2), item.speakers()));
            }
        });
        return List.copyOf(decisions);
    }

    /**
     * Tells whether an item text is a placeholder rather than a task (D67).
     *
     * @param text the item's plain text after checkbox and speaker prefix
     * @return whether it is empty, {@code ()}, {@code ( )}, only dots or {@code …}, or only x letters
     */
    public static boolean isPlaceholder(String text) {
        String trimmed = Whitespace.trim(text);
        return trimmed.isEmpty() || PLACEHOLDER.matcher(trimmed).matches();
    }

    /**
     * Visits every list item of the document in document order, parents before their nested items, with the kind of
     * the section holding it ({@code OTHER} for lead and preamble). Items of attendee blocks (D26) are entries, not
     * remarks (D47), and are skipped with everything nested in them.
     *
     * @param document the document
     * @param action   what to do with each item
     */
    static void forEachItem(Document document, BiConsumer<ListItem, SectionKind> action) {
        Set<Block> attendeeBlocks = AttendeeBlocks.identities(AttendeeBlocks.of(document));
        visit(document.lead(), SectionKind.OTHER, attendeeBlocks, action);
        visit(document.preamble(), SectionKind.OTHER, attendeeBlocks, action);
        for (Section section : document.sections()) {
            visit(section.blocks(), section.kind(), attendeeBlocks, action);
        }
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
