package org.minutes.sdk.ast;

import java.util.Objects;

import org.minutes.sdk.diagnostic.DiagnosticCode;

/**
 * Something the semantic model found about a node while reading a document's meaning (D26, D30, D19–D21, D53), for
 * example an attendee entry that fits no known shape. The parser turns each into a positioned diagnostic (D69); a
 * document built in code has the same findings as the parse of its rendering, without positions.
 *
 * @param code    the diagnostic code
 * @param where   the node the finding is about, compared by identity when located in a source map
 * @param message a message a person can act on
 */
public record Finding(DiagnosticCode code, Node where, String message) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException naming the missing component
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
