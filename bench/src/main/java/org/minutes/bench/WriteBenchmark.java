package org.minutes.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing throughput of one corpus, from documents parsed once in the set-up: one operation writes every document of
 * the corpus once. Run with {@link ParseBenchmark} (the default run does), the cost of writing a corpus can be set
 * against the cost of parsing the same texts in the same JVM: {@link Summary} prints the ratio.
 *
 * <ul>
 *   <li>{@link #json}: {@link JsonConverter#create()} (compact, no spans, no diagnostics) on each Minutes
 *       {@link Document}; derived values such as attendees and section kinds are part of that output.</li>
 *   <li>{@link #markdown}: the canonical {@link MarkdownRenderer} on each Minutes {@code Document}.</li>
 *   <li>{@link #commonmarkHtml} and {@link #commonmarkMarkdown}: commonmark-java's own {@code HtmlRenderer} and
 *       {@code MarkdownRenderer} on the {@code Node} its parser built, the peer figures for writing.</li>
 * </ul>
 *
 * <p>The documents are reused across operations, so work a document does once and keeps is charged to the parse,
 * not to the writers; that is the intent (the parser records what it recognised), but a lazily memoised value would
 * escape both measurements.
 *
 * <p>The secondary result {@code bytes} counts the UTF-8 bytes of the source texts the documents were parsed from, so
 * it is in the same unit as {@link ParseBenchmark}'s; {@code cpuNanos} and {@code cpuOps} count CPU time as there.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WriteBenchmark {

    /** Which corpus to write; see {@link Corpus}. */
    @Param({"SAMPLES", "EXAMPLES"})
    public Corpus corpus;

    private long corpusBytes;
    private List<Document> documents;
    private List<Node> nodes;
    private JsonConverter json;
    private MarkdownRenderer markdown;
    private HtmlRenderer commonmarkHtml;
    private org.commonmark.renderer.markdown.MarkdownRenderer commonmarkMarkdown;

    /** Reads and parses the corpus with both parsers and builds the writers, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        List<String> texts = corpus.read();
        corpusBytes = Corpus.utf8Bytes(texts);
        MinutesParser minutes = MinutesParser.create();
        documents = texts.stream().map(text -> minutes.parse(text).document()).toList();
        Parser commonmark = Yardstick.parser();
        nodes = texts.stream().map(commonmark::parse).toList();
        json = JsonConverter.create();
        markdown = MarkdownRenderer.create();
        commonmarkHtml = Yardstick.htmlRenderer();
        commonmarkMarkdown = Yardstick.markdownRenderer();
    }

    /**
     * Writes the corpus's documents as JSON.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void json(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(documents, json::convert, corpusBytes, counter, cpu, sink);
    }

    /**
     * Renders the corpus's documents as canonical Markdown.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void markdown(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(documents, markdown::render, corpusBytes, counter, cpu, sink);
    }

    /**
     * Renders commonmark-java's nodes of the corpus as HTML.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void commonmarkHtml(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(nodes, commonmarkHtml::render, corpusBytes, counter, cpu, sink);
    }

    /**
     * Renders commonmark-java's nodes of the corpus as Markdown with commonmark-java's own renderer.
     *
     * @param counter the byte counter
     * @param cpu     the CPU-time counter
     * @param sink    keeps the results alive
     */
    @Benchmark
    public void commonmarkMarkdown(SourceBytes counter, CpuTime cpu, Blackhole sink) {
        Pass.over(nodes, commonmarkMarkdown::render, corpusBytes, counter, cpu, sink);
    }
}
