package org.minutes.sdk.ast;

/**
 * A thematic break (D65); its character and length are trivia.
 *
 * <pre>
 * ****
 * </pre>
 */
public record ThematicBreak() implements Block {

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
