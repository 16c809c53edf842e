package org.minutes.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.ast.Document;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.diagnostic.Severity;

/**
 * What {@link MinutesParser} returns: the document, where its nodes came from, and the diagnostics ordered by
 * position (D6, D69).
 *
 * @param document    the AST
 * @param sourceMap   node → span, and offset → line:column
 * @param diagnostics the findings, ordered by position
 */
public record ParseResult(Document document, SourceMap sourceMap, List<Diagnostic> diagnostics) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public ParseResult {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sourceMap, "sourceMap");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * {@return the name of the source the parser was given (D84 (4)): the path of {@link MinutesParser#parse(
     * java.nio.file.Path)} or the name passed with the text; kept beside the AST, not in it, so that a round trip
     * re-parses with the same name}
     */
    public Optional<String> sourceName() {
        return document.sourceName();
    }

    /** {@return whether any diagnostic is an error} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Returns the diagnostics of one code.
     *
     * @param code the code
     * @return those diagnostics, in order
     */
    public List<Diagnostic> diagnostics(DiagnosticCode code) {
        return diagnostics.stream().filter(d -> d.code() == code).toList();
    }
}
