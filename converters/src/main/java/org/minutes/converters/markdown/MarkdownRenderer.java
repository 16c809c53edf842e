package org.minutes.converters.markdown;

import java.util.Objects;
import java.util.regex.Pattern;

import org.minutes.sdk.ast.Document;

/**
 * Renders a document as canonical Markdown (D71). Built once, immutable and safe to share between threads.
 *
 * <p>The contract (D72): for every document the parser produces, and for every document built in code whose records
 * were accepted by their constructors, parsing the rendering gives an equal document, and rendering is idempotent
 * ({@code render(parse(render(d))) == render(d)}). Positions and diagnostics are not part of that equality.
 *
 * <p>The canonical form: LF line ends, no BOM, one final line end; front matter as {@code ---}, the raw YAML,
 * {@code ---}; the title as {@code # [DRAFT - ][date ]name}; one blank line between blocks, none between the items of
 * a list or before an item's child list; ordered items numbered 1, 2, …; an item's continuation lines and children
 * four columns right of its marker; checkboxes and speaker prefixes as stored, joint speakers joined by {@code /},
 * qualifiers as {@code (WHO, Q)}, {@code [WHO, Q]} or {@code WHO (Q):}; tables with single-space padding and
 * {@code ---} delimiters; thematic breaks as {@code ****}; comments and code verbatim. Text that could read as
 * syntax is backslash-escaped ("when in doubt, escape", D61).
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.create().render(result.document());
 * }</pre>
 */
public final class MarkdownRenderer {

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
     * Renders a document canonically.
     *
     * @param document the document
     * @return the Markdown, with LF line ends and a final line end
     */
    public String render(Document document) {
        Objects.requireNonNull(document, "document");
        MarkdownWriter writer = new MarkdownWriter("\n", "");
        new BlockRenderer(writer, Hooks.NONE).document(document);
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
