package org.minutes.sdk.internal.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.minutes.sdk.DiagnosticCode;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.internal.Findings;
import org.minutes.sdk.model.ActionItem;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.Decision;
import org.minutes.sdk.model.Schedule;

/**
 * The semantic model (D66–D68) derived from a document. Each method reads the AST alone; the parser calls the
 * ones that can find something with a real {@link Findings} to collect their diagnostics.
 */
public final class Meetings {

    private Meetings() {
    }

    /** {@return the first meeting link of the preamble (D18)} */
    public static Optional<String> meetingLink(Document document) {
        return Preambles.meetingLink(document);
    }

    /** {@return the primary and alternate times (D19–D21); reports bad-time, unknown-time-zone, date-mismatch} */
    public static Schedule schedule(Document document, Findings findings) {
        return Preambles.schedule(document, findings);
    }

    /** {@return the description (D22)} */
    public static Optional<String> description(Document document) {
        return Preambles.description(document);
    }

    /**
     * Collects the attendees of all attendee blocks in document order (D26–D35); reports
     * {@code attendees/no-heading}, {@code attendees/missing-name}, {@code attendees/placeholder},
     * {@code attendees/unparsed-entry}, {@code table/no-name-column} and {@code table/extra-cells}.
     *
     * @param document the document
     * @param findings where findings go
     * @return the attendees, absentees marked
     */
    public static List<Attendee> attendees(Document document, Findings findings) {
        List<Attendee> attendees = new ArrayList<>();
        for (AttendeeBlocks.AttendeeBlock block : AttendeeBlocks.of(document)) {
            if (block.headless()) {
                findings.report(DiagnosticCode.ATTENDEES_NO_HEADING, block.block(), "This preamble list is read as "
                        + "the attendee list because the notes have no Attendees section; put it under an "
                        + "\"## Attendees\" heading");
            }
            if (block.block() instanceof Table table) {
                attendees.addAll(AttendeeTables.attendees(table, block.absent(), findings));
            } else if (block.block() instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    entry(item, block.absent(), findings).ifPresent(attendees::add);
                }
            }
        }
        return List.copyOf(attendees);
    }

    private static Optional<Attendee> entry(ListItem item, boolean absent, Findings findings) {
        AttendeeEntries.Entry entry = AttendeeEntries.parse(item);
        if (entry.kind() == AttendeeEntries.Kind.PLACEHOLDER) {
            findings.report(DiagnosticCode.ATTENDEES_PLACEHOLDER, item, "Attendee entry " + quote(entry.text())
                    + " is a placeholder and names no one; fill it in or remove it");
        } else if (entry.kind() == AttendeeEntries.Kind.UNPARSED) {
            findings.report(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY, item, "Attendee entry " + quote(entry.text())
                    + " fits no known shape, so the whole text is taken as the name; write it as "
                    + "\"INI: Given Family (@handle), Org\"");
        }
        return entry.attendee(absent);
    }

    /**
     * Finds the first head count of the preamble and then the sections, nested ones included, in document order.
     *
     * @param document the document
     * @return its number (D36), empty when there is none or the first one is an {@code X} placeholder
     */
    public static OptionalInt headCount(Document document) {
        Deque<Block> stack = new ArrayDeque<>();
        List<Block> blocks = new ArrayList<>(document.preamble());
        document.sections().forEach(section -> blocks.addAll(section.blocks()));
        pushReversed(blocks, stack);
        while (!stack.isEmpty()) {
            Block block = stack.pop();
            if (block instanceof HeadCount headCount) {
                return headCount.count();
            }
            if (block instanceof ListBlock list) {
                List<Block> nested = new ArrayList<>();
                list.items().forEach(item -> nested.addAll(item.children()));
                pushReversed(nested, stack);
            }
        }
        return OptionalInt.empty();
    }

    private static void pushReversed(List<Block> blocks, Deque<Block> stack) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(blocks.get(i));
        }
    }

    /**
     * Collects the action items (D67).
     *
     * @param document the document
     * @return open and completed action items in document order
     */
    public static List<ActionItem> actionItems(Document document) {
        return ActionItems.of(document);
    }

    /**
     * Collects the decisions (D68).
     *
     * @param document the document
     * @return the decisions in document order
     */
    public static List<Decision> decisions(Document document) {
        return ActionItems.decisions(document);
    }

    /**
     * Resolves a speaker's initials to an attendee (D53): a case-sensitive match on the attendees' initials first,
     * then a case-insensitive one; of several matches the first.
     *
     * @param attendees the document's attendees
     * @param initials  the speaker's initials
     * @return the attendee, or empty when the speaker is not listed
     */
    public static Optional<Attendee> resolveSpeaker(List<Attendee> attendees, String initials) {
        List<Attendee> matches = new Speakers(attendees).matches(initials);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /**
     * Reports {@code speaker/unresolved} and {@code speaker/ambiguous} against the item, for every speaker of every
     * list item outside attendee blocks (D53).
     *
     * @param document the document
     * @param findings where findings go
     */
    public static void checkSpeakers(Document document, Findings findings) {
        Speakers speakers = new Speakers(attendees(document, Findings.NONE));
        ActionItems.forEachItem(document, (item, kind) -> {
            for (String initials : item.speakers()) {
                List<Attendee> matches = speakers.matches(initials);
                if (matches.isEmpty()) {
                    findings.report(DiagnosticCode.SPEAKER_UNRESOLVED, item, "Speaker " + quote(initials)
                            + " matches the initials of no attendee; add them to the attendee list or correct the "
                            + "initials");
                } else if (matches.size() > 1) {
                    // A few names are enough to act on; all of them would make the message as long as the list.
                    String names = matches.stream().limit(3).map(a -> quote(a.name()))
                            .collect(Collectors.joining(", ")) + (matches.size() > 3 ? ", …" : "");
                    findings.report(DiagnosticCode.SPEAKER_AMBIGUOUS, item, "Speaker " + quote(initials)
                            + " matches " + matches.size() + " attendees (" + names + "); taken as the first, "
                            + quote(matches.get(0).name()) + ". Give each attendee distinct initials");
                }
            }
        });
    }

    /**
     * The attendees indexed by initials, so that checking every speaker of a long document stays linear (D6).
     * D53: the matches of the winning stage, case-sensitive before case-insensitive, in attendee order.
     */
    private static final class Speakers {

        private final Map<String, List<Attendee>> exact = new HashMap<>();
        private final Map<String, List<Attendee>> folded = new HashMap<>();

        Speakers(List<Attendee> attendees) {
            for (Attendee attendee : attendees) {
                attendee.initials().ifPresent(initials -> {
                    exact.computeIfAbsent(initials, k -> new ArrayList<>()).add(attendee);
                    folded.computeIfAbsent(fold(initials), k -> new ArrayList<>()).add(attendee);
                });
            }
        }

        List<Attendee> matches(String initials) {
            List<Attendee> matches = exact.get(initials);
            if (matches == null) {
                matches = folded.getOrDefault(fold(initials), List.of());
            }
            return matches;
        }

        /** The key under which {@link String#equalsIgnoreCase} holds: each char upper-cased, then lower-cased. */
        private static String fold(String text) {
            StringBuilder key = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
            }
            return key.toString();
        }
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
