package org.minutes.sdk.diagnostic;

import java.util.Locale;

/** How much a diagnostic matters (D69). */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** {@return the lower-case label used in messages: {@code warning}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
