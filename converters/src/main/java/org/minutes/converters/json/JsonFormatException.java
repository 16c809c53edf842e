package org.minutes.converters.json;

/**
 * Thrown when text given to {@link JsonConverter#fromJson(String)} is no Minutes JSON: not JSON at all, an unknown
 * {@code "type"}, a missing or mistyped field, or values the AST rejects. The message starts with the JSON Pointer
 * of the offending value.
 */
public final class JsonFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the offending value. */
    private final String pointer;

    JsonFormatException(String pointer, String message) {
        super((pointer.isEmpty() ? "(root)" : pointer) + ": " + message);
        this.pointer = pointer;
    }

    JsonFormatException(String pointer, String message, Throwable cause) {
        this(pointer, message);
        initCause(cause);
    }

    private JsonFormatException(JsonFormatException cause, int line) {
        super("line " + line + ": " + cause.getMessage(), cause);
        this.pointer = cause.pointer;
    }

    /** {@return this failure, told as happening on a line of NDJSON input} */
    JsonFormatException atLine(int line) {
        return new JsonFormatException(this, line);
    }

    /** {@return the JSON Pointer (RFC 6901) of the offending value; empty for the root} */
    public String pointer() {
        return pointer;
    }
}
