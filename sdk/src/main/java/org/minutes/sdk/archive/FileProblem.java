package org.minutes.sdk.archive;

import java.nio.file.Path;

import org.minutes.sdk.records.Components;

/**
 * A file the {@link Archive} did not read: unreadable, missing, a symbolic link it did not follow or a special file.
 *
 * @param path    the file, as given or found
 * @param message what went wrong, one line, for a person ({@code symbolic link not followed})
 */
public record FileProblem(Path path, String message) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public FileProblem {
        Components.requireNonNull("path message", path, message);
    }
}
