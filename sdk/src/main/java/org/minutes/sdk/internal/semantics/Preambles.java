package org.minutes.sdk.internal.semantics;

import java.util.Optional;

import org.minutes.sdk.ast.Document;
import org.minutes.sdk.internal.Findings;
import org.minutes.sdk.model.Schedule;

/** Meeting link, times and description from the preamble (D17–D22). To be implemented. */
public final class Preambles {

    private Preambles() {
    }

    /** {@return the first meeting link's destination (D18)} */
    public static Optional<String> meetingLink(Document document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the primary and alternate times (D19–D21); reports bad-time, unknown-time-zone, date-mismatch} */
    public static Schedule schedule(Document document, Findings findings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the description (D22)} */
    public static Optional<String> description(Document document) {
        throw new UnsupportedOperationException("not yet");
    }
}
