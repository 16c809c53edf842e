package org.minutes.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;

/**
 * Writes results so that a failure never leaves a half-written or clobbered file, and so that the file the user
 * named is the one changed (README, "File safety"):
 * <ul>
 * <li>a symbolic link is followed: its target is written and the link stays;</li>
 * <li>an existing regular file is replaced atomically (a temporary file in its directory, renamed over it) keeping
 * its permissions and, where the system permits, its owner and group; one with other hard links is rewritten in
 * place from the complete output, so every link keeps seeing it;</li>
 * <li>a device or a FIFO (such as {@code /dev/null}) is written through, never replaced by a regular file.</li>
 * </ul>
 */
final class Outputs {

    /** Writes a whole output; an {@link InputException} thrown on the way leaves the target as it was. */
    @FunctionalInterface
    interface Body {
        /**
         * Writes the output.
         *
         * @param out where to write it
         * @throws IOException    when writing fails
         * @throws InputException when an input the output is made of cannot be read
         */
        void writeTo(Writer out) throws IOException, InputException;
    }

    /** The most symbolic links followed from one name, as Linux allows (ELOOP). */
    private static final int MAX_LINKS = 40;

    private Outputs() {
    }

    /**
     * Writes {@code text} to {@code target} as {@link #write(Path, Body)} does.
     *
     * @param target the file
     * @param text   the new content
     * @throws InputException naming the file when it cannot be written
     */
    static void writeAtomically(Path target, String text) throws InputException {
        write(target, out -> out.write(text));
    }

    /**
     * Writes an output to {@code target}: the file a symbolic link points to, an existing regular file replaced as a
     * whole (or rewritten in place when it has other hard links), or a device written through. A read-only regular
     * file is refused.
     *
     * @param target the file as named
     * @param body   the output
     * @throws InputException naming the file when it cannot be written, or from {@code body}
     */
    static void write(Path target, Body body) throws InputException {
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                if (Files.isDirectory(target)) {
                    throw new InputException(target + ": is a directory");
                }
                // A device or FIFO, perhaps through links (/dev/stdout): write through what the name opens.
                try (Writer out = writer(Files.newOutputStream(target, StandardOpenOption.WRITE))) {
                    body.writeTo(out);
                }
                return;
            }
            Path file = Files.exists(target) ? target.toRealPath() : resolveLinks(target);
            if (Files.exists(file) && isReadOnly(file)) {
                throw new InputException(target + ": permission denied (read-only); left unchanged");
            }
            replace(target, file, body);
        } catch (AccessDeniedException e) {
            throw new InputException(target + ": permission denied; left unchanged", e);
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage() + "; left unchanged", e);
        }
    }

    private static void replace(Path target, Path file, Body body) throws IOException, InputException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": no such directory " + dir);
        }
        Path temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer out = writer(Files.newOutputStream(temporary))) {
                body.writeTo(out);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (!Files.exists(file)) {
                if (view != null) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                }
                move(temporary, file);
            } else if (linkCount(file) > 1) {
                // Other names share this inode: copy the complete output into it rather than split the links.
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    Files.copy(temporary, out);
                }
            } else {
                if (view != null) {
                    PosixFileAttributes attributes = view.readAttributes();
                    Files.setPosixFilePermissions(temporary, attributes.permissions());
                    keepOwnership(temporary, attributes);
                }
                move(temporary, file);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file is ours; failing to remove it loses no user data.
            }
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives the new file the old one's owner and group where the system permits it (as root, or one's own group). */
    private static void keepOwnership(Path temporary, PosixFileAttributes attributes) {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        try {
            view.setGroup(attributes.group());
        } catch (IOException | SecurityException e) {
            // Not a member of that group: the file keeps the running user's group.
        }
        try {
            view.setOwner(attributes.owner());
        } catch (IOException | SecurityException e) {
            // Only root may give a file away: it becomes the running user's, as with any editor.
        }
    }

    private static int linkCount(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** Follows the links of a name whose final target does not exist yet, as the shell's {@code >} does. */
    private static Path resolveLinks(Path target) throws InputException, IOException {
        Path file = target;
        for (int i = 0; Files.isSymbolicLink(file); i++) {
            if (i == MAX_LINKS) {
                throw new InputException(target + ": too many levels of symbolic links");
            }
            Path parent = file.toAbsolutePath().getParent();
            file = parent.resolve(Files.readSymbolicLink(file));
        }
        return file;
    }

    /**
     * Tells whether a file is read-only for its owner. Root may write anything, so the permission bits decide, as
     * they do for editors: a file without the owner's write bit is read-only even for root.
     *
     * @param file an existing file
     * @return whether it must not be replaced
     */
    static boolean isReadOnly(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            try {
                return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            } catch (IOException e) {
                return true;
            }
        }
        return !Files.isWritable(file);
    }

    /**
     * Refuses an output that is one of the inputs: converting must never overwrite the notes it reads. Standard
     * input counts when it is a regular file ({@code convert -o in.md < in.md}).
     *
     * @param target the output
     * @param inputs the input names, {@code -} for standard input
     * @throws InputException when {@code target} is an input
     */
    static void refuseInput(Path target, Collection<String> inputs) throws InputException {
        if (!Files.exists(target)) {
            return;
        }
        for (String input : inputs) {
            Path path = input.equals(Inputs.STDIN) ? standardInput() : Path.of(input);
            try {
                if (path != null && Files.exists(path) && Files.isSameFile(target, path)) {
                    throw new InputException(target + ": is an input" + (path == STDIN_FILE ? " (standard input)" : "")
                            + "; refusing to overwrite it (use fmt --write to reformat notes in place)");
                }
            } catch (IOException e) {
                throw new InputException(target + ": cannot check: " + e.getMessage(), e);
            }
        }
    }

    private static final Path STDIN_FILE = Path.of("/dev/stdin");

    /** {@return the file standard input reads, when it is a regular file; else null (a pipe, a terminal)} */
    private static Path standardInput() {
        return Files.isRegularFile(STDIN_FILE) ? STDIN_FILE : null;
    }
}
