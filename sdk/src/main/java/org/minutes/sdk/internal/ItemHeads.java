package org.minutes.sdk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.syntax.Checkboxes;
import org.minutes.sdk.syntax.Initials;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Recognises checkboxes (D45, D46) and speaker prefixes (D47–D52) at the start of list item text.
 *
 * <p>Speaker forms (D49): {@code WHO:}, {@code WHO (Q):}, {@code (WHO)}, {@code (WHO):}, {@code (WHO, Q)},
 * {@code (WHO: Q)}, {@code [WHO]}, {@code [WHO]:}. Anything else, including every look-alike of D52 and D79, is no
 * prefix and stays item text.
 */
public final class ItemHeads {

    /** D50: the characters joining joint speakers. */
    private static final String SEPARATORS = "/,;&+";

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
        Optional<Checkbox> checkbox = checkbox(text);
        if (checkbox.isEmpty() && Checkboxes.isMalformed(text)) {
            // D46: the look-alike stays text, so the item text starts with it and no prefix can follow it.
            return new ItemHead(Optional.empty(), true, Optional.empty(), 0);
        }
        int start = checkbox.isPresent() ? skipWs(text, Checkboxes.LENGTH) : 0;
        if (speakers) {
            Optional<Prefix> prefix = prefix(text, start);
            if (prefix.isPresent()) {
                return new ItemHead(checkbox, false, Optional.of(prefix.get().speaker()),
                        skipWs(text, prefix.get().end()));
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

    /** A recognised speaker prefix and the index just after it (before its trailing WS). */
    private record Prefix(SpeakerPrefix speaker, int end) {
    }

    private static Optional<Prefix> prefix(String text, int start) {
        if (start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '(') {
            return bracketed(text, start, ')', SpeakerForm.PAREN, SpeakerForm.PAREN_COLON);
        }
        if (first == '[') {
            return bracketed(text, start, ']', SpeakerForm.BRACKET, SpeakerForm.BRACKET_COLON);
        }
        return colon(text, start);
    }

    /**
     * {@code WHO:} and {@code WHO (Q):} (D49). Every piece before the colon must be a token (D50), the colon follows
     * the last token or the qualifier's {@code )} directly, and WS or the end of the line follows the colon.
     */
    private static Optional<Prefix> colon(String text, int start) {
        List<String> who = new ArrayList<>();
        int pos = start;
        while (true) {
            int length = Initials.tokenLength(text, pos, false);
            if (length == 0) {
                return Optional.empty();
            }
            who.add(text.substring(pos, pos + length));
            pos += length;
            int next = skipWs(text, pos);
            if (next < text.length() && SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                pos = skipWs(text, next + 1);
            } else {
                break;
            }
        }
        int whoEnd = pos;
        if (Initials.isStopWord(text.substring(start, whoEnd))) {
            return Optional.empty();
        }
        Optional<String> qualifier = Optional.empty();
        int afterWs = skipWs(text, pos);
        if (afterWs < text.length() && text.charAt(afterWs) == '(') {
            int close = closing(text, afterWs, '(', ')');
            if (close < 0) {
                return Optional.empty();
            }
            String q = Whitespace.trim(text.substring(afterWs + 1, close));
            if (q.isEmpty()) {
                return Optional.empty();
            }
            qualifier = Optional.of(q);
            pos = close + 1;
        }
        if (pos >= text.length() || text.charAt(pos) != ':' || !endsToken(text, pos + 1)) {
            return Optional.empty();
        }
        return Optional.of(new Prefix(new SpeakerPrefix(who, qualifier, SpeakerForm.COLON), pos + 1));
    }

    /**
     * {@code (WHO)}, {@code (WHO):}, {@code (WHO, Q)}, {@code (WHO: Q)} and their square-bracket twins (D49, D50):
     * pieces split at separators or {@code :}; leading pieces that are tokens are the speakers, and the qualifier runs
     * from the first piece that is none to the closing bracket. Lower-case tokens count only in parentheses (D48).
     */
    private static Optional<Prefix> bracketed(String text, int open, char closer, SpeakerForm plain,
                                              SpeakerForm withColon) {
        int close = closing(text, open, text.charAt(open), closer);
        if (close < 0) {
            return Optional.empty();
        }
        boolean lowerCaseToo = closer == ')';
        List<String> who = new ArrayList<>();
        Optional<String> qualifier = Optional.empty();
        int whoStart = skipWs(text, open + 1);
        int whoEnd = whoStart;
        int pieceStart = whoStart;
        while (true) {
            int pieceEnd = pieceStart;
            while (pieceEnd < close && !isPieceBreak(text.charAt(pieceEnd))) {
                pieceEnd++;
            }
            String piece = Whitespace.trim(text.substring(pieceStart, pieceEnd));
            if (piece.isEmpty()) {
                // `()`, `( )`, `(QE,)`, `(QE, , x)`: an empty piece can be neither speaker nor qualifier.
                return Optional.empty();
            }
            if (Initials.isToken(piece, lowerCaseToo)) {
                who.add(piece);
                whoEnd = pieceStart + piece.length();
            } else if (who.isEmpty()) {
                return Optional.empty();
            } else {
                qualifier = Optional.of(Whitespace.trim(text.substring(pieceStart, close)));
                break;
            }
            if (pieceEnd == close) {
                break;
            }
            pieceStart = skipWs(text, pieceEnd + 1);
        }
        if (Initials.isStopWord(text.substring(whoStart, whoEnd))) {
            return Optional.empty();
        }
        int end = close + 1;
        SpeakerForm form = plain;
        if (end < text.length() && text.charAt(end) == ':') {
            form = withColon;
            end++;
        }
        if (!endsToken(text, end)) {
            return Optional.empty();
        }
        return Optional.of(new Prefix(new SpeakerPrefix(who, qualifier, form), end));
    }

    private static boolean isPieceBreak(char c) {
        return c == ':' || SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * Finds the bracket closing the one at {@code open}, counting nested pairs so that a qualifier may hold
     * parentheses ({@code (QE, see (notes)) text}); the prefix ends with the line.
     *
     * @return its index, or -1 when it is not closed on this line
     */
    private static int closing(String text, int open, char opener, char closer) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                // D61: an escaped bracket is literal text and neither opens nor closes the prefix.
                i++;
                continue;
            }
            if (c == opener) {
                depth++;
            } else if (c == closer) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** D45, D49: WS or the end of the line must follow a checkbox or prefix. */
    private static boolean endsToken(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return Whitespace.is(c) || c == '\n' || c == '\r';
    }

    private static int skipWs(String text, int from) {
        int i = from;
        while (i < text.length() && Whitespace.is(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
