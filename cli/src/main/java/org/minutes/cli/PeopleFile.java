package org.minutes.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code convert --people FILE}: e-mail addresses by GitHub handle or name, for {@code mailto:} attendees. A
 * {@code .yaml} or {@code .yml} file is one mapping ({@code qexample: quinn@example.org}); any other file is CSV, one
 * {@code who,email} per line (fields may be double-quoted, RFC 4180), blank lines and lines starting with {@code #}
 * skipped, and a first line whose second field names a mail column ({@code email}, {@code E-Mail}) taken for a
 * header. Read as every input is (a regular file, UTF-8).
 */
final class PeopleFile {

    private PeopleFile() {
    }

    /**
     * Reads a people file.
     *
     * @param file the file
     * @return the addresses by handle or name, in file order
     * @throws InputException naming the file and line of what cannot be read
     */
    static Map<String, String> read(Path file) throws InputException {
        Inputs.Input input = Inputs.read(file.toString(), System.in);
        String text = input.strictText();
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(input.name(), text) : csv(input.name(), text);
    }

    private static Map<String, String> yaml(String file, String text) throws InputException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new InputException(file + ":1:1: error: not YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new InputException(file + ":1:1: error: a people file holds one mapping of handle or name to "
                    + "e-mail address");
        }
        Map<String, String> people = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String who) || !(entry.getValue() instanceof String email)) {
                throw new InputException(file + ":1:1: error: \"" + entry.getKey() + "\" must map a handle or name "
                        + "to an e-mail address, as text");
            }
            people.put(who, email);
        }
        return people;
    }

    private static Map<String, String> csv(String file, String text) throws InputException {
        Map<String, String> people = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        int first = firstLine(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skipped(line)) {
                continue;
            }
            List<String> fields = fields(file, i + 1, line);
            if (i == first && fields.size() == 2 && !fields.get(1).contains("@")
                    && fields.get(1).toLowerCase(java.util.Locale.ROOT).contains("mail")) {
                continue;
            }
            if (fields.size() != 2) {
                throw new InputException(file + ":" + (i + 1) + ":1: error: expected two fields, who,email; found "
                        + fields.size());
            }
            people.put(fields.get(0).strip(), fields.get(1).strip());
        }
        return people;
    }

    /** {@return whether a CSV line is blank or a {@code #} comment} */
    private static boolean skipped(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    private static int firstLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!skipped(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The comma-separated fields of a CSV line, double quotes as RFC 4180 says ({@code ""} in quotes is one). */
    private static List<String> fields(String file, int number, String line) throws InputException {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InputException(file + ":" + number + ":" + (line.length() + 1) + ": error: a quote is not "
                    + "closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
