package org.minutes.converters.html;

/**
 * How {@link HtmlConverter} lays a note out.
 *
 * <pre>{@code
 * String fragment = HtmlConverter.create(HtmlOptions.FRAGMENT).convert(document);
 * }</pre>
 *
 * @param standalone a whole page ({@code <!DOCTYPE html>}, {@code <head>} with a small embedded stylesheet, the note in
 *                   {@code <main>}) rather than an {@code <article>} fragment for embedding
 */
public record HtmlOptions(boolean standalone) {

    /** A whole page with its embedded stylesheet. */
    public static final HtmlOptions STANDALONE = new HtmlOptions(true);

    /** An {@code <article>} element alone, for embedding in a page. */
    public static final HtmlOptions FRAGMENT = new HtmlOptions(false);
}
