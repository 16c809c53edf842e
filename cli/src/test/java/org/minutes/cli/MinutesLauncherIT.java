package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.MinutesParser;

/**
 * The {@code ./minutes} launcher as a subprocess, the way people run it: the README's main command, and each kind
 * of bad input with its documented exit code, a one-line message naming the file, and files left as they were.
 * Runs after {@code package}, so the launcher finds the CLI jar already built.
 */
class MinutesLauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("minutes.root", "..")).toAbsolutePath().normalize();

    private record Result(int code, String out, String err) {
    }

    private static Result minutes(String... args) throws IOException, InterruptedException {
        return run(ROOT.resolve("minutes"), ROOT, Path.of("/dev/null"), args);
    }

    /** Runs {@code executable} in {@code cwd} with standard input read from {@code stdin}. */
    private static Result run(Path executable, Path cwd, Path stdin, String... args)
            throws IOException, InterruptedException {
        return run(Map.of(), executable, cwd, stdin, args);
    }

    /** Runs {@code executable} as {@link #run(Path, Path, Path, String...)} does, with more environment. */
    private static Result run(Map<String, String> env, Path executable, Path cwd, Path stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finishes");
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static void assertOneLine(Result result, int code, String fragment) {
        assertEquals(code, result.code(), result.err());
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).contains(fragment), lines.get(0));
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void readmeMainJobGivesOneCalendar() throws Exception {
        List<String> args = new ArrayList<>(List.of("convert", "--to", "ics"));
        try (var files = Files.list(ROOT.resolve("samples"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> args.add("samples/" + p.getFileName()));
        }
        Result result = minutes(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("BEGIN:VCALENDAR\r\n"), result.out());
        assertTrue(result.out().endsWith("END:VCALENDAR\r\n"));
        assertEquals(5, result.out().split("BEGIN:VEVENT", -1).length - 1, "one event per sample");
    }

    @Test
    void missingFileDirectoryAndUnknownFlag(@TempDir Path dir) throws Exception {
        assertOneLine(minutes("convert", "--to", "json", "nope.md"), 3, "nope.md: no such file");
        assertOneLine(minutes("check", dir.toString()), 3, dir + ": no notes (*.md) found");
        Result usage = minutes("check", "--frobnicate", "samples/2026-01-14-conda-ecosystem.md");
        assertEquals(2, usage.code());
        assertTrue(usage.err().lines().findFirst().orElseThrow().contains("Unknown option: '--frobnicate'"));
    }

    @Test
    void archiveCommandsOverTheSamples(@TempDir Path dir) throws Exception {
        Result stats = minutes("stats", "--format", "csv", "samples");
        assertEquals(0, stats.code(), stats.err());
        // samples/: 1 meeting in 2024, 2 in 2025, 2 in 2026.
        assertTrue(stats.out().contains("\nyear,2024,meetings,1\nyear,2024,people,11\n"), stats.out());
        assertOneLine(minutes("todo", "no-such-dir"), 3, "no-such-dir: no such file or directory");
        assertOneLine(minutes("people", dir.toString()), 3, dir + ": no notes (*.md) found");
    }

    @Test
    void invalidUtf8AndInvalidJson(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.md");
        byte[] bytes = "# 2031-05-14 Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(latin1, bytes);
        assertOneLine(minutes("convert", "--to", "json", latin1.toString()), 3, latin1 + ": not valid UTF-8");
        assertOneLine(minutes("fmt", "--write", latin1.toString()), 3, latin1 + ": not valid UTF-8");
        assertArrayEquals(bytes, Files.readAllBytes(latin1));

        Path json = dir.resolve("notes.json");
        Files.writeString(json, "[1, 2");
        assertOneLine(minutes("convert", "--from", "json", "--to", "ics", json.toString()), 3, json + ": invalid JSON");
    }

    @Test
    void fmtWriteOnAReadOnlyFileLeavesItAlone(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.md");
        String messy = "#   2031-05-14 Team Sync  \n";
        Files.writeString(notes, messy);
        assertTrue(notes.toFile().setWritable(false, false));
        try {
            assertOneLine(minutes("fmt", "--write", notes.toString()), 3, notes + ": permission denied");
            assertEquals(messy, Files.readString(notes));
        } finally {
            notes.toFile().setWritable(true);
        }
    }

    @Test
    void jsonRoundTripThroughTheShell(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("seed.json");
        Result toJson = minutes("convert", "--to", "json", "-o", json.toString(), "samples/2026-01-14-conda-ecosystem.md");
        assertEquals(0, toJson.code(), toJson.err());
        Result back = minutes("convert", "--from", "json", "--to", "md", json.toString());
        Result direct = minutes("convert", "--to", "md", "samples/2026-01-14-conda-ecosystem.md");
        assertEquals(0, back.code(), back.err());
        // JSON carries the document, not the author's style (D71 as amended: numbering, nesting step and speaker
        // separators are trivia, D70), so the two Markdown texts may differ in style but must read as one document.
        MinutesParser parser = MinutesParser.create();
        assertEquals(parser.parse(direct.out()).document(), parser.parse(back.out()).document());
    }

    private static List<String> samples() throws IOException {
        try (var files = Files.list(ROOT.resolve("samples"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().map(Path::toString).toList();
        }
    }

    /**
     * Issue 9 point 1: the build makes one self-contained executable, {@code cli/target/minutes}, that works through
     * a symbolic link from any directory (before, only {@code java -jar} outside the clone worked).
     */
    @Test
    void theInstalledCommandWorksThroughALinkFromAnotherDirectory(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("minutes"), ROOT.resolve("cli/target/minutes"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<String> args = new ArrayList<>(List.of("convert", "--to", "ics"));
        args.addAll(samples());
        Result result = run(link, elsewhere, Path.of("/dev/null"), args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        assertEquals(5, result.out().split("BEGIN:VEVENT", -1).length - 1, "one event per sample");
        assertEquals("", result.err());
    }

    /** Issue 9 point 1: {@code ./minutes} linked into a bin directory failed (exit 4: Maven found no project). */
    @Test
    void theCloneLauncherWorksThroughALink(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("minutes"), ROOT.resolve("minutes"));
        Result result = run(link, dir, Path.of("/dev/null"), "check", "--strict", samples().get(0));
        assertEquals(0, result.code(), result.err());
        Result version = run(link, dir, Path.of("/dev/null"), "convert", "-V");
        assertTrue(version.out().startsWith("minutes "), version.out());
    }

    /** Issue 10 point 6: {@code convert -o in.md < in.md} overwrote its input; standard input is an input too. */
    @Test
    void convertRefusesAnOutputThatIsItsStandardInput(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("in.md");
        String messy = "#   2031-05-14 Team Sync  \n";
        Files.writeString(notes, messy);
        Result result = run(ROOT.resolve("cli/target/minutes"), dir, notes, "convert", "--to", "md", "-o", "in.md");
        assertOneLine(result, 3, "in.md: is an input (standard input)");
        assertEquals(messy, Files.readString(notes));
    }

    /** Issue 9 point 3: each hook of .pre-commit-hooks.yaml runs its entry on notes, as pre-commit does. */
    @Test
    void preCommitHooksRun() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve(".pre-commit-hooks.yaml"));
        List<String> ids = lines.stream().filter(l -> l.startsWith("- id: ")).map(l -> l.substring(6)).toList();
        assertEquals(List.of("minutes-check", "minutes-fmt-check"), ids);
        List<String> entries = lines.stream().map(String::strip).filter(l -> l.startsWith("entry: "))
                .map(l -> l.substring(7)).toList();
        assertEquals(List.of("./minutes check", "./minutes fmt --check"), entries);
        for (String entry : entries) {
            List<String> args = new ArrayList<>(List.of(entry.split(" ")).subList(1, entry.split(" ").length));
            args.addAll(samples());
            Result result = minutes(args.toArray(String[]::new));
            assertTrue(result.code() == 0 || result.code() == 1, entry + ": " + result.err());
            assertEquals("", result.err(), entry);
        }
    }

    /**
     * Issue 12 point 3: the first run archives its classes (class-data sharing) in the user's cache, once per build
     * of the command, and later runs use it: same output, nothing on standard error, one archive whether the command
     * is run through a link or directly. MINUTES_CDS=off makes none.
     */
    @Test
    void classDataSharingArchiveIsMadeOnceAndChangesNoOutput(@TempDir Path dir) throws Exception {
        Path command = ROOT.resolve("cli/target/minutes");
        Path link = Files.createSymbolicLink(dir.resolve("minutes"), command);
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        List<String> args = new ArrayList<>(List.of("convert", "--to", "ics"));
        args.addAll(samples());
        Result first = run(env, link, dir, Path.of("/dev/null"), args.toArray(String[]::new));
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err());
        List<Path> archives;
        try (var files = Files.list(cache.resolve("minutes"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"));
        Result second = run(env, command, ROOT, Path.of("/dev/null"), args.toArray(String[]::new));
        assertEquals(first, second, "the archive changes no output");
        try (var files = Files.list(cache.resolve("minutes"))) {
            assertEquals(archives, files.toList(), "the same archive serves the link and the file");
        }
        // Another Java (the machines' JDK 25, where present) gets an archive of its own and the same output.
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isExecutable(jdk25.resolve("bin/java"))) {
            Map<String, String> newer = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", jdk25.toString());
            for (int run = 0; run < 2; run++) {
                assertEquals(first, run(newer, command, dir, Path.of("/dev/null"), args.toArray(String[]::new)));
            }
            try (var files = Files.list(cache.resolve("minutes"))) {
                assertEquals(2, files.count(), "one archive per Java");
            }
        }
        Path none = dir.resolve("none");
        Result off = run(Map.of("XDG_CACHE_HOME", none.toString(), "MINUTES_CDS", "off"), command, dir,
                Path.of("/dev/null"), args.toArray(String[]::new));
        assertEquals(first, off);
        assertFalse(Files.exists(none));
    }

    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /**
     * Issue 12 point 3: on JDK 24+ the launcher keeps an AOT cache (JEP 483/514/515), not a class-data archive; the
     * JVM's messages about recording and creating it go nowhere, so standard output and standard error are byte for
     * byte those of a run without it, on the first run (training, archiving, then the command) and on later runs.
     * Runs started together each finish and leave one cache, no temporary file.
     */
    @Test
    void aotCacheOnJdk25ChangesNoOutput(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25");
        Path command = ROOT.resolve("cli/target/minutes");
        Path cache = dir.resolve("cache");
        String sample = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString();
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", JDK25.toString());
        Result off = run(Map.of("JAVA_HOME", JDK25.toString(), "MINUTES_CDS", "off"), command, dir,
                Path.of("/dev/null"), "convert", "--to", "json", sample);
        assertEquals(0, off.code(), off.err());
        assertTrue(off.out().startsWith("{\"type\":\"document\""), off.out());
        assertEquals("", off.err());
        for (int run = 0; run < 3; run++) {
            assertEquals(off, run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "json", sample));
        }
        List<String> files;
        try (var listing = Files.list(cache.resolve("minutes"))) {
            files = listing.map(file -> file.getFileName().toString()).toList();
        }
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).matches("minutes-[0-9a-f]{32}-.+-convert\\.aot"), files.toString());
        Result version = run(env, command, dir, Path.of("/dev/null"), "--version");
        assertEquals(run(Map.of("JAVA_HOME", JDK25.toString(), "MINUTES_CDS", "off"), command, dir,
                Path.of("/dev/null"), "--version"), version);

        Path together = dir.resolve("together");
        Map<String, String> fresh = Map.of("XDG_CACHE_HOME", together.toString(), "JAVA_HOME", JDK25.toString());
        int expected = run(Map.of("JAVA_HOME", JDK25.toString(), "MINUTES_CDS", "off"), command, dir,
                Path.of("/dev/null"), "check", sample).code();
        List<Process> processes = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            ProcessBuilder builder = new ProcessBuilder(command.toString(), "check", sample).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(fresh);
            processes.add(builder.start());
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finishes");
            assertEquals(expected, process.exitValue());
        }
        try (var listing = Files.list(together.resolve("minutes"))) {
            List<String> left = listing.map(file -> file.getFileName().toString()).toList();
            assertEquals(1, left.size(), left.toString());
            assertTrue(left.get(0).endsWith(".aot"), left.toString());
        }
    }

    /**
     * Issue 12 point 3: the cache's name holds the build's id, the command's path and the java program's (spelt with
     * the shell's built-ins, no program started to hash them), and a cache older than the command or the java program
     * is made anew in its place; a command dated in the future (a clock ahead where it was built) is trained once, not
     * on every run. The output never changes.
     */
    @Test
    void aCacheOlderThanTheCommandIsMadeAnew(@TempDir Path dir) throws Exception {
        Path command = Files.copy(ROOT.resolve("cli/target/minutes"), dir.resolve("minutes"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        String sample = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString();
        String[] args = {"convert", "--to", "json", sample};
        Result off = run(Map.of("MINUTES_CDS", "off"), command, dir, Path.of("/dev/null"), args);
        assertEquals(0, off.code(), off.err());
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        Path made = onlyFile(cache.resolve("minutes"));
        String name = made.getFileName().toString();
        assertTrue(name.matches("minutes-[0-9a-f]{32}-" + java.util.regex.Pattern.quote(
                command.toString().replace('/', '+')) + "@.+-convert\\.jsa"), name);
        Object first = fileKey(made);
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        assertEquals(first, fileKey(made), "a fresh cache is used as it is");

        java.nio.file.attribute.FileTime commandTime = Files.getLastModifiedTime(command);
        Files.setLastModifiedTime(made,
                java.nio.file.attribute.FileTime.fromMillis(commandTime.toMillis() - 86_400_000));
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        assertEquals(made, onlyFile(cache.resolve("minutes")), "the same name");
        assertFalse(first.equals(fileKey(made)), "a cache older than the command is made anew");
        assertTrue(Files.getLastModifiedTime(made).compareTo(commandTime) >= 0);

        Files.setLastModifiedTime(command, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 86_400_000));
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        Object future = fileKey(made);
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        assertEquals(future, fileKey(made), "a command dated in the future is trained once");

        // Another build at the same path: its cache replaces the earlier build's.
        String stub = new String(Files.readAllBytes(command), 0, 8192, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("base=\\$cache/minutes-([0-9a-f]{32})-")
                .matcher(stub);
        assertTrue(id.find(), "the build's id in the stub");
        byte[] bytes = Files.readAllBytes(command);
        byte[] other = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(other, 0, bytes, id.start(1), other.length);
        Files.write(command, bytes);
        assertEquals(off, run(env, command, dir, Path.of("/dev/null"), args));
        assertEquals(name.replace(id.group(1), "0123456789abcdef0123456789abcdef"),
                onlyFile(cache.resolve("minutes")).getFileName().toString(), "one cache, the new build's");
    }

    /**
     * Issue 12 point 3: once its cache is made, a run of the command by its path starts no program but java (the
     * shell's built-ins find java on the PATH, name the cache and test its dates): here the PATH holds java alone,
     * and the run still uses the cache.
     */
    @Test
    void aRunWithItsCacheStartsNoOtherProgram(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(ProcessHandle.current().info().command().orElseThrow()));
        Path command = ROOT.resolve("cli/target/minutes");
        String sample = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString();
        Map<String, String> env = new java.util.HashMap<>(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "JAVA_HOME", "", "PATH", bin + ":" + System.getenv("PATH")));
        Result first = run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "json", sample);
        assertEquals(0, first.code(), first.err());
        onlyFile(dir.resolve("cache/minutes"));
        env.put("PATH", bin.toString());
        List<String> log = classesLoaded(env, dir.resolve("alone.log"), "convert", "--to", "json", sample);
        assertShared(log, "org.minutes.sdk.MinutesParser", env);
    }

    /**
     * Issue 12 point 3: with an AOT cache (JDK 24 and later) the JVM runs the serial collector, unless the user's
     * options name a collector (two would stop the JVM); with a class-data archive (JDK 17) it keeps G1, the only
     * collector that maps the archived objects there.
     */
    @Test
    void theSerialCollectorRunsWithAnAotCacheUnlessTheUserNamesOne(@TempDir Path dir) throws Exception {
        Path command = ROOT.resolve("cli/target/minutes");
        String sample = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString();
        for (Map<String, String> java : javas()) {
            boolean aot = !java.isEmpty();
            Map<String, String> env = withOwnCache(java, dir);
            Result off = run(Map.of("MINUTES_CDS", "off"), command, dir, Path.of("/dev/null"), "convert", "--to",
                    "json", sample);
            assertEquals(off.out(), run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "json", sample)
                    .out());
            Path log = dir.resolve("gc" + java.size() + ".log");
            env.put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + log);
            Result result = run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "json", sample);
            assertEquals(off.out(), result.out());
            assertTrue(Files.readString(log).contains(aot ? "Using Serial" : "Using G1"), java + Files.readString(log));
            Path chosen = dir.resolve("parallel" + java.size() + ".log");
            env.put("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC -Xlog:gc:file=" + chosen);
            result = run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "json", sample);
            assertEquals(0, result.code(), result.err());
            assertEquals(off.out(), result.out());
            assertTrue(Files.readString(chosen).contains("Using Parallel"), java + Files.readString(chosen));
        }
    }

    /**
     * Issue 12 point 3: the JIT compiles on one thread (JDK 17 starts two), unless the user's options name a compiler
     * set-up: with {@code _JAVA_OPTIONS}, which the JVM reads after the command line, asking for the optimising
     * compiler, one thread would stop the JVM ("CICompilerCount (1) must be at least 2"). Issue 12 point 4: it inlines
     * less than by default, unless the user's options name an inlining limit, which the launcher's would override.
     */
    @Test
    void oneCompilerThreadUnlessTheUserAsksForAnother(@TempDir Path dir) throws Exception {
        String[] args = {"convert", "--to", "json", ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString()};
        Path command = ROOT.resolve("cli/target/minutes");
        for (Map<String, String> java : javas()) {
            Map<String, String> env = withOwnCache(java, dir);
            Result plain = run(env, command, dir, Path.of("/dev/null"), args);
            assertEquals(0, plain.code(), plain.err());
            env.put("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal");
            Result flags = run(env, command, dir, Path.of("/dev/null"), args);
            assertFlag(flags, "CICompilerCount", 1, java + ": one compiler thread");
            assertFlag(flags, "C1MaxInlineSize", 20, java + ": inlining methods of up to 20 bytes");
            assertFlag(flags, "C1MaxInlineLevel", 5, java + ": inlining 5 calls deep");
            env.put("JAVA_TOOL_OPTIONS", "-XX:C1MaxInlineSize=30 -XX:+PrintFlagsFinal");
            Result own = run(env, command, dir, Path.of("/dev/null"), args);
            assertFlag(own, "C1MaxInlineSize", 30, java + ": the user's inlining limit kept");
            assertFlag(own, "C1MaxInlineLevel", 9, java + ": no limit of the launcher's beside the user's");
            env.remove("JAVA_TOOL_OPTIONS");
            env.put("_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4");
            Result tiered = run(env, command, dir, Path.of("/dev/null"), args);
            assertEquals(0, tiered.code(), tiered.err());
            assertEquals(plain.out(), tiered.out());
        }
    }

    /** Asserts that the {@code -XX:+PrintFlagsFinal} output in {@code result} gives flag {@code name} that value. */
    private static void assertFlag(Result result, String name, int value, String message) {
        String pattern = "\\s*intx " + name + "\\s+= " + value + "\\s.*";
        assertTrue(result.out().lines().anyMatch(line -> line.matches(pattern)), message);
    }

    /** {@return the environments of the Javas to test: the build's, and JDK 25 where the machine has it} */
    private static List<Map<String, String>> javas() {
        List<Map<String, String>> javas = new ArrayList<>();
        javas.add(Map.of());
        if (Files.isExecutable(JDK25.resolve("bin/java"))) {
            javas.add(Map.of("JAVA_HOME", JDK25.toString()));
        }
        return javas;
    }

    /** {@return a copy of the environment {@code java} (of {@link #javas()}) with a cache of its own in {@code dir}} */
    private static Map<String, String> withOwnCache(Map<String, String> java, Path dir) {
        Map<String, String> env = new java.util.HashMap<>(java);
        env.put("XDG_CACHE_HOME", dir.resolve("cache" + java.size()).toString());
        return env;
    }

    /** {@return the one file in {@code dir}} */
    private static Path onlyFile(Path dir) throws IOException {
        try (var listing = Files.list(dir)) {
            List<Path> files = listing.toList();
            assertEquals(1, files.size(), files.toString());
            return files.get(0);
        }
    }

    /** {@return the file's identity (device and inode): a renamed new file has another} */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /**
     * Issue 12 point 3: the archive comes from a training run over every form of the command (convert, check and fmt
     * have one each, the others share one), not from the user's first command line: after a first run of
     * {@code --version} and one of {@code convert --to md}, a run of {@code convert --to json} finds the parser's and
     * the JSON converter's classes in it (a plain command line, it reads no picocli annotations), and a run of
     * {@code check} picocli's, with the JVM of the build and with JDK 25.
     */
    @Test
    void theArchiveServesEveryCommandWhicheverRunsFirst(@TempDir Path dir) throws Exception {
        Path command = ROOT.resolve("cli/target/minutes");
        String sample = ROOT.resolve("samples/2026-01-14-conda-ecosystem.md").toString();
        for (Map<String, String> java : javas()) {
            Map<String, String> env = withOwnCache(java, dir);
            Result version = run(env, command, dir, Path.of("/dev/null"), "--version");
            assertTrue(version.out().startsWith("minutes "), version.out());
            Result markdown = run(env, command, dir, Path.of("/dev/null"), "convert", "--to", "md", sample);
            assertEquals(0, markdown.code(), markdown.err());
            List<String> convert = classesLoaded(env, dir.resolve("convert" + java.size() + ".log"), "convert", "--to",
                    "json", sample);
            for (String name : List.of("org.minutes.sdk.MinutesParser", "org.minutes.converters.json.JsonConverter",
                    "org.minutes.cli.ConvertCommand", "org.minutes.cli.PlainCommandLine")) {
                assertShared(convert, name, java);
            }
            // Reading annotations makes dynamic proxies (JDK 25 loads every class of its AOT cache, used or not).
            assertTrue(convert.stream().noneMatch(line -> line.contains("source: __dynamic_proxy__")),
                    java + ": no annotation read");
            if (java.isEmpty()) {
                // LazyLoggerFinder: reading front matter starts no java.util.logging.
                assertTrue(convert.stream().noneMatch(line -> line.contains(" java.util.logging.LogManager ")),
                        "no log manager");
            }
            List<String> check = classesLoaded(env, dir.resolve("check" + java.size() + ".log"), "check", sample);
            // picocli's classes, which the build rewrites as Java 8 class files (src/build/UpgradeOldClasses.java):
            // class-data sharing leaves out Java 5 ones.
            for (String name : List.of("org.minutes.cli.CheckCommand", "picocli.CommandLine",
                    "picocli.CommandLine$Model$CommandSpec")) {
                assertShared(check, name, java);
            }
            try (var listing = Files.list(dir.resolve("cache" + java.size()).resolve("minutes"))) {
                assertEquals(3, listing.count(), java + ": the caches of every command, convert and check");
            }
        }
    }

    /** {@return the JVM's class+load log of a run of the launcher with {@code args}, which must exit 0 or 1} */
    private static List<String> classesLoaded(Map<String, String> env, Path log, String... args) throws Exception {
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        Result result = run(logged, ROOT.resolve("cli/target/minutes"), log.getParent(), Path.of("/dev/null"), args);
        assertTrue(result.code() <= ExitCode.FINDINGS, result.err());
        return Files.readAllLines(log);
    }

    private static void assertShared(List<String> log, String name, Map<String, String> java) {
        String line = log.stream().filter(l -> l.contains(" " + name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(java + ": " + name + " not loaded"));
        assertTrue(line.contains("source: shared objects file"), java + ": " + line);
    }

    /**
     * Issue 9 point 2: the launcher's first build printed stray reset codes ({@code ESC [0m}) on standard error, as
     * Maven 3.8 does without {@code -Djansi.noreset=true}. The launcher runs here in a copy of the clone without a
     * build, on a stand-in {@code mvn} that prints those codes unless told not to and then "builds" the command.
     */
    @Test
    void theFirstBuildPrintsNoEscapeCodes(@TempDir Path dir) throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.copy(ROOT.resolve("minutes"), clone.resolve("minutes"));
        Files.createDirectories(clone.resolve("cli"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), """
                #!/bin/sh
                case "${MAVEN_OPTS:-}" in *-Djansi.noreset=true*) ;; *) printf '\\033[0m\\033[0m' >&2 ;; esac
                mkdir -p cli/target
                printf '#!/bin/sh\\necho "built: $*"\\n' > cli/target/minutes
                chmod +x cli/target/minutes
                """);
        assertTrue(mvn.toFile().setExecutable(true));
        Path link = Files.createSymbolicLink(dir.resolve("minutes"), clone.resolve("minutes"));
        Result result = run(Map.of("PATH", bin + ":" + System.getenv("PATH")), link, dir, Path.of("/dev/null"),
                "--version");
        assertEquals(0, result.code(), result.err());
        assertEquals("built: --version\n", result.out());
        assertFalse(result.err().contains("\u001b"), "no escape code: " + result.err());
        assertEquals(List.of("minutes: building the command-line tool (mvn package, first use only)..."),
                result.err().lines().toList());
    }
}
