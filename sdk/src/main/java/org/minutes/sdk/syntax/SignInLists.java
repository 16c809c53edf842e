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

    /** D86: the words {@code sign in} or {@code sign-in}, whole words, any case. */
    private static final Pattern SIGN_IN = Pattern.compile("(?<![\\p{L}\\p{N}])sign(?:" + Whitespace.CLASS
            + "+|-)in(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLL_CALL = Pattern.compile(".*(?<![\\p{L}\\p{N}])roll" + Whitespace.CLASS
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
        return SIGN_IN.matcher(plainText).find() || ROLL_CALL.matcher(Whitespace.trim(plainText)).matches();
    }

    /**
     * Reads a field word (D87): trimmed, lower-cased.
     *
     * @param text a part of a legend or an entry, emphasis removed
     * @return the field it names, empty when it is no field word
     */
    public static Optional<Field> field(String text) {
        return Optional.ofNullable(FIELD_WORDS.get(collapse(Whitespace.trim(text).toLowerCase(Locale.ROOT))));
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
    private static String collapse(String text) {
        return text.replaceAll(Whitespace.CLASS + "+", " ");
    }
}
