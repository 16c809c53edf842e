package org.minutes.sdk.ast;

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

    /** {@return the kind's stable lower-case id, as in D25: {@code new_agenda_items}} */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
