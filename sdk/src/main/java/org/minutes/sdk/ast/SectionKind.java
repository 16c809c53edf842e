package org.minutes.sdk.ast;

import java.util.Locale;

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

    /** {@return the kind's stable lower-case id, as in D25: {@code new_agenda_items}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return whether sections of this kind list attendees (D26): {@code attendees} or {@code attendees_absentia}} */
    public boolean listsAttendees() {
        return SectionHeadings.listsAttendees(id());
    }

    /**
     * Recognises a heading's kind (D24, D25).
     *
     * @param headingText the heading's plain text (D54)
     * @return its kind, {@code OTHER} when D25 names none
     */
    public static SectionKind of(String headingText) {
        return valueOf(SectionHeadings.kindId(headingText).toUpperCase(Locale.ROOT));
    }
}
