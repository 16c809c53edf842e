package org.minutes.sdk.diagnostic;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.diagnostic.Severity;
import org.minutes.sdk.records.Components;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/**
 * A finding about the source text (D69): a stable code, a message a person can act on, and where it is.
 *
 * @param code    the code, which also gives the severity
 * @param message the message, one line
 * @param span    the region of the source, as UTF-16 offsets
 * @param start   the first position, 1-based
 * @param end     the position after the region, 1-based, exclusive
 */
public record Diagnostic(DiagnosticCode code, String message, Span span, Position start, Position end) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Diagnostic {
        Components.requireNonNull("code message span start end", code, message, span, start, end);
    }

    /** {@return the code's severity} */
    public Severity severity() {
        return code.severity();
    }

    /** {@return {@code 1:1-1:5 warning front-matter/malformed-opener: message}} */
    @Override
    public String toString() {
        return start + "-" + end + " " + severity().label() + " " + code.id() + ": " + message;
    }
}
