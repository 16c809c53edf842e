package org.minutes.sdk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an {@link Archive} finds and reads its files: the walk, links, unreadable and undated notes (issue 7). */
class ArchiveFilesTest {

    @TempDir
    Path directory;

    private static final String DATED = "# 2031-05-06 Widget Sync\n\n## Agenda\n\n- [ ] QE: ship it\n";

    @Test
    void walksRecursivelyReadingOnlyMarkdownFiles() throws IOException {
        Files.createDirectories(directory.resolve("a/b"));
        Files.writeString(directory.resolve("a/b/2031-01-02.md"), "# Deep\n");
        Files.writeString(directory.resolve("2031-01-01.md"), "# Top\n");
        Files.writeString(directory.resolve("2031-01-03.txt"), "# Not notes\n");
        Files.writeString(directory.resolve("README"), "# Not notes\n");

        Archive archive = Archive.open(directory);

        // Dated by their file names (D84 (4)): 2031-01-01, then 2031-01-02.
        assertEquals(List.of(directory.resolve("2031-01-01.md"), directory.resolve("a/b/2031-01-02.md")),
                archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(), archive.problems());
    }

    @Test
    void symbolicLinksAreNotFollowedButReported() throws IOException {
        Path outside = Files.createDirectories(directory.resolve("outside"));
        Files.writeString(outside.resolve("2031-02-02.md"), "# Linked folder\n");
        Path notes = Files.createDirectories(directory.resolve("notes"));
        Path real = Files.writeString(notes.resolve("2031-02-01.md"), "# Real\n");
        Path fileLink = notes.resolve("2031-02-03.md");
        Path folderLink = notes.resolve("more");
        try {
            Files.createSymbolicLink(fileLink, real.toAbsolutePath());
            Files.createSymbolicLink(folderLink, outside.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }

        Archive archive = Archive.open(notes);

        assertEquals(List.of(real), archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(new FileProblem(fileLink, "symbolic link not followed"),
                new FileProblem(folderLink, "symbolic link not followed")), archive.problems());
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestRead() throws IOException {
        Files.writeString(directory.resolve("2031-03-01.md"), DATED);
        Path locked = Files.writeString(directory.resolve("2031-03-02.md"), DATED);
        Files.writeString(directory.resolve("2031-03-03.md"), DATED);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(locked), "the file stays readable (running as root?)");

        Archive archive = Archive.open(directory);

        assertEquals(List.of(new FileProblem(locked, "permission denied")), archive.problems());
        // The other two are read: dated by their titles, 2031-05-06 both, then ordered by path.
        assertEquals(List.of(directory.resolve("2031-03-01.md"), directory.resolve("2031-03-03.md")),
                archive.meetings().stream().map(Meeting::path).toList());
    }

    /**
     * A file the system refuses to read, even to root: {@code /proc/self/mem} is a regular file whose first page is
     * unmapped, so reading it fails (Linux); the given note beside it is read.
     */
    @Test
    void aFileThatFailsToReadIsReportedAndTheRestRead() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem here");
        Path note = Files.writeString(directory.resolve("sync.md"), DATED);

        Archive archive = Archive.of(List.of(mem, note));

        assertEquals(List.of(note), archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(mem), archive.problems().stream().map(FileProblem::path).toList());
        assertEquals("Input/output error", archive.problems().get(0).message());
    }

    /** D84: a note no source dates comes last, in {@link Archive#undated()}; items there age by nothing (0). */
    @Test
    void undatedNotesComeLastAndAreReported() throws IOException {
        Path retro = Files.writeString(directory.resolve("retro.md"), "# Widget retro\n\n## Agenda\n\n- [ ] ship it\n");
        Path aside = Files.writeString(directory.resolve("aside.md"), "Just a line.\n");
        Path dated = Files.writeString(directory.resolve("sync.md"), DATED);

        Archive archive = Archive.open(directory);

        // Dated first (sync.md), then the undated by path: aside.md before retro.md.
        assertEquals(List.of(dated, aside, retro), archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(aside, retro), archive.undated().stream().map(Meeting::path).toList());
        assertEquals(Optional.empty(), archive.undated().get(0).date());
        // Both notes write "ship it" as a top-level open box in the agenda: a pending topic each (D67 (2)), no
        // action item; sync.md's is seen next in retro.md, the last meeting.
        assertEquals(List.of(), archive.actionItems());
        assertEquals(2, archive.topics().size());
        assertEquals(Optional.of(archive.meetings().get(2)), archive.topics().get(0).nextSeen());
        assertEquals(1, archive.stats().meetingsPerYear().get(2031));
        assertEquals(3, archive.stats().attendance().size());
    }

    @Test
    void openRefusesWhatIsNoDirectory() throws IOException {
        assertThrows(NoSuchFileException.class, () -> Archive.open(directory.resolve("missing")));
        Path file = Files.writeString(directory.resolve("2031-01-01.md"), DATED);
        assertThrows(NotDirectoryException.class, () -> Archive.open(file));
    }

    @Test
    void anEmptyDirectoryIsAnEmptyArchive() throws IOException {
        Archive archive = Archive.open(directory);
        assertEquals(List.of(), archive.meetings());
        assertEquals(List.of(), archive.people());
        assertEquals(List.of(), archive.stats().attendance());
    }

    /** Given files are read whatever their names; a missing one is a problem, not a failure. */
    @Test
    void ofReadsGivenFilesAndDirectories() throws IOException {
        Path text = Files.writeString(directory.resolve("notes.txt"), DATED);
        Path folder = Files.createDirectories(directory.resolve("folder"));
        Path inFolder = Files.writeString(folder.resolve("2031-01-01.md"), "# In the folder\n");
        Path missing = directory.resolve("missing.md");

        Archive archive = Archive.of(List.of(text, missing, folder));

        assertEquals(List.of(inFolder, text), archive.meetings().stream().map(Meeting::path).toList());
        assertEquals(List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 5, 6)),
                archive.meetings().stream().map(m -> m.date().orElseThrow()).toList());
        assertEquals(List.of(new FileProblem(missing, "no such file")), archive.problems());
    }
}
