package org.minutes.sdk.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.syntax.Initials;
import org.minutes.sdk.syntax.SignInLists;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Topics and action items (D67 as amended, D93) and decisions (D68): read from the list items of a document, outside
 * attendee blocks.
 */
final class ActionItems {

    /** D67: {@code ()}, {@code ( )}, only dots or {@code …}, or only the letter x. */
    private static final Pattern PLACEHOLDER = Whitespace.compile("\\(" + Whitespace.CLASS + "*\\)|[.…]+|[xX]+");
    /** D68: the label, any case, then WS. */
    private static final Pattern DECISION = Whitespace.compile("(consensus|decision|agreed):" + Whitespace.CLASS + "+(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** D67 (b): the label, any case, then WS; the rest is the action. */
    private static final Pattern ACTION = Whitespace.compile("(?:action|action item|ai|todo):" + Whitespace.CLASS
            + "+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** D67 (b): WS, {@code to}, WS after the assignee. */
    private static final Pattern TO = Whitespace.compile(Whitespace.CLASS + "+to" + Whitespace.CLASS + "+");
    /** D67 (2): the kinds whose top-level items are topics. */
    private static final Set<SectionKind> TOPIC_KINDS = Set.of(SectionKind.AGENDA, SectionKind.NEW_AGENDA_ITEMS,
            SectionKind.ANNOUNCEMENTS, SectionKind.STANDING_ITEMS, SectionKind.FROM_PREVIOUS, SectionKind.DEFERRED,
            SectionKind.PREVIOUS_MEETINGS, SectionKind.SUBTEAM_UPDATES, SectionKind.ACTIVE_VOTES, SectionKind.OPEN_PRS,
            SectionKind.MOVE_TO_ISSUE_TRACKER, SectionKind.DISCUSSION, SectionKind.OTHER);

    private ActionItems() {
    }

    /**
     * Where an item stands.
     *
     * @param kind    the kind of the section holding it ({@code OTHER} in lead and preamble)
     * @param section whether it stands in a section rather than lead or preamble
     * @param depth   1 for the items of a top-level list, 2 for their children, …
     * @param topic   the state of its top-level ancestor when that is a topic (D67 (c))
     */
    record Place(SectionKind kind, boolean section, int depth, Optional<TopicState> topic) {
    }

    /** What is done with each item; for a top-level item, it tells whether the item is a topic. */
    @FunctionalInterface
    interface ItemAction {
        /**
         * Handles an item.
         *
         * @param item  the item
         * @param place where it stands
         * @return the item's topic state when it is a topic
         */
        Optional<TopicState> accept(ListItem item, Place place);
    }

    /**
     * Reads an item as a topic, an action item or neither (D67, D93) and gives each to its consumer.
     *
     * @param item    the list item, outside attendee blocks
     * @param place   where it stands
     * @param roster  the attendees, whose names may follow an {@code Action:} label (D67 (b))
     * @param topics  where a topic goes
     * @param actions where an action item goes
     * @return the item's topic state when it is a topic
     */
    static Optional<TopicState> read(ListItem item, Place place, Roster roster, Consumer<Topic> topics,
                                     Consumer<ActionItem> actions) {
        String text = Whitespace.trim(item.plainText());
        if (!isReal(item)) {
            return Optional.empty();
        }
        // D67: an item starting with a D68 label is never an action item; it may be a topic.
        boolean decision = DECISION.matcher(text).matches();
        boolean done = item.checkbox().map(Checkbox::done).orElse(false);
        Matcher labelled = ACTION.matcher(text);
        if (!decision && labelled.matches() && !Whitespace.trim(labelled.group(1)).isEmpty()) {
            String action = Whitespace.trim(labelled.group(1));
            List<String> assignees = new ArrayList<>(item.speakers());
            assignee(action, roster).ifPresent(assignees::add);
            actions.accept(new ActionItem(item, action, assignees, place.kind(), done));
            return Optional.empty();
        }
        boolean followUp = place.depth() >= 2 && item.checkbox().isPresent()
                && place.topic().filter(state -> state != TopicState.PENDING).isPresent();
        if (!decision && ((place.section() && place.kind() == SectionKind.ACTION_ITEMS) || followUp)) {
            actions.accept(new ActionItem(item, item.plainText(), item.speakers(), place.kind(), done));
            return Optional.empty();
        }
        if (place.section() && place.depth() == 1 && TOPIC_KINDS.contains(place.kind())) {
            TopicState state = item.checkbox().map(box -> box.done() ? TopicState.DISCUSSED : TopicState.PENDING)
                    .orElse(TopicState.UNTRACKED);
            topics.accept(new Topic(item, item.plainText(), item.speakers(), place.kind(), state));
            return Optional.of(state);
        }
        return Optional.empty();
    }

    /**
     * D67 (b): an initials token (D48) or a listed attendee's name (D91, one or two words) starting the action,
     * followed by WS, {@code to} and WS.
     */
    private static Optional<String> assignee(String action, Roster roster) {
        int token = Initials.tokenLength(action, 0, false);
        if (token > 0 && TO.matcher(action).region(token, action.length()).lookingAt()) {
            return Optional.of(action.substring(0, token));
        }
        Matcher to = TO.matcher(action);
        for (int words = 0; to.find() && words < 2; words++) {
            String name = action.substring(0, to.start());
            if (!roster.nameMatches(name).isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
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
     * Tells whether an item has real text (D67): text after checkbox and speaker prefix that is not empty, not a
     * placeholder ({@code ()}, {@code ( )}, only dots, {@code …} or letters x, a D89 field word), and not only a URL
     * or a single link, punctuation and WS aside.
     *
     * @param item the item
     * @return whether its text is real
     */
    static boolean isReal(ListItem item) {
        String trimmed = Whitespace.trim(item.plainText());
        if (trimmed.isEmpty() || PLACEHOLDER.matcher(trimmed).matches() || SignInLists.field(trimmed).isPresent()) {
            return false;
        }
        int links = 0;
        for (Inline inline : item.content()) {
            Part part = inline.accept(PART);
            if (part == Part.OTHER) {
                return true;
            }
            links += part == Part.LINK ? 1 : 0;
        }
        return links != 1;
    }

    /** What an inline is to D67's "only a URL or a single link". */
    private enum Part { LINK, PUNCTUATION, OTHER }

    private static final InlineVisitor<Part> PART = new InlineVisitor<>() {
        @Override
        public Part visit(Text text) {
            return text.literal().codePoints().allMatch(c -> Whitespace.is(c) || !Character.isLetterOrDigit(c))
                    ? Part.PUNCTUATION : Part.OTHER;
        }

        @Override
        public Part visit(SoftBreak softBreak) {
            return Part.PUNCTUATION;
        }

        @Override
        public Part visit(Code code) {
            return Part.OTHER;
        }

        @Override
        public Part visit(Link link) {
            return Part.LINK;
        }

        @Override
        public Part visit(Image image) {
            return Part.OTHER;
        }

        @Override
        public Part visit(BareUrl bareUrl) {
            return Part.LINK;
        }

        @Override
        public Part visit(Emphasis emphasis) {
            return Part.OTHER;
        }

        @Override
        public Part visit(Strong strong) {
            return Part.OTHER;
        }

        @Override
        public Part visit(Strikethrough strikethrough) {
            return Part.OTHER;
        }

        @Override
        public Part visit(Emoji emoji) {
            return Part.OTHER;
        }

        @Override
        public Part visit(Mention mention) {
            return Part.OTHER;
        }
    };

    /**
     * Visits every list item of the document in document order, parents before their nested items, with where it
     * stands. Items of attendee blocks (D26) are entries, not remarks (D47), and are skipped with everything nested
     * in them.
     *
     * @param document       the document
     * @param attendeeBlocks the document's attendee blocks, by identity
     * @param action         what to do with each item
     */
    static void forEachItem(Parts document, Set<Block> attendeeBlocks, ItemAction action) {
        visit(document.lead(), SectionKind.OTHER, false, attendeeBlocks, action);
        visit(document.preamble(), SectionKind.OTHER, false, attendeeBlocks, action);
        for (Section section : document.sections()) {
            visit(section.blocks(), section.kind(), true, attendeeBlocks, action);
        }
    }

    /** An item and its depth, on the stack. */
    private record Nested(ListItem item, int depth) {
    }

    /** Depth first without recursion, so that deeply nested lists built in code cannot overflow the stack. */
    private static void visit(List<Block> blocks, SectionKind kind, boolean section, Set<Block> skipped,
                              ItemAction action) {
        List<ListItem> tops = items(blocks, skipped);
        if (tops.isEmpty()) {
            return;
        }
        Deque<Nested> stack = new ArrayDeque<>();
        for (int i = 0; i < tops.size(); i++) {
            ListItem top = tops.get(i);
            Optional<TopicState> topic = action.accept(top, new Place(kind, section, 1, Optional.empty()));
            push(items(top.children(), skipped), 2, stack);
            while (!stack.isEmpty()) {
                Nested nested = stack.pop();
                action.accept(nested.item(), new Place(kind, section, nested.depth(), topic));
                push(items(nested.item().children(), skipped), nested.depth() + 1, stack);
            }
        }
    }

    /** The items of the lists among the blocks, in order: a list's own when it is the only one (most children). */
    private static List<ListItem> items(List<Block> blocks, Set<Block> skipped) {
        List<ListItem> items = List.of();
        boolean copied = false;
        // Indexed: an iterator per block list is garbage that a walk over every item's children makes a lot of.
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            List<ListItem> more = !skipped.isEmpty() && skipped.contains(block) ? List.of() : block.accept(LIST_ITEMS);
            if (more.isEmpty()) {
                continue;
            }
            if (items.isEmpty()) {
                items = more;
            } else {
                if (!copied) {
                    items = new ArrayList<>(items);
                    copied = true;
                }
                items.addAll(more);
            }
        }
        return items;
    }

    private static void push(List<ListItem> items, int depth, Deque<Nested> stack) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(new Nested(items.get(i), depth));
        }
    }

    /** The items of a list, none for any other block. */
    private static final BlockVisitor<List<ListItem>> LIST_ITEMS = new BlockRoles<>(List.of()) {
        @Override
        public List<ListItem> visit(ListBlock listBlock) {
            return listBlock.items();
        }
    };
}
