package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How attendee listings (D26–D35) merge into persons where handles and names disagree. */
class ArchivePeopleTest {

    @TempDir
    Path directory;

    private static final String TABLE = """
            # Sync

            ## Attendees

            | Name | Initials | Affiliation | GH Username |
            |------|----------|-------------|-------------|
            """;

    /**
     * Two Sam Lees with two handles are two persons; a third listing of Sam Lee without handle cannot tell which and
     * is a third, by name. José García (note 1) and JOSÉ GARCÍA (note 2) are one by name, case and accents aside. A
     * row with a handle but no name (D30 {@code attendees/missing-name}) is a person known by the handle. Five.
     */
    @Test
    void handlesDecideAndNamesMergeOnlyWhenUnambiguous() throws IOException {
        Files.writeString(directory.resolve("2031-06-01.md"), TABLE + """
                | Sam Lee | SL | Acme | samlee1 |
                | José García | JG | | |
                |  | GH | Initech | ghost |
                """);
        Files.writeString(directory.resolve("2031-06-08.md"), TABLE + """
                | Sam Lee | SL | Globex | samlee2 |
                | JOSÉ GARCÍA | JG | | |
                """);
        Files.writeString(directory.resolve("2031-06-15.md"), "# Sync\n\n## Attendees\n\n1. SL: Sam Lee\n");

        Archive archive = Archive.open(directory);

        assertEquals(List.of("@samlee1", "jose garcia", "@ghost", "@samlee2", "sam lee"),
                archive.people().stream().map(Person::id).toList());
        Person jose = archive.people().get(1);
        assertEquals(List.of("José García", "JOSÉ GARCÍA"), jose.names());
        assertEquals("JOSÉ GARCÍA", jose.name()); // as last written
        assertEquals(2, jose.meetingsAttended().size());
        Person ghost = archive.people().get(2);
        assertEquals(List.of(), ghost.names());
        assertEquals("@ghost", ghost.name());
        assertEquals(Optional.of(ghost), archive.person("@Ghost"));
        // A name several persons share finds the first seen: Sam Lee of note 1.
        assertEquals(Optional.of(archive.people().get(0)), archive.person("sam lee"));
        // All five attended a meeting of 2031.
        assertEquals(5, archive.stats().peoplePerYear().get(2031));
    }
}
