package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the README's Java snippet, so the README cannot rot. */
class ReadmeSnippetTest {

    private static final Path ROOT = Path.of(System.getProperty("minutes.root", ".."));

    @Test
    void snippetPrintsAttendeesAndOpenActionItems(@TempDir Path dir) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher snippet = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(snippet.find(), "README.md has a ```java snippet");
        Path source = dir.resolve("PrintAttendees.java");
        Files.writeString(source, snippet.group(1));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", dir.toString(), "-cp",
                System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, "the snippet compiles");

        // Seed 001: nine attendees (the tenth entry `10. ` is a placeholder, D33) and one open action item, nested
        // under DJC's discussed topic (D67 (c) as amended 2026-12): JRG's; its sibling, a bare URL, has no real text.
        String out = run(dir, ROOT.resolve("samples/2026-01-07-conda-ecosystem.md"));
        List<String> lines = out.lines().toList();
        assertEquals("2026-01-07 Conda Ecosystem Meeting", lines.get(0));
        assertEquals(9, lines.stream().filter(l -> l.startsWith("attendee: ")).count());
        assertEquals("attendee: Jaime Rodríguez-Guerra (@jaimergp)", lines.get(1));
        assertEquals("attendee: John Kirkham (@jakirkham)", lines.get(9));
        assertEquals(List.of(
                "todo: [JRG] Open PR in conda-forge/conda-forge.github.io and add MD file under news/ following the "
                        + "style there."),
                lines.subList(10, lines.size()));
    }

    private static String run(Path classes, Path notes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass("PrintAttendees").getMethod("main", String[].class);
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {notes.toString()});
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
