package org.minutes.sdk.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code spec.txt} in commonmark's format: an example opens with a line of 32 backticks and
 * {@code example} followed by its rules and options, holds the input, a line {@code .}, the expected dump, and
 * closes with a line of 32 backticks.
 */
public final class SpecReader {

    private static final String FENCE = "`".repeat(32);
    private static final Pattern OPENER = Pattern.compile(Pattern.quote(FENCE) + " example((?: \\S+)*)");
    private static final Pattern RULE = Pattern.compile("D([1-9][0-9]?)");

    private SpecReader() {
    }

    /** {@return the examples of the spec file on the test class path, in file order} */
    public static List<SpecExample> examples() {
        return read(resource("/spec/spec.txt"));
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
     * Parses spec text.
     *
     * @param text the whole spec file
     * @return its examples
     * @throws IllegalArgumentException for an example without rules, with an unknown option, or not closed
     */
    public static List<SpecExample> read(String text) {
        List<String> lines = text.lines().toList();
        List<SpecExample> examples = new ArrayList<>();
        String heading = "";
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
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
            while (i < lines.size() && !lines.get(i).equals(".")) {
                source.append(lines.get(i++)).append('\n');
            }
            StringBuilder expected = new StringBuilder();
            i++;
            while (i < lines.size() && !lines.get(i).equals(FENCE)) {
                expected.append(lines.get(i++)).append('\n');
            }
            if (i >= lines.size()) {
                throw new IllegalArgumentException("line " + start + ": example is not closed");
            }
            i++;
            examples.add(new SpecExample(examples.size() + 1, start, heading, List.copyOf(rules), Set.copyOf(options),
                    source.toString(), expected.toString()));
        }
        return List.copyOf(examples);
    }
}
