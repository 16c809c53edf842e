package org.minutes.converters.markdown;

import java.util.Objects;

import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

/**
 * Renders an edited document with the least change to its source (D73). Built once, immutable and safe to share
 * between threads. It takes the parse an edit started from besides the edited document, so it is no
 * {@link org.minutes.converters.DocumentConverter}; its {@link #convert(ParseResult, Document)} is named as theirs.
 *
 * <p>The contract: every node of the edited document that is the very instance the parser built (AST records are
 * immutable, so an edit replaces the nodes on the path to what changed, see
 * {@link org.minutes.sdk.ast.Documents#replace}) re-emits its exact source slice, trivia included; the trivia
 * between two such nodes is kept when they were adjacent in the source. A changed node is rendered canonically
 * (D71), in the source's {@link MarkdownStyle}, at its original indentation, its unchanged children keeping their slices; a changed list item keeps its
 * marker, checkbox and speaker prefix as written, with only a toggled checkbox letter replaced. New lines take the
 * source's dominant line end. So an untouched document comes back byte for byte, BOM, line ends, trailing white
 * space and blank lines included, and ticking one checkbox changes one line.
 *
 * <pre>{@code
 * ParseResult parsed = MinutesParser.create().parse(text);
 * ListItem item = parsed.document().actionItems().get(0) ...;
 * Document edited = Documents.toggleCheckbox(parsed.document(), item);
 * String markdown = EditPreservingRenderer.create().convert(parsed, edited);
 * }</pre>
 */
public final class EditPreservingRenderer {

    private static final EditPreservingRenderer INSTANCE = new EditPreservingRenderer();

    private EditPreservingRenderer() {
    }

    /** {@return the renderer} */
    public static EditPreservingRenderer create() {
        return INSTANCE;
    }

    /**
     * Renders an edited version of a parsed document.
     *
     * @param original the parse whose source the edited document derives from
     * @param edited   the document to render: the original one, or one built from it
     * @return the Markdown
     */
    public String convert(ParseResult original, Document edited) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(edited, "edited");
        if (edited == original.document()) {
            return original.sourceMap().source();
        }
        MarkdownStyle style = MarkdownStyle.of(original);
        SourceHooks hooks = new SourceHooks(original.document(), original.sourceMap(), edited, style.nestingStep());
        MarkdownWriter writer = new MarkdownWriter(hooks.dominantLineEnd(), "");
        boolean endFromSource = new BlockRenderer(writer, hooks, style).document(edited);
        return endFromSource ? writer.text() : writer.finish();
    }
}
