package org.minutes.sdk.ast;

import java.util.List;

/**
 * Inline content between delimiters (D58): emphasis, strong emphasis and strikethrough. Its content is one line, not
 * empty, without white space at its edges.
 */
sealed interface Delimited extends InlineContent permits Emphasis, Strong, Strikethrough {

    /**
     * Checks the content of a delimited node (D58) and copies it.
     *
     * @param content the content
     * @param what    what the node is called in messages
     * @return the checked copy
     * @throws IllegalArgumentException when the content is empty or no single trimmed line
     */
    static List<Inline> checked(List<Inline> content, String what) {
        List<Inline> copy = Checks.list(content, "content");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty (D58)");
        }
        Inlines.checkSequence(copy, what, Inlines.Lines.ONE);
        return copy;
    }
}
