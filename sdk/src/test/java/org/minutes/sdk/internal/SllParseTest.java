package org.minutes.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;
import org.minutes.grammar.NotesLexer;
import org.minutes.grammar.NotesParser;
import org.minutes.sdk.spec.SpecExample;
import org.minutes.sdk.spec.SpecReader;
import org.minutes.sdk.testing.Escapes;
import org.minutes.sdk.testing.NotesCorpus;
import org.quicktheories.generators.Generate;

/**
 * The block grammar parses in ANTLR's SLL mode, so {@link NotesReader}'s second, full-LL stage (whose full-context
 * look-ahead can span a whole table or list, issue 10 point 2) is a safety net no input reaches: the lexer's
 * TABLE_ROW and PARAGRAPH tokens leave the parser one token of look-ahead where rows or lazy text could be read two ways.
 */
class SllParseTest {

    private static void parsesInSll(String text) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        NotesParser parser = new NotesParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        assertDoesNotThrow(parser::document, () -> Escapes.javaLiteral(text));
    }

    /** The samples, the examples and every spec example parse in SLL mode. */
    @Test
    void corpusParsesInSll() {
        List<String> texts = new ArrayList<>();
        NotesCorpus.samples().forEach(note -> texts.add(note.text()));
        NotesCorpus.examples().forEach(note -> texts.add(note.text()));
        SpecReader.examples().stream().map(SpecExample::source).forEach(texts::add);
        texts.forEach(SllParseTest::parsesInSll);
    }

    /** Random lines of block syntax parse in SLL mode. */
    @Test
    void randomBlockLinesParseInSll() {
        List<String> lines = List.of("- a", "  - b", "    - c", "1. a", "text", "| a |", "| - |", "| --- |", "> q",
                "```", "~~~", "<!--", "-->", "<!-- c -->", "---", "# T", "## S", "****", "", " ", "\t- t",
                "        - deep", "---x", "tags: [a]");
        qt().withExamples(5_000)
                .forAll(lists().of(Generate.pick(lines)).ofSizeBetween(0, 20).map(l -> String.join("\n", l))
                        .describedAs(Escapes::javaLiteral))
                .checkAssert(SllParseTest::parsesInSll);
    }
}
