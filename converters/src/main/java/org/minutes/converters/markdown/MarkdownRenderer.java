package org.minutes.converters.markdown;

import java.util.Objects;
import java.util.regex.Pattern;

import org.minutes.converters.DocumentConverter;
import org.minutes.sdk.ast.Document;

/**
 * Renders a document as canonical Markdown in an author's style (D71): the Markdown {@link DocumentConverter},
 * whose {@link #convert(Document)} writes the default style and {@link #convert(Document, MarkdownStyle)} a given
 * one. Built once, immutable and safe to share between threads. It never parses: every escape is decided by asking
 * what a spelling would mean.
 *
 * <p>The contract (D72): for every document the parser produces, and for every document built in code whose records
 * were accepted by their constructors, parsing the rendering gives an equal document, whatever the style; rendering
 * the parse of a rendering in the style read from it gives the same text (idempotence on text,
 * {@code fmt(fmt(x)) == fmt(x)}). Positions and diagnostics are not part of that equality.
 *
 * <p>The canonical form normalises what has no meaning: LF line ends, no BOM, one final line end, no trailing white
 * space; front matter as {@code ---}, the raw YAML, {@code ---}; the title as {@code # [DRAFT - ][date ]name}; one
 * blank line between blocks; one space after a marker; checkboxes as stored; tables aligned, every cell padded to its
 * column's widest cell by display width, delimiter cells of at least 3 dashes; thematic breaks as {@code ****};
 * comments and code verbatim. It keeps what the {@link MarkdownStyle} holds: list numbering, nesting step, speaker
 * prefixes as written, loose lists, alignment colons ({@link MarkdownStyle#defaults()} for a document built in code).
 * A character is escaped only where it would otherwise be read as syntax ({@code Goal:} and {@code ~8} stay as
 * they are, D61, D71).
 *
 * <pre>{@code
 * ParseResult parsed = MinutesParser.create().parse(text);
 * String formatted = MarkdownRenderer.create().convert(parsed.document(), MarkdownStyle.of(parsed)); // minutes fmt
 * String markdown = MarkdownRenderer.create().convert(documentBuiltInCode);                        // defaults
 * }</pre>
 */
public final class MarkdownRenderer implements DocumentConverter {

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    /** A first line that line 1 of a file would open front matter with (D9, D11). */
    private static final Pattern FRONT_MATTER_OPENER = Pattern.compile("[^- \\t\\u00A0]{0,3}---[ \\t\\u00A0]*");

    private MarkdownRenderer() {
    }

    /** {@return the renderer} */
    public static MarkdownRenderer create() {
        return INSTANCE;
    }

    /**
     * Renders a document canonically in the default style (D71), as for a document built in code.
     *
     * @param document the document
     * @return the Markdown, with LF line ends and a final line end
     */
    @Override
    public String convert(Document document) {
        return convert(document, MarkdownStyle.defaults());
    }

    /**
     * Renders a document canonically in a style (D71); {@code minutes fmt} passes the style read from the source,
     * {@link MarkdownStyle#of(org.minutes.sdk.ParseResult)}, with that parse's document.
     *
     * @param document the document
     * @param style    the author's style
     * @return the Markdown, with LF line ends and a final line end
     */
    public String convert(Document document, MarkdownStyle style) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(style, "style");
        MarkdownWriter writer = new MarkdownWriter("\n", "");
        new BlockRenderer(writer, Hooks.NONE, style).document(document);
        String text = writer.finish();
        if (document.frontMatter().isEmpty() && startsAmbiguously(text)) {
            // Only line 1 can open front matter or hold a BOM (D1, D9, D11): a leading blank line, which is trivia
            // (D5), keeps such a first line what it is.
            return "\n" + text;
        }
        return text;
    }

    private static boolean startsAmbiguously(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.startsWith("\uFEFF") || FRONT_MATTER_OPENER.matcher(first).matches();
    }
}
