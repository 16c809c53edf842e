package org.minutes.sdk.archive;

import java.util.Optional;

import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.records.Components;

/**
 * A {@link Person} as one meeting's attendee blocks list them (D26–D35, D86–D89), whatever the format: a table row,
 * a numbered or bullet entry, a sign-in line.
 *
 * @param meeting  the meeting
 * @param attendee the attendee as listed there, absent or not (D26)
 */
public record Appearance(Meeting meeting, Attendee attendee) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public Appearance {
        Components.requireNonNull("meeting attendee", meeting, attendee);
    }

    /**
     * {@return the initials the note knows this attendee by: as written (D30), else derived from the name where the
     * note writes none (D90); empty otherwise}
     */
    public Optional<String> initials() {
        return attendee.initials().or(() -> meeting.document().derivedInitials(attendee));
    }
}
