package org.minutes.sdk.ast;

/**
 * A bare URL in text (D57).
 *
 * <pre>
 * see https://github.com/conda/ceps/pull/145
 * </pre>
 *
 * @param url the URL, starting with {@code http://} or {@code https://} in any case
 */
public record BareUrl(String url) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public BareUrl {
        Checks.singleLine(url, "url");
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.chars().anyMatch(Inlines::isWhitespace)) {
            throw new IllegalArgumentException("url " + Checks.quote(url) + " must start with http:// or https:// and hold no white space");
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
