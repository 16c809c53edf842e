package org.minutes.converters.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.minutes.sdk.archive.Archive;

/**
 * The site of the repository's five sample notes plus {@link #HOSTILE}, a note holding markup, scripts and
 * {@code javascript:} links in its title, names and items, written by {@link Site} to a folder of a test.
 */
final class SampleSite {

    /** The hostile note's file name: its meeting page is {@code meetings/2026-02-04-hostile-script-...}. */
    static final String HOSTILE_FILE = "2026-02-04-hostile.md";

    /** A note whose every text tries to become markup or script (issue 8, point 3). */
    static final String HOSTILE = """
            # 2026-02-04 Hostile <script>alert(1)</script> & "Quoted" Meeting

            ## Attendees

            | Name                  | Initials | GH Username |
            | --------------------- | -------- | ----------- |
            | Quinn "Q" <b>Example | QE       | qexample    |
            | Rosa O'Tester         | RT       | rtester     |

            ## Discussion

            - QE: <script>document.title='pwned'</script> stays text & so does <b>this</b>
            - RT: [click me](javascript:alert(document.cookie)) or [this one](JaVaScRiPt:alert(2)) but [ok](https://example.org/?a=1&b=2)
            - [ ] QE: write the "quoted" report <img src=x onerror=alert(1)>
            - Decision: we use 'single' & "double" quotes
            """;

    private SampleSite() {
    }

    /** {@return the repository's sample notes} */
    static List<Path> samples() throws IOException {
        Path root = Path.of(System.getProperty("minutes.root", ".."));
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            List<Path> samples = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
            if (samples.size() != 5) {
                throw new IllegalStateException("expected the five sample notes under " + root + ": " + samples);
            }
            return samples;
        }
    }

    /**
     * Copies the samples and the hostile note to {@code notes} and writes their site to {@code out}.
     *
     * @param notes an empty folder for the notes
     * @param out   the site's folder, absent
     * @return the archive the site shows
     */
    static Archive write(Path notes, Path out) throws IOException {
        Files.createDirectories(notes);
        for (Path sample : samples()) {
            Files.copy(sample, notes.resolve(sample.getFileName()));
        }
        Files.writeString(notes.resolve(HOSTILE_FILE), HOSTILE);
        Archive archive = Archive.open(notes);
        Site.write(archive, out, new SiteOptions("Conda <meetings> & \"notes\""));
        return archive;
    }

    /** {@return every page of a written site, by path relative to its folder} */
    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(site::relativize).sorted().toList();
        }
    }
}
