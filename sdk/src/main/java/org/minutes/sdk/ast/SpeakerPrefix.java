package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The speaker prefix of a list item (D47–D50): who speaks, an optional qualifier and the form it was written in.
 *
 * <pre>
 * - [x] (QE, away, please read aloud) vote!
 * - RT &amp; QE: notices
 * </pre>
 *
 * @param initials  the speakers' initials in order, at least one (D48)
 * @param qualifier the qualifier text, if any, trimmed and on one line
 * @param form      how the prefix was written
 */
public record SpeakerPrefix(List<String> initials, Optional<String> qualifier, SpeakerForm form) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public SpeakerPrefix {
        initials = Checks.list(initials, "initials");
        if (initials.isEmpty()) {
            throw new IllegalArgumentException("a speaker prefix needs at least one speaker (D50)");
        }
        for (String who : initials) {
            Checks.singleLine(who, "initials");
            if (who.isEmpty()) {
                throw new IllegalArgumentException("initials must not be empty");
            }
        }
        Objects.requireNonNull(qualifier, "qualifier");
        qualifier.ifPresent(q -> {
            Checks.singleLine(q, "qualifier");
            if (q.isBlank()) {
                throw new IllegalArgumentException("qualifier " + Checks.quote(q) + " must not be blank");
            }
        });
        Objects.requireNonNull(form, "form");
    }

    /** {@return a prefix of one speaker in the {@code QE:} form, without qualifier} */
    public static SpeakerPrefix of(String initials) {
        return new SpeakerPrefix(List.of(initials), Optional.empty(), SpeakerForm.COLON);
    }
}
