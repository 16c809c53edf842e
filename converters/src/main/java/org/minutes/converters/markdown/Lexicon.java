package org.minutes.converters.markdown;

import org.minutes.sdk.syntax.BlockOpeners;
import org.minutes.sdk.syntax.ListMarkers;
import org.minutes.sdk.syntax.TableRows;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The questions about lines that only a writer asks, composed from the dialect's vocabulary: whether a line it writes
 * would start block syntax, which character to escape in a list marker, whether the rule of three refuses an emphasis
 * pair. The renderers decide escapes by asking these questions, never by parsing their own output (D71).
 *
 * <p>The lexical facts themselves (WS, markers, checkboxes, speaker prefixes, title shapes, table rows, URL, emoji and
 * mention shapes) are answered by {@link org.minutes.sdk.syntax}, which the parser asks too; the renderers ask it
 * directly where no composition is needed.
 */
final class Lexicon {

    private Lexicon() {
    }

    // ---- characters ----

    /** D58: is this a word character, inside which {@code _} neither opens nor closes emphasis? */
    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * D58: would the rule of three refuse to match this opener and closer run (commonmark's: when either can both
     * open and close, their lengths sum to a multiple of 3 and are not both multiples of 3)? A run can open when
     * not followed by WS and close when not preceded by WS, an escaping backslash counting as non-WS.
     */
    static boolean ruleOfThreeRefuses(int openerLength, boolean openerCanClose, int closerLength,
                                      boolean closerCanOpen) {
        int sum = openerLength + closerLength;
        return (openerCanClose || closerCanOpen) && sum % 3 == 0
                && !(openerLength % 3 == 0 && closerLength % 3 == 0);
    }

    // ---- lines (D8) ----

    /**
     * D8, D13, D37, D62–D65: would a line starting with {@code line} be read as block syntax (heading, list marker,
     * thematic break, quote, comment or fence opener, table row) instead of paragraph text?
     *
     * @param line     the line's text, from its first character
     * @param nextLine the line written after it, as written, or null for none
     * @return the index of the character whose escape keeps the line text, or -1 when it is text already
     */
    static int blockSyntaxAt(String line, String nextLine) {
        if (line.isEmpty()) {
            return -1;
        }
        char c = line.charAt(0);
        if (BlockOpeners.isThematicBreak(line) || BlockOpeners.isHeading(line) || c == '>' && Whitespace.endsToken(line, 1)
                || line.startsWith("<!--") || BlockOpeners.isFenceOpener(line)) {
            return 0;
        }
        if (c == '|') {
            // D27: a `|` line is a table's header only when a delimiter row follows it; else it is text.
            return nextLine != null && TableRows.isDelimiterRow(nextLine) ? 0 : -1;
        }
        return listMarkerAt(line);
    }

    /**
     * D37 (as amended: {@code +} too, as in CommonMark): does the text start with a list marker ({@code -},
     * {@code *}, {@code +}, or 1–9 digits and {@code .}) followed by WS or the end of the line?
     *
     * @param text the text
     * @return the index of the character whose escape keeps it text (the bullet, or the ordered marker's dot), or -1
     *         ({@link ListMarkers} measures the marker)
     */
    static int listMarkerAt(String text) {
        int length = ListMarkers.lengthAsAmended(text, 0, text.length());
        if (length == 0) {
            return -1;
        }
        return length == 1 ? 0 : length - 1;
    }
}
