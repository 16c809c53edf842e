/**
 * The Minutes SDK: the total parser ({@link org.minutes.sdk.MinutesParser}), the immutable AST
 * ({@code org.minutes.sdk.ast}), diagnostics, the source map, the semantic model ({@code org.minutes.sdk.model}) and
 * the archive of many notes over time ({@code org.minutes.sdk.archive}).
 * The {@code org.minutes.sdk.internal} packages are implementation and are not exported.
 */
module org.minutes.sdk {
    // The grammar requires the ANTLR runtime (an automatic module) transitively.
    requires org.minutes.grammar;
    requires org.yaml.snakeyaml;

    exports org.minutes.sdk;
    exports org.minutes.sdk.archive;
    exports org.minutes.sdk.ast;
    exports org.minutes.sdk.diagnostic;
    exports org.minutes.sdk.model;
    exports org.minutes.sdk.source;
    exports org.minutes.sdk.syntax;
}
