package org.minutes.converters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.archive.Archive;

/** {@link Site} on the five sample notes and a hostile one (issue 8, point 2; done-when 2). */
class SiteTest {

    @TempDir
    static Path work;
    static Path site;
    static Archive archive;

    @BeforeAll
    static void writeSite() throws IOException {
        site = work.resolve("site");
        archive = SampleSite.write(work.resolve("notes"), site);
    }

    private static org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void pagesHaveStableUrlsFromDatesAndNames() throws IOException {
        List<String> pages = SampleSite.pages(site).stream().map(Path::toString).toList();
        assertTrue(pages.containsAll(List.of("index.html", "people.html", "actions.html", "decisions.html",
                "meetings/2024-11-06-conda-community-meeting.html", "meetings/2025-02-12-conda-community-meeting.html",
                "meetings/2025-02-26-conda-community-meeting.html", "meetings/2026-01-07-conda-ecosystem-meeting.html",
                "meetings/2026-01-14-conda-ecosystem-meeting.html",
                "people/marcoesters.html", "people/jaimergp.html")), pages::toString);
        assertEquals(6, pages.stream().filter(p -> p.startsWith("meetings/")).count(), pages::toString);
        assertEquals(archive.people().size(), pages.stream().filter(p -> p.startsWith("people/")).count());
        assertTrue(Files.isRegularFile(site.resolve(Site.MARKER)));
    }

    @Test
    void indexListsEveryMeetingByYearWithAttendanceAndOpenItems() throws IOException {
        org.jsoup.nodes.Document index = page("index.html");
        assertEquals(List.of("2026", "2025", "2024"), index.select("main h2").eachText());
        Element row = index.selectFirst("tr:has(a[href=meetings/2024-11-06-conda-community-meeting.html])");
        // The 2024-11-06 note lists 11 attendees in its table and writes "15 people in total" (D36); its open action
        // items (D67) are "- Action item: call the vote" (b) and "- [ ] JL: support in conda/conda-build …", an open
        // box at depth 2 under a discussed topic (c); the open box holding only a URL has no real text.
        assertEquals(List.of("2024-11-06", "Conda Community Meeting", "11 listed, 15 counted", "2"),
                row.select("td").eachText());
        assertEquals("6 meetings, " + archive.people().size() + " people, " + archive.actionItems().size()
                + " action items, 2 decisions.", index.selectFirst("main > p").text());
        assertEquals(3, index.select("svg[role=img]").size(), "one attendance chart per year");
        assertEquals(2, index.select("section:has(#year-2025) svg rect").size());
        assertEquals(1, index.select("h1").size());
    }

    @Test
    void meetingPageLinksSpeakersToPeopleAndFoldsDiagnostics() throws IOException {
        org.jsoup.nodes.Document meeting = page("meetings/2024-11-06-conda-community-meeting.html");
        assertEquals("2024-11-06 Conda Community Meeting", meeting.select("h1").text());
        Element jrg = meeting.selectFirst("a[href=../people/jaimergp.html] > abbr");
        assertEquals("JRG", jrg.text());
        assertEquals("Jaime Rodríguez-Guerra (@jaimergp)", jrg.attr("title"));
        org.jsoup.nodes.Document corrupted = page("meetings/2025-02-12-conda-community-meeting.html");
        Element details = corrupted.selectFirst("main > details.diagnostics");
        assertTrue(details != null && details.selectFirst("summary").text().startsWith("Diagnostics ("),
                "the corrupted front matter's diagnostics fold away at the end");
        assertTrue(details.text().contains("front-matter/"), details::text);
        assertEquals(details, corrupted.select("main > *").last());
    }

    @Test
    void personPageShowsMeetingsItemsAndRemarks() throws IOException {
        org.jsoup.nodes.Document person = page("people/jaimergp.html");
        assertEquals("Jaime Rodríguez-Guerra", person.select("h1").text());
        List<String> attended = person.select("section:has(#meetings-attended) li a").eachAttr("href");
        assertTrue(attended.contains("../meetings/2024-11-06-conda-community-meeting.html"), attended::toString);
        // 2024-11-06: "- [X] JRG: `conda/ceps` now published in conda.org: see https://…/pull/220"
        Element remarks = person.selectFirst("dl.remarks");
        assertTrue(remarks.text().contains("conda/ceps now published in conda.org"), remarks::text);
    }

    @Test
    void hostileNoteStaysText() throws IOException {
        org.jsoup.nodes.Document hostile = page(
                "meetings/2026-02-04-hostile-script-alert-1-script-quoted-meeting.html");
        assertTrue(hostile.select("script, img, b, [onerror]").isEmpty(), hostile::html);
        assertEquals("2026-02-04 Hostile <script>alert(1)</script> & \"Quoted\" Meeting", hostile.select("h1").text());
        assertTrue(hostile.text().contains("<script>document.title='pwned'</script> stays text & so does <b>this</b>"));
        assertEquals(List.of("click me", "this one"), hostile.select("span.inert-link").eachText());
        assertEquals(List.of("https://example.org/?a=1&b=2"), hostile.select("article a[href^=http]").eachAttr("href"));
        assertTrue(hostile.select("[href~=(?i)^\\s*javascript]").isEmpty());
        assertEquals("Quinn \"Q\" <b>Example (@qexample)", hostile.selectFirst("abbr").attr("title"));
    }

    @Test
    void boardAndDecisionsLogListEveryItemAndDecision() throws IOException {
        org.jsoup.nodes.Document board = page("actions.html");
        assertEquals(List.of("Open", "Carried", "Closed"), board.select("main h2").eachText());
        assertEquals(archive.actionItems().size(), board.select("li.action-item").size());
        org.jsoup.nodes.Document decisions = page("decisions.html");
        List<String> texts = decisions.select("td.decision").eachText();
        assertEquals(archive.decisions().size(), texts.size());
        assertTrue(texts.contains("we use 'single' & \"double\" quotes"), texts::toString);
    }

    @Test
    void noInternalLinkIsBroken() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path relative : SampleSite.pages(site)) {
            Path file = site.resolve(relative);
            for (Element link : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
                URI href = URI.create(link.attr("href"));
                if (href.isAbsolute()) {
                    assertTrue(List.of("http", "https", "mailto").contains(href.getScheme()), href::toString);
                    continue;
                }
                Path target = file.getParent().resolve(href.getPath()).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(relative + " -> " + href);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void pagesHoldNoScriptAndLoadNothing() throws IOException {
        for (Path relative : SampleSite.pages(site)) {
            org.jsoup.nodes.Document page = page(relative.toString());
            assertTrue(page.select("script, link, img, iframe, object, embed, [src], [style]").isEmpty(),
                    relative::toString);
            assertEquals(1, page.select("h1").size(), relative::toString);
            assertEquals(1, page.select("main").size(), relative::toString);
        }
    }

    @Test
    void rewritingReplacesOwnSiteAtomically() throws IOException {
        Path out = work.resolve("again");
        Site.write(archive, out, SiteOptions.DEFAULT);
        Files.writeString(out.resolve("stale.html"), "old");
        Site.write(archive, out, SiteOptions.DEFAULT);
        assertFalse(Files.exists(out.resolve("stale.html")), "a rewrite replaces the whole folder");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        try (Stream<Path> beside = Files.list(work)) {
            assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary folder is left beside the site");
        }
    }

    @Test
    void undatedNotesComeLastNamedAfterTheirFile() throws IOException {
        Path notes = Files.createDirectories(work.resolve("undated-notes"));
        Files.writeString(notes.resolve("team-sync.md"), "# Team Sync\n\n## Agenda\n\n- a\n");
        Files.copy(SampleSite.samples().get(0), notes.resolve("2024-11-06.md"));
        Path out = work.resolve("undated-site");
        Site.write(Archive.open(notes), out, SiteOptions.DEFAULT);
        org.jsoup.nodes.Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("2024", "Undated"), index.select("main h2").eachText());
        assertEquals("Team Sync", Jsoup.parse(out.resolve("meetings/team-sync.html").toFile(), "UTF-8")
                .select("h1").text());
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)), "a static host reads the site");
    }

    @Test
    void emptyFolderIsWritten() throws IOException {
        Path out = Files.createDirectory(work.resolve("empty"));
        Site.write(archive, out, SiteOptions.DEFAULT);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void folderNotMadeByMinutesIsRefusedAndKept() throws IOException {
        Path out = Files.createDirectory(work.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                () -> Site.write(archive, out, SiteOptions.DEFAULT));
        assertTrue(refused.getMessage().contains("did not write"), refused::getMessage);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("thesis.tex")), files.toList());
        }
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
        Path file = Files.writeString(work.resolve("file.txt"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> Site.write(archive, file, SiteOptions.DEFAULT));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void titleIsEscapedOnEveryPage() throws IOException {
        for (Path relative : SampleSite.pages(site)) {
            org.jsoup.nodes.Document page = page(relative.toString());
            assertEquals("Conda <meetings> & \"notes\"", page.selectFirst("nav.site a").text(), relative::toString);
        }
    }
}
