package org.minutes.sdk.ast;

/** Whether an agenda topic was talked about, as its checkbox says (D67 (2)). */
public enum TopicState {
    /** The box is ticked: the topic was discussed. */
    DISCUSSED,
    /** The box is open: the topic is still pending. */
    PENDING,
    /** The item has no box. */
    UNTRACKED
}
