package org.minutes.sdk.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the executable examples of the dialect reference {@code docs/dialect.md}, in commonmark's {@code spec.txt}
 * format: an example opens with a line of 32 backticks and {@code example} followed by its rules and options, holds
 * the input, a line {@code .}, the expected dump, and closes with a line of 32 backticks. A {@code pending} example
 * may hold its input alone. Each example belongs to the last rule heading {@code ### Dn Title} above it.
 */
public final class SpecReader {

    /** The rule headings of the document: {@code ### D37 Markers}. */
    public static final Pattern RULE_HEADING = Pattern.compile("### (D[1-9][0-9]?) \\S.*");

    private static final String FENCE = "`".repeat(32);
    private static final Pattern OPENER = Pattern.compile(Pattern.quote(FENCE) + " example((?: \\S+)*)");
    private static final Pattern RULE = Pattern.compile("D([1-9][0-9]?)");

    private SpecReader() {
    }

    /**
     * Finds {@code docs/dialect.md} under the repository root: the system property {@code minutes.root} that the
     * build sets for every module's tests, else {@code ..} (the sdk module's directory being the working directory).
     *
     * @return the path of the dialect reference
     * @throws IllegalStateException when the file is not there
     */
    public static Path document() {
        Path root = Path.of(System.getProperty("minutes.root", "..")).toAbsolutePath().normalize();
        Path document = root.resolve("docs/dialect.md");
        if (!Files.isRegularFile(document)) {
            throw new IllegalStateException("the dialect reference " + document + " is missing: SpecTest reads its"
                    + " examples from docs/dialect.md at the repository root");
        }
        return document;
    }

    /** {@return the text of {@code docs/dialect.md}} */
    public static String documentText() {
        try {
            return Files.readString(document(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the examples of {@code docs/dialect.md}, in document order} */
    public static List<SpecExample> examples() {
        return read(documentText());
    }

    /**
     * Reads a class-path resource as UTF-8.
     *
     * @param path the absolute resource path
     * @return its text
     */
    public static String resource(String path) {
        try (InputStream in = SpecReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the document's text.
     *
     * @param text the whole document
     * @return its examples
     * @throws IllegalArgumentException for an example without rules, with an unknown option, not closed, or without
     *                                  an expected dump while not {@code pending}
     */
    public static List<SpecExample> read(String text) {
        List<String> lines = text.lines().toList();
        List<SpecExample> examples = new ArrayList<>();
        String heading = "";
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (RULE_HEADING.matcher(line).matches()) {
                heading = line.substring(4).strip();
            }
            Matcher opener = OPENER.matcher(line);
            if (!opener.matches()) {
                i++;
                continue;
            }
            int start = i + 1;
            List<String> rules = new ArrayList<>();
            Set<String> options = new LinkedHashSet<>();
            for (String word : opener.group(1).strip().split(" ")) {
                if (RULE.matcher(word).matches()) {
                    rules.add(word);
                } else if (SpecExample.OPTIONS.contains(word)) {
                    options.add(word);
                } else if (!word.isEmpty()) {
                    throw new IllegalArgumentException("line " + start + ": unknown example option " + word);
                }
            }
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("line " + start + ": an example names the rules it exercises");
            }
            StringBuilder source = new StringBuilder();
            i++;
            while (i < lines.size() && !lines.get(i).equals(".") && !lines.get(i).equals(FENCE)) {
                source.append(lines.get(i++)).append('\n');
            }
            Optional<String> expected = Optional.empty();
            if (i < lines.size() && lines.get(i).equals(".")) {
                StringBuilder dump = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).equals(FENCE)) {
                    dump.append(lines.get(i++)).append('\n');
                }
                expected = Optional.of(dump.toString());
            }
            if (i >= lines.size()) {
                throw new IllegalArgumentException("line " + start + ": example is not closed");
            }
            i++;
            examples.add(new SpecExample(examples.size() + 1, start, heading, rules, options, source.toString(),
                    expected));
        }
        return List.copyOf(examples);
    }
}
