package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 in the CLI: {@code convert --to html} for one note and {@code minutes site} for a folder of notes. The pages
 * themselves are tested in converters (structure, escaping, the vnu checker, a real browser); these tests hold the
 * command lines, the exit codes and the promise that a folder Minutes did not write is never replaced.
 */
class HtmlAndSiteCommandsTest {

    @Test
    void convertToHtmlGivesAFragmentOrAPage(@TempDir Path dir) throws IOException {
        Cli.Run fragment = Cli.run("convert", "--to", "html", Cli.SAMPLE.toString());
        assertEquals(0, fragment.code(), fragment.err());
        assertTrue(fragment.out().startsWith("<article"), fragment.out().substring(0, 40));
        assertFalse(fragment.out().contains("<html"));
        assertTrue(fragment.out().contains("<h1>"), "one h1: the title");

        Cli.Run page = Cli.run("convert", "--to", "html", "--standalone", Cli.SAMPLE.toString());
        assertTrue(page.out().startsWith("<!DOCTYPE html>"), page.out().substring(0, 40));
        assertTrue(page.out().contains("<style>"));

        Path html = dir.resolve("note.html");
        Cli.Run byExtension = Cli.run("convert", "-o", html.toString(), Cli.SAMPLE.toString());
        assertEquals(0, byExtension.code(), byExtension.err());
        assertEquals(fragment.out(), Files.readString(html), "-o x.html implies --to html");
    }

    @Test
    void severalNotesToHtmlNeedAnOutDir(@TempDir Path dir) {
        Cli.Run refused = Cli.run("convert", "--to", "html", Cli.SAMPLE.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.USAGE, refused.code());
        assertTrue(refused.err().contains("several inputs to HTML need --out-dir"), refused.err());
        Cli.Run written = Cli.run("convert", "--to", "html", "--out-dir", dir.toString(),
                Cli.ROOT.resolve("samples").toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.isRegularFile(dir.resolve("2026-01-14-conda-ecosystem.html")));
    }

    @Test
    void siteOfTheSamples(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        Cli.Run run = Cli.run("site", Cli.ROOT.resolve("samples").toString(), "--out", out.toString(),
                "--title", "conda meetings");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("wrote 5 meetings"), run.err());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("conda meetings"));
        try (var meetings = Files.list(out.resolve("meetings"))) {
            assertEquals(5, meetings.count());
        }
        // Written again over its own earlier site: replaced.
        assertEquals(0, Cli.run("site", Cli.ROOT.resolve("samples").toString(), "--out", out.toString()).code());
    }

    /** A folder Minutes did not write is never replaced: exit 3, one line, the folder as it was. */
    @Test
    void siteRefusesAFolderItDidNotWrite(@TempDir Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path keep = Cli.file(mine, "thesis.tex", "\\documentclass{article}\n");
        Cli.Run run = Cli.run("site", Cli.ROOT.resolve("samples").toString(), "--out", mine.toString());
        Cli.assertOneLineError(run, ExitCode.UNREADABLE, "not overwritten");
        assertEquals("\\documentclass{article}\n", Files.readString(keep));
        try (var entries = Files.list(mine)) {
            assertEquals(1, entries.count());
        }
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "no temporary folder left beside it");
        }
    }

    @Test
    void siteNeedsOut() {
        Cli.Run run = Cli.run("site", Cli.ROOT.resolve("samples").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("--out"), run.err());
    }
}
