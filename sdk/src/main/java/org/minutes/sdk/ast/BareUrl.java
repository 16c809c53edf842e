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
        int scheme = lower.startsWith("https://") ? 8 : 7;
        if (url.length() == scheme || url.indexOf('<') >= 0 || url.indexOf('>') >= 0
                || ".,;:!?'\"*_~".indexOf(url.charAt(url.length() - 1)) >= 0
                || unpartnered(url, '(', ')') || unpartnered(url, '[', ']')) {
            throw new IllegalArgumentException("url " + Checks.quote(url) + " must not be bare scheme, hold < or >, "
                    + "or end in what a bare URL's end loses (D57)");
        }
    }

    /** D57: a final closer with more closers than openers in the URL is stripped. */
    private static boolean unpartnered(String url, char open, char close) {
        if (url.charAt(url.length() - 1) != close) {
            return false;
        }
        long opens = url.chars().filter(c -> c == open).count();
        long closes = url.chars().filter(c -> c == close).count();
        return closes > opens;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
