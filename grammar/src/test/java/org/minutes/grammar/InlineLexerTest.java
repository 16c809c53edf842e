package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Token streams of the inline lexer (D54–D61): narrow tokens, so no text token swallows markup. */
class InlineLexerTest {

    /** Lexes and renders each token as {@code TYPE:text}. */
    private static List<String> lex(String text) {
        InlineLexer lexer = new InlineLexer(CharStreams.fromString(text));
        List<String> out = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            out.add(InlineLexer.VOCABULARY.getSymbolicName(token.getType()) + ":" + token.getText());
        }
        return out;
    }

    @Test
    void theHeaderExample() {
        assertEquals(List.of("STARS:**", "WORD:Heads", "OTHER:-", "WORD:up", "STARS:**", "OTHER::", "WS: ", "WORD:see",
                "WS: ", "OPEN_BRACKET:[", "WORD:notes", "CLOSE_BRACKET:]", "OPEN_PAREN:(", "URL_SCHEME:https://",
                "WORD:example", "OTHER:.", "WORD:org", "OTHER:/", "WORD:n", "CLOSE_PAREN:)", "WS: ", "SHORTCODE::tada:",
                "WS: ", "AT:@", "WORD:qexample"),
                lex("**Heads-up**: see [notes](https://example.org/n) :tada: @qexample"));
    }

    @Test
    void escapesCoverAsciiPunctuationOnlyAndBacktickRunsApart() {
        assertEquals(List.of("ESCAPE:\\*", "ESCAPE:\\\\", "OTHER:\\", "WORD:a", "ESCAPE:\\~", "ESCAPE:\\|",
                "ESCAPED_BACKTICKS:\\``", "OTHER:\\", "WS: "),
                lex("\\*\\\\\\a\\~\\|\\``\\ "));
        assertEquals(List.of("ESCAPE:\\[", "ESCAPE:\\]", "ESCAPE:\\<", "ESCAPE:\\_", "ESCAPE:\\{", "OTHER:\\",
                "WORD:é"), lex("\\[\\]\\<\\_\\{\\é"));
    }

    @Test
    void runsAreOneTokenEach() {
        assertEquals(List.of("BACKTICKS:```", "STARS:***", "UNDERSCORES:__", "TILDES:~~~", "BACKTICKS:`"),
                lex("```***__~~~`"));
    }

    @Test
    void linkAndImageBrackets() {
        assertEquals(List.of("OTHER:!", "WS: ", "IMAGE_OPEN:![", "WORD:a", "CLOSE_BRACKET:]", "OPEN_PAREN:(",
                "CLOSE_PAREN:)", "OPEN_BRACKET:["), lex("! ![a]()["));
    }

    @Test
    void urlSchemesInAnyCaseButNotInsideAWord() {
        assertEquals(List.of("URL_SCHEME:HTTPS://", "WORD:x", "WS: ", "URL_SCHEME:hTtP://", "WS: ", "WORD:xhttps",
                "OTHER::", "OTHER:/", "OTHER:/", "WS: ", "WORD:ftp", "OTHER::", "OTHER:/", "OTHER:/"),
                lex("HTTPS://x hTtP:// xhttps:// ftp://"));
    }

    @Test
    void shortcodeCandidatesNeedALowerCaseLetter() {
        assertEquals(List.of("SHORTCODE::thinking_face:", "SHORTCODE::+1a-b:", "WORD:10", "OTHER::", "WORD:30",
                "OTHER::", "OTHER:+", "WORD:1", "OTHER::", "OTHER::", "WORD:D"), lex(":thinking_face::+1a-b:10:30:+1::D"));
    }

    @Test
    void whiteSpaceIsSpaceTabAndNbspOnly() {
        assertEquals(List.of("WORD:a", "WS: \t\u00A0", "WORD:b", "OTHER:\u2003", "WORD:c"), lex("a \t\u00A0b\u2003c"));
    }

    @Test
    void wordsAreLettersAndDigitsBeyondTheBmpToo() {
        assertEquals(List.of("WORD:𝐀bé9", "OTHER:😀", "AT:@", "WORD:zoë"), lex("𝐀bé9😀@zoë"));
    }

    @Test
    void lineEndSeparatesJoinedLines() {
        assertEquals(List.of("WORD:a", "LINE_END:\n", "CLOSE_PAREN:)", "WS: ", "WORD:b"), lex("a\n) b"));
    }
}
