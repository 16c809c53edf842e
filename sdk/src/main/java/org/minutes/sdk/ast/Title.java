package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document's title (D14, D15): the first heading, when its level is 1.
 *
 * <pre>
 * # DRAFT - 2031-05-14 Team Sync
 * </pre>
 *
 * @param draft whether the title starts with {@code DRAFT -}
 * @param date  the meeting date, if the title holds a valid one
 * @param name  the meeting name as inline content, possibly empty
 */
public record Title(boolean draft, Optional<LocalDate> date, List<Inline> name) implements Node {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Title {
        Objects.requireNonNull(date, "date");
        name = Checks.list(name, "name");
        Inlines.checkBlockContent(name, "title", Inlines.Lines.ONE);
    }

    /** {@return the name as plain text (D54)} */
    public String nameText() {
        return Inlines.plainText(name);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
