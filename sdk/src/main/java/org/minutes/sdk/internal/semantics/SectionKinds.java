package org.minutes.sdk.internal.semantics;

import org.minutes.sdk.internal.Whitespace;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.minutes.sdk.ast.SectionKind;

/** Recognises a section's kind from its heading text (D24, D25). */
public final class SectionKinds {

    /** D25's table, keyed by normalised heading text. */
    private static final Map<String, SectionKind> TABLE = table();

    /** D25: {@code N meetings ago} for any number N. */
    private static final Pattern MEETINGS_AGO = Pattern.compile("[0-9]+ meetings ago");

    /** D24: one trailing date, {@code YYYY-MM-DD} or 8–9 digits, as a word of its own. */
    private static final Pattern TRAILING_DATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8,9})[ \\t\\u00A0]*$");

    private SectionKinds() {
    }

    /**
     * Classifies a heading.
     *
     * @param headingText the heading's plain text
     * @return its kind, {@code OTHER} when nothing matches
     */
    public static SectionKind classify(String headingText) {
        String key = normalise(headingText);
        SectionKind kind = TABLE.get(key);
        if (kind != null) {
            return kind;
        }
        return MEETINGS_AGO.matcher(key).matches() ? SectionKind.PREVIOUS_MEETINGS : SectionKind.OTHER;
    }

    /** D24's steps, in its order. */
    static String normalise(String headingText) {
        String text = withoutEmoji(headingText);
        text = withoutTrailingGroup(text);
        text = TRAILING_DATE.matcher(text).replaceFirst("");
        text = text.replace('\u2019', '\'');
        text = Whitespace.trim(collapseWs(text));
        if (text.endsWith(":") || text.endsWith("?")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Deletes shortcodes as D59 defines them ({@code :name:} whose first {@code :} follows no letter or digit) and
     * emoji characters: category So, U+FE0F (variation selector) and U+200D (zero-width joiner).
     */
    private static String withoutEmoji(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int shortcodeEnd = c == ':' ? shortcodeEnd(text, i) : -1;
            if (shortcodeEnd > 0) {
                i = shortcodeEnd;
                continue;
            }
            if (Character.getType(c) != Character.OTHER_SYMBOL && c != 0xFE0F && c != 0x200D) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@return the index after the shortcode starting at {@code colon}, or -1 when there is none (D59)} */
    private static int shortcodeEnd(String text, int colon) {
        if (colon > 0 && Character.isLetterOrDigit(text.codePointBefore(colon))) {
            return -1;
        }
        boolean letter = false;
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return letter ? i + 1 : -1;
            }
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '_' && c != '+' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** Deletes one parenthesised group at the end, ignoring trailing WS, e.g. {@code (2030-01-26)}. */
    private static String withoutTrailingGroup(String text) {
        int end = text.length();
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != ')') {
            return text;
        }
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return text.substring(0, i);
                }
            }
        }
        return text;
    }

    /** Collapses each run of WS (D3: space, tab, NBSP) to one space. */
    private static String collapseWs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inWs = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.is(c)) {
                if (!inWs) {
                    out.append(' ');
                }
                inWs = true;
            } else {
                out.append(c);
                inWs = false;
            }
        }
        return out.toString();
    }

    private static Map<String, SectionKind> table() {
        Map<String, SectionKind> table = new HashMap<>();
        for (SectionKind kind : new SectionKind[] {SectionKind.ATTENDEES, SectionKind.INTRODUCTIONS,
                SectionKind.ANNOUNCEMENTS, SectionKind.AGENDA, SectionKind.STANDING_ITEMS, SectionKind.ACTIVE_VOTES,
                SectionKind.SUBTEAM_UPDATES, SectionKind.OPEN_PRS, SectionKind.MOVE_TO_ISSUE_TRACKER}) {
            table.put(kind.id().replace('_', ' '), kind);
        }
        put(table, SectionKind.ATTENDEES_ABSENTIA, "attendees in absentia");
        put(table, SectionKind.NEW_AGENDA_ITEMS, "new agenda items", "your new agenda items", "items discussed");
        put(table, SectionKind.FROM_PREVIOUS, "outstanding items from the previous meeting",
                "from previous meetings", "stuff from last week that we didn't get to",
                "check in on previous action items", "previous action items");
        put(table, SectionKind.DEFERRED, "deferred to next meeting", "deferred agenda items", "defer to next meeting");
        put(table, SectionKind.DISCUSSION, "discussion", "other notes / discussions");
        put(table, SectionKind.ACTION_ITEMS, "action items", "current action items", "todo", "next steps");
        put(table, SectionKind.PREVIOUS_MEETINGS, "previous meetings", "last meeting points", "last meeting",
                "this meeting");
        put(table, SectionKind.MEETING_PURPOSE, "what is this meeting for");
        return Map.copyOf(table);
    }

    private static void put(Map<String, SectionKind> table, SectionKind kind, String... texts) {
        for (String text : texts) {
            table.put(text, kind);
        }
    }
}
