package org.minutes.sdk.ast;

import java.util.List;

/** Helpers over inline content: plain text (D54) and the checks shared by inline records. */
public final class Inlines {

    private Inlines() {
    }

    /**
     * Joins the plain text of inline content (D54): text, code content, link text, URLs, {@code :name:},
     * {@code @handle}, and one space per soft break.
     *
     * @param content the inline content
     * @return the plain text
     */
    public static String plainText(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        append(out, content);
        return out.toString();
    }

    private static void append(StringBuilder out, List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Text t) {
                out.append(t.literal());
            } else if (inline instanceof SoftBreak) {
                out.append(' ');
            } else if (inline instanceof Code c) {
                out.append(c.literal());
            } else if (inline instanceof BareUrl u) {
                out.append(u.url());
            } else if (inline instanceof Emoji e) {
                out.append(':').append(e.name()).append(':');
            } else if (inline instanceof Mention m) {
                out.append('@').append(m.path());
            } else {
                for (Node child : Nodes.children(inline)) {
                    append(out, List.of((Inline) child));
                }
            }
        }
    }

    /** White space in the dialect's sense (D3): space, tab and NBSP. */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    static void checkDestination(String destination) {
        Checks.singleLine(destination, "destination");
        if (destination.chars().anyMatch(Inlines::isWhitespace)) {
            throw new IllegalArgumentException("destination " + Checks.quote(destination) + " holds white space (D56)");
        }
    }

    static void checkNoLinks(List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Link || inline instanceof Image) {
                throw new IllegalArgumentException("links and images must not nest in link text (D56)");
            }
            if (inline instanceof Emphasis || inline instanceof Strong || inline instanceof Strikethrough) {
                Nodes.children(inline).forEach(child -> checkNoLinks(List.of((Inline) child)));
            }
        }
    }

    static void checkNotEmpty(List<Inline> content, String what) {
        if (content.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty (D58)");
        }
    }
}
