package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads front-matter YAML (D9, D10) with Jackson's YAML module. */
final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    /**
     * Reads the top-level mapping.
     *
     * @param yaml raw front matter
     * @return the mapping; empty when the text is no YAML mapping (D10). Blank text is an empty mapping.
     */
    public static Optional<Map<String, Object>> mapping(String yaml) {
        if (org.minutes.sdk.syntax.Whitespace.isBlank(yaml)) {
            return Optional.of(Map.of());
        }
        try {
            Object value = MAPPER.readValue(yaml, Object.class);
            if (value == null) {
                return Optional.of(Map.of());
            }
            if (!(value instanceof Map<?, ?>)) {
                return Optional.empty();
            }
            // Jackson's untyped reading gives String keys (its JSON model), so the map needs no conversion.
            @SuppressWarnings("unchecked")
            Map<String, Object> mapping = (Map<String, Object>) value;
            return Optional.of(mapping);
        } catch (JacksonException | RuntimeException e) {
            // Malformed YAML is a finding (D10), never an exception of the parser (D6).
            return Optional.empty();
        }
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
    public static List<String> tags(String yaml) {
        return mapping(yaml).map(map -> tagsOf(map.get("tags"))).flatMap(t -> t).orElse(List.of());
    }

    /**
     * Interprets a {@code tags} value.
     *
     * @param value the value, possibly null
     * @return the tags, or empty when the value has a type tags cannot have (D9 {@code front-matter/bad-tags})
     */
    public static Optional<List<String>> tagsOf(Object value) {
        if (value == null) {
            return Optional.of(List.of());
        }
        if (value instanceof List<?> list) {
            List<String> tags = new ArrayList<>();
            for (Object element : list) {
                if (element == null || element instanceof Map<?, ?> || element instanceof List<?>) {
                    return Optional.empty();
                }
                tags.add(element.toString());
            }
            return Optional.of(List.copyOf(tags));
        }
        if (value instanceof Map<?, ?>) {
            return Optional.empty();
        }
        return Optional.of(List.of(value.toString()));
    }
}
