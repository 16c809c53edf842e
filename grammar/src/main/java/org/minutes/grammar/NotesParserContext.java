package org.minutes.grammar;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of {@code NotesParser}'s contexts: a context's child list starts with room for two children, not
 * ANTLR's default ten, since most rules of the grammar have one to three (a line and its NL, a block's one
 * alternative); the rules with many (blocks, lists, quotes, tables) grow their lists in chunks ({@link ChunkedList}),
 * never into one array large enough to outlive the parse in G1's old regions.
 */
public class NotesParserContext extends ParserRuleContext {

    /** Creates a context with no parent, as ANTLR's generated code does. */
    public NotesParserContext() {
    }

    /**
     * Creates a context.
     *
     * @param parent              the parent context
     * @param invokingStateNumber the ATN state that invoked the rule
     */
    public NotesParserContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ChunkedList<>(2);
        }
        return super.addAnyChild(t);
    }
}
