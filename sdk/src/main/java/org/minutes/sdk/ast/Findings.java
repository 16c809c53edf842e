package org.minutes.sdk.ast;

import org.minutes.sdk.diagnostic.DiagnosticCode;

/** Where the semantic computation reports what it finds; {@link Semantics} keeps the reports as {@link Finding}s. */
@FunctionalInterface
interface Findings {

    /** Discards every report. */
    Findings NONE = (code, where, message) -> {
    };

    /**
     * Reports a finding about a node.
     *
     * @param code    the diagnostic code
     * @param where   the node the finding is about
     * @param message a message a person can act on
     */
    void report(DiagnosticCode code, Node where, String message);
}
