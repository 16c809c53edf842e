package org.minutes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ArchiveStats;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.Meeting;
import org.minutes.sdk.archive.MeetingDecision;
import org.minutes.sdk.archive.Person;
import org.minutes.sdk.archive.TrackedItem;
import org.minutes.sdk.archive.TrackedTopic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The archive of issue 7 over the generated corpus ({@link NoteGenerator}, 155 notes, the default seed), written to a
 * temporary directory in the set-up: {@link #open} builds the archive from that directory (walk, read, parse in
 * parallel, merge people, track items and topics, count), and each other benchmark answers one query of a built
 * archive the way the CLI prints it ({@code minutes people}, {@code todo}, {@code todo --who}, {@code decisions},
 * {@code stats}), every value it would print kept alive.
 *
 * <p>The archive computes its lists when it is built, so a query costs what its answer's derived values cost (a
 * person's meetings, first and last seen; an item's state, carries and assignees); {@link #stats} reads figures
 * counted at build time. {@link #open} runs its parse on the common fork-join pool, on every core, so its figure is
 * wall-clock throughput of the whole machine, not of one thread; its secondary result {@code bytes} (UTF-8 bytes of
 * notes per second) compares with {@link ParseBenchmark}'s.
 */
@State(Scope.Benchmark)
public class ArchiveBenchmark extends MeasuredAlike {

    /** A person the queries look up by initials, as {@code minutes todo --who} does: a core attendee. */
    static final String WHO = "ZÅ";

    private Path directory;
    private long corpusBytes;
    private Archive archive;

    /**
     * Writes the generated notes to a temporary directory and builds the archive the queries ask, outside the
     * measurement.
     *
     * @throws IOException if the notes cannot be written or read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("minutes-archive-bench");
        corpusBytes = NoteGenerator.write(NoteGenerator.generate(NoteGenerator.DEFAULT_SEED,
                NoteGenerator.DEFAULT_COUNT), directory);
        archive = Archive.open(directory);
    }

    /**
     * Deletes the temporary directory.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** {@return the directory the notes were written to} */
    Path directory() {
        return directory;
    }

    /**
     * Builds the archive of the notes' directory.
     *
     * @param counter counts the bytes of notes read
     * @return the archive
     * @throws IOException if the directory cannot be read
     */
    @Benchmark
    public Archive open(SourceBytes counter) throws IOException {
        Archive built = Archive.open(directory);
        counter.bytes += corpusBytes;
        return built;
    }

    /**
     * Lists the people: name, handle, initials, affiliations, meetings attended, first and last seen.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void people(Blackhole sink) {
        for (Person person : archive.people()) {
            sink.consume(person.name());
            sink.consume(person.github());
            sink.consume(person.initials());
            sink.consume(person.affiliations());
            sink.consume(person.meetingsAttended().size());
            sink.consume(person.firstSeen());
            sink.consume(person.lastSeen());
        }
    }

    /**
     * Lists the open action items: text, assignees, meeting opened in, age and carries.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void actionItems(Blackhole sink) {
        for (TrackedItem item : archive.actionItems()) {
            if (item.state() == ItemState.OPEN) {
                consume(item, sink);
            }
        }
    }

    /**
     * Finds a person by initials and lists the open action items assigned to them.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void actionItemsOfOne(Blackhole sink) {
        Person who = archive.person(WHO).orElseThrow();
        for (TrackedItem item : archive.actionItems()) {
            if (item.state() == ItemState.OPEN && item.assignees().contains(who)) {
                consume(item, sink);
            }
        }
    }

    private static void consume(TrackedItem item, Blackhole sink) {
        sink.consume(item.text());
        sink.consume(item.assignees());
        sink.consume(item.openedIn().date());
        sink.consume(item.ageDays());
        sink.consume(item.timesCarried());
    }

    /**
     * Lists the pending and deferred topics with where they went next.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void topics(Blackhole sink) {
        for (TrackedTopic topic : archive.topics()) {
            sink.consume(topic.text());
            sink.consume(topic.status());
            sink.consume(topic.meeting().date());
            sink.consume(topic.nextSeen().flatMap(Meeting::date));
        }
    }

    /**
     * Lists the decisions with their meetings' dates.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void decisions(Blackhole sink) {
        for (MeetingDecision decision : archive.decisions()) {
            sink.consume(decision.meeting().date());
            sink.consume(decision.decision());
        }
    }

    /**
     * Reads the figures: meetings, people and items opened and closed per year, attendance per meeting.
     *
     * @param sink keeps the values alive
     */
    @Benchmark
    public void stats(Blackhole sink) {
        ArchiveStats stats = archive.stats();
        sink.consume(stats.meetingsPerYear());
        sink.consume(stats.peoplePerYear());
        sink.consume(stats.itemsOpenedPerYear());
        sink.consume(stats.itemsClosedPerYear());
        for (ArchiveStats.Attendance attendance : stats.attendance()) {
            sink.consume(attendance.attendees());
        }
    }

    /** {@return the archive the queries ask} */
    Archive archive() {
        return archive;
    }
}
