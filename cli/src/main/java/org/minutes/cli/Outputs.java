package org.minutes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Writes results so that a failure never leaves a half-written or clobbered file. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Replaces or creates {@code target} atomically: the text goes to a temporary file in the same directory, which
     * is then renamed over the target. An existing target keeps its permissions; a read-only one is refused.
     *
     * @param target the file
     * @param text   the new content
     * @throws InputException naming the file when it cannot be written
     */
    static void writeAtomically(Path target, String text) throws InputException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InputException(target + ": is a directory");
        }
        if (Files.exists(absolute) && isReadOnly(absolute)) {
            throw new InputException(target + ": permission denied (read-only); left unchanged");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": no such directory " + dir);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (Files.exists(absolute)) {
                PosixFileAttributeView view = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
                if (view != null) {
                    Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
                }
            } else if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new InputException(target + ": permission denied; left unchanged", e);
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage() + "; left unchanged", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The temporary file is ours; failing to remove it loses no user data.
                }
            }
        }
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
     * Refuses an output that is one of the inputs: converting must never overwrite the notes it reads.
     *
     * @param target the output
     * @param inputs the inputs
     * @throws InputException when {@code target} is an input
     */
    static void refuseInput(Path target, List<Inputs.Input> inputs) throws InputException {
        for (Inputs.Input input : inputs) {
            try {
                if (input.path() != null && Files.exists(target) && Files.isSameFile(target, input.path())) {
                    throw new InputException(target + ": is an input; refusing to overwrite it (use fmt --write to "
                            + "reformat notes in place)");
                }
            } catch (IOException e) {
                throw new InputException(target + ": cannot check: " + e.getMessage(), e);
            }
        }
    }
}
