package org.minutes.converters.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes Markdown lines with a stack of line prefixes and deferred block separators, as commonmark's
 * {@code MarkdownWriter} does, so that node renderers never handle nesting themselves.
 *
 * <p>A prefix is the text every new line starts with (indentation under a list item, {@code "> "} in a quote). A
 * separator requested after a block is only written when the next block starts, so the last block writes none and
 * nested blocks cannot double it. Blank lines get the prefix without its trailing white space, so the output has no
 * trailing white space of its own (D5).
 */
final class MarkdownWriter {

    /** What goes between the block just finished and the next one. */
    enum Separator {
        /** Nothing yet written: the next text continues the current line. */
        NONE,
        /** A line break. */
        LINE,
        /** A line break and one blank line. */
        BLANK
    }

    private final StringBuilder out = new StringBuilder();
    private final String newline;
    private final Deque<String> prefixes = new ArrayDeque<>();
    private Separator pending = Separator.NONE;
    private boolean lineStart = true;

    /**
     * Creates a writer.
     *
     * @param newline   the line ending to write
     * @param basePrefix the prefix of every line after the first, e.g. the indentation of the enclosing item
     */
    MarkdownWriter(String newline, String basePrefix) {
        this.newline = newline;
        prefixes.push(basePrefix);
    }

    /** {@return the current prefix} */
    String prefix() {
        return prefixes.peek();
    }

    /**
     * Starts a nesting level whose lines start with {@code prefix}; the prefix is absolute, not appended.
     *
     * @param prefix the new prefix
     */
    void pushPrefix(String prefix) {
        prefixes.push(prefix);
    }

    /** Ends the innermost nesting level. */
    void popPrefix() {
        prefixes.pop();
    }

    /**
     * Requests a separator before whatever is written next; the stronger of two requests wins.
     *
     * @param separator the separator
     */
    void separate(Separator separator) {
        if (separator.ordinal() > pending.ordinal()) {
            pending = separator;
        }
    }

    /**
     * Writes text that may hold {@code '\n'}: each new line starts with the current prefix, an empty line with the
     * prefix minus its trailing white space. The first line continues the current one unless a separator is pending.
     *
     * @param text the text
     */
    void write(String text) {
        int from = 0;
        while (true) {
            int lf = text.indexOf('\n', from);
            String line = lf < 0 ? text.substring(from) : text.substring(from, lf);
            if (!line.isEmpty()) {
                flushSeparator();
                if (lineStart) {
                    out.append(prefixes.peek());
                }
                out.append(line);
                lineStart = false;
            }
            if (lf < 0) {
                return;
            }
            flushSeparator();
            if (lineStart) {
                out.append(stripTrailing(prefixes.peek()));
            }
            out.append(newline);
            lineStart = true;
            from = lf + 1;
        }
    }

    /**
     * Writes text verbatim, without prefixes and with its own line endings: a source slice in edit-preserving
     * rendering.
     *
     * @param text the text; its last line is continued by what is written next
     */
    void raw(String text) {
        if (text.isEmpty()) {
            return;
        }
        flushSeparator();
        out.append(text);
        char last = text.charAt(text.length() - 1);
        lineStart = last == '\n' || last == '\r';
    }

    /**
     * Writes source trivia between two nodes verbatim: it replaces any pending separator and leaves the writer at
     * the start of the next node, after its indentation.
     *
     * @param gap the trivia
     */
    void gap(String gap) {
        pending = Separator.NONE;
        out.append(gap);
        lineStart = false;
    }

    private void flushSeparator() {
        if (pending == Separator.NONE) {
            return;
        }
        Separator separator = pending;
        pending = Separator.NONE;
        if (out.length() == 0) {
            return;
        }
        if (!lineStart) {
            out.append(newline);
            lineStart = true;
        }
        if (separator == Separator.BLANK) {
            out.append(stripTrailing(prefixes.peek())).append(newline);
        }
    }

    private static String stripTrailing(String prefix) {
        int end = prefix.length();
        while (end > 0 && (prefix.charAt(end - 1) == ' ' || prefix.charAt(end - 1) == '\t')) {
            end--;
        }
        return prefix.substring(0, end);
    }

    /** {@return the text written so far, as it is} */
    String text() {
        return out.toString();
    }

    /**
     * Finishes the text with exactly one final line ending after the last non-empty line.
     *
     * @return the text
     */
    String finish() {
        pending = Separator.NONE;
        if (out.length() > 0 && !lineStart) {
            out.append(newline);
            lineStart = true;
        }
        return out.toString();
    }
}
