package org.minutes.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user on the module path: a named module {@code consumer} that {@code requires org.minutes.sdk} and
 * {@code requires org.minutes.converters}, compiled with {@link JavaCompiler} and run in a {@code java} subprocess
 * whose module path holds only the packaged {@code minutes-grammar}, {@code minutes-sdk} and
 * {@code minutes-converters} jars and their third-party dependencies, without any class path.
 *
 * <p>It lives here because {@code minutes-samples} depends on exactly the SDK and the converters, as a library user
 * does; its runtime class path, written by {@code maven-dependency-plugin:build-classpath} after {@code package}
 * (see the pom), is therefore the module path a user gets. {@code minutes-cli} would bring picocli along.
 */
class ModulePathConsumerIT {

    private static final Path ROOT = Path.of(System.getProperty("minutes.root", "..")).toAbsolutePath().normalize();

    private static List<Path> modulePath;

    @BeforeAll
    static void readModulePath() throws IOException {
        Path file = Path.of(System.getProperty("minutes.modulePathFile", "target/module-path.txt"));
        modulePath = List.of(Files.readString(file).strip().split(File.pathSeparator)).stream()
                .map(Path::of).toList();
    }

    private static String modulePathString() {
        return modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** The packaged jars of the three Minutes modules, not their {@code target/classes} folders. */
    @Test
    void modulePathHoldsThePackagedMinutesJars() {
        for (String artifact : List.of("minutes-grammar", "minutes-sdk", "minutes-converters")) {
            assertEquals(1, modulePath.stream().filter(p -> p.getFileName().toString().startsWith(artifact + "-")
                    && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).count(),
                    artifact + " in " + modulePath);
        }
        assertTrue(modulePath.stream().allMatch(p -> p.getFileName().toString().endsWith(".jar")), modulePath::toString);
    }

    /** Issue 6, done-when 7: no picocli on a library user's path, neither as a jar nor inside another jar. */
    @Test
    void noPicocliOnTheModulePath() throws IOException {
        for (Path jar : modulePath) {
            assertFalse(jar.getFileName().toString().contains("picocli"), jar::toString);
            assertFalse(jar.getFileName().toString().contains("minutes-cli"), jar::toString);
            try (JarFile entries = new JarFile(jar.toFile())) {
                assertTrue(entries.stream().noneMatch(e -> e.getName().startsWith("picocli/")), jar::toString);
            }
        }
    }

    @Test
    void readmeSnippetCompilesAndRunsAsANamedModule(@TempDir Path dir) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher snippet = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(snippet.find(), "README.md has a ```java snippet");
        // A named module holds no class in the unnamed package: the snippet goes, unchanged, into package consumer.
        Path sources = dir.resolve("src");
        Path program = sources.resolve("consumer/PrintAttendees.java");
        Files.createDirectories(program.getParent());
        Files.writeString(program, "package consumer;\n" + snippet.group(1));
        Path descriptor = sources.resolve("module-info.java");
        Files.writeString(descriptor, """
                module consumer {
                    requires org.minutes.sdk;
                    requires org.minutes.converters;
                }
                """);
        Path classes = dir.resolve("classes");
        Compilation compiled = compile(classes, descriptor, program);
        assertEquals(0, compiled.status(), compiled.output());

        // Seed 001: nine attendees and one open action item, as ReadmeSnippetTest checks on the class path. D67 as
        // amended 2026-12: the follow-up of line 46 under a discussed topic (D67 (1)(c)); its sibling on line 47 is
        // only a URL, no action item (before the amendment it was a second one).
        Result run = java("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "--module-path", classes + File.pathSeparator + modulePathString(),
                "-m", "consumer/consumer.PrintAttendees",
                ROOT.resolve("samples/2026-01-07-conda-ecosystem.md").toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("2026-01-07 Conda Ecosystem Meeting", lines.get(0));
        assertEquals(9, lines.stream().filter(l -> l.startsWith("attendee: ")).count());
        assertEquals("attendee: Jaime Rodríguez-Guerra (@jaimergp)", lines.get(1));
        assertEquals("attendee: John Kirkham (@jakirkham)", lines.get(9));
        assertEquals(List.of(
                "todo: [JRG] Open PR in conda-forge/conda-forge.github.io and add MD file under news/ following the "
                        + "style there."),
                lines.subList(10, lines.size()));
    }

    /** {@code org.minutes.sdk.internal} is not exported: a consumer that imports it does not compile. */
    @Test
    void sdkInternalIsNotVisible(@TempDir Path dir) throws Exception {
        Compilation compiled = compileConsumer(dir, "requires org.minutes.sdk;", """
                package consumer;

                import org.minutes.sdk.internal.*;

                public class Reach {
                }
                """);
        assertNotEquals(0, compiled.status(), compiled.output());
        assertTrue(compiled.output().contains("package org.minutes.sdk.internal is not visible"), compiled.output());
        assertTrue(compiled.output().contains("does not export it"), compiled.output());
    }

    /** The grammar's generated package is exported to {@code org.minutes.sdk} alone, even to a module reading it. */
    @Test
    void grammarIsExportedToTheSdkAlone(@TempDir Path dir) throws Exception {
        Compilation compiled = compileConsumer(dir, "requires org.minutes.grammar;", """
                package consumer;

                import org.minutes.grammar.*;

                public class Reach {
                }
                """);
        assertNotEquals(0, compiled.status(), compiled.output());
        assertTrue(compiled.output().contains("package org.minutes.grammar is not visible"), compiled.output());
        assertTrue(compiled.output().contains("does not export it to module consumer"), compiled.output());
    }

    /** The same consumer without the forbidden import compiles, so the failures above are the import's alone. */
    @Test
    void theSameConsumerWithoutTheImportCompiles(@TempDir Path dir) throws Exception {
        Compilation compiled = compileConsumer(dir, "requires org.minutes.sdk; requires org.minutes.grammar;", """
                package consumer;

                import org.minutes.sdk.ast.*;

                public class Reach {
                }
                """);
        assertEquals(0, compiled.status(), compiled.output());
    }

    private record Compilation(int status, String output) {
    }

    private record Result(int code, String out, String err) {
    }

    private static Compilation compileConsumer(Path dir, String requires, String reach) throws IOException {
        Path sources = dir.resolve("src");
        Path source = sources.resolve("consumer/Reach.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, reach);
        Path descriptor = sources.resolve("module-info.java");
        Files.writeString(descriptor, "module consumer { " + requires + " }\n");
        return compile(dir.resolve("classes"), descriptor, source);
    }

    private static Compilation compile(Path classes, Path... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        // In-process, javac would default its class path to this test's, which holds the SDK's classes: the class
        // path is set to the (empty) output folder, so the module path alone provides the Minutes modules.
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "--class-path", classes.toString(),
                "--module-path", modulePathString()));
        var fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean ok = compiler.getTask(output, fileManager, null, options, null,
                fileManager.getJavaFileObjects(sources)).call();
        return new Compilation(ok ? 0 : 1, output.toString());
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("CLASSPATH");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the consumer finishes");
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
