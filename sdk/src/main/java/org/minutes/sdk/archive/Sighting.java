package org.minutes.sdk.archive;

import org.minutes.sdk.records.Components;

/**
 * A value seen in the notes over time, such as one of a person's affiliations, with the first and last meeting that
 * wrote it (in {@link Archive#meetings()} order).
 *
 * @param value the value as first written
 * @param first the first meeting that wrote it
 * @param last  the last meeting that wrote it (the first, when only one did)
 */
public record Sighting(String value, Meeting first, Meeting last) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public Sighting {
        Components.requireNonNull("value first last", value, first, last);
    }
}
