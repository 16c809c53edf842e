package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The hand-written line classifier ({@link LineClasses}, used by {@link NotesLexerBase}) against the lexer ANTLR
 * generates from {@code NotesLexer.g4}, which stays the definition of the line classes (D8): both lexers must give
 * the same tokens (type, text, indices, line, column) and the same inconsistent dedents (D40) on the samples, the
 * examples, the fenced blocks of the dialect reference and random soups of the dialect's line openers, separators
 * and non-ASCII characters.
 */
class NotesLexerDifferentialTest {

    /** Line fragments chosen to start, end and spoil every line class of the grammar. */
    private static final String[] FRAGMENTS = {
        "", " ", "  ", "   ", "    ", "\t", "\u00A0", "-", "--", "---", "*", "**", "+", "_", "__", "#", "###",
        "######", "#######", "1.", "123456789.", "1234567890.", "0", ">", "|", "| --- |", "|-|", ":", ":-:", "-:",
        "<!--", "<!", "-->", "```", "````", "``", "`", "~~~", "~~", "~", "x", "QE:", "[x]", "é", "😀", "\uD800",
        "\uDC00", "\u2028", "\u0085", "\uFEFF", "\r", "\n", "\r\n", "\n\n", "text", "## Attendees", "- [ ] ",
    };

    @Test
    void samplesExamplesAndTheReferenceLexAlike() throws IOException {
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
        for (String text : texts) {
            assertSameTokens(text);
        }
    }

    @Test
    void randomLineSoupsLexAlike() {
        Random random = new Random(20261203L);
        for (int n = 0; n < 20_000; n++) {
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
            assertSameTokens(text.toString());
        }
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

    private static void assertSameTokens(String text) {
        NotesLexer generated = lexer(text, true);
        NotesLexer scanned = lexer(text, false);
        List<String> expected = tokens(generated);
        List<String> actual = tokens(scanned);
        assertEquals(expected, actual, () -> "tokens of " + text.replace("\n", "\\n").replace("\r", "\\r"));
        assertEquals(describe(generated.inconsistentDedents()), describe(scanned.inconsistentDedents()));
    }

    private static NotesLexer lexer(String text, boolean simulate) {
        NotesLexer lexer = new NotesLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.simulate = simulate;
        return lexer;
    }

    private static List<String> tokens(NotesLexer lexer) {
        List<String> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            tokens.add(describe(token));
        } while (token.getType() != Token.EOF);
        return tokens;
    }

    private static List<String> describe(List<Token> tokens) {
        return tokens.stream().map(NotesLexerDifferentialTest::describe).toList();
    }

    private static String describe(Token token) {
        return NotesLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getStartIndex() + ".."
                + token.getStopIndex() + " " + token.getLine() + ":" + token.getCharPositionInLine() + " ch"
                + token.getChannel() + " '" + token.getText() + "'";
    }
}
