package org.minutes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each benchmark operation once on each corpus, as JMH would, so that a writer or parser that throws on the
 * corpora fails the build instead of the benchmark run. The corpora are found through the {@code minutes.root} and
 * {@code minutes.shared} properties the build passes to tests.
 */
class BenchmarksTest {

    /** JMH refuses to build a {@link Blackhole} outside a benchmark unless told this. */
    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @ParameterizedTest
    @EnumSource(Corpus.class)
    void everyOperationProcessesTheWholeCorpusOnce(Corpus corpus) {
        Texts texts = new Texts();
        texts.corpus = corpus;
        texts.read();
        long corpusBytes = Corpus.utf8Bytes(corpus.read());
        assertTrue(corpusBytes > 0, "corpus " + corpus + " is empty");
        assertEquals(corpusBytes, texts.utf8Bytes(), "the shared texts are the corpus");

        ParseBenchmark parse = new ParseBenchmark();
        parse.setUp(texts);
        WriteBenchmark write = new WriteBenchmark();
        write.setUp(texts);
        List<Operation> operations = new ArrayList<>();
        operations.add(parse::minutes);
        operations.add(parse::commonmark);
        operations.add(write::json);
        operations.add(write::markdown);
        operations.add(write::commonmarkHtml);
        operations.add(write::commonmarkMarkdown);
        assertEquals(Summary.Measure.values().length, operations.size(), "one operation per measure");

        Blackhole sink = new Blackhole(BLACKHOLE_CONSENT);
        for (Operation operation : operations) {
            SourceBytes counter = new SourceBytes();
            counter.reset();
            CpuTime cpu = new CpuTime();
            cpu.reset();
            Meter meter = new Meter();
            meter.attach(texts, counter, cpu, sink);
            operation.run(meter);
            assertEquals(corpusBytes, counter.bytes, "bytes counted by one operation on " + corpus);
            assertEquals(1, cpu.cpuOps, "operations timed");
            assertTrue(cpu.cpuNanos > 0, "CPU time of parsing or writing a whole corpus");
        }
    }

    /** A benchmark method, as JMH calls it. */
    @FunctionalInterface
    private interface Operation {
        void run(Meter meter);
    }

    @org.junit.jupiter.api.Test
    void theFirstParseBenchmarkParsesTheReadmeSampleWithBothParsers() {
        FirstParseBenchmark first = new FirstParseBenchmark();
        first.read();
        org.minutes.sdk.ParseResult minutes = (org.minutes.sdk.ParseResult) first.minutes();
        assertEquals("Conda Ecosystem Meeting", minutes.document().name());
        org.commonmark.node.Node commonmark = (org.commonmark.node.Node) first.commonmark();
        assertTrue(commonmark.getFirstChild() != null, "commonmark-java parsed the sample");
    }

    /** Each depth's text nests that deep, is within 1% of the others' size, and parses with no finding about it. */
    @org.junit.jupiter.api.Test
    void theNestingBenchmarkNestsAsDeepAsItSays() {
        for (int depth : new int[] {1, 4, 16, 64}) {
            String text = NestingBenchmark.text(depth);
            assertTrue(Math.abs(text.length() - NestingBenchmark.SIZE) < NestingBenchmark.SIZE / 100, "size " + depth);
            org.minutes.sdk.ParseResult result = org.minutes.sdk.MinutesParser.create().parse(text);
            org.minutes.sdk.ast.Block first = result.document().sections().get(1).blocks().get(0);
            int levels = 0;
            for (org.minutes.sdk.ast.Block block = first; block instanceof org.minutes.sdk.ast.ListBlock list;
                    block = list.items().get(0).children().isEmpty() ? null : list.items().get(0).children().get(0)) {
                levels++;
                assertTrue(list.items().get(0).speaker().isPresent(), "a speaker item at level " + levels);
            }
            assertEquals(depth, levels, "depth");
            assertEquals(0, result.diagnostics().size(), "diagnostics at depth " + depth);
        }
    }
}
