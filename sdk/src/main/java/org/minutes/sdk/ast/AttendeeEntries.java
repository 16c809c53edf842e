package org.minutes.sdk.ast;

import java.util.List;
import java.util.Optional;

import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Entry;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Kind;
import org.minutes.sdk.syntax.AttendeeEntryShapes;
import org.minutes.sdk.syntax.SignInLists;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Reads the entry a list item of an attendee block holds (D32–D35, D87–D89), with the text shapes of
 * {@link AttendeeEntryShapes}; only the strong-emphasis legend (D34) needs the inline content.
 */
final class AttendeeEntries {

    private AttendeeEntries() {
    }

    /**
     * Parses the entry a list item of an attendee block holds (D32–D35) without legend, as D26 reads preamble lists.
     *
     * @param item the list item
     * @return the entry
     */
    static Entry parse(ListItem item) {
        return parse(item, List.of(), false);
    }

    /**
     * Tells whether a list item holds an entry of the full D32 shape, which makes a preamble list an attendee list
     * (D26): what {@code parse(item).fullShape()} says, without parsing items that cannot have it.
     *
     * @param item the list item
     * @return whether its entry has the full shape
     */
    static boolean isFullShape(ListItem item) {
        return mayHoldHandleGroup(item) && !isLegend(item.content())
                && AttendeeEntryShapes.isFullShape(entryText(item), item.marker().ordered());
    }

    /**
     * Whether the entry text could hold the {@code (@} of a handle group (D32), which the full shape needs: the
     * text holds it, or a speaker's initials or qualifier holds an {@code @} that the rebuilt prefix could put after
     * a bracket. Spares most items of a long preamble list the rebuilt text.
     */
    private static boolean mayHoldHandleGroup(ListItem item) {
        if (item.plainText().contains("(@")) {
            return true;
        }
        if (item.speaker().isEmpty()) {
            return false;
        }
        SpeakerPrefix speaker = item.speaker().get();
        for (String initials : speaker.initials()) {
            if (initials.indexOf('@') >= 0) {
                return true;
            }
        }
        return speaker.qualifier().filter(qualifier -> qualifier.indexOf('@') >= 0).isPresent();
    }

    /**
     * Parses the entry a list item of an attendee block holds (D32–D35, D87–D89). A checkbox is ignored; a speaker
     * prefix, which the parser may have split off an entry it did not know to be one (a preamble list, D26), is put
     * back in front of the text so that {@code QE: Quinn Example (@qexample)} keeps its initials.
     *
     * @param item   the list item
     * @param legend the fields of the block's legend (D87), empty without one
     * @param first  whether the item is the list's first entry, which may be a legend of field words (D87)
     * @return the entry
     */
    static Entry parse(ListItem item, List<SignInLists.Field> legend, boolean first) {
        if (isLegend(item.content()) || (first && legend(item).isPresent())) {
            return new Entry(Kind.LEGEND, Whitespace.trim(item.plainText()), "", Optional.empty(), Optional.empty(),
                    List.of(), false);
        }
        return AttendeeEntryShapes.parse(entryText(item), item.marker().ordered(), legend);
    }

    /**
     * Reads an item as a legend of field words (D87), such as {@code name / institution / GitHub handle}.
     *
     * @param item the list item
     * @return the fields in order, empty when the item is no such legend
     */
    static Optional<List<SignInLists.Field>> legend(ListItem item) {
        return item.speaker().isEmpty() ? SignInLists.legend(item.plainText()) : Optional.empty();
    }

    /**
     * Turns a person or an unsplittable entry into an attendee.
     *
     * @param entry  the entry
     * @param absent whether the entry lists someone in absentia (D26)
     * @return the attendee, empty for legends and placeholders
     */
    static Optional<Attendee> attendee(Entry entry, boolean absent) {
        if (entry.kind() != Kind.PERSON && entry.kind() != Kind.UNPARSED) {
            return Optional.empty();
        }
        return Optional.of(new Attendee(entry.name(), entry.initials(), entry.github(), entry.pieces(), absent));
    }

    /** D34: the text is wholly in strong emphasis; WS-only text around the strong part does not count. */
    private static boolean isLegend(List<Inline> content) {
        int strong = 0;
        for (Inline inline : content) {
            LegendPart part = inline.accept(LEGEND_PART);
            if (part == LegendPart.OTHER) {
                return false;
            }
            strong += part == LegendPart.STRONG ? 1 : 0;
        }
        return strong == 1;
    }

    /** What an inline is to a D34 legend. */
    private enum LegendPart { STRONG, BLANK, OTHER }

    /** D34: strong emphasis, WS-only text, or anything else; each inline type says so in its own method. */
    private static final InlineVisitor<LegendPart> LEGEND_PART = new InlineVisitor<>() {
        @Override
        public LegendPart visit(Text text) {
            return Whitespace.trim(text.literal()).isEmpty() ? LegendPart.BLANK : LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(SoftBreak softBreak) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Code code) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Link link) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Image image) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(BareUrl bareUrl) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Emphasis emphasis) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Strong strong) {
            return LegendPart.STRONG;
        }

        @Override
        public LegendPart visit(Strikethrough strikethrough) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Emoji emoji) {
            return LegendPart.OTHER;
        }

        @Override
        public LegendPart visit(Mention mention) {
            return LegendPart.OTHER;
        }
    };

    /** The entry text: the item's plain text, after the speaker prefix the parser may have split off, rebuilt. */
    private static String entryText(ListItem item) {
        String text = item.plainText();
        if (item.speaker().isEmpty()) {
            return text;
        }
        SpeakerPrefix speaker = item.speaker().get();
        String who = String.join("/", speaker.initials());
        String qualifier = speaker.qualifier().orElse(null);
        String prefix = switch (speaker.form()) {
            case COLON -> who + (qualifier == null ? "" : " (" + qualifier + ")") + ":";
            case PAREN -> "(" + who + (qualifier == null ? "" : ", " + qualifier) + ")";
            case PAREN_COLON -> "(" + who + (qualifier == null ? "" : ", " + qualifier) + "):";
            // D92: the plain text of an escaped bracket is the bracket.
            case BRACKET, BRACKET_ESCAPED -> "[" + who + (qualifier == null ? "" : ", " + qualifier) + "]";
            case BRACKET_COLON -> "[" + who + (qualifier == null ? "" : ", " + qualifier) + "]:";
            case NAME_COLON -> who + ":";
            case NAME_PAREN -> "(" + who + ")";
            case NAME_BRACKET -> "[" + who + "]";
        };
        return text.isEmpty() ? prefix : prefix + " " + text;
    }
}
