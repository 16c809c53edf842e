package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The inputs of the differential tests: the samples, the examples, the dialect reference and its fenced blocks, and
 * random soups of the dialect's line openers, separators and non-ASCII characters.
 */
final class Corpora {

    /** Line fragments chosen to start, end and spoil every line class of the grammar. */
    private static final String[] FRAGMENTS = {
        "", " ", "  ", "   ", "    ", "\t", "\u00A0", "-", "--", "---", "*", "**", "+", "_", "__", "#", "###",
        "######", "#######", "1.", "123456789.", "1234567890.", "0", ">", "|", "| --- |", "|-|", ":", ":-:", "-:",
        "<!--", "<!", "-->", "```", "````", "``", "`", "~~~", "~~", "~", "x", "QE:", "[x]", "é", "😀", "\uD800",
        "\uDC00", "\u2028", "\u0085", "\uFEFF", "\r", "\n", "\r\n", "\n\n", "text", "## Attendees", "- [ ] ",
    };

    private Corpora() {
    }

    /** {@return the samples, the examples, docs/dialect.md and each of its fenced blocks} */
    static List<String> texts() throws IOException {
        Path root = Path.of(System.getProperty("minutes.root", ".."));
        Path shared = Path.of(System.getProperty("minutes.shared", root.resolve("../shared").toString()));
        List<String> texts = new ArrayList<>();
        texts.addAll(markdownFiles(root.resolve("samples")));
        texts.addAll(markdownFiles(shared.resolve("examples")));
        String reference = Files.readString(root.resolve("docs/dialect.md"));
        texts.add(reference);
        // The reference's fenced blocks, one input each (most are spec examples).
        texts.addAll(List.of(reference.split("\n```+[^\n]*\n")));
        assertTrue(texts.size() > 100, "found the corpora: " + texts.size());
        return texts;
    }

    /** {@return 20,000 random soups of {@link #FRAGMENTS}, an eighth after a front-matter opener (D9, D11)} */
    static Stream<String> soups() {
        Random random = new Random(20261203L);
        return IntStream.range(0, 20_000).mapToObj(n -> {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? "---\n" : "\uFEFFx---\n");
            }
            int fragments = random.nextInt(40);
            for (int i = 0; i < fragments; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    text.append('\n');
                }
            }
            return text.toString();
        });
    }

    private static List<String> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            assertTrue(!texts.isEmpty(), "markdown files in " + dir);
            return texts;
        }
    }
}
