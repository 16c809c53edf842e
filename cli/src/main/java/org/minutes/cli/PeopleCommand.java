package org.minutes.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.Meeting;
import org.minutes.sdk.archive.Person;
import org.minutes.sdk.archive.Sighting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutes people}: who comes to the meetings. */
@Command(name = "people", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the people of the attendee lists across the notes, one line each however the notes list",
            "them (merged by GitHub handle, else by full name), most meetings attended first: handle, meetings",
            "attended, last seen and latest affiliation (CSV and JSON: initials and first seen too)."})
final class PeopleCommand extends ArchiveCommand {

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only people who attended a meeting dated DATE (YYYY-MM-DD) or later; MEETINGS counts those.")
    private LocalDate since;

    /** A person and the meetings of theirs that count. */
    private record Row(Person person, List<Meeting> meetings) {
    }

    @Override
    Report report(Archive archive) {
        List<Row> people = new ArrayList<>();
        for (Person person : archive.people()) {
            List<Meeting> meetings = person.meetingsAttended().stream().filter(m -> since(m, since)).toList();
            if (!meetings.isEmpty() || since == null) {
                people.add(new Row(person, meetings));
            }
        }
        people.sort(Comparator.comparing((Row row) -> -row.meetings().size())
                .thenComparing(row -> row.person().lastSeen().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(row -> row.person().name()));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        ArrayNode json = JSON.arrayNode();
        for (Row row : people) {
            Person person = row.person();
            String github = person.github().map(handle -> "@" + handle).orElse("");
            String initials = String.join("/", person.initials());
            String affiliation = latestAffiliation(person).orElse("");
            String first = person.firstSeen().map(LocalDate::toString).orElse("");
            String last = person.lastSeen().map(LocalDate::toString).orElse("");
            String meetings = String.valueOf(row.meetings().size());
            rows.add(List.of(person.name(), github, meetings, last, affiliation));
            csvRows.add(List.of(person.id(), person.name(), github, initials, affiliation, meetings, first, last));
            json.add(json(row));
        }
        Table text = Table.of(List.of(Table.Column.text("name"), Table.Column.fixed("github"),
                Table.Column.number("meetings"), Table.Column.fixed("last_seen"), Table.Column.text("affiliation")),
                rows);
        Table csv = Table.of(List.of(Table.Column.fixed("id"), Table.Column.fixed("name"),
                Table.Column.fixed("github"), Table.Column.fixed("initials"), Table.Column.fixed("affiliation"),
                Table.Column.number("meetings"), Table.Column.fixed("first_seen"), Table.Column.fixed("last_seen")),
                csvRows);
        ObjectNode root = JSON.objectNode();
        root.set("people", json);
        return new Report(List.of(text), csv, root);
    }

    /** {@return the affiliation the latest note lists them with, if any} */
    private static Optional<String> latestAffiliation(Person person) {
        for (int i = person.appearances().size() - 1; i >= 0; i--) {
            List<String> affiliations = person.appearances().get(i).attendee().affiliations();
            if (!affiliations.isEmpty()) {
                return Optional.of(String.join(", ", affiliations));
            }
        }
        return Optional.empty();
    }

    private static ObjectNode json(Row row) {
        Person person = row.person();
        ObjectNode node = JSON.objectNode();
        node.put("id", person.id());
        node.put("name", person.name());
        node.put("github", person.github().orElse(null));
        ArrayNode names = node.putArray("names");
        person.names().forEach(names::add);
        ArrayNode initials = node.putArray("initials");
        person.initials().forEach(initials::add);
        ArrayNode affiliations = node.putArray("affiliations");
        for (Sighting sighting : person.affiliations()) {
            ObjectNode affiliation = affiliations.addObject();
            affiliation.put("value", sighting.value());
            affiliation.set("first", meeting(sighting.first()));
            affiliation.set("last", meeting(sighting.last()));
        }
        node.put("meetings", row.meetings().size());
        node.put("firstSeen", person.firstSeen().map(LocalDate::toString).orElse(null));
        node.put("lastSeen", person.lastSeen().map(LocalDate::toString).orElse(null));
        ArrayNode attended = node.putArray("attended");
        row.meetings().forEach(meeting -> attended.add(meeting(meeting)));
        return node;
    }
}
