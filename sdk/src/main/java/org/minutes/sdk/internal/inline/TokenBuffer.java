package org.minutes.sdk.internal.inline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;

import org.minutes.grammar.InlineLexer;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The tokens of one joined inline text as parallel arrays: type, start and end (UTF-16 offsets into the joined
 * text), typed by {@link InlineLexer}'s token types.
 *
 * <p>{@code InlineLexer.g4} defines the tokens (D54–D61, D78); this class lexes by its rules directly instead of
 * running ANTLR's lexer simulator over every character, which was a tenth of the parse time. Its rules are few and
 * each is a run of one class of characters or a fixed spelling, so longest match is a scan. The one large class,
 * {@code WORD}'s {@code [\p{L}\p{Nd}]}, comes from the grammar's own ATN, so the Unicode version is the
 * grammar's, not the JDK's: the build reads it from there into a table of intervals
 * ({@code src/build/WordCodePoints.java}), which this class loads instead of deserialising the ATN on the first
 * parse. {@code TokenBufferTest} checks the two lexers agree on generated texts, and the table against the ATN.
 */
final class TokenBuffer {

    /** The code points of {@code WORD} ({@code [\p{L}\p{Nd}]}), as the generated lexer has them. */
    static final BitSet WORD = wordCodePoints();

    final int size;
    final int[] types;
    final int[] starts;
    final int[] ends;

    private TokenBuffer(int size, int[] types, int[] starts, int[] ends) {
        this.size = size;
        this.types = types;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * Lexes a joined inline text.
     *
     * @param text the text; lines joined by LF
     * @return its tokens, covering it without gaps
     */
    static TokenBuffer lex(String text) {
        int capacity = Math.max(16, text.length() / 3);
        int[] types = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            int type;
            int end;
            char c = text.charAt(at);
            switch (c) {
                case '\\' -> {
                    char next = at + 1 < length ? text.charAt(at + 1) : 0;
                    if (next == '`') {
                        type = InlineLexer.ESCAPED_BACKTICKS;
                        end = run(text, at + 1, '`');
                    } else if (isEscapable(next)) {
                        type = InlineLexer.ESCAPE;
                        end = at + 2;
                    } else {
                        type = InlineLexer.OTHER;
                        end = at + 1;
                    }
                }
                case '`' -> {
                    type = InlineLexer.BACKTICKS;
                    end = run(text, at, '`');
                }
                case '!' -> {
                    boolean image = at + 1 < length && text.charAt(at + 1) == '[';
                    type = image ? InlineLexer.IMAGE_OPEN : InlineLexer.OTHER;
                    end = at + (image ? 2 : 1);
                }
                case '[' -> {
                    type = InlineLexer.OPEN_BRACKET;
                    end = at + 1;
                }
                case ']' -> {
                    type = InlineLexer.CLOSE_BRACKET;
                    end = at + 1;
                }
                case '(' -> {
                    type = InlineLexer.OPEN_PAREN;
                    end = at + 1;
                }
                case ')' -> {
                    type = InlineLexer.CLOSE_PAREN;
                    end = at + 1;
                }
                case '*' -> {
                    type = InlineLexer.STARS;
                    end = run(text, at, '*');
                }
                case '_' -> {
                    type = InlineLexer.UNDERSCORES;
                    end = run(text, at, '_');
                }
                case '~' -> {
                    type = InlineLexer.TILDES;
                    end = run(text, at, '~');
                }
                case ':' -> {
                    end = shortcodeEnd(text, at);
                    type = end > 0 ? InlineLexer.SHORTCODE : InlineLexer.OTHER;
                    end = end > 0 ? end : at + 1;
                }
                case '@' -> {
                    type = InlineLexer.AT;
                    end = at + 1;
                }
                case '\n' -> {
                    type = InlineLexer.LINE_END;
                    end = at + 1;
                }
                case ' ', '\t', '\u00A0' -> {
                    type = InlineLexer.WS;
                    end = at + 1;
                    while (end < length && Whitespace.is(text.charAt(end))) {
                        end++;
                    }
                }
                default -> {
                    int scheme = (c == 'h' || c == 'H') ? schemeEnd(text, at) : 0;
                    if (scheme > 0) {
                        // The scheme holds ':', which no WORD holds, so it is always the longer match.
                        type = InlineLexer.URL_SCHEME;
                        end = scheme;
                    } else {
                        end = wordEnd(text, at);
                        type = end > at ? InlineLexer.WORD : InlineLexer.OTHER;
                        // OTHER is one code point: a surrogate pair is one, a lone surrogate too.
                        end = end > at ? end : at + Character.charCount(text.codePointAt(at));
                    }
                }
            }
            if (size == types.length) {
                int grown = size * 2;
                types = Arrays.copyOf(types, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            types[size] = type;
            starts[size] = at;
            ends[size] = end;
            size++;
            at = end;
        }
        return new TokenBuffer(size, types, starts, ends);
    }

    /** {@code ESCAPE}'s second character: ASCII punctuation but the backtick, which {@code ESCAPED_BACKTICKS} takes. */
    private static boolean isEscapable(char c) {
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x5F)
                || (c >= 0x7B && c <= 0x7E);
    }

    /** {@return the end of the run of {@code c} starting at {@code from}} */
    private static int run(String text, int from, char c) {
        int end = from;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end;
    }

    /** {@code SHORTCODE}: {@code ':' [a-z0-9_+\-]* [a-z] [a-z0-9_+\-]* ':'}; its end, or 0 when none starts here. */
    private static int shortcodeEnd(String text, int colon) {
        boolean letter = false;
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return letter ? i + 1 : 0;
            }
            boolean lower = c >= 'a' && c <= 'z';
            if (!lower && !(c >= '0' && c <= '9') && c != '_' && c != '+' && c != '-') {
                return 0;
            }
            letter |= lower;
        }
        return 0;
    }

    /** {@code URL_SCHEME}: {@code [hH][tT][tT][pP][sS]? '://'}; its end, or 0 when none starts here. */
    private static int schemeEnd(String text, int at) {
        int i = at + 1;
        if (!ascii(text, i, 't') || !ascii(text, i + 1, 't') || !ascii(text, i + 2, 'p')) {
            return 0;
        }
        i += 3;
        if (ascii(text, i, 's')) {
            i++;
        }
        return text.startsWith("://", i) ? i + 3 : 0;
    }

    /** {@return whether the character at {@code i} is the ASCII letter {@code lower} in either case} */
    private static boolean ascii(String text, int i, char lower) {
        return i < text.length() && (text.charAt(i) | 0x20) == lower;
    }

    /** {@return the end of the {@code WORD} run starting at {@code from}; {@code from} when there is none} */
    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!WORD.get(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** {@return the code points of {@code WORD}, from the table the build wrote (see the class comment)} */
    private static BitSet wordCodePoints() {
        BitSet set = new BitSet(Character.MAX_CODE_POINT + 1);
        InputStream resource = TokenBuffer.class.getResourceAsStream("word-code-points.bin");
        if (resource == null) {
            throw new IllegalStateException("the SDK's classes lack word-code-points.bin: rebuild the sdk module");
        }
        // Read whole, then decoded: reading four bytes at a time through the jar's inflater, in a fresh JVM's
        // interpreter, took 5-10% of a first parse and JSON write in a profile of the one-file command.
        try (InputStream data = resource) {
            ByteBuffer table = ByteBuffer.wrap(data.readAllBytes());
            int intervals = table.getInt();
            for (int i = 0; i < intervals; i++) {
                int first = table.getInt();
                set.set(first, table.getInt() + 1);
            }
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("word-code-points.bin is cut short: rebuild the sdk module", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word-code-points.bin: rebuild the sdk module", e);
        }
        return set;
    }
}
