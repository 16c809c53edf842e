package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutes.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README shows {@code todo}, {@code people}, {@code decisions} and {@code stats} on {@code samples/} with their
 * real output: each {@code ./minutes COMMAND ... samples/} block is run (at 80 columns, unless it sets
 * {@code --width}) and must print the block that follows it.
 */
class ReadmeArchiveExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("minutes.root", ".."));
    private static final Set<String> COMMANDS = Set.of("todo", "people", "decisions", "stats");
    private static final Pattern EXAMPLE = Pattern.compile("```sh\\n\\./minutes (\\w+)([^\\n]*)\\n```\\n```\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void everyExampleOnTheSamplesPrintsWhatTheReadmeShows() throws Exception {
        Matcher example = EXAMPLE.matcher(Files.readString(ROOT.resolve("README.md")));
        Set<String> shown = new java.util.HashSet<>();
        while (example.find()) {
            if (!COMMANDS.contains(example.group(1))) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(example.group(1)));
            for (String arg : example.group(2).strip().split(" +")) {
                args.add(arg.startsWith("samples/") ? ROOT.resolve(arg).toString() : arg);
            }
            if (!args.contains("--width")) {
                args.addAll(List.of("--width", "80"));
            }
            Cli.Run run = run(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, run.code(), run.err());
            assertEquals(example.group(3), run.out(), String.join(" ", args));
            shown.add(example.group(1));
        }
        assertEquals(COMMANDS, shown, "the README shows each command");
    }
}
