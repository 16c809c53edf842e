package org.minutes.sdk.ast;

import java.util.List;

import org.minutes.sdk.syntax.Whitespace;

/**
 * A fenced code block (D63): literal lines between an opening and a closing fence.
 *
 * <pre>
 * ```yaml=
 * ## widget.toml
 * ```
 * </pre>
 *
 * @param fenceChar   {@code `} or {@code ~}
 * @param fenceLength the opening fence's length, at least 3
 * @param info        the info string, trimmed, verbatim
 * @param lines       the content lines, without line ends
 */
public record CodeBlock(char fenceChar, int fenceLength, String info, List<String> lines) implements Block {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public CodeBlock {
        if (fenceChar != '`' && fenceChar != '~') {
            throw new IllegalArgumentException("fence char '" + fenceChar + "' must be ` or ~");
        }
        if (fenceLength < 3) {
            throw new IllegalArgumentException("fence length " + fenceLength + " must be at least 3");
        }
        Checks.singleLine(info, "info");
        if (!info.equals(Whitespace.trim(info))) {
            throw new IllegalArgumentException("info " + Checks.quote(info) + " must be trimmed");
        }
        if (fenceChar == '`' && info.indexOf('`') >= 0) {
            throw new IllegalArgumentException("info " + Checks.quote(info) + " of a backtick fence holds a backtick");
        }
        lines = Checks.list(lines, "lines");
        for (String line : lines) {
            Checks.singleLine(line, "line");
            int at = 0;
            while (at < line.length() && Whitespace.is(line.charAt(at))) {
                at++;
            }
            int run = 0;
            while (at + run < line.length() && line.charAt(at + run) == fenceChar) {
                run++;
            }
            if (run >= fenceLength && line.substring(at + run).chars().allMatch(Whitespace::is)) {
                throw new IllegalArgumentException("line " + Checks.quote(line) + " would close the fence (D63)");
            }
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
