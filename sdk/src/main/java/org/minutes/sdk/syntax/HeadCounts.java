package org.minutes.sdk.syntax;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises head-count lines (D36): {@code (N|X) people [in] total…}, {@code (N|X) people present…} ({@code People}
 * too) and {@code N total participants…}, where the ellipsis stands for any rest of the line.
 */
public final class HeadCounts {

    private static final String WS = Whitespace.CLASS + "+";
    /** The keyword must end a word, so that {@code 15 people totally} is no head count. */
    private static final String WORD_END = "(?![\\p{L}\\p{Nd}])";
    /**
     * N is 1–9 ASCII digits: a longer number is no head count (it would not fit an int, and no meeting has that
     * many people), so such a line stays a paragraph instead of becoming a head count without a number.
     */
    private static final Pattern HEAD_COUNT = Whitespace.compile(
            "(?:(?<count>[0-9]{1,9})|[Xx])" + WS + "[Pp]eople" + WS + "(?:(?:in" + WS + ")?total|present)" + WORD_END
                    + ".*"
                    + "|(?<total>[0-9]{1,9})" + WS + "total" + WS + "participants" + WORD_END + ".*");

    private HeadCounts() {
    }

    /**
     * Tells whether a line is a head count (D36).
     *
     * @param line the line; surrounding WS (NBSP included, D3) is ignored
     * @return whether it is a head count such as {@code 15 people in total} or {@code X people present}
     */
    public static boolean matches(String line) {
        return matcher(line) != null;
    }

    /**
     * Reads the number of a head-count line (D36).
     *
     * @param line a line for which {@link #matches(String)} holds
     * @return the count, empty for the {@code X} placeholder (and for a line that is no head count)
     */
    public static OptionalInt count(String line) {
        Matcher m = matcher(line);
        if (m == null) {
            return OptionalInt.empty();
        }
        String digits = m.group("count") != null ? m.group("count") : m.group("total");
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }

    private static Matcher matcher(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return null;
        }
        Matcher m = HEAD_COUNT.matcher(Whitespace.trim(line));
        return m.matches() ? m : null;
    }
}
