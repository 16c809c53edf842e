package org.minutes.cli;

/** An input or output the command cannot use; its message names the file and is shown as one line. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
