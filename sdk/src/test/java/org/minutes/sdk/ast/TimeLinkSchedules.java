package org.minutes.sdk.ast;

import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.Schedule;

/** The schedule of the time links alone (D19–D21), on the meeting date (D84), for the tests of {@link Preambles}. */
final class TimeLinkSchedules {

    private TimeLinkSchedules() {
    }

    /** {@return the schedule the time links of these parts give, without label time (D85)} */
    static Schedule of(Parts parts, Findings findings) {
        MeetingDates.Labels labels = BlockSweep.of(parts, Set.of(), item -> { }).labels();
        MeetingDates.Reading dates = MeetingDates.read(parts, labels, parts.frontMatter().flatMap(FrontMatter::values),
                Optional.empty(), Findings.NONE);
        return Preambles.schedule(parts, dates.date().map(MeetingDate::date), Optional.empty(), findings);
    }
}
