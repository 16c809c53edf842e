package org.minutes.sdk.ast;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A section heading's inline content, checked (D13), with the kind it reads as (D24, D25) recognised once, when the
 * heading is made. {@link Section} keeps it as its heading list, so the kind travels with the very content it was
 * recognised from and is read, not recognised again, when the section is built. Unmodifiable, and equal to any list
 * of the same inlines.
 */
final class Heading extends AbstractList<Inline> implements RandomAccess {

    private final List<Inline> content;
    private final SectionKind kind;

    private Heading(List<Inline> content) {
        this.content = content;
        this.kind = SectionKind.of(Inlines.plainText(content));
    }

    /**
     * {@return the heading as checked content with its kind: the given list itself when it is one already}
     *
     * @param heading the heading's inline content
     * @throws IllegalArgumentException when the content is no single line of merged, trimmed inlines (D13, D54)
     */
    static Heading of(List<Inline> heading) {
        if (heading instanceof Heading checked) {
            return checked;
        }
        List<Inline> content = Checks.list(heading, "heading");
        Inlines.checkBlockContent(content, "heading", Inlines.Lines.ONE);
        return new Heading(content);
    }

    /** {@return the kind the heading reads as (D24, D25)} */
    SectionKind kind() {
        return kind;
    }

    @Override
    public Inline get(int index) {
        return content.get(index);
    }

    @Override
    public int size() {
        return content.size();
    }
}
