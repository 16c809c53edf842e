package org.minutes.sdk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.minutes.grammar.NotesLexer;
import org.minutes.grammar.NotesParser;
import org.minutes.sdk.Diagnostic;
import org.minutes.sdk.DiagnosticCode;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.SourceMap;
import org.minutes.sdk.Span;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Finding;

/**
 * Runs the ANTLR lexer and parser over a text, builds the AST, and collects structural and semantic diagnostics
 * ordered by position (D69).
 */
public final class NotesReader {

    private NotesReader() {
    }

    /**
     * Parses text.
     *
     * @param text      the source
     * @param malformed offsets of U+FFFD characters that replaced malformed UTF-8 (D1)
     * @return the result
     */
    public static ParseResult read(String text, List<Integer> malformed) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        NotesParser.DocumentContext tree = parse(lexer);
        DocumentBuilder builder = new DocumentBuilder(text);
        for (int offset : malformed) {
            builder.report(DiagnosticCode.ENVELOPE_INVALID_UTF8, "invalid UTF-8 replaced by U+FFFD (D1)",
                    offset, offset + 1);
        }
        Document document = builder.document(tree, lexer.inconsistentDedents());
        SourceMap sourceMap = SourceMap.of(text, builder.spans());
        // The semantic diagnostics are the findings the document recorded when it was built: one computation.
        for (Finding finding : document.semantics().findings()) {
            Span span = sourceMap.span(finding.where()).orElse(new Span(0, 0));
            builder.report(finding.code(), finding.message(), span.start(), span.end());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (DocumentBuilder.Finding f : builder.findings()) {
            diagnostics.add(new Diagnostic(f.code(), f.message(), new Span(f.start(), f.end()),
                    sourceMap.position(f.start()), sourceMap.position(f.end())));
        }
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start())
                .thenComparingInt(d -> d.span().end()));
        return new ParseResult(document, sourceMap, diagnostics);
    }

    /**
     * Two-stage parsing: SLL with bail-out first, full LL only if SLL fails. The grammar accepts every token
     * stream the lexer makes, so the second stage is a safety net that no input should reach.
     */
    private static NotesParser.DocumentContext parse(NotesLexer lexer) {
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        NotesParser parser = new NotesParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.document();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.document();
        }
    }
}
