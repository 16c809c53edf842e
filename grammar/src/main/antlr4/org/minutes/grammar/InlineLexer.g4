/*
 * Inline lexer of the meeting-notes dialect (DIALECT.md D54-D61, D78).
 *
 * Inline text is the text of one paragraph, list item, heading or table cell. Its lines are joined with a single
 * LF, which this lexer reports as LINE_END (a soft break, or white space inside a link tail, D56/D78). The tokens
 * are deliberately narrow: every character that can start or end inline syntax gets a token of its own, and all
 * other text comes as short WORD, WS and OTHER tokens, so that no catch-all text token can swallow markup by
 * longest match. The lexer decides nothing: which runs are emphasis, which brackets form a link, where a bare URL
 * ends or which `:name:` is an emoji is decided by the inline parser in the SDK, over this token stream.
 *
 * Example: the line
 *     **Heads-up**: see [notes](https://example.org/n) :tada: @qexample
 * lexes as
 *     STARS WORD OTHER WORD STARS OTHER WS WORD WS OPEN_BRACKET WORD CLOSE_BRACKET OPEN_PAREN URL_SCHEME
 *     WORD OTHER WORD OTHER WORD CLOSE_PAREN WS SHORTCODE WS AT WORD
 */
lexer grammar InlineLexer;

// \*  \_  \<  \|  : a backslash before ASCII punctuation other than a backtick (D61)
ESCAPE
    : '\\' [\u0021-\u002F\u003A-\u0040\u005B-\u005F\u007B-\u007E]
    ;

// \``  : a backslash then a backtick run; escapes one backtick outside code, is literal inside code (D55, D61)
ESCAPED_BACKTICKS
    : '\\' '`'+
    ;

// ``  : a backtick run, which may open or close a code span (D55)
BACKTICKS
    : '`'+
    ;

// ![  : opens an image (D56)
IMAGE_OPEN
    : '!['
    ;

// [  : opens a link (D56)
OPEN_BRACKET
    : '['
    ;

// ]  : closes link or image text (D56)
CLOSE_BRACKET
    : ']'
    ;

// (  : opens a link destination, or nests inside one (D56)
OPEN_PAREN
    : '('
    ;

// )  : closes a link destination (D56)
CLOSE_PAREN
    : ')'
    ;

// **  : a run of stars, emphasis or strong when 1 or 2 long (D58)
STARS
    : '*'+
    ;

// _  : a run of underscores, emphasis when 1 long (D58)
UNDERSCORES
    : '_'+
    ;

// ~~  : a run of tildes, strikethrough when 2 long (D58)
TILDES
    : '~'+
    ;

// :thinking_face:  : an emoji shortcode candidate, at least one lower-case letter in the name (D59)
SHORTCODE
    : ':' [a-z0-9_+\-]* [a-z] [a-z0-9_+\-]* ':'
    ;

// @  : may start a mention (D60)
AT
    : '@'
    ;

// HTTPS://  : may start a bare URL, scheme in any case (D57)
URL_SCHEME
    : [hH] [tT] [tT] [pP] [sS]? '://'
    ;

// ⍽⇥  : spaces, tabs and NBSPs (D3)
WS
    : [ \t\u00A0]+
    ;

// Quinn2031  : letters and decimal digits
WORD
    : [\p{L}\p{Nd}]+
    ;

// ↵  : the line end between two joined lines (D42, D78)
LINE_END
    : '\n'
    ;

// #  : any other single character
OTHER
    : .
    ;
