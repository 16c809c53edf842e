package org.minutes.converters.json;

import java.util.List;
import java.util.Optional;

import org.minutes.sdk.SourceMap;
import org.minutes.sdk.diagnostic.Diagnostic;

/**
 * What the writer adds beyond the AST for one call, handed to the Jackson serializer as a per-call attribute.
 *
 * @param spans       the source map whose spans to write, or empty for none
 * @param diagnostics the diagnostics to write at the root, or empty for none
 */
record WriteContext(Optional<SourceMap> spans, Optional<List<Diagnostic>> diagnostics) {

    /** The attribute key under which the serializer finds the context. */
    static final Object KEY = WriteContext.class;

    /** Nothing beyond the AST. */
    static final WriteContext NONE = new WriteContext(Optional.empty(), Optional.empty());
}
