package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * Exact token sequences of {@link NotesLexer}: line classes (D8), INDENT/DEDENT from {@link NotesLexerBase}
 * (D39-D42), verbatim blocks (D62, D63), tables (D27), front matter (D9, D11, D12) and end of input.
 */
class NotesLexerTokenStreamTest {

    /** Token type names joined by spaces, NL as "NL"; EOF omitted. */
    private static String tokens(String text) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> names = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            names.add(NotesLexer.VOCABULARY.getSymbolicName(t.getType()));
        }
        return String.join(" ", names);
    }

    @Test
    void flatListHasNoIndentation() {
        assertEquals("BULLET_ITEM NL BULLET_ITEM NL", tokens("- a\n- b\n"));
    }

    @Test
    void childAndDedentD39() {
        // D39 example: b child of a; c sibling of b; d child of c; e sibling of a.
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT DEDENT "
                        + "BULLET_ITEM NL",
                tokens("* a\n  * b\n   * c\n        * d\n * e\n"));
    }

    @Test
    void tabsCountToMultiplesOfFourD4() {
        // D82: a tab-indented child is at column 4; "\t -" is column 5, a sibling of the column-4 item.
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL BULLET_ITEM NL DEDENT", tokens("- a\n\t- b\n\t - c\n"));
        assertEquals(8, NotesLexerBase.indentation("\t\t* sub-point"));
        assertEquals(5, NotesLexerBase.indentation("\t * x"));
        assertEquals(4, NotesLexerBase.indentation("  \t- x"));
    }

    @Test
    void blankLinesNeverChangeIndentationAndFollowStructureTokens() {
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT NL BLANK NL BULLET_ITEM NL",
                tokens("- a\n    - b\n\n  \n- c\n"));
    }

    @Test
    void inconsistentDedentIsReportedD40() {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString("- a\n        - b\n    - c\n"));
        StringBuilder names = new StringBuilder();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            names.append(NotesLexer.VOCABULARY.getSymbolicName(t.getType())).append(' ');
        }
        // c (column 4) is within 1 of no open column (0, 8): a child of a, sibling of b.
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL BULLET_ITEM NL DEDENT ", names.toString());
        assertEquals(1, lexer.inconsistentDedents().size());
        assertEquals("    - c", lexer.inconsistentDedents().get(0).getText());
    }

    @Test
    void eofWithoutNewlineGetsNlThenDedents() {
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT", tokens("- a\n    - b"));
        assertEquals("PARAGRAPH TEXT_LINE NL", tokens("text"));
        assertEquals("", tokens(""));
    }

    @Test
    void lazyContinuationStaysInItemD42() {
        assertEquals("BULLET_ITEM NL TEXT_LINE NL INDENT NL PARAGRAPH TEXT_LINE NL DEDENT NL PARAGRAPH TEXT_LINE NL",
                tokens("- [x] (QE) infra update\nThe service moves next week.\n\n  Second paragraph.\n\nNot in the list.\n"));
    }

    @Test
    void fenceNeedsCloserD63() {
        assertEquals("FENCE_OPEN NL VERBATIM_LINE NL FENCE_CLOSE NL", tokens("```yaml=\n## widget.toml\n```\n"));
        assertEquals("PARAGRAPH UNCLOSED_FENCE NL BULLET_ITEM NL", tokens("```never closed\n- [ ] RT: still an item\n"));
        // A closer must be at least as long as the opener.
        assertEquals("FENCE_OPEN NL VERBATIM_LINE NL VERBATIM_LINE NL FENCE_CLOSE NL", tokens("````\nx\n```\n`````\n"));
    }

    @Test
    void fenceAfterNestedListClosesItD77() {
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT FENCE_OPEN NL VERBATIM_LINE NL FENCE_CLOSE NL",
                tokens("* (QE) config precedence?\n    * warn in this case\n ```\n    ## widget/config.yaml\n ```\n"));
    }

    @Test
    void commentsD62() {
        assertEquals("COMMENT NL", tokens("<!-- New releases, upcoming changes, ongoing votes --->\n"));
        assertEquals("COMMENT_OPEN NL VERBATIM_LINE NL COMMENT_CLOSE NL",
                tokens("<!-- Format:\n* XY: Given Family (@handle), Org.\n-->\n"));
        assertEquals("PARAGRAPH UNCLOSED_COMMENT NL BULLET_ITEM NL", tokens("<!-- this comment never closes\n- [ ] QE: item\n"));
    }

    @Test
    void aCommentClosesAtTheFirstArrowAfterItsOpenerD62() {
        // The closer is searched after the four characters of the opener: <!--> and <!---> do not close themselves.
        assertEquals("COMMENT_OPEN NL VERBATIM_LINE NL COMMENT_CLOSE NL", tokens("<!-->\nx\n-->\n"));
        assertEquals("PARAGRAPH UNCLOSED_COMMENT NL BULLET_ITEM NL", tokens("<!--->\n- [ ] QE: item\n"));
        // A > without two dashes before it closes nothing; the first --> does, past other >s.
        assertEquals("COMMENT_OPEN NL VERBATIM_LINE NL COMMENT_CLOSE NL", tokens("<!-- a > b -> c\n>>\n--> x\n"));
        assertEquals("COMMENT NL", tokens("<!-- -> > --> -->\n"));
    }

    @Test
    void tableNeedsDelimiterRowD27() {
        assertEquals("TABLE_HEADER NL DELIMITER_ROW NL TABLE_ROW NL TABLE_ROW NL PARAGRAPH TEXT_LINE NL",
                tokens("| Name | Initials |\n|---|-------- |\n| Quinn Example | QE |\n|\n31 people in total\n"));
        assertEquals("PARAGRAPH PIPE_LINE NL", tokens("| just a pipe line, no delimiter row |\n"));
    }

    /** The lexer marks a table's rows, a later dash row included, up to a blank line (D27, D29). */
    @Test
    void tableRowsAreMarkedUpToABlankLineD27() {
        assertEquals("TABLE_HEADER NL DELIMITER_ROW NL TABLE_ROW NL TABLE_ROW NL BLANK NL PARAGRAPH PIPE_LINE NL",
                tokens("| a |\n| - |\n| b |\n| --- |\n \n| c |\n"));
        assertEquals("TABLE_HEADER NL DELIMITER_ROW NL TABLE_ROW NL NL TABLE_HEADER NL DELIMITER_ROW NL TABLE_ROW NL",
                tokens("| a |\n| - |\n| b |\n\n| c |\n| - |\n| d |\n"));
    }

    @Test
    void headingClosesListsAndLineClassesD8() {
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT HEADING NL",
                tokens("- a\n    - b\n## Next\n"));
        assertEquals("PARAGRAPH TEXT_LINE NL THEMATIC_BREAK NL PARAGRAPH TEXT_LINE NL", tokens("Notes here\n---\n    ## not a heading\n"));
        // D37 as amended (2026-12): `+ note` is an item; `+1 from me`, `1.5 release` and `#tag line` stay text.
        assertEquals("BULLET_ITEM NL TEXT_LINE NL TEXT_LINE NL", tokens("+ note\n1.5 release\n#tag line\n"));
        assertEquals("PARAGRAPH TEXT_LINE NL TEXT_LINE NL TEXT_LINE NL", tokens("+1 from me\n1.5 release\n#tag line\n"));
        assertEquals("ORDERED_ITEM NL ORDERED_ITEM NL", tokens("2031. is an ordered item\n10. \n"));
    }

    @Test
    void frontMatterD9D11D12() {
        assertEquals("FRONT_MATTER_OPEN NL FRONT_MATTER_LINE NL FRONT_MATTER_CLOSE NL HEADING NL",
                tokens("---\ntags: [meeting-notes]\n---\n# 2026-01-14 Conda Ecosystem Meeting\n"));
        assertEquals("FRONT_MATTER_OPEN NL FRONT_MATTER_LINE NL FRONT_MATTER_CLOSE NL HEADING NL",
                tokens("x---\ntags: [meeting-notes]\n---\n# 2025-02-12 Conda Community Meeting\n"));
        assertEquals("FRONT_MATTER_OPEN NL FRONT_MATTER_LINE NL HEADING NL",
                tokens("---\ntags: [a]\n# 2031-05-14 Team Sync"));
        // x--- without a closer before a heading is text.
        assertEquals("PARAGRAPH TEXT_LINE NL HEADING NL PARAGRAPH TEXT_LINE NL", tokens("x---\n# T\n---x\n"));
        assertEquals("FRONT_MATTER_OPEN NL FRONT_MATTER_LINE NL FRONT_MATTER_CLOSE NL",
                tokens("\uFEFF---\r\na: b\r\n---"));
    }

    /** A paragraph after a list is marked, so that the parser need not look ahead to tell it from lazy text (D42). */
    @Test
    void paragraphStartIsMarkedAfterBlankLinesD42() {
        assertEquals("BULLET_ITEM NL TEXT_LINE NL TEXT_LINE NL NL PARAGRAPH TEXT_LINE NL TEXT_LINE NL",
                tokens("- a\nlazy\nlazy\n\npara\ngraph\n"));
    }

    @Test
    void depthIsCappedD41() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            text.append(" ".repeat(2 * i)).append("- x\n");
        }
        String stream = tokens(text.toString());
        assertEquals(63, count(stream, "INDENT"));
        assertEquals(63, count(stream, "DEDENT"));
        assertEquals(6, count(stream, "TOO_DEEP_ITEM"));
    }

    @Test
    void crAndCrlfEndLinesD2() {
        assertEquals("HEADING NL HEADING NL", tokens("# T\r## Attendees"));
        assertEquals("BULLET_ITEM NL INDENT BULLET_ITEM NL DEDENT", tokens("- a\r\n    - b\r\n"));
    }

    private static int count(String stream, String name) {
        int n = 0;
        for (String token : stream.split(" ")) {
            if (token.equals(name)) {
                n++;
            }
        }
        return n;
    }
}
