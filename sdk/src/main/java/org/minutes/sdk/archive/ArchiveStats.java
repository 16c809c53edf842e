package org.minutes.sdk.archive;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

import org.minutes.sdk.records.Components;

/**
 * Figures over an {@link Archive}. Years are those of the meeting dates (D84); undated meetings count in
 * {@link #attendance()} only.
 *
 * @param meetingsPerYear    year → dated meetings
 * @param attendance         one entry per meeting, in {@link Archive#meetings()} order
 * @param peoplePerYear      year → distinct persons who attended a meeting of that year
 * @param itemsOpenedPerYear year → tracked action items opened in a meeting of that year
 * @param itemsClosedPerYear year → tracked action items closed in a meeting of that year
 */
public record ArchiveStats(SortedMap<Integer, Integer> meetingsPerYear, List<Attendance> attendance,
                           SortedMap<Integer, Integer> peoplePerYear, SortedMap<Integer, Integer> itemsOpenedPerYear,
                           SortedMap<Integer, Integer> itemsClosedPerYear) {

    /**
     * Checks the components and copies them, unmodifiable.
     *
     * @throws NullPointerException when a component is null
     */
    public ArchiveStats {
        Components.requireNonNull("meetingsPerYear attendance peoplePerYear itemsOpenedPerYear itemsClosedPerYear",
                meetingsPerYear, attendance, peoplePerYear, itemsOpenedPerYear, itemsClosedPerYear);
        meetingsPerYear = copy(meetingsPerYear);
        attendance = List.copyOf(attendance);
        peoplePerYear = copy(peoplePerYear);
        itemsOpenedPerYear = copy(itemsOpenedPerYear);
        itemsClosedPerYear = copy(itemsClosedPerYear);
    }

    private static SortedMap<Integer, Integer> copy(SortedMap<Integer, Integer> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /**
     * How many came to one meeting.
     *
     * @param meeting   the meeting
     * @param attendees the attendees listed, absentees (D26) left out
     * @param headCount the note's head count (D36), when it gives one
     */
    public record Attendance(Meeting meeting, int attendees, OptionalInt headCount) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException when a component is null
         */
        public Attendance {
            Components.requireNonNull("meeting headCount", meeting, headCount);
        }
    }
}
