package org.minutes.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.OptionalInt;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code minutes} command: converts, checks and formats meeting notes. Subcommands print through the
 * {@link CommandLine}'s writers and return exit codes ({@link ExitCode}); only {@link #main} exits.
 */
@Command(name = "minutes", mixinStandardHelpOptions = true, versionProvider = MinutesCommand.Version.class,
        description = {"Read meeting notes; convert them to JSON, iCalendar or canonical Markdown; check them.",
            "Over a folder of notes: open action items, people, decisions, figures, and the next meeting's note."},
        footer = {"", "Exit codes: 0 ok, 1 findings (or a note that could not be read), 2 usage, 3 unreadable input,",
            "4 internal error."})
public final class MinutesCommand implements Runnable {

    /** The subcommands' names, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of("convert", "check", "fmt", "todo", "people", "decisions", "stats",
            "next", "site", "generate-completion");

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
     * Builds the command line, with every subcommand, and the exit-code and one-line-message policy.
     *
     * @return the configured command line
     */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * Builds the command line that runs {@code args}: when the first argument names a subcommand, with that
     * subcommand alone, as picocli's reflective set-up of each subcommand costs start-up time (issue 12 point 3) and
     * the run reaches no other; else (help, a usage error, an option first, completion, which lists every command)
     * with all of them. Either way the run prints and returns what the whole command line would.
     *
     * @param args the arguments the command line will execute
     * @return the configured command line
     */
    public static CommandLine commandLine(String... args) {
        boolean one = args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("generate-completion");
        return commandLine(one ? List.of(args[0]) : SUBCOMMANDS);
    }

    private static CommandLine commandLine(List<String> names) {
        CommandLine commandLine = new CommandLine(new MinutesCommand());
        for (String name : names) {
            commandLine.addSubcommand(subcommand(name));
        }
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new ExecutionErrors());
        commandLine.setExecutionStrategy(new ResourceErrors(new CommandLine.RunLast()));
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        // Each subcommand's -V prints the version, as the top command's does.
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
        return commandLine;
    }

    /** {@return the class of the subcommand named {@code name}, one of {@link #SUBCOMMANDS}} */
    private static Class<?> subcommand(String name) {
        return switch (name) {
            case "convert" -> ConvertCommand.class;
            case "check" -> CheckCommand.class;
            case "fmt" -> FmtCommand.class;
            case "todo" -> TodoCommand.class;
            case "people" -> PeopleCommand.class;
            case "decisions" -> DecisionsCommand.class;
            case "stats" -> StatsCommand.class;
            case "next" -> NextCommand.class;
            case "site" -> SiteCommand.class;
            case "generate-completion" -> AutoComplete.GenerateCompletion.class;
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, writer(System.out, "sun.stdout.encoding"),
                writer(System.err, "sun.stderr.encoding")));
    }

    /**
     * Runs a command line as {@link #main} does, printing to {@code out} and {@code err}: a plain one
     * ({@link PlainCommandLine}) without picocli, any other with the command line {@link #commandLine(String...)}
     * builds.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        OptionalInt plain = PlainCommandLine.run(args, out, err);
        if (plain.isPresent()) {
            return plain.getAsInt();
        }
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /**
     * {@return a writer on {@code stream} in the encoding picocli gives its own writers} (its
     * {@code CommandLine.getOut()} and {@code getErr()}: the charset the system property names, cp65001 standing for
     * UTF-8, else the default charset), so that a run prints the same bytes whether picocli made the writers or not.
     */
    private static PrintWriter writer(OutputStream stream, String property) {
        String name = System.getProperty(property);
        Charset charset = Charset.defaultCharset();
        if (name != null) {
            try {
                charset = Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
            } catch (RuntimeException unknown) {
                // picocli falls back to the default charset too.
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }

    /** Usage errors: one line naming the problem, a hint, exit 2. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            PrintWriter err = e.getCommandLine().getErr();
            String suggestion = "";
            if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                // picocli lists the candidates nearest first.
                suggestion = "; did you mean '" + unmatched.getSuggestions().get(0) + "'?";
            }
            err.println("minutes: " + e.getMessage() + suggestion);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /** Input errors are one line naming the file (exit 3); anything else is a bug (exit 4). */
    private static final class ExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
            return failed(e, commandLine.getErr(), debug(parsed));
        }
    }

    /**
     * Reports an exception a command threw: an input error as its one line (exit 3), anything else as an internal
     * error (exit 4), with the stack trace when {@code debug}.
     *
     * @param e     the exception
     * @param err   standard error
     * @param debug whether {@code --debug} was given
     * @return the exit code
     */
    static int failed(Exception e, PrintWriter err, boolean debug) {
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

    /** {@return whether {@code --debug} was given, to the command or a subcommand} */
    private static boolean debug(ParseResult parsed) {
        return parsed.matchedOption("--debug") != null
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--debug") != null);
    }

    /**
     * Errors, which no {@code catch (Exception)} sees: out of memory or stack, or another error (a bug, such as a
     * class missing from a broken build), each one line and exit 4; {@code --debug} shows the stack trace. The memory
     * held by the command is unreachable by the time the line is printed.
     */
    static final class ResourceErrors implements CommandLine.IExecutionStrategy {
        private final CommandLine.IExecutionStrategy strategy;

        ResourceErrors(CommandLine.IExecutionStrategy strategy) {
            this.strategy = strategy;
        }

        @Override
        public int execute(ParseResult parsed) {
            try {
                return strategy.execute(parsed);
            } catch (Error e) {
                return failed(e, parsed.commandSpec().commandLine().getErr(), debug(parsed));
            }
        }
    }

    /**
     * Reports an error a command threw, as one line (exit 4): out of memory or stack with what to do about it,
     * anything else as an internal error, with the stack trace when {@code debug}.
     *
     * @param e     the error
     * @param err   standard error
     * @param debug whether {@code --debug} was given
     * @return the exit code
     */
    static int failed(Error e, PrintWriter err, boolean debug) {
        if (e instanceof OutOfMemoryError) {
            err.println("minutes: out of memory (" + e.getMessage() + "); the input is too large for this Java heap: "
                    + "give it more with JAVA_TOOL_OPTIONS=-Xmx2g, or split the input");
        } else if (e instanceof StackOverflowError) {
            err.println("minutes: out of stack; the input nests too deeply: give the stack more with "
                    + "JAVA_TOOL_OPTIONS=-Xss16m, or split the input");
        } else {
            err.println("minutes: internal error: " + e + " (please report it; --debug shows the stack trace)");
            if (debug) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCode.INTERNAL;
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
