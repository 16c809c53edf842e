package org.minutes.converters.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node.js scripts of {@code src/test/node} (ical.js and ajv, the readers of iCalendar and JSON Schema most
 * used outside the JVM) on Minutes output. The npm packages are installed on first use with {@code npm ci} from the
 * committed lock file into {@code target/node}. Where Node.js is not installed, or the npm registry cannot be reached,
 * the calling test is skipped with that reason, printed to the build log as well; CI machines have Node.js and the
 * registry, so there the tests run.
 */
final class NodeScripts {

    private static final Path SOURCES = Path.of("src/test/node").toAbsolutePath();
    private static final Path HOME = Path.of("target/node").toAbsolutePath();
    private static String unavailable;
    private static boolean installed;

    private NodeScripts() {
    }

    /** What a script printed and its exit status. */
    record Run(int status, String out, String err) {
    }

    /**
     * Runs a script of {@code src/test/node} with Node.js.
     *
     * @param script the script's file name
     * @param args   its arguments
     * @return what it printed and its exit status
     */
    static Run run(String script, List<String> args) {
        install();
        List<String> command = new ArrayList<>(List.of("node", HOME.resolve(script).toString()));
        command.addAll(args);
        try {
            return exec(command, HOME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void install() {
        if (unavailable == null && !installed) {
            unavailable = tryInstall();
            installed = unavailable == null;
        }
        if (unavailable != null) {
            System.err.println("SKIPPED (interop with Node.js): " + unavailable);
            Assumptions.abort(unavailable);
        }
    }

    /** {@return null when the scripts and their packages are ready, else why they cannot be} */
    private static String tryInstall() {
        try {
            if (exec(List.of("node", "--version"), Path.of(".")).status() != 0) {
                return "node does not run";
            }
            Files.createDirectories(HOME);
            try (var files = Files.list(SOURCES)) {
                for (Path file : files.toList()) {
                    Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.isDirectory(HOME.resolve("node_modules/ical.js"))
                    && Files.isDirectory(HOME.resolve("node_modules/ajv-formats"))) {
                return null;
            }
            Run npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), HOME);
            return npm.status() == 0 ? null
                    : "npm ci could not install ical.js and ajv (" + npm.status() + "): " + npm.err().strip();
        } catch (IOException e) {
            return "Node.js is not installed (" + e.getMessage() + "); install the Debian package nodejs and npm";
        }
    }

    private static Run exec(List<String> command, Path directory) throws IOException {
        try {
            Path out = Files.createTempFile("node", ".out");
            Path err = Files.createTempFile("node", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not end in 5 minutes");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
