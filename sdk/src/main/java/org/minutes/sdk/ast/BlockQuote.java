package org.minutes.sdk.ast;

import java.util.List;

/**
 * A block quote (D64): paragraphs of inline content, separated by bare {@code >} lines.
 *
 * <pre>
 * &gt; Ship small, ship often.
 * </pre>
 *
 * @param paragraphs the quoted paragraphs
 */
public record BlockQuote(List<Paragraph> paragraphs) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public BlockQuote {
        paragraphs = Checks.list(paragraphs, "paragraphs");
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
