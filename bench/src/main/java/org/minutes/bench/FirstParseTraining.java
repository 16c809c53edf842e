package org.minutes.bench;

import org.minutes.sdk.MinutesParser;

/**
 * The training run of {@link FirstParseBenchmark}'s class-data sharing variant (issue 12, point 3): parses every
 * sample once with each parser, so that a JVM started with {@code -XX:ArchiveClassesAtExit} (JDK 17–23) or
 * {@code -XX:AOTMode=record} (JDK 24+) on the benchmarks jar archives the classes both first parses load, as the
 * {@code minutes} launcher's own training does for the command. The commands are in {@code bench/README.md}.
 */
public final class FirstParseTraining {

    private FirstParseTraining() {
    }

    /**
     * Parses the samples with Minutes and with commonmark-java.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        MinutesParser minutes = MinutesParser.create();
        for (String text : Corpus.SAMPLES.read()) {
            minutes.parse(text);
            Yardstick.parser().parse(text);
        }
    }
}
