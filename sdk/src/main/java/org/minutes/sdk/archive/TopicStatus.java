package org.minutes.sdk.archive;

/** Why a {@link TrackedTopic} is still to be talked about (D67 (2)). */
public enum TopicStatus {
    /** An agenda topic with an open box: not discussed yet. */
    PENDING,
    /** A topic, not ticked, of a section of kind {@code deferred} (D25, "Deferred to next meeting"). */
    DEFERRED
}
