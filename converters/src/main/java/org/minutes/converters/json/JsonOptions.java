package org.minutes.converters.json;

/**
 * What {@link JsonConverter} adds to the plain AST, and how it lays the text out. Immutable; the {@code with}
 * methods return changed copies.
 *
 * <pre>{@code
 * JsonConverter converter = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true).withDiagnostics(true));
 * String json = converter.convert(MinutesParser.create().parse(text));
 * }</pre>
 *
 * @param spans       add a {@code "span"} object to every node that has one in the {@link org.minutes.sdk.SourceMap}
 *                    (only when converting a {@link org.minutes.sdk.ParseResult}; nodes built in code have none)
 * @param diagnostics add the parse diagnostics as a {@code "diagnostics"} array of the root object (only when
 *                    converting a {@link org.minutes.sdk.ParseResult})
 * @param pretty      indent the output over several lines; NDJSON output ignores it, one document per line
 */
public record JsonOptions(boolean spans, boolean diagnostics, boolean pretty) {

    /** No spans, no diagnostics, compact output. */
    public static final JsonOptions DEFAULT = new JsonOptions(false, false, false);

    /**
     * Returns these options with spans on or off.
     *
     * @param spans whether to add spans
     * @return the changed options
     */
    public JsonOptions withSpans(boolean spans) {
        return new JsonOptions(spans, diagnostics, pretty);
    }

    /**
     * Returns these options with diagnostics on or off.
     *
     * @param diagnostics whether to add diagnostics
     * @return the changed options
     */
    public JsonOptions withDiagnostics(boolean diagnostics) {
        return new JsonOptions(spans, diagnostics, pretty);
    }

    /**
     * Returns these options with pretty printing on or off.
     *
     * @param pretty whether to indent the output
     * @return the changed options
     */
    public JsonOptions withPretty(boolean pretty) {
        return new JsonOptions(spans, diagnostics, pretty);
    }
}
