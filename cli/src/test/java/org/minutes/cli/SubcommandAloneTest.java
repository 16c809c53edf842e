package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 3: {@code main} builds the command line with only the subcommand its first argument names, to save
 * picocli's reflective set-up of the others. Each run prints and returns what the command line with every subcommand
 * does.
 */
class SubcommandAloneTest {

    /** The same run on the command line with every subcommand, built the way the tests before this change did. */
    private static Cli.Run whole(String... args) {
        return Cli.runWithInput(MinutesCommand.commandLine(), new byte[0], args);
    }

    private static void assertSameRun(String... args) {
        Cli.Run alone = Cli.run(args);
        assertEquals(whole(args), alone, String.join(" ", args));
    }

    @Test
    void theListNamesEverySubcommandInHelpOrder() {
        assertEquals(MinutesCommand.SUBCOMMANDS,
                new ArrayList<>(MinutesCommand.commandLine().getSubcommands().keySet()));
        for (String name : MinutesCommand.SUBCOMMANDS) {
            List<String> built = new ArrayList<>(MinutesCommand.commandLine(name, "--help").getSubcommands().keySet());
            assertEquals(name.equals("generate-completion") ? MinutesCommand.SUBCOMMANDS : List.of(name), built);
        }
    }

    @Test
    void helpVersionAndUsageErrorsAreTheSame() {
        for (String name : MinutesCommand.SUBCOMMANDS) {
            assertSameRun(name, "--help");
            assertSameRun(name, "-V");
            assertSameRun(name, "--frobnicate");
        }
        assertSameRun();
        assertSameRun("--help");
        assertSameRun("--debug", "check", Cli.SAMPLE.toString());
        assertSameRun("conver", "--to", "json");
    }

    @Test
    void runsAreTheSame() {
        String sample = Cli.SAMPLE.toString();
        for (String to : List.of("json", "ics", "md", "html")) {
            assertSameRun("convert", "--to", to, sample);
        }
        assertSameRun("check", sample);
        assertSameRun("check", "--format", "sarif", sample);
        assertSameRun("fmt", "--check", sample);
        String samples = Cli.ROOT.resolve("samples").toString();
        for (String command : List.of("todo", "people", "decisions", "stats")) {
            assertSameRun(command, "--format", "json", samples);
        }
        Cli.Run completion = Cli.run("generate-completion");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(completion.out().contains("convert") && completion.out().contains("decisions"), "every command");
    }
}
