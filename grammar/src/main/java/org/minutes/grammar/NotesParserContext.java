package org.minutes.grammar;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of {@code NotesParser}'s contexts: a context's child list holds two children in its own fields
 * ({@link ChildList}), not an array of ANTLR's default ten, since most rules of the grammar have one or two (a line
 * and its NL, a block's one alternative); the rules with many (blocks, lists, quotes, tables) keep the rest in
 * chunks ({@link ChunkedList}), never in one array large enough to outlive the parse in G1's old regions.
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
            children = new ChildList<>();
        }
        return super.addAnyChild(t);
    }
}
