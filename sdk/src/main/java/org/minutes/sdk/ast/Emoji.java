package org.minutes.sdk.ast;

import org.minutes.sdk.syntax.Shortcodes;

/**
 * An emoji shortcode (D59), name kept, no lookup.
 *
 * <pre>
 * :tada:
 * </pre>
 *
 * @param name the name between the colons: lower-case letters, digits, {@code _+-}, at least one letter
 */
public record Emoji(String name) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Emoji {
        Checks.text(name, "name");
        if (!Shortcodes.isName(name)) {
            throw new IllegalArgumentException("emoji name " + Checks.quote(name) + " is no shortcode name (D59)");
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
