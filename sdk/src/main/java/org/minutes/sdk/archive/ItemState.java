package org.minutes.sdk.archive;

/** Whether a {@link TrackedItem} is still to be done. */
public enum ItemState {
    /** No note has ticked it yet (D67: an open box, or no box). */
    OPEN,
    /** A note ticked it (D67: a done box). */
    CLOSED
}
