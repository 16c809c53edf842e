/*
 * The meeting-notes dialect, block level (DIALECT.md D7-D65). Tokens come from NotesLexer, one line-class token
 * per line followed by NL; INDENT and DEDENT bracket the blocks nested in a list item (D39-D42), so nesting is
 * decided here, not re-computed afterwards.
 *
 *     # 2031-05-14 Team Sync          HEADING NL
 *     - [x] (QE) infra update         BULLET_ITEM NL
 *     The service moves next week.    TEXT_LINE NL          (continuation, D42)
 *         - RT: thanks                INDENT BULLET_ITEM NL
 *     ## Next steps                   DEDENT HEADING NL
 *
 * The title and the preamble are the first section-less blocks and the first heading when its level is 1 (D7,
 * D14); that choice is semantic and made when building the AST.
 */
parser grammar NotesParser;

options {
    tokenVocab = NotesLexer;
    contextSuperClass = NotesParserContext;
}

// A whole file: `---↵tags: [a]↵---↵# Title↵text↵## Section↵…` (D7).
document
    : frontMatter? blocks section* EOF
    ;

// `---↵tags: [meeting-notes]↵---` (D9-D12); the closer is missing when unclosed.
frontMatter
    : FRONT_MATTER_OPEN NL frontMatterLine* ( FRONT_MATTER_CLOSE NL )?
    ;

// `tags: [meeting-notes]`, or an empty line.
frontMatterLine
    : FRONT_MATTER_LINE? NL
    ;

// `## Attendees` and the blocks up to the next heading (D13, D23).
section
    : HEADING NL blocks
    ;

// Blocks in document order.
blocks
    : block*
    ;

// One block (D8).
block
    : paragraph     # paragraphBlock
    | bulletList    # bulletListBlock
    | orderedList   # orderedListBlock
    | table         # tableBlock
    | fencedCode    # fencedCodeBlock
    | comment       # commentBlock
    | quote         # quoteBlock
    | thematicBreak # thematicBreakBlock
    | blankLine     # blankLineBlock
    ;

// `Text↵more text`: lines of text (D8 class 10, D42). The lexer marks where a paragraph starts (zero-width
// PARAGRAPH), since the same text lines could continue the item above (D42).
paragraph
    : PARAGRAPH textLine+
    ;

// A line read as text: plain text, pipe lines outside tables (D27), unclosed openers (D62, D63), too-deep
// markers (D41).
textLine
    : ( TEXT_LINE | PIPE_LINE | DELIMITER_ROW | UNCLOSED_COMMENT | UNCLOSED_FENCE | TOO_DEEP_ITEM ) NL
    ;

// `- a↵* b`: bullet siblings, blank lines between them allowed (D44).
bulletList
    : bulletItem ( blankLine* bulletItem )*
    ;

// `1. a↵2. b`: ordered siblings (D44).
orderedList
    : orderedItem ( blankLine* orderedItem )*
    ;

// `- [ ] QE: text↵lazy continuation↵    - child` (D38, D42).
bulletItem
    : BULLET_ITEM NL textLine* itemBody?
    ;

// `1. QE: Quinn Example (@qexample)` (D37).
orderedItem
    : ORDERED_ITEM NL textLine* itemBody?
    ;

// The blocks nested in an item: child lists, paragraphs, code, comments, quotes (D39, D42).
itemBody
    : INDENT block+ DEDENT
    ;

// `| Name | Initials |↵| --- | --- |↵| Quinn Example | QE |` (D27).
table
    : TABLE_HEADER NL DELIMITER_ROW NL tableRow*
    ;

// `| Quinn Example | QE |` or a later dash row: the lexer marks the rows, so a table ends with one token of
// look-ahead (a pipe line could also start a paragraph, and ANTLR would look ahead over the whole table).
tableRow
    : TABLE_ROW NL
    ;

// ```` ```yaml=↵## widget.toml↵``` ```` (D63).
fencedCode
    : FENCE_OPEN NL verbatimLine* FENCE_CLOSE NL
    ;

// `<!-- one line -->` or `<!-- Format:↵* XY: …↵-->` (D62).
comment
    : COMMENT NL                                    # singleLineComment
    | COMMENT_OPEN NL verbatimLine* COMMENT_CLOSE NL # multiLineComment
    ;

// A literal line inside a fence or comment, possibly empty.
verbatimLine
    : VERBATIM_LINE? NL
    ;

// `> Ship small.↵>↵> Second paragraph.` (D64).
quote
    : ( QUOTE NL )+
    ;

// `****` (D65).
thematicBreak
    : THEMATIC_BREAK NL
    ;

// A blank line (D5): trivia.
blankLine
    : BLANK? NL
    ;
