package org.minutes.converters.html;

import java.util.Locale;

/**
 * Writes HTML text: every character of the notes goes through {@link #text(String)} or {@link #attribute(String)},
 * so no markup of the notes reaches a page; element names and attribute names are always this package's constants.
 * Not thread-safe: one per page.
 */
final class Markup {

    /** The schemes a link may keep (issue 8, point 1): others, {@code javascript:} first, leave the link inert. */
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "mailto");

    /** Elements after whose end tag a line ends: white space there shows nowhere. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("article", "header", "section", "h1", "h2",
            "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "tr", "pre", "blockquote", "dl", "dd", "dt");

    private final StringBuilder out = new StringBuilder();

    /**
     * Appends markup written by this package, never text of the notes.
     *
     * @param markup the markup
     * @return this
     */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Appends text, escaped for element content: {@code & < >} and, so that nothing can close an attribute either,
     * both quotes. NUL, which HTML drops or refuses, becomes U+FFFD.
     *
     * @param text the text
     * @return this
     */
    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /**
     * Appends {@code name="value"} with a leading space, the value escaped.
     *
     * @param name  the attribute name, a constant of this package
     * @param value the value
     * @return this
     */
    Markup attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
        return this;
    }

    /** Appends {@code <name>}. */
    Markup open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    /** Appends {@code <name class="value">}. */
    Markup open(String name, String className) {
        out.append('<').append(name);
        attribute("class", className);
        out.append('>');
        return this;
    }

    /** Appends {@code </name>}, and a line end after a block element, so that the page source reads by line. */
    Markup close(String name) {
        out.append("</").append(name).append('>');
        if (BLOCKS.contains(name)) {
            out.append('\n');
        }
        return this;
    }

    /** Appends {@code <name>text</name>}, the text escaped. */
    Markup element(String name, String text) {
        return open(name).text(text).close(name);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes text for element content and double-quoted attribute values.
     *
     * @param text the text
     * @param out  where to append
     */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }

    /**
     * Tells whether a link destination may stay a link: an {@code http}, {@code https} or {@code mailto} URL, or a
     * relative reference (no scheme). The scheme is read as a browser reads it, after dropping ASCII tabs and line
     * ends anywhere and C0 controls and spaces at the start, so {@code java&#9;script:} is caught too.
     *
     * @param destination the destination as written
     * @return whether it may be an {@code href}
     */
    static boolean safeHref(String destination) {
        StringBuilder cleaned = new StringBuilder();
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || cleaned.length() == 0 && c <= ' ') {
                continue;
            }
            cleaned.append(c);
        }
        String url = cleaned.toString();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return SCHEMES.contains(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        return true;
    }
}
