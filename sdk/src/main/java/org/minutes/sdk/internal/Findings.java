package org.minutes.sdk.internal;

import org.minutes.sdk.DiagnosticCode;
import org.minutes.sdk.ast.Node;

/** Where semantic steps report what they find; the parser turns reports into positioned diagnostics. */
@FunctionalInterface
public interface Findings {

    /** Discards every report: for semantic methods called on a document outside parsing. */
    Findings NONE = (code, where, message) -> {
    };

    /**
     * Reports a finding about a node.
     *
     * @param code    the diagnostic code
     * @param where   the node the finding is about; its span locates the diagnostic
     * @param message a message a person can act on
     */
    void report(DiagnosticCode code, Node where, String message);
}
