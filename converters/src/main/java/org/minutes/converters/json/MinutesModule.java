package org.minutes.converters.json;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Node;

/**
 * The Jackson module behind {@link JsonConverter}: one serializer for every node and one deserializer per node
 * type, so no annotation is needed on the AST records and no default typing is ever involved. The records' own
 * accessors are not used by Jackson at all: the shape is written by {@link NodeWriter} and read by
 * {@link NodeReader}, because part of it depends on context (attendee blocks, spans by node identity).
 */
final class MinutesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    MinutesModule() {
        super("minutes-json", Version.unknownVersion());
        addSerializer(Node.class, new NodeSerializer());
        register(Node.class);
        register(Block.class);
        register(Inline.class);
        for (Map<Class<? extends Node>, String> family : List.of(NodeTypes.PARTS, NodeTypes.BLOCKS,
                NodeTypes.INLINES)) {
            family.keySet().forEach(this::register);
        }
    }

    private <T extends Node> void register(Class<T> type) {
        addDeserializer(type, new NodeDeserializer<>(type));
    }

    /** Writes any node; a {@link WriteContext} attribute of the call adds spans and diagnostics. */
    private static final class NodeSerializer extends StdSerializer<Node> {

        private static final long serialVersionUID = 1L;

        NodeSerializer() {
            super(Node.class);
        }

        @Override
        public void serialize(Node node, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Object context = provider.getAttribute(WriteContext.KEY);
            new NodeWriter(generator, context instanceof WriteContext c ? c : WriteContext.NONE).write(node);
        }
    }

    /** Reads a node of one type or family; failures become Jackson mapping errors with the JSON Pointer. */
    private static final class NodeDeserializer<T extends Node> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final Class<T> type;

        NodeDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = context.readTree(parser);
            try {
                return NodeReader.read(tree, type);
            } catch (JsonFormatException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
