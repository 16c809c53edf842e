package org.minutes.sdk.internal.semantics;

/** Recognises checkboxes (D45, D46) and speaker prefixes (D47–D52) at the start of list item text. To be implemented. */
public final class ItemHeads {

    private ItemHeads() {
    }

    /**
     * Analyses an item's first line after its marker and the WS after the marker.
     *
     * @param text     the rest of the line, e.g. {@code "[x] (QE) shipped"}
     * @param speakers whether speaker prefixes may be recognised (false in attendee entries, D26/D47)
     * @return the checkbox, speaker prefix and the index where the text starts
     */
    public static ItemHead analyse(String text, boolean speakers) {
        throw new UnsupportedOperationException("not yet");
    }
}
