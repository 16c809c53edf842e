package org.minutes.sdk.ast;

/** A list item's marker (D37). Numbers of ordered items are trivia (D70). */
public enum Marker {
    /** {@code -}, the default for bullet items built in code. */
    DASH,
    /** {@code *}. */
    STAR,
    /** {@code +} (D37 as amended). */
    PLUS,
    /** {@code 1.}, {@code 2.}, …: an ordered item. */
    ORDERED;

    /** {@return whether the marker makes an ordered item} */
    public boolean ordered() {
        return this == ORDERED;
    }
}
