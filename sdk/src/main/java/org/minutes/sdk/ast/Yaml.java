package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.syntax.Whitespace;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads front-matter YAML (D9, D10) with SnakeYAML, within limits: at most {@link FrontMatter#MAX_CODE_POINTS} code
 * points and {@link FrontMatter#MAX_ALIASES} aliases of collections (else {@code front-matter/too-large}). Aliases
 * stand for their anchors' values and merge keys {@code <<} merge, as YAML says. A repeated key is a warning
 * ({@code front-matter/duplicate-key}; the last value counts). Scalars are YAML 1.2 core schema strings, integers,
 * floats, booleans and nulls; a date stays the text it was written as, and so does a float that is no finite number
 * ({@code .inf}, {@code .nan}), so that every value is JSON's. Binary, set, ordered-map, pairs and unknown tags are a
 * warning ({@code front-matter/unsupported-tag}) and read as null. Front matter of plain {@code key: word} and
 * {@code key: [word, ...]} lines, which reads the same under any of these rules, is read by {@link PlainFrontMatter}
 * without SnakeYAML.
 */
final class Yaml {

    private Yaml() {
    }

    /**
     * What reading front matter gave.
     *
     * @param mapping  the top-level mapping; empty when the text is no YAML mapping or is too large (D10)
     * @param problems what the reading found, in document order
     */
    record Reading(Optional<Map<String, Object>> mapping, List<Problem> problems) {
    }

    /**
     * A problem with the YAML that still leaves a reading.
     *
     * @param code    the diagnostic code
     * @param message a message a person can act on
     */
    record Problem(DiagnosticCode code, String message) {
    }

    /**
     * Reads the top-level mapping.
     *
     * @param yaml raw front matter
     * @return the mapping; empty when the text is no YAML mapping (D10). Blank text is an empty mapping.
     */
    static Optional<Map<String, Object>> mapping(String yaml) {
        return read(yaml).mapping();
    }

    /**
     * Reads the top-level mapping and what is wrong with the YAML.
     *
     * @param yaml raw front matter
     * @return the reading; blank text is an empty mapping
     */
    static Reading read(String yaml) {
        if (Whitespace.isBlank(yaml)) {
            return new Reading(Optional.of(Map.of()), List.of());
        }
        if (yaml.length() > FrontMatter.MAX_CODE_POINTS
                && yaml.codePointCount(0, yaml.length()) > FrontMatter.MAX_CODE_POINTS) {
            return tooLarge("front matter is longer than " + FrontMatter.MAX_CODE_POINTS + " code points; its raw "
                    + "text is kept without values (D10)");
        }
        // Nearly every note's front matter is `tags: [meeting-notes]`: read without SnakeYAML, which is loaded, set up
        // and run only for the rest.
        Optional<Map<String, Object>> plain = PlainFrontMatter.read(yaml);
        return plain.isPresent() ? new Reading(plain, List.of()) : SnakeYaml.read(yaml);
    }

    /** The reading by SnakeYAML, in a class of its own so that its classes are loaded only when it reads. */
    static final class SnakeYaml {

        private SnakeYaml() {
        }

        /**
         * Reads front matter within the limits, after the blank and size checks of {@link Yaml#read(String)}.
         *
         * @param yaml raw front matter, not blank, within the code-point limit
         * @return the reading
         */
        static Reading read(String yaml) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(FrontMatter.MAX_CODE_POINTS + 1);
            options.setMaxAliasesForCollections(FrontMatter.MAX_ALIASES);
            options.setAllowDuplicateKeys(true);
            options.setAllowRecursiveKeys(false);
            Reader reader = new Reader(options);
            try {
                // What org.yaml.snakeyaml.Yaml.load does, without the dumper's representer that loading never uses.
                reader.setAllowDuplicateKeys(options.isAllowDuplicateKeys());
                reader.setWrappedToRootException(options.isWrappedToRootException());
                reader.setComposer(new Composer(new ParserImpl(new StreamReader(yaml), options), CoreSchema.INSTANCE,
                        options));
                Object value = reader.getSingleData(Object.class);
                if (value == null) {
                    return new Reading(Optional.of(Map.of()), reader.problems);
                }
                if (!(value instanceof Map<?, ?> map)) {
                    return new Reading(Optional.empty(), reader.problems);
                }
                Map<String, Object> mapping = new LinkedHashMap<>();
                map.forEach((key, nested) -> mapping.put(String.valueOf(key), nested));
                return new Reading(Optional.of(mapping), reader.problems);
            } catch (YAMLException e) {
                if (String.valueOf(e.getMessage()).contains("aliases")) {
                    return tooLarge("front matter uses more than " + FrontMatter.MAX_ALIASES + " aliases of lists or "
                            + "mappings; its raw text is kept without values (D10)");
                }
                // Malformed YAML is a finding (D10), never an exception of the parser (D6).
                return new Reading(Optional.empty(), List.of());
            } catch (RuntimeException | StackOverflowError e) {
                return new Reading(Optional.empty(), List.of());
            }
        }
    }

    private static Reading tooLarge(String message) {
        return new Reading(Optional.empty(), List.of(new Problem(DiagnosticCode.FRONT_MATTER_TOO_LARGE, message)));
    }

    /**
     * Makes a read mapping unmodifiable all the way down, so that it can be shared (its values may be null).
     *
     * @param mapping a mapping read by {@link #mapping(String)}
     * @return an unmodifiable copy whose nested maps and lists are unmodifiable copies too
     */
    static Map<String, Object> frozen(Map<String, Object> mapping) {
        Map<String, Object> copy = new LinkedHashMap<>();
        mapping.forEach((key, value) -> copy.put(key, frozenValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object frozenValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, nested) -> copy.put(String.valueOf(key), frozenValue(nested)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(frozenValue(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * Reads {@code tags} as a list of strings (D9).
     *
     * @param yaml raw front matter
     * @return the tags: a list's scalars as strings, a scalar as one tag, nothing otherwise
     */
    static List<String> tags(String yaml) {
        return mapping(yaml).map(map -> tagsOf(map.get("tags"))).flatMap(t -> t).orElse(List.of());
    }

    /**
     * Interprets a {@code tags} value: only strings, numbers and booleans (dates are read as strings) are tag text.
     *
     * @param value the value, possibly null
     * @return the tags, or empty when the value has a type tags cannot have (D9 {@code front-matter/bad-tags})
     */
    static Optional<List<String>> tagsOf(Object value) {
        if (value == null) {
            return Optional.of(List.of());
        }
        if (value instanceof List<?> list) {
            List<String> tags = new ArrayList<>();
            for (Object element : list) {
                if (!isTagText(element)) {
                    return Optional.empty();
                }
                tags.add(element.toString());
            }
            return Optional.of(List.copyOf(tags));
        }
        return isTagText(value) ? Optional.of(List.of(value.toString())) : Optional.empty();
    }

    private static boolean isTagText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /**
     * YAML 1.2's core schema (booleans are {@code true} and {@code false} only; no sexagesimal numbers, so
     * {@code 17:00} is a string), plus merge keys and dates.
     */
    private static final class CoreSchema extends Resolver {

        private static final Pattern BOOL = Whitespace.compile("^(?:true|True|TRUE|false|False|FALSE)$");
        private static final Pattern INT = Whitespace.compile("^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$");
        private static final Pattern FLOAT = Whitespace.compile("^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)"
                + "(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
        private static final Pattern NULL = Whitespace.compile("^(?:~|null|Null|NULL)$");

        /** The one resolver (after the patterns it uses): once built, a resolver is only read, so readings share it. */
        static final CoreSchema INSTANCE = new CoreSchema();

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, Resolver.MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN");
            addImplicitResolver(Tag.NULL, Resolver.EMPTY, null);
            addImplicitResolver(Tag.TIMESTAMP, Resolver.TIMESTAMP, "0123456789");
        }
    }

    /** SnakeYAML's safe constructor, recording duplicate keys and unsupported tags instead of failing on them. */
    private static final class Reader extends SafeConstructor {

        private final List<Problem> problems = new ArrayList<>();

        Reader(LoaderOptions options) {
            super(options);
            AbstractConstruct text = new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return constructScalar((ScalarNode) node);
                }
            };
            AbstractConstruct floats = new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    // .inf and .nan have no JSON number: they stay text.
                    String written = constructScalar((ScalarNode) node);
                    String lower = written.toLowerCase(Locale.ROOT);
                    return lower.endsWith(".inf") || lower.equals(".nan") ? written : (Object) Double.valueOf(written);
                }
            };
            AbstractConstruct unsupported = new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    problems.add(new Problem(DiagnosticCode.FRONT_MATTER_UNSUPPORTED_TAG, "a value tagged "
                            + node.getTag() + " is not read; it reads as null (D10)"));
                    return null;
                }
            };
            yamlConstructors.put(Tag.TIMESTAMP, text);
            yamlConstructors.put(Tag.FLOAT, floats);
            yamlConstructors.put(Tag.BINARY, unsupported);
            yamlConstructors.put(Tag.SET, unsupported);
            yamlConstructors.put(Tag.OMAP, unsupported);
            yamlConstructors.put(Tag.PAIRS, unsupported);
            yamlConstructors.put(null, unsupported);
        }

        @Override
        protected void constructMapping2ndStep(MappingNode node, Map<Object, Object> mapping) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())
                        && !keys.add(key.getValue())) {
                    problems.add(new Problem(DiagnosticCode.FRONT_MATTER_DUPLICATE_KEY, "key `" + key.getValue()
                            + "` appears more than once in a mapping; the last value counts (D10)"));
                }
            }
            super.constructMapping2ndStep(node, mapping);
        }
    }
}
