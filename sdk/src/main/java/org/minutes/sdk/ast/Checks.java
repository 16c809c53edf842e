package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;

import org.minutes.sdk.syntax.HeadCounts;

/** Argument checks shared by the compact constructors of the AST records. */
final class Checks {

    private Checks() {
    }

    static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        return List.copyOf(values);
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, name);
    }

    static String singleLine(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be a single line: " + quote(value));
        }
        return value;
    }

    static String quote(String value) {
        return '"' + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + '"';
    }

    /**
     * Checks a list of sibling blocks: two adjacent lists of one kind would be read as one list (D44), and a one-line
     * paragraph reading as a head count would be read as one (D36).
     */
    static List<Block> blocks(List<Block> blocks, String name) {
        List<Block> copy = list(blocks, name);
        for (int i = 0; i < copy.size(); i++) {
            Block block = copy.get(i);
            if (i > 0 && block instanceof ListBlock list && copy.get(i - 1) instanceof ListBlock previous
                    && previous.ordered() == list.ordered()) {
                throw new IllegalArgumentException(name + " holds two adjacent " + (list.ordered() ? "ordered"
                        : "bullet") + " lists at " + (i - 1) + " and " + i + ", which read as one list (D44)");
            }
            if (block instanceof Paragraph paragraph && readsAsHeadCount(paragraph.content())
                    && paragraph.content().stream().noneMatch(Linked.class::isInstance)) {
                // With a link or image, the line can break before its `)` (D56, D78), as parsed text may have.
                throw new IllegalArgumentException(name + " holds a one-line paragraph that reads as a head count "
                        + "(D36): " + quote(paragraph.plainText()));
            }
        }
        return copy;
    }

    /** D36: a line whose text starts with a head count, with nothing before it that is written as markup. */
    static boolean readsAsHeadCount(List<Inline> line) {
        for (Inline inline : line) {
            if (inline instanceof SoftBreak || Families.in(Families.LINKED, inline)
                    && ((Linked) inline).content().stream().anyMatch(SoftBreak.class::isInstance)) {
                return false;
            }
        }
        return !line.isEmpty() && line.get(0) instanceof Text text && HeadCounts.matches(text.literal());
    }
}
