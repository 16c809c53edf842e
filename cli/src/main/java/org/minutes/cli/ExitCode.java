package org.minutes.cli;

/** The exit codes of the {@code minutes} command, documented in the README. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /**
     * Findings: {@code check} found errors (or warnings with {@code --strict}); {@code fmt --check} found changes; a
     * command over a folder of notes could not read one of them (and read the rest).
     */
    public static final int FINDINGS = 1;
    /** Bad usage: unknown option, missing argument, conflicting options, a {@code --who} that names no one. */
    public static final int USAGE = 2;
    /**
     * An input could not be read: missing, a FIFO, device or socket, not UTF-8, invalid JSON (or over the JSON
     * limits), a folder without notes, a meeting date iCalendar cannot write; or an output not writable, one that is
     * an input, or one {@code next} must not replace.
     */
    public static final int UNREADABLE = 3;
    /** A bug in Minutes ({@code --debug} shows the stack trace), or out of memory or stack. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
