package org.minutes.cli;

import java.io.PrintWriter;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code minutes} command: converts, checks and formats meeting notes. Subcommands print through the
 * {@link CommandLine}'s writers and return exit codes ({@link ExitCode}); only {@link #main} exits.
 */
@Command(name = "minutes", mixinStandardHelpOptions = true, versionProvider = MinutesCommand.Version.class,
        description = {"Read meeting notes; convert them to JSON, iCalendar or canonical Markdown; check them.",
            "Over a folder of notes: open action items, people, decisions, figures, and the next meeting's note."},
        subcommands = {ConvertCommand.class, CheckCommand.class, FmtCommand.class, TodoCommand.class,
            PeopleCommand.class, DecisionsCommand.class, StatsCommand.class, NextCommand.class,
            AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 ok, 1 findings (or a note that could not be read), 2 usage, 3 unreadable input,",
            "4 internal error."})
public final class MinutesCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    private boolean debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new ParameterException(spec.commandLine(), "a command is required: convert, check, fmt, todo, people, decisions, stats or next");
    }

    /**
     * Builds the command line with the exit-code and one-line-message policy.
     *
     * @return the configured command line
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MinutesCommand());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new ExecutionErrors());
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Usage errors: one line naming the problem, a hint, exit 2. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("minutes: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /** Input errors are one line naming the file (exit 3); anything else is a bug (exit 4). */
    private static final class ExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
            PrintWriter err = commandLine.getErr();
            boolean debug = parsed.matchedOption("--debug") != null
                    || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--debug") != null);
            if (e instanceof InputException) {
                err.println("minutes: " + e.getMessage());
            } else {
                err.println("minutes: internal error: " + e + " (please report it; --debug shows the stack trace)");
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof InputException ? ExitCode.UNREADABLE : ExitCode.INTERNAL;
        }
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MinutesCommand.class.getPackage().getImplementationVersion();
            return new String[] {"minutes " + (version == null ? "(development build)" : version)};
        }
    }
}
