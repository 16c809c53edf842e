import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of the CLI jar (cli/pom.xml, package phase): rewrites the classes compiled for Java 5 or older
 * (picocli's, class-file version 49) as Java 8 class files, with the stack-map frames the JVM's type-checking verifier
 * reads, and nothing else changed. The JVM's class-data sharing (AppCDS archive, JDK 24+ AOT cache) leaves out every
 * class older than Java 6, so without this step picocli's classes were loaded, verified by the old inferring verifier
 * and linked anew on every run of the command (issue 12 point 3). Every rewritten class is then loaded and
 * initialised, which verifies it: the build fails rather than ship a class the JVM would refuse.
 *
 * <p>Run as a source file: {@code java -cp asm.jar UpgradeOldClasses.java JAR}.
 */
public final class UpgradeOldClasses {

    private UpgradeOldClasses() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        List<String> upgraded = new ArrayList<>();
        try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                FileSystem zip = FileSystems.newFileSystem(jar)) {
            List<Path> classes;
            try (Stream<Path> files = Files.walk(zip.getPath("/"))) {
                classes = files.filter(file -> file.toString().endsWith(".class")).toList();
            }
            for (Path file : classes) {
                byte[] bytes = Files.readAllBytes(file);
                int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
                if (major < Opcodes.V1_6) {
                    Files.write(file, upgrade(bytes, hierarchy));
                    String name = file.toString().substring(1);
                    upgraded.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        try (URLClassLoader check = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : upgraded) {
                Class.forName(name, true, check);
            }
        }
        System.out.println("upgraded " + upgraded.size() + " class files to Java 8 in " + jar);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader hierarchy) throws IOException {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
