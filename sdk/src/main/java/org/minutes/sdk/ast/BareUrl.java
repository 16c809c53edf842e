package org.minutes.sdk.ast;

import org.minutes.sdk.syntax.BareUrls;
import org.minutes.sdk.syntax.Whitespace;

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
        int scheme = BareUrls.schemeLength(url, 0);
        if (scheme == 0 || url.chars().anyMatch(Whitespace::is)) {
            throw new IllegalArgumentException("url " + Checks.quote(url) + " must start with http:// or https:// and "
                    + "hold no white space (D57)");
        }
        if (url.length() == scheme || url.indexOf('<') >= 0 || url.indexOf('>') >= 0 || !BareUrls.keepsItsEnd(url)) {
            throw new IllegalArgumentException("url " + Checks.quote(url) + " must not be bare scheme, hold < or >, "
                    + "or end in what a bare URL's end loses (D57)");
        }
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
