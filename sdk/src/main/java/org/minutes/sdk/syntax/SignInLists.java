package org.minutes.sdk.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of other communities' sign-in lists (D86, D87): the paragraph that introduces a sign-in list, and the
 * field words of legends such as {@code name / institution / GitHub handle}.
 */
public final class SignInLists {

    /** What a legend's part names (D87). */
    public enum Field {
        /** name, your name, full name. */
        NAME,
        /** institution, affiliation, organisation, organization, company. */
        AFFILIATION,
        /** github, github handle, github id, github username, gh, handle, username. */
        HANDLE
    }

    private static final Map<String, Field> FIELD_WORDS = Map.ofEntries(
            Map.entry("name", Field.NAME), Map.entry("your name", Field.NAME), Map.entry("full name", Field.NAME),
            Map.entry("institution", Field.AFFILIATION), Map.entry("affiliation", Field.AFFILIATION),
            Map.entry("organisation", Field.AFFILIATION), Map.entry("organization", Field.AFFILIATION),
            Map.entry("company", Field.AFFILIATION), Map.entry("github", Field.HANDLE),
            Map.entry("github handle", Field.HANDLE), Map.entry("github id", Field.HANDLE),
            Map.entry("github username", Field.HANDLE), Map.entry("gh", Field.HANDLE),
            Map.entry("handle", Field.HANDLE), Map.entry("username", Field.HANDLE));

    private static final int LONGEST_WORD = FIELD_WORDS.keySet().stream().mapToInt(String::length).max().orElseThrow();

    /** D86: the words {@code sign in} or {@code sign-in}, whole words, any case. */
    private static final Pattern SIGN_IN = Whitespace.compile("(?<![\\p{L}\\p{N}])sign(?:" + Whitespace.CLASS
            + "+|-)in(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLL_CALL = Whitespace.compile(".*(?<![\\p{L}\\p{N}])roll" + Whitespace.CLASS
            + "+call:", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SignInLists() {
    }

    /**
     * Tells whether a paragraph introduces a sign-in list (D86): it contains the words {@code sign in} or
     * {@code sign-in} (whole words, any case) or ends in {@code roll call:}.
     *
     * @param plainText the paragraph's plain text
     * @return whether a top-level list directly after it is an attendee block
     */
    public static boolean introducesSignIn(String plainText) {
        // Most paragraphs hold no "sign" and do not end in "call:"; looking for those first spares them the patterns.
        if (holds(plainText, "sign") && SIGN_IN.matcher(plainText).find()) {
            return true;
        }
        String trimmed = Whitespace.trim(plainText);
        return endsWith(trimmed, "call:") && ROLL_CALL.matcher(trimmed).matches();
    }

    /** Whether {@code text} holds {@code word} anywhere, in any ASCII case ({@link #foldsTo}). */
    private static boolean holds(String text, String word) {
        for (int i = 0; i <= text.length() - word.length(); i++) {
            if (foldsTo(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} ends in {@code word}, in any ASCII case ({@link #foldsTo}). */
    private static boolean endsWith(String text, String word) {
        int at = text.length() - word.length();
        return at >= 0 && foldsTo(text, at, word);
    }

    /**
     * Whether {@code text} at {@code at} reads {@code word} (lower-case ASCII letters and {@code :}) in any ASCII case,
     * as the patterns fold case ({@link Pattern#CASE_INSENSITIVE} without {@link Pattern#UNICODE_CASE}):
     * {@code c | 0x20} is a lower-case ASCII letter only for that letter and its upper case. A prefilter: it may take
     * a character the patterns refuse (U+001A for {@code :}), never refuse one they take.
     */
    private static boolean foldsTo(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a field word (D87): trimmed, lower-cased.
     *
     * @param text a part of a legend or an entry, emphasis removed
     * @return the field it names, empty when it is no field word
     */
    public static Optional<Field> field(String text) {
        // Lower-casing never shortens a text, so a text longer than every field word once collapsed is none.
        String collapsed = collapse(Whitespace.trim(text), LONGEST_WORD);
        return collapsed == null ? Optional.empty()
                : Optional.ofNullable(FIELD_WORDS.get(collapsed.toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads a legend (D87): a text whose parts, split at {@code /}, trimmed and lower-cased, are all field words.
     *
     * @param plainText the text, emphasis removed
     * @return the fields in order, empty when the text is no legend
     */
    public static Optional<List<Field>> legend(String plainText) {
        List<Field> fields = new ArrayList<>();
        for (String part : plainText.split("/", -1)) {
            Optional<Field> field = field(part);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            fields.add(field.get());
        }
        return Optional.of(List.copyOf(fields));
    }

    /** WS runs inside a field word read as one space ({@code GitHub  handle}). */
    /** The text with one space for each run of WS (D3), or null as soon as that is longer than {@code limit}. */
    private static String collapse(String text, int limit) {
        StringBuilder collapsed = new StringBuilder(limit + 1);
        for (int i = 0; i < text.length() && collapsed.length() <= limit; i++) {
            char c = text.charAt(i);
            if (!Whitespace.is(c)) {
                collapsed.append(c);
            } else if (collapsed.charAt(collapsed.length() - 1) != ' ') {
                collapsed.append(' ');
            }
        }
        return collapsed.length() > limit ? null : collapsed.toString();
    }
}
