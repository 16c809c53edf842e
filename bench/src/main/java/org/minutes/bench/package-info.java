/**
 * JMH benchmarks of the Minutes parser ({@link org.minutes.bench.ParseBenchmark}) and of its JSON and Markdown
 * writers ({@link org.minutes.bench.WriteBenchmark}), with commonmark-java parsing and rendering the same texts in
 * the same run as the yardstick, on the samples, the dialect's examples and notes made by
 * {@link org.minutes.bench.NoteGenerator}; of the archive over those generated notes
 * ({@link org.minutes.bench.ArchiveBenchmark}); and {@link org.minutes.bench.Summary}, which turns a run's JMH result
 * file into the ratios that are compared across changes, and {@link org.minutes.bench.ParseComparison}, which
 * compares the parse ratio of two builds over alternating runs ({@code bench/compare-parse.sh}).
 */
package org.minutes.bench;
