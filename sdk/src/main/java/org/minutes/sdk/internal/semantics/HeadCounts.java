package org.minutes.sdk.internal.semantics;

import java.util.OptionalInt;

/** Recognises head-count lines (D36). To be implemented. */
public final class HeadCounts {

    private HeadCounts() {
    }

    /** {@return whether a trimmed line is a head count: {@code 15 people in total}, {@code X people present}} */
    public static boolean matches(String line) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the count of a head-count line, empty for the {@code X} placeholder} */
    public static OptionalInt count(String line) {
        throw new UnsupportedOperationException("not yet");
    }
}
