package org.minutes.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.minutes.converters.html.Site;
import org.minutes.converters.html.SiteOptions;
import org.minutes.sdk.archive.Archive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes site}: a static site of the notes (issue 8). */
@Command(name = "site", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a static site of the notes to OUT: an index by year with attendance and open action",
            "items, a page per meeting and per person, an action-item board, a decisions log and attendance charts.",
            "No JavaScript and no external assets: open OUT/index.html from disk or publish OUT as it is.",
            "OUT is written atomically; an existing OUT that Minutes did not write is never replaced."})
final class SiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Notes directories (every *.md below, links not followed) or files.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "The site's folder: absent, empty, or a site Minutes wrote before (replaced).")
    private Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: Meeting notes).")
    private String title;

    @Override
    public Integer call() throws InputException {
        SiteOptions options = SiteOptions.DEFAULT;
        if (title != null) {
            if (title.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--title must not be blank");
            }
            options = new SiteOptions(title);
        }
        Archive archive = ArchiveCommand.open(paths);
        try {
            Site.write(archive, out, options);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(out + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write the site: " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("minutes: wrote " + archive.meetings().size() + " meetings and "
                + archive.people().size() + " people to " + out);
        return ArchiveCommand.reportProblems(archive, spec.commandLine().getErr());
    }
}
