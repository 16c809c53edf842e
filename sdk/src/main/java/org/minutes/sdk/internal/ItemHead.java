package org.minutes.sdk.internal;

import java.util.Optional;

import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.SpeakerPrefix;

/**
 * What starts a list item's text (D45, D46, D49): checkbox and speaker prefix, and where the remaining text begins.
 *
 * @param checkbox           the checkbox, if a valid one is there
 * @param malformedCheckbox  whether the text starts with a malformed checkbox (D46), which stays text
 * @param speaker            the speaker prefix, if any
 * @param textStart          index in the analysed string where the item text starts (after prefix and its WS)
 */
public record ItemHead(Optional<Checkbox> checkbox, boolean malformedCheckbox, Optional<SpeakerPrefix> speaker,
                       int textStart) {
}
