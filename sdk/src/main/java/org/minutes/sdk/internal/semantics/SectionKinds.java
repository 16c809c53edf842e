package org.minutes.sdk.internal.semantics;

import org.minutes.sdk.ast.SectionKind;

/** Recognises a section's kind from its heading text (D24, D25). To be implemented. */
public final class SectionKinds {

    private SectionKinds() {
    }

    /**
     * Classifies a heading.
     *
     * @param headingText the heading's plain text
     * @return its kind, {@code OTHER} when nothing matches
     */
    public static SectionKind classify(String headingText) {
        throw new UnsupportedOperationException("not yet");
    }
}
