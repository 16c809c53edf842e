package org.minutes.grammar;

import java.util.List;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A token stream over a list of tokens lexed in advance, all on the default channel and ending in EOF, each knowing
 * its index in the list: reading a token is a list access, where {@code CommonTokenStream} syncs, fetches and skips
 * off-channel tokens on every look-ahead and consume.
 */
final class ListTokenStream implements TokenStream, HeldInput {

    private final List<Token> tokens;
    private final TokenSource source;
    private int index;

    ListTokenStream(List<Token> tokens, TokenSource source) {
        this.tokens = tokens;
        this.source = source;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k > 0 ? index + k - 1 : index + k;
        if (i < 0) {
            return null;
        }
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    @Override
    public int LA(int i) {
        Token token = LT(i);
        return token == null ? Token.INVALID_TYPE : token.getType();
    }

    @Override
    public Token get(int i) {
        return tokens.get(i);
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public void consume() {
        if (tokens.get(index).getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.max(0, Math.min(index, tokens.size() - 1));
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.size() - 1));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, interval.a); i <= Math.min(interval.b, tokens.size() - 1); i++) {
            Token token = tokens.get(i);
            if (token.getType() != Token.EOF) {
                text.append(token.getText());
            }
        }
        return text.toString();
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        if (start == null || stop == null) {
            return "";
        }
        return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
