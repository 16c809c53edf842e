package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive is built once and then read by many threads at a time: every thread gets the same answers. */
class ArchiveConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;

    @TempDir
    Path directory;

    @Test
    void concurrentReadsGiveTheSameAnswers() throws Exception {
        SyntheticArchive.write(directory);
        Archive archive = Archive.open(directory);
        List<Object> expected = answers(archive);
        // Every build reads the same files in parallel and must give equal answers too.
        assertEquals(expected, answers(Archive.open(directory)));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Object>>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<List<Object>>> reader = () -> {
                    start.await();
                    List<List<Object>> seen = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        seen.add(answers(archive));
                    }
                    return seen;
                };
                results.add(pool.submit(reader));
            }
            start.countDown();
            for (Future<List<List<Object>>> result : results) {
                for (List<Object> seen : result.get()) {
                    assertEquals(expected, seen);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every query, its answer reduced to comparable values (ids and texts, not whole documents). */
    private static List<Object> answers(Archive archive) {
        return List.of(
                archive.meetings().stream().map(m -> m.path() + " " + m.date()).toList(),
                archive.people().stream().map(p -> p.id() + " " + p.names() + p.initials() + p.affiliations().size()
                        + " " + p.meetingsAttended().size() + " " + p.firstSeen() + p.lastSeen()).toList(),
                archive.person("MvV").map(Person::id).orElse("-"),
                archive.actionItems().stream().map(i -> i.text() + " " + i.state() + i.timesCarried() + " "
                        + i.ageDays() + i.assignees().stream().map(Person::id).toList()).toList(),
                archive.topics().stream().map(t -> t.text() + t.status() + t.nextSeen().map(Meeting::path)).toList(),
                archive.decisions().stream().map(d -> d.decision().text()).toList(),
                archive.stats().meetingsPerYear().toString() + archive.stats().peoplePerYear()
                        + archive.stats().itemsOpenedPerYear() + archive.stats().itemsClosedPerYear()
                        + archive.stats().attendance().stream().map(ArchiveStats.Attendance::attendees).toList());
    }
}
