/*
 * The meeting-notes dialect, block level (DIALECT.md D1-D83).
 *
 * The notes are HackMD-style Markdown: optional YAML front matter, a dated title, a preamble, flat sections,
 * attendee tables or lists, nested checkbox bullets with speaker prefixes:
 *
 *     ---
 *     tags: [meeting-notes]
 *     ---
 *     # 2026-01-14 Conda Ecosystem Meeting
 *     ## Attendees
 *     | Name | Initials |
 *     | ---- | -------- |
 *     | Quinn Example | QE |
 *     ## Announcements
 *     - [X] QE: release is out
 *         - RT: thanks!
 *
 * Lexing is line-oriented (D8): in the default mode every rule matches one whole physical line, from its first
 * character to just before its line end, so the longest match classifies the line and no catch-all token can
 * steal part of it. Where rules tie on length, the earlier rule wins, which is D8's "first match wins" order.
 * Inline syntax (D54-D61) is lexed separately by InlineLexer. At run time LineClasses applies these rules by hand,
 * a line at a time; NotesLexerDifferentialTest holds it to the lexer generated from this file.
 *
 * NotesLexerBase (superClass) adds what a line-at-a-time lexer cannot know by itself: INDENT and DEDENT around
 * list item bodies (D39-D42), whether a fence or comment opener has a closer (D62, D63), whether a pipe line
 * heads a table (D27), whether line 1 opens front matter (D9, D11), and the final NL at end of input.
 */
lexer grammar NotesLexer;

options {
    superClass = NotesLexerBase;
}

tokens {
    INDENT,
    DEDENT,
    TABLE_HEADER,
    TABLE_ROW,
    PARAGRAPH,
    COMMENT,
    COMMENT_CLOSE,
    FENCE_CLOSE,
    UNCLOSED_COMMENT,
    UNCLOSED_FENCE,
    TOO_DEEP_ITEM
}

// A line end: LF, CRLF or a lone CR (D2).
NL
    : '\r\n'
    | '\r'
    | '\n'
    ;

// `****`, `- - -`, `___` at indent 0-3 (D65); before list markers, as in D8.
THEMATIC_BREAK
    : SP03 ( '*' WS* '*' WS* '*' ( WS | '*' )*
           | '-' WS* '-' WS* '-' ( WS | '-' )*
           | '_' WS* '_' WS* '_' ( WS | '_' )*
           )
    ;

// `## Attendees`: 1-6 `#` at indent 0-3, then WS or end of line (D13). `#tag` is longer as TEXT_LINE.
HEADING
    : SP03 '#' '#'? '#'? '#'? '#'? '#'? ( WS ~[\r\n]* )?
    ;

// `- [x] QE: text`, `* item`: a bullet marker at any indent, then WS or end of line (D37).
BULLET_ITEM
    : WS* [-*+] ( WS ~[\r\n]* )?
    ;

// `1. QE: Quinn Example (@qexample)`: 1-9 digits and `.` at any indent, then WS or end of line (D37).
ORDERED_ITEM
    : WS* DIGIT DIGIT? DIGIT? DIGIT? DIGIT? DIGIT? DIGIT? DIGIT? DIGIT? '.' ( WS ~[\r\n]* )?
    ;

// `> Ship small.`: `>` as first non-WS, then WS or end of line (D64).
QUOTE
    : WS* '>' ( WS ~[\r\n]* )?
    ;

// `| --- | :---: |`: a table's delimiter row (D27).
DELIMITER_ROW
    : SP03 '|' DELIMITER_CELL ( '|' DELIMITER_CELL )* '|'? WS*
    ;

// `| Quinn Example | QE |`: a pipe line at indent 0-3 (D27); a row, a table header or text.
PIPE_LINE
    : SP03 '|' ~[\r\n]*
    ;

// `<!-- Releases, votes, news --->`: a comment opener (D62); the base class finds its closer.
COMMENT_OPEN
    : WS* '<!--' ~[\r\n]*
    ;

// ```` ```yaml= ```` or `~~~`: a fence opener at any indent (D63); the base class finds its closer.
FENCE_OPEN
    : WS* ( '```' '`'* ~[`\r\n]* | '~~~' '~'* ~[\r\n]* )
    ;

// `Various parts of the conda ecosystem …`: any other line with text (D8 class 10).
TEXT_LINE
    : WS* ~[ \t\u00A0\r\n] ~[\r\n]*
    ;

// `⍽␠`: a line of white space only is blank (D5).
BLANK
    : WS+
    ;

// Front matter opener on line 1: `---`, or `x---` with 1-3 stray characters (D9, D11). The base class enters
// this mode only when line 1 opens front matter.
mode FRONT_MATTER_START_MODE;

FRONT_MATTER_OPEN
    : ~[-\r\n \t\u00A0]* '---' WS* -> mode(FRONT_MATTER_MODE)
    ;

// Raw YAML lines up to `---`, or up to the first heading when unclosed (D9, D12).
mode FRONT_MATTER_MODE;

FRONT_MATTER_NL
    : ( '\r\n' | '\r' | '\n' ) -> type(NL)
    ;

// `---`: closes the front matter (D9).
FRONT_MATTER_CLOSE
    : '---' WS* -> mode(DEFAULT_MODE)
    ;

// `# 2031-05-14 Team Sync` inside unclosed front matter ends it (D12).
FRONT_MATTER_HEADING
    : SP03 '#' '#'? '#'? '#'? '#'? '#'? ( WS ~[\r\n]* )? -> type(HEADING), mode(DEFAULT_MODE)
    ;

// `tags: [meeting-notes]`: one raw YAML line.
FRONT_MATTER_LINE
    : ~[\r\n]+
    ;

// Lines inside a fenced code block or a multi-line comment, up to the closer the base class found (D62, D63).
mode VERBATIM_MODE;

VERBATIM_NL
    : ( '\r\n' | '\r' | '\n' ) -> type(NL)
    ;

// `## widget.toml` inside a fence: literal, never a heading.
VERBATIM_LINE
    : ~[\r\n]+
    ;

// White space as the dialect counts it: space, tab and NBSP (D3).
fragment WS
    : [ \t\u00A0]
    ;

// Indentation of 0-3 columns: spaces or NBSP, since a tab already reaches column 4 (D4).
fragment SP03
    : [ \u00A0]? [ \u00A0]? [ \u00A0]?
    ;

fragment DIGIT
    : [0-9]
    ;

fragment DELIMITER_CELL
    : WS* ':'? '-'+ ':'? WS*
    ;
