package org.minutes.sdk.ast;

import java.util.List;

/**
 * An HTML comment block (D62), opaque and verbatim: from {@code <!--} to the end of the line holding the first
 * {@code -->}.
 *
 * <pre>
 * &lt;!-- New releases, upcoming changes, ongoing votes ---&gt;
 * </pre>
 *
 * @param lines the comment's lines without line ends; the first starts with {@code <!--}
 */
public record Comment(List<String> lines) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Comment {
        lines = Checks.list(lines, "lines");
        if (lines.isEmpty() || !lines.get(0).startsWith("<!--")) {
            throw new IllegalArgumentException("a comment must start with <!--: " + lines);
        }
        lines.forEach(line -> Checks.singleLine(line, "line"));
        String joined = String.join("\n", lines);
        int close = joined.indexOf("-->", 4);
        if (close < 0 || joined.indexOf('\n', close) >= 0) {
            throw new IllegalArgumentException("a comment must close on its last line and only there: " + lines);
        }
    }

    /** {@return the lines joined by LF} */
    public String literal() {
        return String.join("\n", lines);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
