package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockParser} against the parser ANTLR generates from {@code NotesParser.g4}, which stays the definition of
 * block structure (D7-D65): on the {@link Corpora} both build the same tree, node by node (class, rule, start and
 * stop token, terminal token, parent). Also: long runs of blank lines in a list (D44), and a token stream that
 * does not fit the grammar, which the hand parser refuses and the generated one still parses.
 */
class BlockParserDifferentialTest {

    private static final List<String> RULES = List.of(NotesParser.ruleNames);

    @Test
    void samplesExamplesAndTheReferenceParseAlike() throws IOException {
        for (String text : Corpora.texts()) {
            assertSameTree(text);
        }
    }

    @Test
    void randomLineSoupsParseAlike() {
        Corpora.soups().forEach(BlockParserDifferentialTest::assertSameTree);
    }

    @Test
    void listsGoOnOverBlankLinesOnlyBeforeAnItemOfTheirKind() {
        // D44: the blank lines between two bullets are the list's; before text, a heading or a numbered item they
        // are blocks of their own after the list.
        String blanks = "\n \n\t\n".repeat(500);
        for (String after : List.of("- b\n", "x\n", "# h\n", "1. b\n", "    - b\n", "")) {
            assertSameTree("- a\n" + blanks + after);
        }
        for (String after : List.of("2. b\n", "x\n", "# h\n", "- b\n", "    1. b\n", "")) {
            assertSameTree("1. a\n" + blanks + after);
        }
        NotesParser.DocumentContext tree = BlockParser.byHand(tokens("- a\n\n\n- b\n\nx\n")).orElseThrow();
        NotesParser.BlocksContext blocks = tree.blocks();
        assertEquals(3, blocks.block().size(), "the list, the blank line after it, the paragraph");
        assertTrue(blocks.block(0) instanceof NotesParser.BulletListBlockContext);
        NotesParser.BulletListContext list = ((NotesParser.BulletListBlockContext) blocks.block(0)).bulletList();
        assertEquals(2, list.bulletItem().size());
        assertEquals(2, list.blankLine().size());
        assertTrue(blocks.block(1) instanceof NotesParser.BlankLineBlockContext);
    }

    @Test
    void tokensThatDoNotFitAreRefusedAndTheGeneratedParserStillParsesThem() {
        // The lexer's tokens less the PARAGRAPH before the text line and the DEDENT that closes the item body: a
        // stream no lexer makes.
        BlockLexer lexer = new BlockLexer(CharStreams.fromString("text\n- a\n    - b\n"));
        TokenStream lexed = lexer.tokenStream();
        List<Token> made = new ArrayList<>();
        for (int i = 0; i < lexed.size(); i++) {
            Token token = lexed.get(i);
            if (token.getType() != NotesParser.PARAGRAPH && token.getType() != NotesParser.DEDENT) {
                ((CommonToken) token).setTokenIndex(made.size());
                made.add(token);
            }
        }
        assertEquals(lexed.size() - 2, made.size());
        TokenStream unfit = new ListTokenStream(made, lexer);
        assertTrue(BlockParser.byHand(unfit).isEmpty());
        assertEquals(0, unfit.index(), "the hand parser leaves the stream's position alone");
        NotesParser.DocumentContext fallback = BlockParser.document(unfit);
        // ANTLR's recovery: the stray text line is an error node, its NL a blank line, the DEDENT is conjured.
        assertEquals("(document text (blocks (block (blankLine \\n)) (block (bulletList (bulletItem - a \\n"
                + " (itemBody  (block (bulletList (bulletItem     - b \\n))) <missing DEDENT>))))) <EOF>)",
                fallback.toStringTree(RULES));
        assertTrue(fallback.getChild(0) instanceof ErrorNode);
    }

    private static TokenStream tokens(String text) {
        return new BlockLexer(CharStreams.fromString(text)).tokenStream();
    }

    private static void assertSameTree(String text) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        NotesParser.DocumentContext expected = BlockParser.generated(lexer.tokenStream());
        NotesParser.DocumentContext actual = BlockParser.byHand(tokens(text)).orElseThrow(
                () -> new AssertionError("refused " + text.replace("\n", "\\n")));
        assertEquals(expected.toStringTree(RULES), actual.toStringTree(RULES), () -> text.replace("\n", "\\n"));
        assertSameNodes(expected, actual);
        assertNull(actual.getParent());
    }

    private static void assertSameNodes(ParseTree expected, ParseTree actual) {
        assertSame(expected.getClass(), actual.getClass());
        assertEquals(expected.getChildCount(), actual.getChildCount());
        if (expected instanceof TerminalNode terminal) {
            assertEquals(describe(terminal.getSymbol()), describe(((TerminalNode) actual).getSymbol()));
            return;
        }
        ParserRuleContext rule = (ParserRuleContext) expected;
        ParserRuleContext mirror = (ParserRuleContext) actual;
        assertEquals(rule.getRuleIndex(), mirror.getRuleIndex());
        assertEquals(describe(rule.getStart()), describe(mirror.getStart()), "start of " + rule.getClass());
        assertEquals(describe(rule.getStop()), describe(mirror.getStop()), "stop of " + rule.getClass());
        for (int i = 0; i < expected.getChildCount(); i++) {
            assertSame(actual, actual.getChild(i).getParent());
            assertSameNodes(expected.getChild(i), actual.getChild(i));
        }
    }

    private static String describe(Token token) {
        return token == null ? "none" : token.getTokenIndex() + ":" + token.getType();
    }
}
