package org.minutes.converters.html;

import java.util.List;

import org.minutes.sdk.archive.ArchiveStats;

/** The site's attendance chart: inline SVG, one bar per meeting of a year, no script. */
final class Charts {

    private static final int BAR = 28;
    private static final int GAP = 8;
    private static final int HEIGHT = 120;
    private static final int LABELS = 32;

    private Charts() {
    }

    /**
     * Writes a {@code <figure>} holding the chart of one year's meetings, in date order, each bar the attendees listed
     * (absentees left out, D26), labelled with the count and the meeting's month and day.
     *
     * @param out      where to write
     * @param year     the year, as the page names it
     * @param meetings the year's meetings in date order
     */
    static void attendance(Markup out, String year, List<ArchiveStats.Attendance> meetings) {
        int most = Math.max(1, meetings.stream().mapToInt(ArchiveStats.Attendance::attendees).max().orElse(1));
        int width = GAP + meetings.size() * (BAR + GAP);
        int height = HEIGHT + LABELS;
        String titleId = "chart-" + year;
        out.raw("<figure class=\"chart\"><svg").attribute("width", String.valueOf(width))
                .attribute("height", String.valueOf(height))
                .attribute("viewBox", "0 0 " + width + " " + height).attribute("role", "img")
                .attribute("aria-labelledby", titleId).raw("><title").attribute("id", titleId).raw(">")
                .text("Attendees listed per meeting in " + year).close("title");
        for (int i = 0; i < meetings.size(); i++) {
            ArchiveStats.Attendance meeting = meetings.get(i);
            int barHeight = Math.round((float) (HEIGHT - 16) * meeting.attendees() / most);
            int x = GAP + i * (BAR + GAP);
            int y = HEIGHT - barHeight;
            out.raw("<rect").attribute("x", String.valueOf(x)).attribute("y", String.valueOf(y))
                    .attribute("width", String.valueOf(BAR)).attribute("height", String.valueOf(barHeight))
                    .raw("></rect>");
            centred(out, x + BAR / 2, y - 4, String.valueOf(meeting.attendees()));
            centred(out, x + BAR / 2, HEIGHT + 14, meeting.meeting().date().map(d -> String.format(
                    "%02d-%02d", d.getMonthValue(), d.getDayOfMonth())).orElse(""));
        }
        out.raw("</svg><figcaption>").text("Attendance in " + year + " (attendees listed per meeting)")
                .raw("</figcaption></figure>");
    }

    private static void centred(Markup out, int x, int y, String text) {
        out.raw("<text").attribute("x", String.valueOf(x)).attribute("y", String.valueOf(y))
                .attribute("text-anchor", "middle").raw(">").text(text).close("text");
    }
}
