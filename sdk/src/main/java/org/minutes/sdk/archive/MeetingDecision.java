package org.minutes.sdk.archive;

import org.minutes.sdk.ast.Decision;
import org.minutes.sdk.records.Components;

/**
 * A decision (D68) and the meeting that took it.
 *
 * @param meeting  the meeting
 * @param decision the decision: its text after the label and its speakers as written
 */
public record MeetingDecision(Meeting meeting, Decision decision) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public MeetingDecision {
        Components.requireNonNull("meeting decision", meeting, decision);
    }
}
