package org.minutes.sdk.internal;

import java.util.Optional;

import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.syntax.Checkboxes;
import org.minutes.sdk.syntax.SpeakerPrefixes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Recognises checkboxes (D45, D46) and speaker prefixes (D47–D52) at the start of list item text.
 *
 * <p>The string-level rules are the vocabulary's ({@link Checkboxes}, {@link SpeakerPrefixes}); this class builds the
 * AST's values from what they read.
 */
public final class ItemHeads {

    private ItemHeads() {
    }

    /**
     * Analyses an item's first line after its marker and the WS after the marker, knowing no attendee: initials as
     * D48–D50 say, no name speakers.
     *
     * @param text     the rest of the line, e.g. {@code "[x] (QE) shipped"}
     * @param speakers whether speaker prefixes may be recognised (false in attendee entries, D26/D47)
     * @return the checkbox, speaker prefix and the index where the text starts
     */
    public static ItemHead analyse(String text, boolean speakers) {
        return analyse(text, speakers, false, SpeakerReading.first());
    }

    /**
     * Analyses an item's first line after its marker and the WS after the marker, reading speakers as the build's
     * reading says (D47 as amended, D90, D91).
     *
     * @param text     the rest of the line, e.g. {@code "[x] Quinn: shipped"}
     * @param speakers whether speaker prefixes may be recognised (false in attendee entries, D26/D47)
     * @param names    whether name speakers may be recognised (false in {@code introductions} sections, D91)
     * @param reading  the build's speaker reading
     * @return the checkbox, speaker prefix and the index where the text starts
     */
    static ItemHead analyse(String text, boolean speakers, boolean names, SpeakerReading reading) {
        Optional<Checkbox> checkbox = checkbox(text);
        if (checkbox.isEmpty() && Checkboxes.isMalformed(text)) {
            // D46: the look-alike stays text, so the item text starts with it and no prefix can follow it.
            return new ItemHead(Optional.empty(), true, Optional.empty(), 0);
        }
        int start = checkbox.isPresent() ? Whitespace.skip(text, Checkboxes.LENGTH) : 0;
        if (speakers) {
            Optional<SpeakerReading.Read> prefix = reading.read(text, start, names);
            if (prefix.isPresent()) {
                return new ItemHead(checkbox, false, Optional.of(prefix.get().speaker()),
                        Whitespace.skip(text, prefix.get().end()));
            }
        }
        return new ItemHead(checkbox, false, Optional.empty(), start);
    }

    /** D45: the checkbox at the start of the text, as {@link Checkboxes} reads it. */
    private static Optional<Checkbox> checkbox(String text) {
        char letter = Checkboxes.letter(text);
        if (letter == Checkboxes.NONE) {
            return Optional.empty();
        }
        return Optional.of(letter == ' ' ? Checkbox.OPEN : letter == 'x' ? Checkbox.DONE : Checkbox.DONE_UPPER_CASE);
    }
}
