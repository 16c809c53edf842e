package org.minutes.sdk.syntax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises a section's kind from its heading text (D24, D25). Kinds are named by their stable D25 ids
 * ({@code attendees}, {@code attendees_absentia}, …, {@code other}); {@code org.minutes.sdk.ast.SectionKind} maps them
 * to its constants.
 */
public final class SectionHeadings {

    /** D25's id of the attendee section. */
    public static final String ATTENDEES = "attendees";
    /** D25's id of the attendees-in-absentia section. */
    public static final String ATTENDEES_ABSENTIA = "attendees_absentia";
    /** D25's id of the previous-meetings section. */
    public static final String PREVIOUS_MEETINGS = "previous_meetings";
    /** The id of every heading D25 does not name. */
    public static final String OTHER = "other";

    /** D25's table, keyed by normalised heading text. */
    private static final Map<String, String> TABLE = table();

    /** D25: {@code N meetings ago} for any number N. */
    private static final Pattern MEETINGS_AGO = Whitespace.compile("[0-9]+ meetings ago");

    /** D24: one trailing date, {@code YYYY-MM-DD} or 8–9 digits, as a word of its own. */
    private static final Pattern TRAILING_DATE =
            Whitespace.compile("(?<![\\p{L}\\p{N}])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8,9})" + Whitespace.CLASS + "*$");

    private SectionHeadings() {
    }

    /**
     * Classifies a heading.
     *
     * @param headingText the heading's plain text
     * @return its kind's D25 id, {@link #OTHER} when nothing matches
     */
    public static String kindId(String headingText) {
        String key = normalise(headingText);
        String kind = TABLE.get(key);
        if (kind != null) {
            return kind;
        }
        return MEETINGS_AGO.matcher(key).matches() ? PREVIOUS_MEETINGS : OTHER;
    }

    /**
     * Tells whether a kind lists attendees (D26): {@code attendees} or {@code attendees_absentia}.
     *
     * @param kindId a D25 kind id
     * @return whether its sections' top-level tables and lists are attendee blocks
     */
    public static boolean listsAttendees(String kindId) {
        return ATTENDEES.equals(kindId) || ATTENDEES_ABSENTIA.equals(kindId);
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
        return Shortcodes.mayStartAt(text, colon) ? Math.max(-1, Shortcodes.end(text, colon, text.length())) : -1;
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

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (String kind : new String[] {ATTENDEES, "introductions", "announcements", "agenda", "standing_items",
                "active_votes", "subteam_updates", "open_prs", "move_to_issue_tracker"}) {
            table.put(kind.replace('_', ' '), kind);
        }
        // D86: more headings of sign-in lists.
        put(table, ATTENDEES, "attendance", "participants", "present", "people present", "roll call", "sign in",
                "sign-in", "sign in here", "who is here", "who's here");
        put(table, ATTENDEES_ABSENTIA, "attendees in absentia");
        put(table, "new_agenda_items", "new agenda items", "your new agenda items", "items discussed");
        put(table, "from_previous", "outstanding items from the previous meeting",
                "from previous meetings", "stuff from last week that we didn't get to",
                "check in on previous action items", "previous action items");
        put(table, "deferred", "deferred to next meeting", "deferred agenda items", "defer to next meeting");
        put(table, "discussion", "discussion", "other notes / discussions");
        put(table, "action_items", "action items", "current action items", "todo", "next steps");
        put(table, PREVIOUS_MEETINGS, "previous meetings", "last meeting points", "last meeting",
                "this meeting");
        put(table, "meeting_purpose", "what is this meeting for");
        return Map.copyOf(table);
    }

    private static void put(Map<String, String> table, String kind, String... texts) {
        for (String text : texts) {
            table.put(text, kind);
        }
    }
}
