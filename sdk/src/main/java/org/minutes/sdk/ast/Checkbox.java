package org.minutes.sdk.ast;

/** A list item's checkbox (D45): open, or done with the letter as written. */
public enum Checkbox {
    /** {@code [ ]}. */
    OPEN,
    /** {@code [x]}, the default for done boxes built in code. */
    DONE,
    /** {@code [X]}. */
    DONE_UPPER_CASE;

    /** {@return whether the box is ticked} */
    public boolean done() {
        return this != OPEN;
    }

    /** {@return the character between the brackets: space, {@code x} or {@code X}} */
    public char letter() {
        return switch (this) {
            case OPEN -> ' ';
            case DONE -> 'x';
            case DONE_UPPER_CASE -> 'X';
        };
    }
}
