package org.minutes.sdk.ast;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minutes.sdk.syntax.SectionHeadings;

/** The kinds of section recognised from their headings (D25). */
public enum SectionKind {
    ATTENDEES,
    ATTENDEES_ABSENTIA,
    INTRODUCTIONS,
    ANNOUNCEMENTS,
    AGENDA,
    STANDING_ITEMS,
    ACTIVE_VOTES,
    SUBTEAM_UPDATES,
    OPEN_PRS,
    MOVE_TO_ISSUE_TRACKER,
    NEW_AGENDA_ITEMS,
    FROM_PREVIOUS,
    DEFERRED,
    DISCUSSION,
    ACTION_ITEMS,
    PREVIOUS_MEETINGS,
    MEETING_PURPOSE,
    OTHER;

    /** Heading texts recognised so far and their kinds: notes repeat a few headings, and recognising one takes work. */
    private static final Map<String, SectionKind> RECOGNISED = new ConcurrentHashMap<>();
    /** At most this many heading texts are remembered, so that no input makes the map grow without bound. */
    private static final int REMEMBERED = 1024;

    private final String id = name().toLowerCase(Locale.ROOT);
    private final boolean listsAttendees = SectionHeadings.listsAttendees(id);

    /** {@return the kind's stable lower-case id, as in D25: {@code new_agenda_items}} */
    public String id() {
        return id;
    }

    /** {@return whether sections of this kind list attendees (D26): {@code attendees} or {@code attendees_absentia}} */
    public boolean listsAttendees() {
        return listsAttendees;
    }

    /**
     * Recognises a heading's kind (D24, D25).
     *
     * @param headingText the heading's plain text (D54)
     * @return its kind, {@code OTHER} when D25 names none
     */
    public static SectionKind of(String headingText) {
        SectionKind kind = RECOGNISED.get(headingText);
        if (kind == null) {
            kind = valueOf(SectionHeadings.kindId(headingText).toUpperCase(Locale.ROOT));
            if (RECOGNISED.size() < REMEMBERED) {
                RECOGNISED.put(headingText, kind);
            }
        }
        return kind;
    }
}
