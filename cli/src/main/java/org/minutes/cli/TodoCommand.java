package org.minutes.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ItemSighting;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.Meeting;
import org.minutes.sdk.archive.Person;
import org.minutes.sdk.archive.TrackedItem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code minutes todo}: the action items across meetings, open ones by default. */
@Command(name = "todo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the action items across the notes: open ones, oldest first, each with the",
            "date it was opened, its age in days, how often a later note carried it and its assignees as written.",
            "An item written again in a later note (same text, case, spacing, checkbox and link spelling aside) is",
            "one item, closed by the first note that ticks it.",
            "Rules: docs/dialect.md#d67-topics-and-action-items and #d93-action-item-sections in the Minutes",
            "repository."})
final class TodoCommand extends ArchiveCommand {

    @Option(names = "--who", paramLabel = "WHO",
            description = "Only the items of one person: @handle, full name, initials or a name as the notes write it.")
    private String who;

    @Option(names = "--all", description = "Closed items too.")
    private boolean all;

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only items a note dated DATE (YYYY-MM-DD) or later writes.")
    private LocalDate since;

    @Override
    Report report(Archive archive) {
        Optional<Person> person = who == null ? Optional.empty() : archive.person(who);
        List<TrackedItem> items = new ArrayList<>();
        for (TrackedItem item : archive.actionItems()) {
            if ((all || item.state() == ItemState.OPEN) && seenSince(item) && (who == null || assigned(item, person))) {
                items.add(item);
            }
        }
        if (who != null && person.isEmpty() && archive.actionItems().stream().noneMatch(i -> assigned(i, person))) {
            throw new ParameterException(spec.commandLine(), "--who " + who + ": no one in the notes has that "
                    + "handle, name or initials");
        }
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.fixed("opened"),
                Table.Column.number("age"), Table.Column.number("carried")));
        if (all) {
            columns.add(Table.Column.fixed("state"));
        }
        columns.add(Table.Column.text("who"));
        columns.add(Table.Column.text("item"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        ArrayNode json = JSON.arrayNode();
        for (TrackedItem item : items) {
            String state = item.state().name().toLowerCase(Locale.ROOT);
            String assignees = String.join("/", written(item));
            List<String> row = new ArrayList<>(List.of(date(item.openedIn()), String.valueOf(item.ageDays()),
                    String.valueOf(item.timesCarried())));
            if (all) {
                row.add(state);
            }
            row.add(assignees);
            row.add(item.text());
            rows.add(row);
            csvRows.add(List.of(date(item.openedIn()), item.openedIn().path().toString(),
                    item.closedIn().map(ArchiveCommand::date).orElse(""), String.valueOf(item.ageDays()),
                    String.valueOf(item.timesCarried()), state, assignees, item.text()));
            json.add(json(archive, item, state));
        }
        Table csv = Table.of(List.of(Table.Column.fixed("opened"), Table.Column.fixed("file"),
                Table.Column.fixed("closed"), Table.Column.number("age_days"), Table.Column.number("times_carried"),
                Table.Column.fixed("state"), Table.Column.fixed("assignees"), Table.Column.text("text")), csvRows);
        ObjectNode root = JSON.objectNode();
        root.set("actionItems", json);
        return new Report(List.of(Table.of(columns, rows)), csv, root);
    }

    private boolean seenSince(TrackedItem item) {
        return item.sightings().stream().anyMatch(sighting -> since(sighting.meeting(), since));
    }

    /** Assigned to the person {@code --who} names, or, when it names no one, written with that speaker. */
    private boolean assigned(TrackedItem item, Optional<Person> person) {
        if (person.isPresent()) {
            return item.assignees().contains(person.get());
        }
        return item.sightings().stream().anyMatch(s -> s.item().assignees().stream().anyMatch(who::equalsIgnoreCase));
    }

    /** {@return the assignees as the latest note writes them} */
    private static List<String> written(TrackedItem item) {
        return item.sightings().get(item.sightings().size() - 1).item().assignees();
    }

    private static ObjectNode json(Archive archive, TrackedItem item, String state) {
        ObjectNode node = JSON.objectNode();
        node.put("text", item.text());
        node.put("state", state);
        ItemSighting last = item.sightings().get(item.sightings().size() - 1);
        ArrayNode assignees = node.putArray("assignees");
        for (String written : last.item().assignees()) {
            ObjectNode assignee = assignees.addObject();
            assignee.put("written", written);
            assignee.put("person", archive.speaker(last.meeting(), written).map(Person::id).orElse(null));
        }
        node.set("opened", meeting(item.openedIn()));
        node.set("closed", item.closedIn().map(ArchiveCommand::meeting).orElse(null));
        node.put("timesCarried", item.timesCarried());
        node.put("ageDays", item.ageDays());
        ArrayNode sightings = node.putArray("sightings");
        for (ItemSighting sighting : item.sightings()) {
            Meeting meeting = sighting.meeting();
            ObjectNode seen = meeting(meeting);
            seen.put("section", sighting.section().id());
            seen.put("done", sighting.done());
            sightings.add(seen);
        }
        return node;
    }
}
