package org.minutes.converters.ical;

import java.util.List;
import java.util.Objects;

/**
 * Writes RFC 5545 content lines (section 3.1): {@code NAME;PARAM=value:value}, CRLF-terminated and folded so that no
 * physical line exceeds 75 octets of UTF-8. One instance builds one calendar and is then discarded; the converter
 * itself stays immutable.
 *
 * <p>Values are sanitised before escaping: control characters other than tab and line breaks (which RFC 5545 allows in
 * neither TEXT nor parameter values) and unpaired surrogates (which have no UTF-8 form) become U+FFFD, so that no
 * input can produce an octet sequence a parser would read as structure.
 */
final class ContentLines {

    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final char REPLACEMENT = '\uFFFD';
    /** Stands for a backslash inside a quoted parameter value; see {@link #paramValue}. */
    static final char QUOTED_BACKSLASH = '\uFF3C';

    private final StringBuilder out = new StringBuilder();

    /** A property parameter; the value is raw and encoded on writing. */
    record Param(String name, String value) {

        Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Writes {@code BEGIN:component}. */
    void begin(String component) {
        line("BEGIN:" + component);
    }

    /** Writes {@code END:component}. */
    void end(String component) {
        line("END:" + component);
    }

    /**
     * Writes a property whose value is already in its RFC 5545 form (escaped TEXT, a URI, a date-time).
     *
     * @param name   the property name
     * @param params the parameters, written in order
     * @param value  the value as it goes on the line
     */
    void property(String name, List<Param> params, String value) {
        StringBuilder line = new StringBuilder(name);
        for (Param param : params) {
            line.append(';').append(param.name()).append('=').append(paramValue(param.value()));
        }
        line.append(':').append(value);
        line(line.toString());
    }

    /** Writes a property without parameters whose value is already in its RFC 5545 form. */
    void property(String name, String value) {
        property(name, List.of(), value);
    }

    /** Writes a TEXT property (RFC 5545 3.3.11), escaping the value. */
    void text(String name, String value) {
        property(name, List.of(), text(value));
    }

    /** {@return the calendar written so far} */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes a TEXT value (RFC 5545 3.3.11): {@code \} {@code ;} {@code ,} get a backslash, and every line break
     * (CR LF, CR or LF) becomes {@code \n}. TEXT has no way to tell CR LF from LF, so a reader gets LF back.
     *
     * @param value the raw text
     * @return the escaped text, free of CR, LF and other control characters
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> i = appendSanitised(value, i, escaped);
            }
        }
        return escaped.toString();
    }

    /**
     * Encodes a parameter value: RFC 6868 caret encoding ({@code ^} → {@code ^^}, {@code "} → {@code ^'}, a line
     * break → {@code ^n}), since a quoted-string cannot hold {@code "} (RFC 5545 3.1); then double quotes around the
     * value when it holds {@code :}, {@code ;} or {@code ,} (RFC 5545 requires it), {@code =} (which RFC 5545 allows
     * bare but ical4j and other readers split at) or {@code "} (ical4j decodes {@code ^'} before it strips quotes, so
     * a bare {@code ^'Q^'} would lose its quotes), is empty, or starts or ends with white space.
     *
     * <p>RFC 5545 has no escapes in parameter values, so a backslash is written as it is; but readers built on
     * {@link java.io.StreamTokenizer}, ical4j among them, take a backslash inside double quotes as an escape and would
     * read past the closing quote into the next property. In a value that has to be quoted, a backslash is therefore
     * written as U+FF3C FULLWIDTH REVERSE SOLIDUS.
     *
     * @param value the raw value
     * @return the value as it goes after {@code NAME=}
     */
    static String paramValue(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 8);
        boolean quote = value.isEmpty() || isWsp(value.charAt(0)) || isWsp(value.charAt(value.length() - 1));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '^' -> encoded.append("^^");
                case '"' -> {
                    quote = true;
                    encoded.append("^'");
                }
                case '\r' -> {
                    encoded.append("^n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> encoded.append("^n");
                case ':', ';', ',', '=' -> {
                    quote = true;
                    encoded.append(c);
                }
                default -> i = appendSanitised(value, i, encoded);
            }
        }
        if (!quote) {
            return encoded.toString();
        }
        return '"' + encoded.toString().replace('\\', QUOTED_BACKSLASH) + '"';
    }

    /**
     * Appends the character at {@code i}, or its surrogate pair, or U+FFFD for a control character or an unpaired
     * surrogate.
     *
     * @return the index of the last char consumed
     */
    private static int appendSanitised(String value, int i, StringBuilder out) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(i + 1));
            return i + 1;
        }
        boolean control = (c < 0x20 && c != '\t') || c == 0x7F;
        out.append(control || Character.isSurrogate(c) ? REPLACEMENT : c);
        return i;
    }

    private static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Folds one logical line (RFC 5545 3.1): a CRLF and a space are inserted before the code point that would make the
     * physical line longer than 75 octets, so a UTF-8 sequence is never split. The leading space of a continuation
     * line counts towards its 75 octets.
     */
    private void line(String logical) {
        int octets = 0;
        for (int i = 0; i < logical.length(); ) {
            int codePoint = logical.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
