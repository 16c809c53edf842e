package org.minutes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.converters.markdown.MarkdownStyle;
import org.minutes.sdk.ParseResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes fmt}: canonical Markdown (D71). */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Print notes as canonical Markdown (docs/dialect.md#d71-canonical-rendering in the Minutes",
            "repository).",
            "--check lists the files that would change and exits 1 if any would;",
            "--write replaces those files atomically and touches no other file."})
final class FmtCommand implements Callable<Integer> {

    /** What to do with the canonical text. */
    static final class Mode {
        @Option(names = "--check", description = "List files that are not canonical; exit 1 if any.")
        boolean check;

        @Option(names = "--write", description = "Rewrite files that are not canonical, in place.")
        boolean write;

        @Option(names = "--out-dir", paramLabel = "DIR",
                description = "Write the canonical form of each file into DIR (created if missing).")
        Path outDir;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Notes files or directories (their *.md files); none or - for standard input.")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws InputException {
        if ((mode.write || mode.outDir != null) && (files.isEmpty() || files.contains(Inputs.STDIN))) {
            throw new ParameterException(spec.commandLine(), "--write and --out-dir need files, not standard input");
        }
        List<Inputs.Input> inputs = Inputs.read(files, System.in);
        if (inputs.size() > 1 && !mode.check && !mode.write && mode.outDir == null) {
            throw new ParameterException(spec.commandLine(), "several files need --write, --check or --out-dir "
                    + "(standard output takes one)");
        }
        List<String> canonical = new ArrayList<>();
        for (Inputs.Input input : inputs) {
            // D71: the canonical form keeps the author's style, read from this very text.
            ParseResult parsed = input.parse(input.strictText());
            canonical.add(MarkdownRenderer.create().convert(parsed.document(), MarkdownStyle.of(parsed)));
        }
        if (mode.outDir != null) {
            Set<Path> names = new HashSet<>();
            for (Inputs.Input input : inputs) {
                if (!names.add(input.path().getFileName())) {
                    throw new InputException(mode.outDir.resolve(input.path().getFileName())
                            + ": two inputs would write the same file");
                }
            }
        }
        if (mode.write) {
            // Refuse before writing anything, so that one read-only file leaves every file as it was.
            for (int i = 0; i < inputs.size(); i++) {
                if (!canonical.get(i).equals(inputs.get(i).strictText())
                        && Outputs.isReadOnly(inputs.get(i).path())) {
                    throw new InputException(inputs.get(i).name() + ": permission denied (read-only); no file was "
                            + "changed");
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean changes = false;
        for (int i = 0; i < inputs.size(); i++) {
            Inputs.Input input = inputs.get(i);
            boolean changed = !canonical.get(i).equals(input.strictText());
            changes |= changed;
            if (mode.check) {
                if (changed) {
                    out.println(input.name());
                }
            } else if (mode.write) {
                if (changed) {
                    Outputs.writeAtomically(input.path(), canonical.get(i));
                }
            } else if (mode.outDir != null) {
                Path target = outDir().resolve(input.path().getFileName());
                Outputs.refuseInput(target, files);
                Outputs.writeAtomically(target, canonical.get(i));
            } else {
                out.print(canonical.get(i));
            }
        }
        out.flush();
        return mode.check && changes ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private Path outDir() throws InputException {
        try {
            return Files.createDirectories(mode.outDir);
        } catch (IOException e) {
            throw new InputException(mode.outDir + ": cannot create the directory: " + e.getMessage(), e);
        }
    }
}
