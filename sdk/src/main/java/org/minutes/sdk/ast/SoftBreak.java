package org.minutes.sdk.ast;

/** A line break inside a paragraph or item text (D42); plain text reads it as one space. */
public record SoftBreak() implements Inline {

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
