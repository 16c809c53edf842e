package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.syntax.Escapes;
import org.minutes.sdk.syntax.ListMarkers;
import org.minutes.sdk.syntax.Whitespace;

/**
 * Every lexical question the Markdown renderers ask, in one place: what a spelling would mean if it were written
 * as is. Each method is named by its question and cites the dialect rule that answers it. The renderers decide
 * escapes by asking these questions, never by parsing their own output (D71).
 *
 * <p>These facts belong to the dialect, not to the renderer: where the SDK publishes one (today only
 * {@link HeadCount#isHeadCount}), the method asks the SDK; the others restate the parser's rule here, once, until the
 * SDK's syntax vocabulary publishes them, and are then to be answered by it.
 */
final class Lexicon {

    /** D51: never initials, compared case-insensitively as a token or as a whole WHO text (the parser's list). */
    private static final Set<String> STOP_LIST = Set.of("API", "ASAP", "CC", "CD", "CEP", "CEPS", "CI", "EOD",
            "ETA", "FAQ", "FYI", "IIRC", "IIUC", "IMO", "N/A", "NB", "OK", "PR", "PRS", "PS", "QA", "RE", "RFC", "TBA",
            "TBD", "TL;DR", "TLDR", "TODO", "URL", "WIP");

    /** D50: the characters joining joint speakers. */
    private static final String SPEAKER_SEPARATORS = "/,;&+";

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
        if (isThematicBreak(line) || opensHeading(line) || c == '>' && Whitespace.endsToken(line, 1)
                || line.startsWith("<!--") || opensFence(line)) {
            return 0;
        }
        if (c == '|') {
            // D27: a `|` line is a table's header only when a delimiter row follows it; else it is text.
            return nextLine != null && isDelimiterRow(nextLine) ? 0 : -1;
        }
        return listMarkerAt(line);
    }

    /**
     * D27: is the line a delimiter row: {@code |}, then cells of dashes with an optional {@code :} at either end,
     * separated by {@code |}, an optional final {@code |}, WS only around the cells?
     */
    static boolean isDelimiterRow(String line) {
        if (!line.startsWith("|")) {
            return false;
        }
        String rest = line.substring(1);
        int end = rest.length();
        while (end > 0 && Whitespace.is(rest.charAt(end - 1))) {
            end--;
        }
        rest = rest.substring(0, end);
        if (rest.endsWith("|")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        for (String cell : rest.split("\\|", -1)) {
            if (!isDelimiterCell(Whitespace.trim(cell))) {
                return false;
            }
        }
        return true;
    }

    /** D27: is the trimmed cell text dashes with an optional {@code :} at either end ({@code :---:})? */
    static boolean isDelimiterCell(String cell) {
        int start = cell.startsWith(":") ? 1 : 0;
        int end = cell.length() > start && cell.endsWith(":") ? cell.length() - 1 : cell.length();
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** D63: 3+ backticks with no backtick after them, or 3+ tildes. */
    private static boolean opensFence(String line) {
        if (line.startsWith("~~~")) {
            return true;
        }
        int n = 0;
        while (n < line.length() && line.charAt(n) == '`') {
            n++;
        }
        return n >= 3 && line.indexOf('`', n) < 0;
    }

    /** D13: 1–6 {@code #}, then WS or the end of the line. */
    private static boolean opensHeading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n >= 1 && n <= 6 && Whitespace.endsToken(line, n);
    }

    /** D65: 3+ identical {@code *}, {@code -} or {@code _}, optionally separated by WS, nothing else. */
    static boolean isThematicBreak(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        if (c != '*' && c != '-' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char d = line.charAt(i);
            if (d == c) {
                count++;
            } else if (!Whitespace.is(d)) {
                return false;
            }
        }
        return count >= 3;
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

    // ---- item heads (D45–D51) ----

    /**
     * A speaker prefix read from the start of item text (D49).
     *
     * @param speaker  the prefix
     * @param end      the index just after it
     * @param escapeAt the index of the character whose escape keeps the text from reading as this prefix: the colon
     *                 of {@code WHO:}, the opening bracket of the bracketed forms
     */
    record SpeakerReading(SpeakerPrefix speaker, int end, int escapeAt) {
    }

    /**
     * D47–D51: would item text starting with {@code text} be read as starting with a speaker prefix?
     *
     * @param text the item text after marker, checkbox and their WS, as written
     * @return the prefix it would read as, or empty
     */
    static Optional<SpeakerReading> speakerPrefix(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '(') {
            return bracketed(text, ')', SpeakerForm.PAREN, SpeakerForm.PAREN_COLON);
        }
        if (first == '[') {
            return bracketed(text, ']', SpeakerForm.BRACKET, SpeakerForm.BRACKET_COLON);
        }
        return colon(text);
    }

    /** D49, D50: {@code WHO:} and {@code WHO (Q):}, every piece before the colon a token. */
    private static Optional<SpeakerReading> colon(String text) {
        List<String> who = new ArrayList<>();
        int pos = 0;
        while (true) {
            int length = initialsTokenLength(text, pos, false);
            if (length == 0) {
                return Optional.empty();
            }
            who.add(text.substring(pos, pos + length));
            pos += length;
            int next = Whitespace.skip(text, pos);
            if (next < text.length() && SPEAKER_SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                pos = Whitespace.skip(text, next + 1);
            } else {
                break;
            }
        }
        if (isStopWord(text.substring(0, pos))) {
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
            if (q.isEmpty()) {
                return Optional.empty();
            }
            qualifier = Optional.of(q);
            pos = close + 1;
        }
        if (pos >= text.length() || text.charAt(pos) != ':' || !Whitespace.endsToken(text, pos + 1)) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerReading(new SpeakerPrefix(who, qualifier, SpeakerForm.COLON), pos + 1, pos));
    }

    /** D49, D50: the bracketed forms; lower-case tokens count only in parentheses (D48). */
    private static Optional<SpeakerReading> bracketed(String text, char closer, SpeakerForm plain,
                                                      SpeakerForm withColon) {
        int close = closing(text, 0, text.charAt(0), closer);
        if (close < 0) {
            return Optional.empty();
        }
        boolean lowerCaseToo = closer == ')';
        List<String> who = new ArrayList<>();
        Optional<String> qualifier = Optional.empty();
        int whoStart = Whitespace.skip(text, 1);
        int whoEnd = whoStart;
        int pieceStart = whoStart;
        while (true) {
            int pieceEnd = pieceStart;
            while (pieceEnd < close && text.charAt(pieceEnd) != ':'
                    && SPEAKER_SEPARATORS.indexOf(text.charAt(pieceEnd)) < 0) {
                pieceEnd++;
            }
            String piece = Whitespace.trim(text.substring(pieceStart, pieceEnd));
            if (piece.isEmpty()) {
                return Optional.empty();
            }
            if (isInitialsToken(piece, lowerCaseToo)) {
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
            pieceStart = Whitespace.skip(text, pieceEnd + 1);
        }
        if (isStopWord(text.substring(whoStart, whoEnd))) {
            return Optional.empty();
        }
        int end = close + 1;
        SpeakerForm form = plain;
        if (end < text.length() && text.charAt(end) == ':') {
            form = withColon;
            end++;
        }
        if (!Whitespace.endsToken(text, end)) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerReading(new SpeakerPrefix(who, qualifier, form), end, 0));
    }

    /** D49, D61: the bracket closing the one at {@code open} on this line, nested pairs counted, escapes skipped. */
    private static int closing(String text, int open, char opener, char closer) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '\\' && i + 1 < text.length() && Escapes.isEscapable(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == opener) {
                depth++;
            } else if (c == closer && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * D48, D51: the length of the initials token at {@code from}: an upper-case letter and 1–3 more characters, each
     * upper-case or lower-case before an upper-case one, not followed by a letter or digit; with
     * {@code lowerCaseToo} also 2–3 lower-case letters; never a stop-list word.
     *
     * @return the length in UTF-16 units, or 0 for none
     */
    static int initialsTokenLength(CharSequence text, int from, boolean lowerCaseToo) {
        int end = from;
        int letters = 0;
        while (end < text.length()) {
            int c = Character.codePointAt(text, end);
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            end += Character.charCount(c);
            letters++;
        }
        if (letters < 2 || letters > 4) {
            return 0;
        }
        String token = text.subSequence(from, end).toString();
        int[] cps = token.codePoints().toArray();
        boolean upper = Character.isUpperCase(cps[0]);
        for (int i = 1; upper && i < cps.length; i++) {
            upper = Character.isUpperCase(cps[i])
                    || Character.isLowerCase(cps[i]) && i + 1 < cps.length && Character.isUpperCase(cps[i + 1]);
        }
        boolean lower = lowerCaseToo && letters <= 3 && token.codePoints().allMatch(Character::isLowerCase);
        if (!upper && !lower) {
            return 0;
        }
        return isStopWord(token) ? 0 : end - from;
    }

    /** D48: is the whole text one initials token? */
    static boolean isInitialsToken(String text, boolean lowerCaseToo) {
        return !text.isEmpty() && initialsTokenLength(text, 0, lowerCaseToo) == text.length();
    }

    /** D51: is the word, or a whole WHO text such as {@code TL;DR}, on the stop-list? */
    static boolean isStopWord(String text) {
        return STOP_LIST.contains(text.strip().toUpperCase(Locale.ROOT));
    }

    // ---- title (D15) ----

    /** D15: would a title name starting with this text read as the draft marker {@code DRAFT WS* -}? */
    static int draftMarkerEnd(String name) {
        if (!name.startsWith("DRAFT")) {
            return -1;
        }
        int i = Whitespace.skip(name, 5);
        return i < name.length() && name.charAt(i) == '-' ? i : -1;
    }

    /** D15: would a title name starting with this text read as a date ({@code YYYY-MM-DD} then WS or end)? */
    static boolean startsDateShape(String name) {
        if (name.length() < 10 || !Whitespace.endsToken(name, 10)) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = name.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
