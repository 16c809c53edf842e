package org.minutes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ArchiveStats;

import picocli.CommandLine.Command;

/** {@code minutes stats}: figures per year and per meeting. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print figures over the notes: per year, the meetings, the people who attended and the action",
            "items opened and closed; per meeting, the attendees listed and the head count written.",
            "CSV has one line per figure: scope (year or meeting), key (the year or the file), measure, value.",
            "Rule: docs/dialect.md#d36-head-count in the Minutes repository."})
final class StatsCommand extends ArchiveCommand {

    @Override
    Report report(Archive archive) {
        ArchiveStats stats = archive.stats();
        TreeSet<Integer> years = new TreeSet<>(stats.meetingsPerYear().keySet());
        years.addAll(stats.peoplePerYear().keySet());
        years.addAll(stats.itemsOpenedPerYear().keySet());
        years.addAll(stats.itemsClosedPerYear().keySet());
        List<List<String>> yearRows = new ArrayList<>();
        List<List<String>> figures = new ArrayList<>();
        ObjectNode root = JSON.objectNode();
        ArrayNode yearsJson = root.putArray("years");
        List<String> measures = List.of("meetings", "people", "items_opened", "items_closed");
        for (int year : years) {
            List<Integer> values = List.of(count(stats.meetingsPerYear(), year), count(stats.peoplePerYear(), year),
                    count(stats.itemsOpenedPerYear(), year), count(stats.itemsClosedPerYear(), year));
            List<String> row = new ArrayList<>(List.of(String.valueOf(year)));
            ObjectNode node = yearsJson.addObject();
            node.put("year", year);
            for (int i = 0; i < measures.size(); i++) {
                row.add(String.valueOf(values.get(i)));
                figures.add(List.of("year", String.valueOf(year), measures.get(i), String.valueOf(values.get(i))));
                node.put(camel(measures.get(i)), values.get(i));
            }
            yearRows.add(row);
        }
        List<List<String>> meetingRows = new ArrayList<>();
        ArrayNode meetingsJson = root.putArray("meetings");
        for (ArchiveStats.Attendance attendance : stats.attendance()) {
            String headCount = attendance.headCount().isPresent()
                    ? String.valueOf(attendance.headCount().getAsInt()) : "";
            meetingRows.add(List.of(date(attendance.meeting()), String.valueOf(attendance.attendees()), headCount,
                    attendance.meeting().name()));
            String file = attendance.meeting().path().toString();
            figures.add(List.of("meeting", file, "attendees", String.valueOf(attendance.attendees())));
            if (!headCount.isEmpty()) {
                figures.add(List.of("meeting", file, "head_count", headCount));
            }
            ObjectNode node = meeting(attendance.meeting());
            node.put("name", attendance.meeting().name());
            node.put("attendees", attendance.attendees());
            if (attendance.headCount().isPresent()) {
                node.put("headCount", attendance.headCount().getAsInt());
            } else {
                node.putNull("headCount");
            }
            meetingsJson.add(node);
        }
        Table perYear = new Table("Per year", List.of(Table.Column.fixed("year"), Table.Column.number("meetings"),
                Table.Column.number("people"), Table.Column.number("items_opened"),
                Table.Column.number("items_closed")), yearRows);
        Table perMeeting = new Table("Per meeting", List.of(Table.Column.fixed("date"),
                Table.Column.number("attendees"), Table.Column.number("head_count"), Table.Column.text("meeting")),
                meetingRows);
        Table csv = Table.of(List.of(Table.Column.fixed("scope"), Table.Column.fixed("key"),
                Table.Column.fixed("measure"), Table.Column.number("value")), figures);
        return new Report(List.of(perYear, perMeeting), csv, root);
    }

    private static int count(SortedMap<Integer, Integer> perYear, int year) {
        return perYear.getOrDefault(year, 0);
    }

    /** {@code items_opened} → {@code itemsOpened}. */
    private static String camel(String measure) {
        StringBuilder out = new StringBuilder();
        for (String word : measure.split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
