package org.minutes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ItemSighting;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.Meeting;
import org.minutes.sdk.archive.TrackedItem;
import org.minutes.sdk.archive.TrackedTopic;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Text;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutes next}: the next meeting's note, from a template and the last meeting's loose ends. */
@Command(name = "next", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the next meeting's note from a template: the date placeholder filled",
            "({{ date.strftime(\"%Y-%m-%d\") }} or YYYY-MM-DD) and, under 'From previous meetings', the last",
            "meeting's open action items and pending and deferred topics, each with its speaker. The rest of",
            "the template is kept byte for byte. Prints the path of the note written.",
            "Rule: docs/dialect.md#d67-topics-and-action-items in the Minutes repository."})
final class NextCommand implements Callable<Integer> {

    /** How many of the last intervals between meetings give the usual one. */
    static final int INTERVALS = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Notes directories (every *.md below, links not followed) or files.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--template", required = true, paramLabel = "FILE", description = "The template of a note.")
    private Path template;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ArchiveCommand.DateConverter.class,
            description = "The meeting date (default: the last meeting's plus the median of the last "
                    + INTERVALS + " intervals).")
    private LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the note; - for standard output (default: beside the last note, named "
                    + "as it is with the new date, else DATE.md).")
    private String output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    private boolean force;

    @Override
    public Integer call() throws InputException {
        Archive archive = ArchiveCommand.open(paths);
        String text = Inputs.read(template.toString(), System.in).strictText();
        List<Meeting> dated = archive.meetings().stream().filter(m -> m.date().isPresent()).toList();
        if (dated.isEmpty()) {
            throw new InputException(paths.get(0) + ": no note gives a meeting date (D84); there is no last meeting "
                    + "to follow");
        }
        Meeting last = dated.get(dated.size() - 1);
        LocalDate day = date != null ? date : usualNext(dated).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "one meeting date gives no interval to go by; give --date"));
        NextNote.Note note = NextNote.write(text, day, carried(archive, last));
        PrintWriter err = spec.commandLine().getErr();
        if (!note.dated()) {
            err.println("minutes: " + template + ": warning: no date placeholder ({{ date.strftime(\"%Y-%m-%d\") }} "
                    + "or YYYY-MM-DD); the note has no date");
        }
        if (!note.carried()) {
            err.println("minutes: " + template + ": warning: no 'From previous meetings' section; the last "
                    + "meeting's open items are left out");
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(output)) {
            out.print(note.text());
        } else {
            Path target = output != null ? Path.of(output) : defaultOutput(last, day);
            refuse(target, archive);
            Outputs.writeAtomically(target, note.text());
            out.println(target);
        }
        out.flush();
        return ArchiveCommand.reportProblems(archive, err);
    }

    /**
     * The usual next date: the last date plus the median of the last {@link #INTERVALS} intervals between
     * distinct meeting dates (of an even number, the shorter of the two middle ones).
     *
     * @param dated the dated meetings in date order
     * @return the date, empty when fewer than two dates give no interval
     */
    static Optional<LocalDate> usualNext(List<Meeting> dated) {
        List<LocalDate> dates = dated.stream().map(m -> m.date().orElseThrow()).distinct().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = Math.max(1, dates.size() - INTERVALS); i < dates.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)));
        }
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        Collections.sort(gaps);
        return Optional.of(dates.get(dates.size() - 1).plusDays(gaps.get((gaps.size() - 1) / 2)));
    }

    /**
     * The last meeting's loose ends, in the order its note writes them: its open action items (D67 (1)) and its
     * pending and deferred topics (D67 (2)).
     */
    static List<NextNote.Carried> carried(Archive archive, Meeting last) {
        Set<ListItem> open = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TrackedItem item : archive.actionItems()) {
            if (item.state() == ItemState.OPEN) {
                for (ItemSighting sighting : item.sightings()) {
                    if (sighting.meeting() == last) {
                        open.add(sighting.item().item());
                    }
                }
            }
        }
        for (TrackedTopic topic : archive.topics()) {
            if (topic.meeting() == last) {
                open.add(topic.topic().item());
            }
        }
        Document note = last.document();
        List<NextNote.Carried> carried = new ArrayList<>();
        Nodes.walk(note, node -> {
            if (node instanceof ListItem item && open.contains(item)) {
                carried.add(carry(note, item));
            }
        });
        return carried;
    }

    /**
     * An item as the next note writes it. A name speaker (D91) is written as the attendee's initials, written or
     * derived (D30, D90), since the new note lists no attendees yet; without initials the name stays at the start of
     * the text, where it reads as a label (D52).
     */
    private static NextNote.Carried carry(Document note, ListItem item) {
        Optional<SpeakerPrefix> speaker = item.speaker();
        List<Inline> content = item.content();
        if (speaker.isPresent() && speaker.get().form().isName()) {
            String name = speaker.get().initials().get(0);
            Optional<String> initials = note.resolveSpeaker(name)
                    .flatMap(attendee -> attendee.initials().or(() -> note.derivedInitials(attendee)));
            speaker = initials.map(SpeakerPrefix::of);
            if (initials.isEmpty()) {
                List<Inline> labelled = new ArrayList<>();
                labelled.add(new Text(name + ": "));
                labelled.addAll(content);
                content = labelled;
            }
        }
        return new NextNote.Carried(speaker, content);
    }

    /** Beside the last note, its file name with the new date for the old one, or {@code DATE.md}. */
    static Path defaultOutput(Meeting last, LocalDate day) {
        String name = last.path().getFileName().toString();
        String old = last.date().orElseThrow().toString();
        String next = name.contains(old) ? name.replace(old, day.toString()) : day + ".md";
        Path parent = last.path().getParent();
        return parent == null ? Path.of(next) : parent.resolve(next);
    }

    /** Refuses an existing file without {@code --force}, and the template or a note read, even with it. */
    private void refuse(Path target, Archive archive) throws InputException {
        if (!Files.exists(target)) {
            return;
        }
        List<Path> inputs = new ArrayList<>(List.of(template));
        archive.meetings().forEach(meeting -> inputs.add(meeting.path()));
        for (Path input : inputs) {
            try {
                if (Files.isSameFile(target, input)) {
                    throw new InputException(target + ": is an input; refusing to overwrite it");
                }
            } catch (IOException e) {
                throw new InputException(target + ": cannot check: " + e.getMessage(), e);
            }
        }
        if (!force) {
            throw new InputException(target + ": exists; --force replaces it");
        }
    }
}
