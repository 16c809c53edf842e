package org.minutes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the plainest command lines without picocli (issue 12 point 3): picocli builds its model of a command from the
 * command's annotations by reflection, which took a one-file {@code convert} more time than reading the note (on JDK
 * 17 and 25 with the launcher's class-data cache, 35-40 ms making the annotations' proxies and 25-30 ms more for the
 * model). Plain is {@code convert} followed by nothing but {@code --to FORMAT} (or {@code --to=FORMAT}),
 * {@code -o FILE} (or {@code --output FILE}), {@code --spans}, {@code --diagnostics}, {@code --standalone}, each at
 * most once, and file names that start with neither {@code -} nor {@code @}. Any other command line goes to picocli,
 * and so does a plain one the command finds a usage error in (it does so before printing anything); either way a run
 * prints and returns what picocli's would.
 */
final class PlainCommandLine {

    /**
     * Thrown by a command made here, before it printed anything, for a usage error: picocli runs the command line
     * instead, and reports the error.
     */
    static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private PlainCommandLine() {
    }

    /**
     * Runs {@code args} if they are plain, as picocli would: the command's exit code, an exception it throws reported
     * as {@link MinutesCommand#main} reports it.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code; empty when picocli must run the arguments
     */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        Optional<ConvertCommand> convert = convert(args);
        if (convert.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(convert.get().convert(out));
        } catch (NotPlain e) {
            return OptionalInt.empty();
        } catch (Exception e) {
            return OptionalInt.of(MinutesCommand.failed(e, err, false));
        } catch (Error e) {
            return OptionalInt.of(MinutesCommand.failed(e, err, false));
        }
    }

    /**
     * Reads a plain {@code convert} command line.
     *
     * @param args the arguments
     * @return the command as picocli would make it; empty when the arguments are not plain
     */
    static Optional<ConvertCommand> convert(String[] args) {
        if (args.length == 0 || !args[0].equals("convert")) {
            return Optional.empty();
        }
        ConvertCommand.Target to = null;
        Path output = null;
        List<String> flags = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (arg.startsWith("--to=") || arg.equals("--to")) {
                if (to != null || (arg.equals("--to") && value == null)) {
                    return Optional.empty();
                }
                to = target(arg.equals("--to") ? args[++i] : arg.substring("--to=".length()));
                if (to == null) {
                    return Optional.empty();
                }
            } else if (arg.equals("-o") || arg.equals("--output")) {
                if (output != null || !isName(value)) {
                    return Optional.empty();
                }
                output = Path.of(value);
                i++;
            } else if (arg.equals("--spans") || arg.equals("--diagnostics") || arg.equals("--standalone")) {
                if (flags.contains(arg)) {
                    return Optional.empty();
                }
                flags.add(arg);
            } else if (isName(arg)) {
                files.add(arg);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(ConvertCommand.plain(to, output, flags.contains("--spans"), flags.contains("--diagnostics"),
                flags.contains("--standalone"), files));
    }

    /** {@return the format {@code --to} names, exactly as picocli reads it; null for any other text} */
    private static ConvertCommand.Target target(String name) {
        for (ConvertCommand.Target target : ConvertCommand.Target.values()) {
            if (target.name().equals(name)) {
                return target;
            }
        }
        return null;
    }

    /**
     * {@return whether {@code arg} is a file name picocli takes as such}: not empty, no option (nor {@code -}, standard
     * input), no {@code @file} (picocli reads more arguments from the file)
     */
    private static boolean isName(String arg) {
        return arg != null && !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }
}
