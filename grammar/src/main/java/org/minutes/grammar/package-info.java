/**
 * The ANTLR4 grammar of the meeting-notes dialect: {@code NotesLexer}/{@code NotesParser} for blocks, generated at
 * build time, with {@link org.minutes.grammar.NotesLexerBase} adding INDENT/DEDENT and the look-ahead a line lexer
 * cannot make (D8, D9–D12, D27, D39–D42, D62, D63), and {@code InlineLexer} for inline syntax (D54–D61). At run time
 * {@link org.minutes.grammar.BlockLexer} and {@link org.minutes.grammar.BlockParser} apply the block grammar by hand,
 * so the generated block lexer and parser (and their ATNs) are loaded only by the differential tests and the
 * parser's fallback. This module is an implementation detail of the SDK: its types appear in no public signature of
 * {@code minutes-sdk}.
 */
package org.minutes.grammar;
