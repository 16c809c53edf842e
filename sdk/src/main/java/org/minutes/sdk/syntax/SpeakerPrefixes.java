package org.minutes.sdk.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Speaker prefixes at the start of list item text (D47–D52), as strings: {@code WHO:}, {@code WHO (Q):},
 * {@code (WHO)}, {@code (WHO):}, {@code (WHO, Q)}, {@code (WHO: Q)}, {@code [WHO]}, {@code [WHO]:}, where WHO is one or
 * more initials tokens ({@link Initials}, D48) joined by {@link #SEPARATORS} (D50) and never a stop-list word (D51).
 * Anything else, including every look-alike of D52 and D79, is no prefix and stays item text. The parser reads item
 * heads with this; renderers ask it whether text they write would read as a prefix.
 */
public final class SpeakerPrefixes {

    /** D50: the characters joining joint speakers. */
    public static final String SEPARATORS = "/,;&+";

    private SpeakerPrefixes() {
    }

    /** The written form of a prefix (D49). */
    public enum Form {
        /** {@code WHO:} and {@code WHO (Q):}. */
        COLON,
        /** {@code (WHO)} and {@code (WHO, Q)}. */
        PAREN,
        /** {@code (WHO):}. */
        PAREN_COLON,
        /** {@code [WHO]}. */
        BRACKET,
        /** {@code [WHO]:}. */
        BRACKET_COLON,
        /** {@code \\[WHO\\]}, read like {@code [WHO]} (D92). */
        BRACKET_ESCAPED
    }

    /** The written form of a name prefix (D91). */
    public enum NameForm {
        /** {@code Quinn:}, {@code **Quinn**:}, {@code **Quinn:**}. */
        COLON,
        /** {@code (Quinn)}. */
        PAREN,
        /** {@code [Quinn]}. */
        BRACKET
    }

    /** Where strong emphasis stood around a {@link NameForm#COLON} name (D70, D91). */
    public enum Emphasis {
        /** {@code Quinn:}, and the bracketed forms. */
        NONE,
        /** {@code **Quinn:**}. */
        COLON_INSIDE,
        /** {@code **Quinn**:}. */
        COLON_OUTSIDE
    }

    /**
     * A name prefix read from text (D91): whether it is a speaker depends on the attendee list.
     *
     * @param name     the name as written, one or two words or a handle without {@code @}
     * @param form     the written form
     * @param emphasis where strong emphasis stood
     * @param end      the index just after the prefix (before the WS after it)
     */
    public record NameReading(String name, NameForm form, Emphasis emphasis, int end) {
    }

    /**
     * Reads a name prefix at {@code start} (D91): a name and {@code :}, optionally wholly in strong emphasis
     * ({@code **Quinn**:}, {@code **Quinn:**}), or {@code (Name)} or {@code [Name]}; WS or the end of the line must
     * follow. The name is one or two words of letters, {@code -}, {@code '} or {@code .}, or a handle without
     * {@code @} ({@link SpeakerNames}).
     *
     * @param text  an item's first line, or more
     * @param start where the prefix would start (after the marker, checkbox and their WS)
     * @return the name prefix, or empty when the text there reads as none
     */
    public static Optional<NameReading> readName(String text, int start) {
        if (start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '(' || first == '[') {
            char closer = first == '(' ? ')' : ']';
            int close = text.indexOf(closer, start + 1);
            int lineEnd = lineEnd(text, start);
            if (close < 0 || close > lineEnd) {
                return Optional.empty();
            }
            return name(text.substring(start + 1, close), first == '(' ? NameForm.PAREN : NameForm.BRACKET,
                    Emphasis.NONE, close + 1, text);
        }
        if (text.startsWith("**", start)) {
            int close = text.indexOf("**", start + 2);
            if (close < 0 || close > lineEnd(text, start)) {
                return Optional.empty();
            }
            String inner = text.substring(start + 2, close);
            if (inner.endsWith(":")) {
                return name(inner.substring(0, inner.length() - 1), NameForm.COLON, Emphasis.COLON_INSIDE,
                        close + 2, text);
            }
            return close + 2 < text.length() && text.charAt(close + 2) == ':'
                    ? name(inner, NameForm.COLON, Emphasis.COLON_OUTSIDE, close + 3, text) : Optional.empty();
        }
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon > lineEnd(text, start)) {
            return Optional.empty();
        }
        return name(text.substring(start, colon), NameForm.COLON, Emphasis.NONE, colon + 1, text);
    }

    private static Optional<NameReading> name(String name, NameForm form, Emphasis emphasis, int end, String text) {
        if (!SpeakerNames.isName(name) || !Whitespace.endsToken(text, end)) {
            return Optional.empty();
        }
        return Optional.of(new NameReading(name, form, emphasis, end));
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * A prefix read from text (D49, D50).
     *
     * @param who       the speakers' initials tokens, in order, at least one
     * @param qualifier the qualifier, trimmed, if any
     * @param form      the written form
     * @param end       the index just after the prefix (before the WS after it)
     * @param escapeAt  the index of the character whose backslash escape (D61) keeps the text from reading as this
     *                  prefix: the colon of {@code WHO:}, the opening bracket of the bracketed forms
     */
    public record Reading(List<String> who, Optional<String> qualifier, Form form, int end, int escapeAt) {

        /** Copies the speakers and checks that there is one at least. */
        public Reading {
            who = List.copyOf(who);
            if (who.isEmpty()) {
                throw new IllegalArgumentException("a speaker prefix needs at least one speaker (D50)");
            }
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(form, "form");
        }
    }

    /**
     * Reads the speaker prefix at {@code start} (D47–D52). WS or the end of the line must follow it (D49).
     *
     * @param text  an item's first line, or more; a line end ends the prefix's search
     * @param start where the prefix would start (after the marker, checkbox and their WS)
     * @return the prefix, or empty when the text there reads as none
     */
    public static Optional<Reading> read(String text, int start) {
        if (start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '(') {
            return bracketed(text, start, ')', Form.PAREN, Form.PAREN_COLON);
        }
        if (first == '[') {
            return bracketed(text, start, ']', Form.BRACKET, Form.BRACKET_COLON);
        }
        if (text.startsWith("\\[", start)) {
            return escapedBracket(text, start);
        }
        return colon(text, start);
    }

    /**
     * D92: {@code \\[WHO\\]} read like {@code [WHO]}: the text between the escaped brackets is read as the bracketed
     * form, which it is once the escapes are gone. A colon after it makes no prefix.
     */
    private static Optional<Reading> escapedBracket(String text, int start) {
        int close = text.indexOf("\\]", start + 2);
        if (close < 0 || close > lineEnd(text, start)) {
            return Optional.empty();
        }
        String inner = text.substring(start + 2, close);
        if (inner.indexOf('\\') >= 0 || inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
            return Optional.empty();
        }
        int end = close + 2;
        if (!Whitespace.endsToken(text, end)) {
            return Optional.empty();
        }
        return bracketed("[" + inner + "]", 0, ']', Form.BRACKET, Form.BRACKET_COLON)
                .map(r -> new Reading(r.who(), r.qualifier(), Form.BRACKET_ESCAPED, end, start));
    }

    /**
     * {@code WHO:} and {@code WHO (Q):} (D49). Every piece before the colon must be a token (D50), the colon follows
     * the last token or the qualifier's {@code )} directly, and WS or the end of the line follows the colon.
     */
    private static Optional<Reading> colon(String text, int start) {
        List<String> who = new ArrayList<>();
        int pos = start;
        while (true) {
            int length = Initials.tokenLength(text, pos, false);
            if (length == 0) {
                return Optional.empty();
            }
            who.add(text.substring(pos, pos + length));
            pos += length;
            int next = Whitespace.skip(text, pos);
            if (next < text.length() && SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                pos = Whitespace.skip(text, next + 1);
            } else {
                break;
            }
        }
        if (Initials.isStopWord(text.substring(start, pos))) {
            return Optional.empty();
        }
        Optional<String> qualifier = Optional.empty();
        int afterWs = Whitespace.skip(text, pos);
        if (afterWs < text.length() && text.charAt(afterWs) == '(') {
            int close = closing(text, afterWs, '(', ')');
            if (close < 0) {
                return Optional.empty();
            }
            String q = Whitespace.trim(text.substring(afterWs + 1, close));
            if (q.isEmpty() || !closesAfter(q, '(', ')')) {
                return Optional.empty();
            }
            qualifier = Optional.of(q);
            pos = close + 1;
        }
        if (pos >= text.length() || text.charAt(pos) != ':' || !Whitespace.endsToken(text, pos + 1)) {
            return Optional.empty();
        }
        return Optional.of(new Reading(who, qualifier, Form.COLON, pos + 1, pos));
    }

    /**
     * {@code (WHO)}, {@code (WHO):}, {@code (WHO, Q)}, {@code (WHO: Q)} and their square-bracket twins (D49, D50):
     * pieces split at separators or {@code :}; leading pieces that are tokens are the speakers, and the qualifier runs
     * from the first piece that is none to the closing bracket. Lower-case tokens count only in parentheses (D48).
     */
    private static Optional<Reading> bracketed(String text, int open, char closer, Form plain, Form withColon) {
        int close = closing(text, open, text.charAt(open), closer);
        if (close < 0) {
            return Optional.empty();
        }
        boolean lowerCaseToo = closer == ')';
        List<String> who = new ArrayList<>();
        Optional<String> qualifier = Optional.empty();
        int whoStart = Whitespace.skip(text, open + 1);
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
                String q = Whitespace.trim(text.substring(pieceStart, close));
                if (!closesAfter(q, text.charAt(open), closer)) {
                    // `(QE, x\ )`: trimmed, the qualifier's last backslash would escape the closer (D61).
                    return Optional.empty();
                }
                qualifier = Optional.of(q);
                break;
            }
            if (pieceEnd == close) {
                break;
            }
            pieceStart = Whitespace.skip(text, pieceEnd + 1);
        }
        if (Initials.isStopWord(text.substring(whoStart, whoEnd))) {
            return Optional.empty();
        }
        int end = close + 1;
        Form form = plain;
        if (end < text.length() && text.charAt(end) == ':') {
            form = withColon;
            end++;
        }
        if (!Whitespace.endsToken(text, end)) {
            return Optional.empty();
        }
        return Optional.of(new Reading(who, qualifier, form, end, open));
    }

    private static boolean isPieceBreak(char c) {
        return c == ':' || SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * Tells whether a qualifier written between an opening and a closing bracket leaves the prefix closing at that
     * closer (D49, D50), as {@link #closing} reads it: an escaped character is text (D61), so it neither opens nor
     * closes; the other brackets balance; and the qualifier does not end in a backslash that would escape the closer.
     * The reader and {@code SpeakerPrefix}'s check both ask this, so that no qualifier the parser reads is one the AST
     * refuses.
     *
     * @param qualifier the qualifier, trimmed and on one line
     * @param opener    {@code (} or {@code [}
     * @param closer    {@code )} or {@code ]}
     * @return whether {@code opener + "WHO, " + qualifier + closer} closes at its last character
     */
    public static boolean closesAfter(String qualifier, char opener, char closer) {
        // WHO holds no bracket and no backslash, so the qualifier alone between the brackets closes as the prefix does.
        String written = opener + qualifier + closer;
        return closing(written, 0, opener, closer) == written.length() - 1;
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
            if (c == '\\' && i + 1 < text.length() && Escapes.isEscapable(text.charAt(i + 1))) {
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
}
