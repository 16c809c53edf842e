package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.cli.Cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of {@code todo}, {@code people}, {@code decisions} and {@code stats} validates against the shipped schema. */
class ArchiveJsonSchemaTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_TREE = schemaTree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TREE);

    /** Each command with the options that give its fullest JSON. */
    private static final List<List<String>> COMMANDS = List.of(List.of("todo", "--all"), List.of("people"),
            List.of("decisions"), List.of("stats"));

    private static JsonNode schemaTree() {
        try (InputStream in = ArchiveCommand.class.getResourceAsStream("archive.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String dir, List<String> command) throws IOException {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("--format", "json", dir));
        Cli.Run run = run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.code(), run.err());
        return MAPPER.readTree(run.out());
    }

    private static void assertValid(JsonNode json) {
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertTrue(errors.isEmpty(), () -> errors + " in " + json.toPrettyString());
    }

    @Test
    void isAValidDraft202012SchemaWithAUrnId() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(SCHEMA_TREE);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("urn:minutes:archive:1", SCHEMA_TREE.get("$id").textValue());
    }

    @Test
    void everyCommandOnTheSamplesValidates() throws IOException {
        for (List<String> command : COMMANDS) {
            JsonNode json = json(SAMPLES.toString(), command);
            assertFalse(json.isEmpty(), command.toString());
            assertValid(json);
        }
    }

    @Test
    void everyCommandOnTheSyntheticArchiveValidates(@TempDir Path dir) throws IOException {
        String notes = SyntheticArchive.write(dir).toString();
        for (List<String> command : COMMANDS) {
            assertValid(json(notes, command));
        }
    }

    /** The validation the other tests rely on can fail: each of these breaks one rule of the schema. */
    @Test
    void rejectsBrokenOutput(@TempDir Path dir) throws IOException {
        String notes = SyntheticArchive.write(dir).toString();
        String todo = json(notes, COMMANDS.get(0)).toString();
        String people = json(notes, COMMANDS.get(1)).toString();
        String stats = json(notes, COMMANDS.get(3)).toString();
        List<String> broken = List.of(
                todo.replace("\"state\":\"open\"", "\"state\":\"pending\""),
                todo.replace("\"timesCarried\":2", "\"timesCarried\":-2"),
                todo.replace("\"closed\":null", "\"closed\":{\"date\":null}"),
                todo.replace("\"section\":\"agenda\"", "\"section\":\"Agenda\""),
                todo.replace("\"done\":false", "\"done\":false,\"x\":1"),
                todo.replace("\"actionItems\"", "\"items\""),
                people.replace("\"firstSeen\":\"2031-01-07\"", "\"firstSeen\":\"07.01.2031\""),
                people.replace("\"github\":\"qexample\"", "\"github\":[]"),
                stats.replace("\"headCount\":3", "\"headCount\":\"3\""),
                stats.replace("{\"years\":", "{\"decisions\":[],\"years\":"));
        for (String json : broken) {
            assertFalse(List.of(todo, people, stats).contains(json), "the replacement must hit: " + json);
            assertFalse(SCHEMA.validate(MAPPER.readTree(json)).isEmpty(), json);
        }
    }
}
