package org.minutes.grammar;

import java.util.Optional;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * The rules of {@code NotesParser.g4} by recursive descent: builds the parse tree the generated {@code NotesParser}
 * builds (the same context classes, labelled alternatives, terminal nodes, start and stop tokens, parents) without
 * its ATN, which is never deserialised on this path: only the grammar's int constants are read.
 *
 * <p>The lexer makes the grammar LL(1) (a PARAGRAPH token before a paragraph, TABLE_ROW tokens, INDENT/DEDENT
 * around item bodies, D27, D39-D42), but for one decision: whether a list goes on past blank lines,
 * {@code bulletItem ( blankLine* bulletItem )*} (D44). It goes on when an item of its kind follows the blank lines,
 * as ANTLR's greedy loop decides; this parser looks over the blank lines once, where ANTLR's prediction looked
 * over them again for each of them (super-linear time on long runs of blank lines).
 *
 * <p>The hand parser fits only the token streams the lexer makes: on any other it gives up, and the generated
 * parser (SLL, then LL with error recovery) parses the tokens instead, so parsing stays total. Invoking states are
 * not ATN states (there is none): the root's is -1, as ANTLR's, every other context's 0.
 */
public final class BlockParser {

    /** A token that does not fit the grammar: unwinds to {@link #byHand}. */
    private static final class Mismatch extends RuntimeException {
        Mismatch() {
            super(null, null, false, false);
        }
    }

    private final TokenStream tokens;
    private final int last;
    private int at;
    private boolean matchedEof;

    private BlockParser(TokenStream tokens) {
        this.tokens = tokens;
        this.last = tokens.size() - 1;
    }

    /**
     * Parses a document, {@code frontMatter? blocks section* EOF} (D7): by hand, or with the generated parser if the
     * tokens do not fit the grammar (no token stream the lexer makes should), so parsing stays total.
     *
     * @param tokens every token of the input, buffered, ending in EOF ({@link NotesLexerBase#tokenStream()})
     * @return the tree
     */
    public static NotesParser.DocumentContext document(TokenStream tokens) {
        return byHand(tokens).orElseGet(() -> generated(tokens));
    }

    /**
     * Parses a document by hand.
     *
     * @param tokens every token of the input, buffered, ending in EOF; read by index, its position is left alone
     * @return the tree, or empty if the tokens do not fit the grammar
     */
    static Optional<NotesParser.DocumentContext> byHand(TokenStream tokens) {
        if (tokens.size() == 0 || tokens.get(tokens.size() - 1).getType() != Token.EOF) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BlockParser(tokens).document());
        } catch (Mismatch e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a document with the generated parser, which initialises its ATN: SLL with bail-out first, full LL with
     * error recovery if SLL fails.
     *
     * @param tokens every token of the input, at the stream's first
     * @return the tree
     */
    static NotesParser.DocumentContext generated(TokenStream tokens) {
        NotesParser parser = new NotesParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.document();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.document();
        }
    }

    private NotesParser.DocumentContext document() {
        NotesParser.DocumentContext document = enter(new NotesParser.DocumentContext(null, -1));
        if (la() == NotesParser.FRONT_MATTER_OPEN) {
            frontMatter(document);
        }
        blocks(document);
        while (la() == NotesParser.HEADING) {
            NotesParser.SectionContext section = enter(new NotesParser.SectionContext(document, 0));
            match(section, NotesParser.HEADING);
            match(section, NotesParser.NL);
            blocks(section);
            exit(section);
        }
        match(document, Token.EOF);
        return exit(document);
    }

    /** {@code FRONT_MATTER_OPEN NL frontMatterLine* ( FRONT_MATTER_CLOSE NL )?} (D9-D12). */
    private void frontMatter(ParserRuleContext parent) {
        NotesParser.FrontMatterContext frontMatter = enter(new NotesParser.FrontMatterContext(parent, 0));
        match(frontMatter, NotesParser.FRONT_MATTER_OPEN);
        match(frontMatter, NotesParser.NL);
        while (la() == NotesParser.FRONT_MATTER_LINE || la() == NotesParser.NL) {
            line(new NotesParser.FrontMatterLineContext(frontMatter, 0), NotesParser.FRONT_MATTER_LINE);
        }
        if (la() == NotesParser.FRONT_MATTER_CLOSE) {
            match(frontMatter, NotesParser.FRONT_MATTER_CLOSE);
            match(frontMatter, NotesParser.NL);
        }
        exit(frontMatter);
    }

    /** {@code block*}, in a {@code blocks} context. */
    private void blocks(ParserRuleContext parent) {
        NotesParser.BlocksContext blocks = enter(new NotesParser.BlocksContext(parent, 0));
        while (startsBlock(la())) {
            block(blocks);
        }
        exit(blocks);
    }

    private static boolean startsBlock(int type) {
        return switch (type) {
            case NotesParser.PARAGRAPH, NotesParser.BULLET_ITEM, NotesParser.ORDERED_ITEM, NotesParser.TABLE_HEADER,
                    NotesParser.FENCE_OPEN, NotesParser.COMMENT, NotesParser.COMMENT_OPEN, NotesParser.QUOTE,
                    NotesParser.THEMATIC_BREAK, NotesParser.BLANK, NotesParser.NL -> true;
            default -> false;
        };
    }

    /** One block (D8): the alternative is the one its first token starts. */
    private void block(ParserRuleContext parent) {
        NotesParser.BlockContext unlabelled = new NotesParser.BlockContext(parent, 0);
        int first = la();
        NotesParser.BlockContext block = enter(switch (first) {
            case NotesParser.PARAGRAPH -> new NotesParser.ParagraphBlockContext(unlabelled);
            case NotesParser.BULLET_ITEM -> new NotesParser.BulletListBlockContext(unlabelled);
            case NotesParser.ORDERED_ITEM -> new NotesParser.OrderedListBlockContext(unlabelled);
            case NotesParser.TABLE_HEADER -> new NotesParser.TableBlockContext(unlabelled);
            case NotesParser.FENCE_OPEN -> new NotesParser.FencedCodeBlockContext(unlabelled);
            case NotesParser.COMMENT, NotesParser.COMMENT_OPEN -> new NotesParser.CommentBlockContext(unlabelled);
            case NotesParser.QUOTE -> new NotesParser.QuoteBlockContext(unlabelled);
            case NotesParser.THEMATIC_BREAK -> new NotesParser.ThematicBreakBlockContext(unlabelled);
            case NotesParser.BLANK, NotesParser.NL -> new NotesParser.BlankLineBlockContext(unlabelled);
            default -> throw new Mismatch();
        });
        switch (first) {
            case NotesParser.PARAGRAPH -> paragraph(block);
            case NotesParser.BULLET_ITEM -> list(new NotesParser.BulletListContext(block, 0), first);
            case NotesParser.ORDERED_ITEM -> list(new NotesParser.OrderedListContext(block, 0), first);
            case NotesParser.TABLE_HEADER -> table(block);
            case NotesParser.FENCE_OPEN ->
                    verbatim(new NotesParser.FencedCodeContext(block, 0), first, NotesParser.FENCE_CLOSE);
            case NotesParser.COMMENT ->
                    singleLine(new NotesParser.SingleLineCommentContext(new NotesParser.CommentContext(block, 0)),
                            first);
            case NotesParser.COMMENT_OPEN ->
                    verbatim(new NotesParser.MultiLineCommentContext(new NotesParser.CommentContext(block, 0)),
                            first, NotesParser.COMMENT_CLOSE);
            case NotesParser.QUOTE -> quote(block);
            case NotesParser.THEMATIC_BREAK ->
                    singleLine(new NotesParser.ThematicBreakContext(block, 0), first);
            default -> blankLine(block);
        }
        exit(block);
    }

    /** {@code PARAGRAPH textLine+} (D42). */
    private void paragraph(ParserRuleContext parent) {
        NotesParser.ParagraphContext paragraph = enter(new NotesParser.ParagraphContext(parent, 0));
        match(paragraph, NotesParser.PARAGRAPH);
        do {
            textLine(paragraph);
        } while (isTextLine(la()));
        exit(paragraph);
    }

    /** {@code ( QUOTE NL )+} (D64). */
    private void quote(ParserRuleContext parent) {
        NotesParser.QuoteContext quote = enter(new NotesParser.QuoteContext(parent, 0));
        do {
            match(quote, NotesParser.QUOTE);
            match(quote, NotesParser.NL);
        } while (la() == NotesParser.QUOTE);
        exit(quote);
    }

    /**
     * {@code item ( blankLine* item )*} (D44): the blank lines after an item belong to the list when an item of its
     * kind follows them, found by one look over them.
     */
    private void list(ParserRuleContext list, int marker) {
        enter(list);
        item(list, marker);
        while (true) {
            int next = at;
            while (tokens.get(next).getType() == NotesParser.BLANK || tokens.get(next).getType() == NotesParser.NL) {
                next += tokens.get(next).getType() == NotesParser.BLANK ? 2 : 1;
                next = Math.min(next, last);
            }
            if (tokens.get(next).getType() != marker) {
                break;
            }
            while (at < next) {
                blankLine(list);
            }
            item(list, marker);
        }
        exit(list);
    }

    /** {@code MARKER NL textLine* itemBody?} (D38, D42), in a bullet or ordered item context. */
    private void item(ParserRuleContext list, int marker) {
        ParserRuleContext item = enter(marker == NotesParser.BULLET_ITEM
                ? new NotesParser.BulletItemContext(list, 0)
                : new NotesParser.OrderedItemContext(list, 0));
        match(item, marker);
        match(item, NotesParser.NL);
        while (isTextLine(la())) {
            textLine(item);
        }
        if (la() == NotesParser.INDENT) {
            NotesParser.ItemBodyContext body = enter(new NotesParser.ItemBodyContext(item, 0));
            match(body, NotesParser.INDENT);
            do {
                block(body);
            } while (startsBlock(la()));
            match(body, NotesParser.DEDENT);
            exit(body);
        }
        exit(item);
    }

    /** {@code TABLE_HEADER NL DELIMITER_ROW NL tableRow*} (D27). */
    private void table(ParserRuleContext parent) {
        NotesParser.TableContext table = enter(new NotesParser.TableContext(parent, 0));
        match(table, NotesParser.TABLE_HEADER);
        match(table, NotesParser.NL);
        match(table, NotesParser.DELIMITER_ROW);
        match(table, NotesParser.NL);
        while (la() == NotesParser.TABLE_ROW) {
            singleLine(new NotesParser.TableRowContext(table, 0), NotesParser.TABLE_ROW);
        }
        exit(table);
    }

    /** {@code OPEN NL verbatimLine* CLOSE NL}: a fence or a multi-line comment (D62, D63). */
    private void verbatim(ParserRuleContext rule, int open, int close) {
        enter(rule);
        match(rule, open);
        match(rule, NotesParser.NL);
        while (la() == NotesParser.VERBATIM_LINE || la() == NotesParser.NL) {
            line(new NotesParser.VerbatimLineContext(rule, 0), NotesParser.VERBATIM_LINE);
        }
        match(rule, close);
        match(rule, NotesParser.NL);
        exit(rule);
    }

    /** A rule that is one line: {@code TYPE NL}. */
    private void singleLine(ParserRuleContext rule, int type) {
        enter(rule);
        match(rule, type);
        match(rule, NotesParser.NL);
        exit(rule);
    }

    private static boolean isTextLine(int type) {
        return switch (type) {
            case NotesParser.TEXT_LINE, NotesParser.PIPE_LINE, NotesParser.DELIMITER_ROW,
                    NotesParser.UNCLOSED_COMMENT, NotesParser.UNCLOSED_FENCE, NotesParser.TOO_DEEP_ITEM -> true;
            default -> false;
        };
    }

    /** {@code ( TEXT_LINE | PIPE_LINE | … ) NL} (D42). */
    private void textLine(ParserRuleContext parent) {
        NotesParser.TextLineContext line = enter(new NotesParser.TextLineContext(parent, 0));
        consume(line);
        match(line, NotesParser.NL);
        exit(line);
    }

    /** {@code BLANK? NL} (D5). */
    private void blankLine(ParserRuleContext parent) {
        line(new NotesParser.BlankLineContext(parent, 0), NotesParser.BLANK);
    }

    /** {@code CONTENT? NL}: a blank, front-matter or verbatim line. */
    private void line(ParserRuleContext line, int content) {
        enter(line);
        if (la() == content) {
            consume(line);
        }
        match(line, NotesParser.NL);
        exit(line);
    }

    // ---- the tree, as ANTLR's Parser builds it ----

    private int la() {
        return tokens.get(at).getType();
    }

    /** Starts a rule at the current token, as the parent's last child. */
    private <C extends ParserRuleContext> C enter(C rule) {
        rule.start = tokens.get(at);
        if (rule.parent != null) {
            ((ParserRuleContext) rule.parent).addChild(rule);
        }
        return rule;
    }

    /**
     * Ends a rule at the token before the current one (none if the rule is empty at the start of input), or at EOF
     * once EOF is matched.
     */
    private <C extends ParserRuleContext> C exit(C rule) {
        rule.stop = matchedEof ? tokens.get(at) : at > 0 ? tokens.get(at - 1) : null;
        return rule;
    }

    private void match(ParserRuleContext rule, int type) {
        if (la() != type) {
            throw new Mismatch();
        }
        consume(rule);
    }

    /** Adds the current token as a terminal node and moves past it; EOF is never passed, as in ANTLR. */
    private void consume(ParserRuleContext rule) {
        Token token = tokens.get(at);
        rule.addChild(new TerminalNodeImpl(token));
        if (at < last) {
            at++;
        } else {
            matchedEof = true;
        }
    }
}
