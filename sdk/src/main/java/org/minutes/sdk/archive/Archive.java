package org.minutes.sdk.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.Decision;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.ast.TopicState;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The meetings of a notes repository, read once: a directory walked recursively or a list of files, each parsed (in
 * parallel) with its path as source name, so a date written only in the file name counts (D84 (4)).
 *
 * <pre>{@code
 * Archive archive = Archive.open(Path.of("notes"));
 * archive.actionItems().stream()
 *         .filter(item -> item.state() == ItemState.OPEN)
 *         .forEach(item -> System.out.println(item.ageDays() + " days: " + item.text()));
 * }</pre>
 *
 * <p>An archive is immutable and safe to share between threads: everything it answers (people, action items,
 * topics, decisions, figures) is computed when it is built, and every list it returns is unmodifiable.
 *
 * <p>Files it cannot read (missing, unreadable), symbolic links it does not follow and special files are left out and
 * reported in {@link #problems()}; the rest is read. A file that is not UTF-8 is read: D1 decodes it, with a warning in
 * its meeting's diagnostics.
 */
public final class Archive {

    private static final MinutesParser PARSER = MinutesParser.create();
    /** Any run of white space, as a search that sets spacing aside sees it: Unicode's separators too, NBSP included. */
    private static final Pattern SPACES = Whitespace.compile("[\\s\\p{Z}]+");
    private static final Pattern MARKS = Whitespace.compile("\\p{M}+");
    private static final Pattern LEADING_BOX = Whitespace.compile("^\\[[ xX]?\\]\\s*");
    private static final Pattern ANGLE_URL = Whitespace.compile("<(\\w+://[^>\\s]*)>");
    private static final Pattern URL_SLASH = Whitespace.compile("(\\w+://\\S*?)/+(?=\\s|$)");
    private static final Pattern TRAILING_PUNCTUATION = Whitespace.compile("[\\s.;:,!]+$");

    private final List<Meeting> meetings;
    private final List<Meeting> undated;
    private final List<FileProblem> problems;
    private final Map<Meeting, Integer> index = new IdentityHashMap<>();
    private final List<Map<Attendee, Person>> listed = new ArrayList<>();
    private final List<Person> people;
    private final Map<String, Person> byName = new HashMap<>();
    private final Map<String, Person> byId = new HashMap<>();
    private final List<TrackedItem> actionItems;
    private final List<TrackedTopic> topics;
    private final List<MeetingDecision> decisions;
    private final ArchiveStats stats;

    private Archive(List<Meeting> read, List<FileProblem> problems) {
        Comparator<Meeting> byPath = Comparator.comparing(m -> m.path().toString());
        List<Meeting> dated = read.stream().filter(m -> m.date().isPresent())
                .sorted(Comparator.comparing((Meeting m) -> m.date().orElseThrow()).thenComparing(byPath)).toList();
        this.undated = read.stream().filter(m -> m.date().isEmpty()).sorted(byPath).toList();
        List<Meeting> all = new ArrayList<>(dated);
        all.addAll(undated);
        this.meetings = List.copyOf(all);
        this.problems = List.copyOf(problems);
        for (int i = 0; i < meetings.size(); i++) {
            index.put(meetings.get(i), i);
        }
        this.people = identify();
        this.actionItems = track();
        this.topics = followTopics();
        this.decisions = meetings.stream()
                .flatMap(m -> m.document().decisions().stream().map(d -> new MeetingDecision(m, d))).toList();
        this.stats = count();
    }

    /**
     * Reads every notes file under a directory: recursively, files named {@code *.md}, in path order. Symbolic links
     * are not followed (each is reported in {@link #problems()}), and only regular files are read; a subdirectory or
     * file that cannot be read is reported and the rest is read.
     *
     * @param directory the directory, as the caller gives it; paths found under it keep its spelling
     * @return the archive
     * @throws NoSuchFileException  when the directory does not exist
     * @throws NotDirectoryException when the path is no directory
     * @throws IOException          when the directory itself cannot be listed
     */
    public static Archive open(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.exists(directory)) {
            throw new NoSuchFileException(directory.toString());
        }
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        List<Path> files = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        walk(directory, files, problems, true);
        return read(files, problems);
    }

    /**
     * Reads the given files; a directory among them is walked as {@link #open(Path)} walks one. A given file is read
     * whatever its name (a given symbolic link is followed: the caller named it); a missing or unreadable one is
     * reported in {@link #problems()} and the rest is read.
     *
     * @param files the files and directories, as the caller gives them
     * @return the archive
     */
    public static Archive of(List<Path> files) {
        List<Path> found = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : List.copyOf(files)) {
            if (Files.isDirectory(file)) {
                try {
                    walk(file, found, problems, true);
                } catch (IOException e) {
                    problems.add(new FileProblem(file, describe(e)));
                }
            } else if (Files.isRegularFile(file) || !Files.exists(file)) {
                found.add(file);
            } else {
                problems.add(new FileProblem(file, "not a regular file"));
            }
        }
        return read(found, problems);
    }

    /** Lists a directory's notes files, sorted; the top directory's failure is thrown, a subdirectory's reported. */
    private static void walk(Path directory, List<Path> files, List<FileProblem> problems, boolean top)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            if (top) {
                throw e;
            }
            problems.add(new FileProblem(directory, describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problems.add(new FileProblem(entry, describe(e)));
                continue;
            }
            boolean notes = entry.getFileName().toString().endsWith(".md");
            if (attributes.isSymbolicLink()) {
                if (notes || Files.isDirectory(entry)) {
                    problems.add(new FileProblem(entry, "symbolic link not followed"));
                }
            } else if (attributes.isDirectory()) {
                walk(entry, files, problems, false);
            } else if (notes && attributes.isRegularFile()) {
                files.add(entry);
            } else if (notes) {
                problems.add(new FileProblem(entry, "not a regular file"));
            }
        }
    }

    /** Parses the files in parallel, each with its path as source name (D84 (4)). */
    private static Archive read(List<Path> files, List<FileProblem> problems) {
        List<Read> reads = files.parallelStream().map(Archive::parse).toList();
        List<Meeting> meetings = new ArrayList<>();
        for (Read read : reads) {
            read.meeting().ifPresent(meetings::add);
            read.problem().ifPresent(problems::add);
        }
        problems.sort(Comparator.comparing(p -> p.path().toString()));
        return new Archive(meetings, problems);
    }

    /**
     * What reading one file gave: a meeting, or the problem that kept it from being read.
     *
     * @param meeting the meeting, when the file was read
     * @param problem the problem, when it was not
     */
    private record Read(Optional<Meeting> meeting, Optional<FileProblem> problem) {
    }

    private static Read parse(Path file) {
        try {
            ParseResult result = PARSER.parse(file);
            return new Read(Optional.of(new Meeting(file, result.document(), result.diagnostics())), Optional.empty());
        } catch (IOException e) {
            return new Read(Optional.empty(), Optional.of(new FileProblem(file, describe(e))));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * {@return every meeting: the dated ones by date (D84), ties by path, then the undated ones by path}
     */
    public List<Meeting> meetings() {
        return meetings;
    }

    /** {@return the meetings whose notes give no date by any D84 source, by path; they close {@link #meetings()}} */
    public List<Meeting> undated() {
        return undated;
    }

    /** {@return the files left out, by path: unreadable, missing, symbolic links not followed, special files} */
    public List<FileProblem> problems() {
        return problems;
    }

    /** {@return every person listed in an attendee block, in order of first sight} */
    public List<Person> people() {
        return people;
    }

    /**
     * Finds a person: {@code @handle} (any case) by GitHub handle; else a full name (case, accents and spacing aside)
     * written for them (the first person seen, when several share it); else a speaker as the notes write one, initials or a name (D48, D91), resolved by the latest
     * meeting whose note resolves it (D53, D90, D91).
     *
     * @param query {@code @qexample}, {@code Quinn Example}, {@code QE} or {@code Quinn}
     * @return the person, empty when no note knows them
     */
    public Optional<Person> person(String query) {
        String trimmed = Whitespace.trim(SPACES.matcher(query).replaceAll(" "));
        if (trimmed.startsWith("@")) {
            return Optional.ofNullable(byId.get(trimmed.toLowerCase(Locale.ROOT)));
        }
        Person named = byName.get(normaliseName(trimmed));
        if (named != null) {
            return Optional.of(named);
        }
        for (int i = meetings.size() - 1; i >= 0; i--) {
            Optional<Person> speaker = speaker(meetings.get(i), trimmed);
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a speaker as one meeting's note writes it to a person, through the note's own resolution: written
     * initials (D53), derived initials (D90) or a name (D91).
     *
     * @param meeting a meeting of this archive
     * @param who     the speaker as written, such as {@code QE} or {@code Quinn}
     * @return the person, empty when the note does not resolve the speaker (D53 {@code speaker/unresolved})
     * @throws IllegalArgumentException when the meeting is not one of this archive's
     */
    public Optional<Person> speaker(Meeting meeting, String who) {
        Integer at = index.get(meeting);
        if (at == null) {
            throw new IllegalArgumentException("not a meeting of this archive: " + meeting.path());
        }
        return meeting.document().resolveSpeaker(who).map(listed.get(at)::get);
    }

    /**
     * {@return every action item (D67, D93) across meetings, in order of first sight. Two notes write the same item
     * when their texts, normalised, are equal: case, runs of white space, a leftover checkbox ({@code []}), link
     * spelling ({@code <url>}, a trailing {@code /}; a link counts by its text, D54) and trailing punctuation aside}
     */
    public List<TrackedItem> actionItems() {
        return actionItems;
    }

    /** {@return the pending and deferred topics (D67 (2)) of every meeting, in meeting order, each with its next sight} */
    public List<TrackedTopic> topics() {
        return topics;
    }

    /** {@return the decisions (D68) of every meeting, in meeting order, then document order} */
    public List<MeetingDecision> decisions() {
        return decisions;
    }

    /** {@return the figures per year and per meeting} */
    public ArchiveStats stats() {
        return stats;
    }

    /**
     * Merges attendee listings into persons: by handle (any case); a listing without handle joins the one handle
     * listed under the same normalised name, if exactly one is, else it is merged by that name; a listing with
     * neither name nor handle (D30) is nobody.
     */
    private List<Person> identify() {
        Map<String, Set<String>> handlesByName = new HashMap<>();
        for (Meeting meeting : meetings) {
            for (Attendee attendee : meeting.document().attendees()) {
                attendee.github().ifPresent(handle -> handlesByName
                        .computeIfAbsent(normaliseName(attendee.name()), k -> new LinkedHashSet<>())
                        .add(handleId(handle)));
            }
        }
        Map<String, List<Appearance>> grouped = new LinkedHashMap<>();
        Map<String, String> handles = new HashMap<>();
        List<List<Map.Entry<Attendee, String>>> keys = new ArrayList<>();
        for (Meeting meeting : meetings) {
            List<Map.Entry<Attendee, String>> meetingKeys = new ArrayList<>();
            for (Attendee attendee : meeting.document().attendees()) {
                String name = normaliseName(attendee.name());
                Set<String> namesakes = name.isEmpty() ? Set.of() : handlesByName.getOrDefault(name, Set.of());
                String key = attendee.github().map(Archive::handleId)
                        .orElse(namesakes.size() == 1 ? namesakes.iterator().next() : name);
                if (key.isEmpty()) {
                    continue;
                }
                attendee.github().ifPresent(handle -> handles.putIfAbsent(key, handle));
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new Appearance(meeting, attendee));
                meetingKeys.add(Map.entry(attendee, key));
            }
            keys.add(meetingKeys);
        }
        List<Person> found = new ArrayList<>();
        grouped.forEach((key, appearances) -> {
            Person person = new Person(key, Optional.ofNullable(handles.get(key)), appearances);
            found.add(person);
            byId.put(key, person);
            person.names().forEach(name -> byName.putIfAbsent(normaliseName(name), person));
        });
        for (List<Map.Entry<Attendee, String>> meetingKeys : keys) {
            Map<Attendee, Person> persons = new HashMap<>();
            meetingKeys.forEach(entry -> persons.putIfAbsent(entry.getKey(), byId.get(entry.getValue())));
            listed.add(persons);
        }
        return List.copyOf(found);
    }

    private static String handleId(String handle) {
        return "@" + handle.toLowerCase(Locale.ROOT);
    }

    /** A full name without accents (NFD, marks dropped), lower case, words joined by single spaces. */
    static String normaliseName(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return Whitespace.trim(SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    /** An item or topic text, case, spacing, leftover checkbox, link spelling and trailing punctuation aside. */
    static String normaliseText(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        plain = Whitespace.trim(SPACES.matcher(plain).replaceAll(" "));
        plain = LEADING_BOX.matcher(plain).replaceFirst("");
        plain = ANGLE_URL.matcher(plain).replaceAll("$1");
        plain = URL_SLASH.matcher(plain).replaceAll("$1");
        return TRAILING_PUNCTUATION.matcher(plain).replaceFirst("");
    }

    /**
     * Follows action items through the meetings: carried while open, closed by the first tick (D67); an item written
     * again as a topic with a box continues too (see {@link #continueAsTopic}).
     */
    private List<TrackedItem> track() {
        Map<String, List<ItemSighting>> current = new HashMap<>();
        List<List<ItemSighting>> items = new ArrayList<>();
        for (Meeting meeting : meetings) {
            for (ActionItem item : meeting.document().actionItems()) {
                String key = normaliseText(item.text());
                List<ItemSighting> sightings = current.get(key);
                boolean reopened = sightings != null && !item.done()
                        && sightings.stream().anyMatch(s -> s.done() && s.meeting() != meeting);
                if (sightings == null || reopened) {
                    sightings = new ArrayList<>();
                    current.put(key, sightings);
                    items.add(sightings);
                }
                sightings.add(new ItemSighting(meeting, item, Optional.empty()));
            }
            for (Topic topic : meeting.document().topics()) {
                continueAsTopic(current.get(normaliseText(topic.text())), meeting, topic);
            }
        }
        Optional<LocalDate> lastDated = meetings.isEmpty() || undated.size() == meetings.size() ? Optional.empty()
                : meetings.get(meetings.size() - undated.size() - 1).date();
        List<TrackedItem> tracked = new ArrayList<>();
        for (List<ItemSighting> sightings : items) {
            Set<Person> assignees = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Person> ordered = new ArrayList<>();
            for (ItemSighting sighting : sightings) {
                for (String who : sighting.item().assignees()) {
                    speaker(sighting.meeting(), who).filter(assignees::add).ifPresent(ordered::add);
                }
            }
            TrackedItem draft = new TrackedItem(sightings, ordered, 0);
            Optional<LocalDate> opened = draft.openedIn().date();
            Optional<LocalDate> end = draft.closedIn().flatMap(Meeting::date).or(() -> lastDated);
            long age = opened.isPresent() && end.isPresent() ? ChronoUnit.DAYS.between(opened.get(), end.get()) : 0;
            tracked.add(new TrackedItem(sightings, ordered, age));
        }
        return List.copyOf(tracked);
    }

    /**
     * A topic with a box (D67 (2)) that writes again an item an earlier meeting opened, as a note does that carries
     * open items under "From previous meetings": an open box carries the item, a ticked one closes it (or, once
     * closed, still lists it ticked). A topic never opens an item, nor reopens a closed one.
     */
    private static void continueAsTopic(List<ItemSighting> sightings, Meeting meeting, Topic topic) {
        if (sightings == null || topic.state() == TopicState.UNTRACKED || sightings.get(0).meeting() == meeting) {
            return;
        }
        boolean ticked = topic.state() == TopicState.DISCUSSED;
        if (ticked || sightings.stream().noneMatch(ItemSighting::done)) {
            ActionItem continued = new ActionItem(topic.item(), topic.text(), topic.speakers(), topic.section(), ticked);
            sightings.add(new ItemSighting(meeting, continued, Optional.of(topic)));
        }
    }

    /** Pending topics and topics of a {@code deferred} section not ticked (D67 (2)), with their next sight. */
    private List<TrackedTopic> followTopics() {
        List<Set<String>> written = new ArrayList<>();
        for (Meeting meeting : meetings) {
            Set<String> texts = new HashSet<>();
            meeting.document().topics().forEach(t -> texts.add(normaliseText(t.text())));
            meeting.document().actionItems().forEach(a -> texts.add(normaliseText(a.text())));
            written.add(texts);
        }
        List<TrackedTopic> found = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            for (Topic topic : meetings.get(i).document().topics()) {
                Optional<TopicStatus> status = topic.section() == SectionKind.DEFERRED
                        && topic.state() != TopicState.DISCUSSED ? Optional.of(TopicStatus.DEFERRED)
                        : topic.state() == TopicState.PENDING ? Optional.of(TopicStatus.PENDING) : Optional.empty();
                if (status.isEmpty()) {
                    continue;
                }
                String key = normaliseText(topic.text());
                Optional<Meeting> next = Optional.empty();
                for (int j = i + 1; j < meetings.size() && next.isEmpty(); j++) {
                    if (written.get(j).contains(key)) {
                        next = Optional.of(meetings.get(j));
                    }
                }
                found.add(new TrackedTopic(meetings.get(i), topic, status.get(), next));
            }
        }
        return List.copyOf(found);
    }

    private ArchiveStats count() {
        SortedMap<Integer, Integer> meetingsPerYear = new TreeMap<>();
        SortedMap<Integer, Set<Person>> peoplePerYear = new TreeMap<>();
        List<ArchiveStats.Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            Document document = meeting.document();
            List<Attendee> present = document.attendees().stream().filter(a -> !a.absent()).toList();
            attendance.add(new ArchiveStats.Attendance(meeting, present.size(), document.headCount()));
            if (meeting.date().isPresent()) {
                int year = meeting.date().get().getYear();
                meetingsPerYear.merge(year, 1, Integer::sum);
                Set<Person> persons = peoplePerYear.computeIfAbsent(year,
                        y -> Collections.newSetFromMap(new IdentityHashMap<>()));
                Map<Attendee, Person> known = listed.get(i);
                present.forEach(a -> {
                    Person person = known.get(a);
                    if (person != null) {
                        persons.add(person);
                    }
                });
            }
        }
        SortedMap<Integer, Integer> opened = new TreeMap<>();
        SortedMap<Integer, Integer> closed = new TreeMap<>();
        for (TrackedItem item : actionItems) {
            item.openedIn().date().ifPresent(d -> opened.merge(d.getYear(), 1, Integer::sum));
            item.closedIn().flatMap(Meeting::date).ifPresent(d -> closed.merge(d.getYear(), 1, Integer::sum));
        }
        SortedMap<Integer, Integer> people = new TreeMap<>();
        peoplePerYear.forEach((year, persons) -> people.put(year, persons.size()));
        return new ArchiveStats(meetingsPerYear, attendance, people, opened, closed);
    }
}
