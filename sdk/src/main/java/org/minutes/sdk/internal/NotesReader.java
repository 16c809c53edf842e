package org.minutes.sdk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.minutes.grammar.BlockLexer;
import org.minutes.grammar.BlockParser;
import org.minutes.grammar.NotesParser;
import org.minutes.grammar.StringCharStream;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Finding;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.source.Span;

/**
 * Lexes and parses a text by the grammar's rules without ANTLR's simulators ({@link BlockLexer}, {@link BlockParser}),
 * builds the AST, and collects structural and semantic diagnostics ordered by position (D69).
 */
public final class NotesReader {

    private NotesReader() {
    }

    /**
     * What reading a text yields, before the parser's entry point turns it into a {@code ParseResult}.
     *
     * @param document the document
     * @param spans    where each node came from
     * @param findings the structural and semantic findings, with UTF-16 offsets, ordered by position (D69)
     */
    public record Reading(Document document, SpanTable spans, List<Located> findings) {
    }

    /**
     * One finding at its place in the source.
     *
     * @param code    the diagnostic code
     * @param message the message
     * @param span    where it applies
     */
    public record Located(DiagnosticCode code, String message, Span span) {
    }

    /**
     * Reads text.
     *
     * @param text      the source
     * @param malformed  offsets of U+FFFD characters that replaced malformed UTF-8 (D1)
     * @param sourceName the source's name, if any (D84 (4))
     * @return the document, its spans and findings
     */
    public static Reading read(String text, List<Integer> malformed, Optional<String> sourceName) {
        BlockLexer lexer = new BlockLexer(new StringCharStream(text, null));
        NotesParser.DocumentContext tree = BlockParser.document(lexer.tokenStream());
        DocumentBuilder builder = builder(text, malformed, SpeakerReading.first());
        Optional<Document> built = builder.document(tree, lexer.inconsistentDedents(), sourceName);
        if (built.isEmpty()) {
            // D90, D91: the attendee list changes what some prefixes are; build the items again against it.
            builder = builder(text, malformed, SpeakerReading.against(builder.rebuildWith()));
            built = builder.document(tree, lexer.inconsistentDedents(), sourceName);
        }
        Document document = built.orElseThrow();
        SpanTable spans = builder.spans();
        // The semantic diagnostics are the findings the document recorded when it was built: one computation.
        List<Finding> semantic = document.semantics().findings();
        Function<Node, Span> where = spans.spansOf(semantic.stream().map(Finding::where).toList());
        for (Finding finding : semantic) {
            Span found = where.apply(finding.where());
            Span span = found != null ? found : new Span(0, 0);
            builder.report(finding.code(), finding.message(), span.start(), span.end());
        }
        List<Located> findings = new ArrayList<>();
        for (DocumentBuilder.Finding f : builder.findings()) {
            findings.add(new Located(f.code(), f.message(), new Span(f.start(), f.end())));
        }
        findings.sort(Comparator.comparingInt((Located d) -> d.span().start()).thenComparingInt(d -> d.span().end()));
        return new Reading(document, spans, findings);
    }

    private static DocumentBuilder builder(String text, List<Integer> malformed, SpeakerReading reading) {
        DocumentBuilder builder = new DocumentBuilder(text, reading);
        for (int offset : malformed) {
            builder.report(DiagnosticCode.ENVELOPE_INVALID_UTF8, "invalid UTF-8 replaced by U+FFFD (D1)",
                    offset, offset + 1);
        }
        return builder;
    }
}
