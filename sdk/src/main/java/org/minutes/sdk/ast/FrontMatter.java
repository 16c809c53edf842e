package org.minutes.sdk.ast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutes.sdk.syntax.Whitespace;

/**
 * YAML front matter (D9–D12), kept as raw text; its values are derived from it.
 *
 * <pre>
 * ---
 * tags: [meeting-notes]
 * ---
 * </pre>
 *
 * @param yaml the raw lines between the fences, joined by LF, without a final line break
 */
public record FrontMatter(String yaml) implements Node {

    /**
     * The most code points of YAML read (D10): 1 MiB, far above any meeting's front matter. Longer front matter is
     * kept as raw text without values, with {@code front-matter/too-large}, since the YAML reader's time grows faster
     * than its input on some shapes (a long plain scalar).
     */
    public static final int MAX_CODE_POINTS = 1 << 20;

    /**
     * The most aliases of collections read (D10): more are refused with {@code front-matter/too-large}, so that
     * nested aliases cannot expand exponentially ("billion laughs").
     */
    public static final int MAX_ALIASES = 50;

    private static final java.util.regex.Pattern CLOSER = Whitespace.compile("---" + Whitespace.CLASS + "*");
    private static final java.util.regex.Pattern HEADING =
            Whitespace.compile("[ \\u00A0]{0,3}#{1,6}(" + Whitespace.CLASS + ".*)?");

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public FrontMatter {
        Checks.text(yaml, "yaml");
        if (yaml.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("yaml lines must be joined by LF: " + Checks.quote(yaml));
        }
        // Each line is matched in place, as a region of the text, by two matchers made once: no line is copied.
        java.util.regex.Matcher closer = CLOSER.matcher(yaml);
        java.util.regex.Matcher heading = HEADING.matcher(yaml);
        for (int start = 0, end; start <= yaml.length(); start = end + 1) {
            end = yaml.indexOf('\n', start);
            end = end < 0 ? yaml.length() : end;
            if (closer.region(start, end).matches() || heading.region(start, end).matches()) {
                throw new IllegalArgumentException("yaml line " + Checks.quote(yaml.substring(start, end))
                        + " would close the front matter or end it as a heading (D9, D12)");
            }
        }
    }

    /** {@return the top-level mapping, or empty when the text is no YAML mapping (D10)} */
    public Optional<Map<String, Object>> values() {
        return Yaml.mapping(yaml);
    }

    /** {@return the {@code tags} value as strings: a scalar is one tag, anything else none (D9)} */
    public List<String> tags() {
        return Yaml.tags(yaml);
    }

    /**
     * Reads the {@code tags} of a mapping read by {@link #values()}, so that a caller who holds the mapping need not
     * read the YAML again. A shape tags cannot have gets {@code front-matter/bad-tags} (D9).
     *
     * @param values the front matter's mapping
     * @return the tags (empty when absent), or empty when {@code tags} is neither a list of scalars nor one scalar
     */
    public static Optional<List<String>> tagsOf(Map<String, Object> values) {
        return Yaml.tagsOf(values.get("tags"));
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
