package org.minutes.sdk.ast;

/**
 * A link or an image (D56): text, which may cross line ends, and a destination.
 */
sealed interface Linked extends InlineContent permits Link, Image {

    /** {@return the destination as written} */
    String destination();
}
