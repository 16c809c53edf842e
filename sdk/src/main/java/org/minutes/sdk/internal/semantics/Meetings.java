package org.minutes.sdk.internal.semantics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.minutes.sdk.ast.Document;
import org.minutes.sdk.internal.Findings;
import org.minutes.sdk.model.ActionItem;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.Decision;
import org.minutes.sdk.model.Schedule;

/**
 * The semantic model (D66–D68) derived from a document. Each method reads the AST alone; the parser calls the
 * ones that can find something with a real {@link Findings} to collect their diagnostics. To be implemented.
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
     * Collects the attendees of all attendee blocks (D26–D35); reports no-heading, missing-name, placeholder,
     * unparsed-entry, no-name-column and extra-cells.
     */
    public static List<Attendee> attendees(Document document, Findings findings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the first head count's number (D36)} */
    public static OptionalInt headCount(Document document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return open and completed action items in document order (D67)} */
    public static List<ActionItem> actionItems(Document document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the decisions in document order (D68)} */
    public static List<Decision> decisions(Document document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the attendee a speaker's initials resolve to (D53)} */
    public static Optional<Attendee> resolveSpeaker(List<Attendee> attendees, String initials) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reports {@code speaker/unresolved} and {@code speaker/ambiguous} for every item speaker (D53). */
    public static void checkSpeakers(Document document, Findings findings) {
        throw new UnsupportedOperationException("not yet");
    }
}
