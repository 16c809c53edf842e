package org.minutes.sdk.archive;

import java.util.Optional;

import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.records.Components;

/**
 * A topic a meeting left to talk about (D67 (2)): pending (an open box) or deferred (in a {@code deferred} section),
 * and the next meeting that wrote it again.
 *
 * @param meeting  the meeting whose note left it
 * @param topic    the topic as that note wrote it
 * @param status   pending or deferred
 * @param nextSeen the first later meeting (in {@link Archive#meetings()} order) with a topic or action item of the
 *                 same normalised text, empty when none
 */
public record TrackedTopic(Meeting meeting, Topic topic, TopicStatus status, Optional<Meeting> nextSeen) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public TrackedTopic {
        Components.requireNonNull("meeting topic status nextSeen", meeting, topic, status, nextSeen);
    }

    /** {@return the topic's text after checkbox and speaker} */
    public String text() {
        return topic.text();
    }
}
