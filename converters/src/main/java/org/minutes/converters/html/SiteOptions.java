package org.minutes.converters.html;

import java.util.Objects;

/**
 * How {@link Site} titles a site.
 *
 * @param title the site's name: the index's {@code h1} and the first link of every page's navigation
 */
public record SiteOptions(String title) {

    /** Titled {@code Meeting notes}. */
    public static final SiteOptions DEFAULT = new SiteOptions("Meeting notes");

    /**
     * Checks the title.
     *
     * @throws NullPointerException     when the title is null
     * @throws IllegalArgumentException when it is blank
     */
    public SiteOptions {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a site title must not be blank");
        }
    }
}
