/**
 * The ANTLR4 grammar of the meeting-notes dialect: the generated lexers and parser and their indentation-aware lexer
 * base. They are an implementation detail of the SDK, so the package is exported to {@code org.minutes.sdk} alone;
 * the SDK's {@code MinutesParser} is the way to read notes.
 */
module org.minutes.grammar {
    requires transitive org.antlr.antlr4.runtime;

    exports org.minutes.grammar to org.minutes.sdk;
}
