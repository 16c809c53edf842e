package org.minutes.converters.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds the derived (output-only) keys through the schema's {@code readOnly} marks, so the tests that strip or garble
 * them follow the schema rather than a second hand-kept list.
 */
final class DerivedValues {

    /** Type id → the keys the schema marks readOnly for objects of that type. */
    static final Map<String, Set<String>> READ_ONLY = readOnlyKeys();

    private DerivedValues() {
    }

    private static Map<String, Set<String>> readOnlyKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        JsonNode definitions = JsonAssertions.tree(JsonConverter.schema()).get("$defs");
        for (JsonNode definition : definitions) {
            JsonNode properties = definition.get("properties");
            if (properties == null) {
                continue;
            }
            Set<String> readOnly = new HashSet<>();
            properties.fields().forEachRemaining(property -> {
                if (property.getValue().path("readOnly").asBoolean(false)) {
                    readOnly.add(property.getKey());
                }
            });
            keys.put(properties.get("type").get("const").textValue(), readOnly);
        }
        return keys;
    }

    /** {@return a copy of {@code tree} without any derived key, span or diagnostic} */
    static JsonNode strip(JsonNode tree) {
        return edit(tree, (object, key) -> object.remove(key));
    }

    /** {@return a copy of {@code tree} whose derived values, spans and diagnostics all lie} */
    static JsonNode garble(JsonNode tree) {
        return edit(tree, (object, key) -> object.put(key, "garbage"));
    }

    private static JsonNode edit(JsonNode tree, BiConsumer<ObjectNode, String> action) {
        JsonNode copy = tree.deepCopy();
        walk(copy, action);
        return copy;
    }

    private static void walk(JsonNode node, BiConsumer<ObjectNode, String> action) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Set<String> derived = new HashSet<>(READ_ONLY.getOrDefault(object.path("type").asText(), Set.of()));
            derived.add("span");
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!derived.contains(name)) {
                    walk(object.get(name), action);
                }
            }
            derived.stream().filter(object::has).forEach(key -> action.accept(object, key));
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, action));
        }
    }
}
