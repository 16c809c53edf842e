package org.minutes.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.MeetingDecision;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutes decisions}: what was decided, and when. */
@Command(name = "decisions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the decisions (items starting with Consensus:, Decision: or Agreed:) across the",
            "notes in date order, each with its date and speakers.",
            "Rule: docs/dialect.md#d68-decisions in the Minutes repository."})
final class DecisionsCommand extends ArchiveCommand {

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only decisions of meetings dated DATE (YYYY-MM-DD) or later.")
    private LocalDate since;

    @Override
    Report report(Archive archive) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csvRows = new ArrayList<>();
        ArrayNode json = JSON.arrayNode();
        for (MeetingDecision decision : archive.decisions()) {
            if (!since(decision.meeting(), since)) {
                continue;
            }
            String speakers = String.join("/", decision.decision().speakers());
            String text = decision.decision().text();
            rows.add(List.of(date(decision.meeting()), speakers, text));
            csvRows.add(List.of(date(decision.meeting()), decision.meeting().path().toString(), speakers, text));
            ObjectNode node = meeting(decision.meeting());
            node.put("meeting", decision.meeting().name());
            ArrayNode who = node.putArray("speakers");
            decision.decision().speakers().forEach(who::add);
            node.put("text", text);
            json.add(node);
        }
        Table text = Table.of(List.of(Table.Column.fixed("date"), Table.Column.fixed("who"),
                Table.Column.text("decision")), rows);
        Table csv = Table.of(List.of(Table.Column.fixed("date"), Table.Column.fixed("file"),
                Table.Column.fixed("speakers"), Table.Column.text("text")), csvRows);
        ObjectNode root = JSON.objectNode();
        root.set("decisions", json);
        return new Report(List.of(text), csv, root);
    }
}
