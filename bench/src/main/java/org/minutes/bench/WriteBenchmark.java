package org.minutes.bench;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

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
 * it is in the same unit as {@link ParseBenchmark}'s; {@code cpuNanos} and {@code cpuOps} count CPU time as there
 * ({@link Meter}). The corpus is the parameter {@code corpus} of {@link Texts}.
 */
@State(Scope.Benchmark)
public class WriteBenchmark extends MeasuredAlike {

    private final JsonConverter json = JsonConverter.create();
    private final MarkdownRenderer markdown = MarkdownRenderer.create();
    private final HtmlRenderer commonmarkHtml = Yardstick.htmlRenderer();
    private final org.commonmark.renderer.markdown.MarkdownRenderer commonmarkMarkdown = Yardstick.markdownRenderer();
    private List<Document> documents;
    private List<Node> nodes;

    /**
     * Parses the corpus with both parsers, outside the measurement.
     *
     * @param corpus the texts whose documents to write
     */
    @Setup(Level.Trial)
    public void setUp(Texts corpus) {
        MinutesParser minutes = MinutesParser.create();
        documents = corpus.list().stream().map(text -> minutes.parse(text).document()).toList();
        nodes = corpus.list().stream().map(Yardstick.parser()::parse).toList();
    }

    /**
     * Writes the corpus's documents as JSON.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void json(Meter meter) { meter.pass(documents, json::convert); }

    /**
     * Renders the corpus's documents as canonical Markdown.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void markdown(Meter meter) { meter.pass(documents, markdown::convert); }

    /**
     * Renders commonmark-java's nodes of the corpus as HTML.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void commonmarkHtml(Meter meter) { meter.pass(nodes, commonmarkHtml::render); }

    /**
     * Renders commonmark-java's nodes of the corpus as Markdown with commonmark-java's own renderer.
     *
     * @param meter times and counts the pass
     */
    @Benchmark
    public void commonmarkMarkdown(Meter meter) { meter.pass(nodes, commonmarkMarkdown::render); }
}
