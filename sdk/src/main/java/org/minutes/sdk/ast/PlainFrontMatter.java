package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front matter nearly every note has, read without SnakeYAML: lines of {@code key: word} and
 * {@code key: [word, word]} (D9), as in {@code tags: [meeting-notes]}. A word here is ASCII letters, digits, {@code _}
 * and {@code -}, starting with a letter, and none of the words the YAML core schema reads as a boolean or null, so it
 * is a string whatever the schema; keys are words too, each once. Any other text, even valid YAML, is left to
 * {@link Yaml}, which SnakeYAML reads: this only spares the common case SnakeYAML's set-up, a tenth of a warm parse
 * and a class-loading burden on the first.
 *
 * <p>{@code YamlTest} holds this to SnakeYAML's reading on random texts in and around the shape.
 */
final class PlainFrontMatter {

    /** YAML 1.2 core schema words that are no strings ({@link Yaml}'s resolver; {@code null}'s spellings too). */
    private static final Set<String> NOT_STRINGS = Set.of("true", "True", "TRUE", "false", "False", "FALSE", "null",
            "Null", "NULL");

    private PlainFrontMatter() {
    }

    /**
     * Reads front matter of the plain shape.
     *
     * @param yaml raw front matter
     * @return its mapping, in order, with string and list-of-string values; empty when the text has another shape
     */
    static Optional<Map<String, Object>> read(String yaml) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        int at = 0;
        int length = yaml.length();
        while (at < length) {
            int end = yaml.indexOf('\n', at);
            if (end < 0) {
                end = length;
            }
            if (!entry(yaml, at, end, mapping)) {
                return Optional.empty();
            }
            at = end + 1;
        }
        return mapping.isEmpty() ? Optional.empty() : Optional.of(mapping);
    }

    /** One {@code key: value} line, added to the mapping; false when the line has another shape. */
    private static boolean entry(String yaml, int from, int end, Map<String, Object> mapping) {
        int keyEnd = wordEnd(yaml, from, end);
        if (keyEnd + 2 > end || yaml.charAt(keyEnd) != ':' || yaml.charAt(keyEnd + 1) != ' ') {
            return false;
        }
        String key = yaml.substring(from, keyEnd);
        if (!isString(key) || mapping.containsKey(key)) {
            return false; // a repeated key is a warning SnakeYAML's reading gives
        }
        int at = keyEnd + 2;
        if (at < end && yaml.charAt(at) == '[') {
            List<Object> words = new ArrayList<>();
            at = skipSpaces(yaml, at + 1, end);
            if (at < end && yaml.charAt(at) == ']') {
                at++;
            } else {
                while (true) {
                    int wordEnd = wordEnd(yaml, at, end);
                    String word = yaml.substring(at, wordEnd);
                    if (!isString(word)) {
                        return false;
                    }
                    words.add(word);
                    at = skipSpaces(yaml, wordEnd, end);
                    if (at < end && yaml.charAt(at) == ',') {
                        at = skipSpaces(yaml, at + 1, end);
                    } else if (at < end && yaml.charAt(at) == ']') {
                        at++;
                        break;
                    } else {
                        return false;
                    }
                }
            }
            mapping.put(key, words);
        } else {
            int wordEnd = wordEnd(yaml, at, end);
            String word = yaml.substring(at, wordEnd);
            if (!isString(word)) {
                return false;
            }
            mapping.put(key, word);
            at = wordEnd;
        }
        return skipSpaces(yaml, at, end) == end;
    }

    /** {@return the index after the word characters starting at {@code from}} */
    private static int wordEnd(String yaml, int from, int end) {
        int at = from;
        while (at < end && isWordCharacter(yaml.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** A word that starts with a letter and that no resolver of the schema claims: a string. */
    private static boolean isString(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        return (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') && !NOT_STRINGS.contains(word);
    }

    private static int skipSpaces(String yaml, int from, int end) {
        int at = from;
        while (at < end && yaml.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
