package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.minutes.cli.Cli.assertOneLineError;
import static org.minutes.cli.Cli.run;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "File safety" promises, one test each (issue 10, point 6): writes follow symbolic links, keep hard
 * links, mode and owner; only regular files are read; devices are written through. Each test failed before the fix
 * named in its Javadoc.
 */
class FileSafetyTest {

    private static final String MESSY = "#   2031-05-14 Team Sync   \n*  [x]\u00a0(QE , RT) shipped  \n";
    private static final String CANONICAL = "# 2031-05-14 Team Sync\n\n* [x] (QE , RT) shipped\n";

    /** Issue 10 point 6: {@code fmt --write link.md} replaced the link by a regular file; the target stayed messy. */
    @Test
    void fmtWriteThroughASymbolicLinkFormatsItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("notes")).resolve("real.md");
        Files.writeString(target, MESSY);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("notes/real.md"));
        Cli.Run run = run("fmt", "--write", link.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(Path.of("notes/real.md"), Files.readSymbolicLink(link));
        assertEquals(CANONICAL, Files.readString(target));
    }

    /** Issue 10 point 6: {@code fmt --write} split hard links (the other name kept the old text). */
    @Test
    void fmtWriteKeepsHardLinks(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.md");
        Files.writeString(one, MESSY);
        Path other = Files.createLink(dir.resolve("other.md"), one);
        Cli.Run run = run("fmt", "--write", one.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isSameFile(one, other), "still one file under two names");
        assertEquals(CANONICAL, Files.readString(other));
        assertEquals(2, Files.getAttribute(one, "unix:nlink"));
    }

    /** Issue 10 point 6: the owner became the running user; the mode was kept already and must stay kept. */
    @Test
    void fmtWriteKeepsModeOwnerAndGroup(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file to another user");
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, MESSY);
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r-----"));
        Files.setAttribute(notes, "unix:uid", 4242);
        Files.setAttribute(notes, "unix:gid", 4343);
        Cli.Run run = run("fmt", "--write", notes.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(CANONICAL, Files.readString(notes));
        assertEquals(4242, Files.getAttribute(notes, "unix:uid"));
        assertEquals(4343, Files.getAttribute(notes, "unix:gid"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(notes)));
    }

    /** Issue 10 point 6: a FIFO hung {@code check} and {@code fmt --write} forever; now refused, exit 3. */
    @Test
    void aFifoIsRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("notes.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo works here");
        for (String[] args : new String[][] {{"check", fifo.toString()}, {"fmt", "--write", fifo.toString()},
            {"convert", "--to", "json", fifo.toString()}}) {
            Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(args));
            assertOneLineError(run, ExitCode.UNREADABLE, fifo + ": a FIFO, not a regular file");
        }
        assertOneLineError(run("check", dir.toString()), ExitCode.UNREADABLE, "no notes (*.md) found");
    }

    /** Issue 10 point 6: devices and sockets are no notes: refused, exit 3 (a device was read as empty notes). */
    @Test
    void devicesAndSocketsAreRefused(@TempDir Path dir) throws Exception {
        assertOneLineError(run("check", "/dev/null"), ExitCode.UNREADABLE, "/dev/null: a device, not a regular file");
        Path socket = dir.resolve("notes.md");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertOneLineError(run("convert", "--to", "ics", socket.toString()), ExitCode.UNREADABLE,
                    socket + ": a socket, not a regular file");
        }
    }

    /**
     * Issue 10 point 6: {@code -o} on a link to {@code /dev/null} replaced the link by a regular file of mode 666, and
     * {@code -o /dev/null} as root replaced the device itself. The test writes to a null device of its own (made with
     * mknod, so root only), never to the system's: a regression must not break the machine's {@code /dev/null}.
     */
    @Test
    void outputToADeviceOrALinkToOneWritesThroughIt(@TempDir Path dir) throws Exception {
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start();
        assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0, "mknod works here (root)");
        Cli.Run direct = run("convert", "--to", "json", "-o", device.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.OK, direct.code(), direct.err());
        assertEquals("a device", Inputs.kind(device), "still the device, not a regular file");
        Path link = Files.createSymbolicLink(dir.resolve("sink"), device.getFileName());
        Cli.Run run = run("convert", "--to", "ics", "-o", link.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(device.getFileName(), Files.readSymbolicLink(link));
        assertEquals("a device", Inputs.kind(device));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no file created beside the device and the link");
        }
    }

    /** Issue 10 point 6: {@code -o link.json} replaced the link by a file; the target is written, the link stays. */
    @Test
    void outputThroughALinkWritesItsTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("real.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
        Cli.Run run = run("convert", "-o", link.toString(), Cli.SAMPLE.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("{\"type\":\"document\""), "-o .json implies --to json");
        // A dangling link is followed too, as the shell's > does: the target is created.
        Path dangling = Files.createSymbolicLink(dir.resolve("new.ics"), Path.of("created.ics"));
        assertEquals(ExitCode.OK, run("convert", "-o", dangling.toString(), Cli.SAMPLE.toString()).code());
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.readString(dir.resolve("created.ics")).startsWith("BEGIN:VCALENDAR"));
    }

    /**
     * Issue 10 point 6: an output that is an input under another name (a link to it) is refused. A guard, not a
     * regression test: this already held before the fix (Files.isSameFile), and the new writer must keep it.
     */
    @Test
    void convertRefusesAnInputUnderAnotherName(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, MESSY);
        Path link = Files.createSymbolicLink(dir.resolve("alias.md"), notes.getFileName());
        assertOneLineError(run("convert", "--to", "md", "-o", link.toString(), notes.toString()),
                ExitCode.UNREADABLE, "is an input");
        assertEquals(MESSY, Files.readString(notes));
        assertTrue(Files.isSymbolicLink(link));
    }

    /** Issue 10, done when 4: the README's file-safety promises name symlinks, hard links, FIFOs and devices. */
    @Test
    void theReadmeNamesEachPromise() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("minutes.root", "..")).resolve("README.md"));
        String section = readme.substring(readme.indexOf("### File safety"));
        section = section.substring(0, section.indexOf("\n#", 5));
        for (String promise : new String[] {"**Symbolic links**", "**Hard links**", "**FIFOs, devices and sockets**",
            "**Inputs are never outputs**", "FileSafetyTest"}) {
            assertTrue(section.contains(promise), promise);
        }
    }
}
