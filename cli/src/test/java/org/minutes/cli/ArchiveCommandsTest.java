package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minutes todo}, {@code people}, {@code decisions} and {@code stats} on the synthetic archive of
 * {@link SyntheticArchive}, whose figures are counted by hand there, in each format; and their bad inputs.
 */
class ArchiveCommandsTest {

    @TempDir
    Path dir;

    private String notes;

    @BeforeEach
    void writeNotes() throws Exception {
        notes = SyntheticArchive.write(dir).toString();
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        return run;
    }

    private static JsonNode json(Cli.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void todoListsOpenItemsOldestFirst() {
        // "Update the website": opened 2031-01-14, carried in notes 3 and 4, 21 days to 2031-02-04, Pat as note 4
        // writes it; "Book the venue": note 4, 0 days. The closed "Write the release notes" is left out.
        assertEquals("""
                OPENED      AGE  CARRIED  WHO  ITEM
                2031-01-14   21        2  Pat  Update the website
                2031-02-04    0        0  QE   Book the venue
                """, ok("todo", notes).out());
    }

    @Test
    void todoAllAddsClosedItemsAndTheirState() {
        // Opened in note 1 (2031-01-07), carried in note 2, closed in note 3 (2031-01-28): carried once, 21 days.
        assertEquals("""
                OPENED      AGE  CARRIED  STATE   WHO  ITEM
                2031-01-07   21        1  closed  RT   Write the release notes
                2031-01-14   21        2  open    Pat  Update the website
                2031-02-04    0        0  open    QE   Book the venue
                """, ok("todo", "--all", notes).out());
    }

    @Test
    void todoWhoTakesAHandleAFullNameInitialsOrANameSpeaker() {
        // Pat Xu is PX in notes 2 and 4 (written initials) and in note 3 (derived, D90), and "Pat" (D91).
        for (String who : List.of("@patxu", "@PatXu", "Pat Xu", "PX", "Pat")) {
            List<String> lines = ok("todo", "--all", "--who", who, notes).out().lines().toList();
            assertEquals(2, lines.size(), who);
            assertTrue(lines.get(1).endsWith("  Pat  Update the website"), who + ": " + lines.get(1));
        }
        // RT resolves to Rosa Tester through notes 1 and 3; in note 2, which does not list her, RT is unresolved.
        List<String> rosa = ok("todo", "--all", "--who", "RT", notes).out().lines().toList();
        assertEquals(List.of("OPENED      AGE  CARRIED  STATE   WHO  ITEM",
                "2031-01-07   21        1  closed  RT   Write the release notes"), rosa);
        assertEquals(1, ok("todo", "--who", "RT", notes).out().lines().count(), "her only item is closed");
    }

    @Test
    void todoWhoNamingNoOneIsAUsageError() {
        Cli.Run run = run("todo", "--who", "Zed Nobody", notes);
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("minutes: --who Zed Nobody: no one in the notes"), run.err());
    }

    @Test
    void todoSinceKeepsItemsANoteOfThatDateOrLaterWrites() {
        // Only "Write the release notes" is written by no note from 2031-01-29 on: notes 1, 2, 3.
        List<String> lines = ok("todo", "--all", "--since", "2031-01-29", notes).out().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).endsWith("Update the website") && lines.get(2).endsWith("Book the venue"));
        assertEquals(ExitCode.USAGE, run("todo", "--since", "29.01.2031", notes).code());
    }

    @Test
    void todoCsvHasEveryFieldAndQuotesWhereNeeded() {
        assertEquals(String.join("\n",
                "opened,file,closed,age_days,times_carried,state,assignees,text",
                "2031-01-07," + file("2031-01-07-widget.md") + ",2031-01-28,21,1,closed,RT,Write the release notes",
                "2031-01-14," + file("2031-01-14-widget.md") + ",,21,2,open,Pat,Update the website",
                "2031-02-04," + file("2031/2031-02-04-widget.md") + ",,0,0,open,QE,Book the venue", ""),
                ok("todo", "--all", "--format", "csv", notes).out());
    }

    @Test
    void todoJsonFollowsTheItemAcrossNotes() throws Exception {
        JsonNode items = json(ok("todo", "--all", "--format", "json", notes)).get("actionItems");
        assertEquals(3, items.size());
        JsonNode notesItem = items.get(0);
        assertEquals("Write the release notes", notesItem.get("text").textValue());
        assertEquals("closed", notesItem.get("state").textValue());
        assertEquals("RT", notesItem.at("/assignees/0/written").textValue());
        assertEquals("@rtester", notesItem.at("/assignees/0/person").textValue());
        assertEquals("2031-01-07", notesItem.at("/opened/date").textValue());
        assertEquals(file("2031/2031-01-28-widget.md"), notesItem.at("/closed/file").textValue());
        assertEquals(1, notesItem.get("timesCarried").intValue());
        assertEquals(21, notesItem.get("ageDays").intValue());
        assertEquals(3, notesItem.get("sightings").size());
        assertEquals("agenda", notesItem.at("/sightings/2/section").textValue());
        assertTrue(notesItem.at("/sightings/2/done").booleanValue());
        JsonNode website = items.get(1);
        assertTrue(website.get("closed").isNull());
        assertEquals("Pat", website.at("/assignees/0/written").textValue());
        assertEquals("@patxu", website.at("/assignees/0/person").textValue());
        assertEquals(2, website.get("timesCarried").intValue());
    }

    @Test
    void peopleMergesTheListingsOfEachPerson() {
        // Quinn: a table row (notes 1, 4), a numbered entry (2), a slash entry (3); Pat: 2, 3, 4; Rosa: 1, 3.
        assertEquals("""
                NAME           GITHUB     MEETINGS  LAST SEEN   AFFILIATION
                Quinn Example  @qexample         4  2031-02-04  Acme
                Pat Xu         @patxu            3  2031-02-04  Initech
                Rosa Tester    @rtester          2  2031-01-28  Globex
                """, ok("people", notes).out());
        // From 2031-01-20 on: notes 3 and 4. Quinn 2, Pat 2 (both last seen 2031-02-04: by name), Rosa 1.
        assertEquals("""
                NAME           GITHUB     MEETINGS  LAST SEEN   AFFILIATION
                Pat Xu         @patxu            2  2031-02-04  Initech
                Quinn Example  @qexample         2  2031-02-04  Acme
                Rosa Tester    @rtester          1  2031-01-28  Globex
                """, ok("people", "--since", "2031-01-20", notes).out());
        assertEquals(List.of("id,name,github,initials,affiliation,meetings,first_seen,last_seen",
                "@qexample,Quinn Example,@qexample,QE,Acme,4,2031-01-07,2031-02-04",
                "@patxu,Pat Xu,@patxu,PX,Initech,3,2031-01-14,2031-02-04",
                "@rtester,Rosa Tester,@rtester,RT,Globex,2,2031-01-07,2031-01-28"),
                ok("people", "--format", "csv", notes).out().lines().toList());
    }

    @Test
    void peopleJsonListsWhereEachWasSeen() throws Exception {
        JsonNode rosa = json(ok("people", "--format", "json", notes)).at("/people/2");
        assertEquals("@rtester", rosa.get("id").textValue());
        assertEquals("rtester", rosa.get("github").textValue());
        assertEquals("Globex", rosa.at("/affiliations/0/value").textValue());
        assertEquals(file("2031/2031-01-28-widget.md"), rosa.at("/affiliations/0/last/file").textValue());
        assertEquals(2, rosa.get("attended").size());
        assertEquals("2031-01-07", rosa.get("firstSeen").textValue());
    }

    @Test
    void decisionsInDateOrder() throws Exception {
        assertEquals("""
                DATE        WHO  DECISION
                2031-01-07  QE   ship 2.0 in March
                2031-01-28       the logo contest runs until March
                """, ok("decisions", notes).out());
        assertEquals(2, ok("decisions", "--since", "2031-01-28", notes).out().lines().count());
        JsonNode first = json(ok("decisions", "--format", "json", notes)).at("/decisions/0");
        assertEquals("QE", first.at("/speakers/0").textValue());
        assertEquals("Widget Community Meeting", first.get("meeting").textValue());
        assertEquals(file("2031-01-07-widget.md"), first.get("file").textValue());
    }

    @Test
    void statsPerYearAndPerMeeting() {
        // 2031: 4 meetings, 3 people, 3 items opened (notes 1, 2, 4), 1 closed (note 3); note 3 writes 3 people.
        assertEquals("""
                Per year
                YEAR  MEETINGS  PEOPLE  ITEMS OPENED  ITEMS CLOSED
                2031         4       3             3             1

                Per meeting
                DATE        ATTENDEES  HEAD COUNT  MEETING
                2031-01-07          2              Widget Community Meeting
                2031-01-14          2              Widget Community Meeting
                2031-01-28          3           3  Widget Community Meeting
                2031-02-04          2              Widget Community Meeting
                """, ok("stats", notes).out());
        List<String> csv = ok("stats", "--format", "csv", notes).out().lines().toList();
        assertEquals(List.of("scope,key,measure,value", "year,2031,meetings,4", "year,2031,people,3",
                "year,2031,items_opened,3", "year,2031,items_closed,1",
                "meeting," + file("2031-01-07-widget.md") + ",attendees,2"), csv.subList(0, 6));
        assertTrue(csv.contains("meeting," + file("2031/2031-01-28-widget.md") + ",head_count,3"));
        assertEquals(10, csv.size(), "a header, 4 year figures, 4 attendances and 1 head count");
    }

    @Test
    void textFitsTheWidth() {
        // 10 + 2 + 3 + 2 + 7 + 2 + 3 + 2 = 31 columns before ITEM; at 40, ITEM keeps 9: 8 characters and "…".
        assertEquals("""
                OPENED      AGE  CARRIED  WHO  ITEM
                2031-01-14   21        2  Pat  Update t…
                2031-02-04    0        0  QE   Book the…
                """, ok("todo", "--width", "40", notes).out());
        assertEquals(ExitCode.USAGE, run("todo", "--width", "0", notes).code());
    }

    @Test
    void filesAndDirectoriesMayBeGivenTogether() {
        // Note 1 as a file and the 2031 directory (notes 3, 4): "Update the website" is first seen in note 3.
        List<String> lines = ok("todo", file("2031-01-07-widget.md"), file("2031")).out().lines().toList();
        assertEquals(List.of("OPENED      AGE  CARRIED  WHO  ITEM",
                "2031-01-28    7        1  Pat  Update the website",
                "2031-02-04    0        0  QE   Book the venue"), lines);
    }

    @Test
    void aMissingDirectoryIsUnreadable() {
        String missing = dir.resolve("no-such-dir").toString();
        for (String command : List.of("todo", "people", "decisions", "stats")) {
            assertOneLineError(run(command, missing), ExitCode.UNREADABLE, missing + ": no such file or directory");
        }
    }

    @Test
    void anEmptyDirectoryIsUnreadable() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.txt"), "no notes here\n");
        assertOneLineError(run("people", empty.toString()), ExitCode.UNREADABLE, empty + ": no notes (*.md) found");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheRestIsRead() throws Exception {
        // A link is not followed (reported as such), so this holds as root too.
        Path link = Files.createSymbolicLink(dir.resolve("2031-02-11-widget.md"), dir.resolve("2031-01-07-widget.md"));
        Cli.Run run = run("stats", notes);
        assertOneLineError(run, ExitCode.FINDINGS, "minutes: " + link + ": ");
        assertTrue(run.out().contains("2031         4       3"), run.out());
    }

    @Test
    void aFileWithoutReadPermissionIsReportedAndTheRestIsRead() throws Exception {
        Path locked = dir.resolve("2031-02-11-widget.md");
        Files.writeString(locked, "# 2031-02-11 Widget Community Meeting\n");
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked), "not as root");
        try {
            Cli.Run run = run("todo", notes);
            assertOneLineError(run, ExitCode.FINDINGS, "minutes: " + locked + ": permission denied");
            assertEquals(3, run.out().lines().count());
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void anUndatedNoteIsReportedAndListedLast() throws Exception {
        Path undated = dir.resolve("template.md");
        Files.writeString(undated, "# {{ date }} Widget Community Meeting\n\n## Agenda\n\n- [x] Plan\n"
                + "    - [ ] QE: Tidy up\n");
        Cli.Run run = run("todo", notes);
        assertEquals(ExitCode.OK, run.code());
        assertEquals("minutes: " + undated + ": warning: no meeting date (D84); listed as undated\n", run.err());
        assertTrue(run.out().endsWith("undated       0        0  QE   Tidy up\n"), run.out());
    }

    @Test
    void theCommandsAreInTheHelpAndTheCompletion() {
        String help = run("--help").out();
        String completion = run("generate-completion").out();
        for (String command : List.of("todo", "people", "decisions", "stats", "next")) {
            assertTrue(help.contains("  " + command + " "), command);
            assertTrue(completion.contains(command), command);
        }
    }
}
