package org.minutes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;

/**
 * Reads the command's inputs: files, the notes ({@code *.md}) under directories, or standard input for none or
 * {@code -}. Only regular files are read: a FIFO, a device or a socket is refused before it is opened, so that no
 * command waits forever on one.
 */
final class Inputs {

    /** Where an input came from and its bytes. */
    record Input(String name, Path path, byte[] bytes) {

        /**
         * Parses the bytes (D1) with the file's path as given on the command line as the source name, the last
         * source of the meeting date (D84 (4)); standard input has none.
         */
        ParseResult parse() {
            MinutesParser parser = MinutesParser.create();
            return path == null ? parser.parse(bytes) : parser.parse(bytes, name);
        }

        /** Parses text read from this input, with its source name as {@link #parse()} does. */
        ParseResult parse(String text) {
            MinutesParser parser = MinutesParser.create();
            return path == null ? parser.parse(text) : parser.parse(text, name);
        }

        /** {@return the bytes as text, refusing malformed UTF-8 so that no byte is silently replaced} */
        String strictText() throws InputException {
            // The JDK's own decoding, much faster than a CharsetDecoder's, turns each malformed sequence into
            // U+FFFD: text without one came from well-formed bytes. Text with one is decoded again strictly, which
            // either refuses the bytes or finds the U+FFFD written in the file.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (MalformedInputException e) {
                throw new InputException(name + ": not valid UTF-8 (malformed byte sequence)");
            } catch (CharacterCodingException e) {
                throw new InputException(name + ": not valid UTF-8");
            }
        }
    }

    /** The name of standard input on the command line. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /**
     * Reads every input the arguments name, in order (see {@link #names}).
     *
     * @param args  the arguments
     * @param stdin standard input
     * @return the inputs in order
     * @throws InputException naming the first input that cannot be read
     */
    static List<Input> read(List<String> args, InputStream stdin) throws InputException {
        List<Input> inputs = new ArrayList<>();
        for (String name : names(args)) {
            inputs.add(read(name, stdin));
        }
        return inputs;
    }

    /**
     * Lists the inputs the arguments name: {@code -} (standard input) when there are none; each file as given; for a
     * directory, the {@code *.md} regular files under it at any depth, sorted by path, without following the
     * symbolic links inside it.
     *
     * @param args the arguments
     * @return the input names, {@code -} standing for standard input
     * @throws InputException for a directory that holds no notes or cannot be listed
     */
    static List<String> names(List<String> args) throws InputException {
        List<String> names = new ArrayList<>();
        for (String arg : args.isEmpty() ? List.of(STDIN) : args) {
            if (!arg.equals(STDIN) && Files.isDirectory(Path.of(arg))) {
                names.addAll(notesUnder(arg));
            } else {
                names.add(arg);
            }
        }
        return names;
    }

    private static List<String> notesUnder(String arg) throws InputException {
        Path dir = Path.of(arg);
        try {
            // The argument itself may be a link to a directory; the walk below it follows no link.
            Path real = dir.toRealPath();
            List<String> found;
            try (Stream<Path> walk = Files.walk(real)) {
                found = walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> dir.resolve(real.relativize(p)))
                        .sorted()
                        .map(Path::toString)
                        .toList();
            }
            if (found.isEmpty()) {
                throw new InputException(arg + ": no notes (*.md) found");
            }
            return found;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(arg + ": cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one input: standard input for {@code -}, else a regular file (a symbolic link to one is followed).
     *
     * @param name  the name as given
     * @param stdin standard input
     * @return the input
     * @throws InputException when it is missing, not a regular file or cannot be read
     */
    static Input read(String name, InputStream stdin) throws InputException {
        if (name.equals(STDIN)) {
            try {
                return new Input("<stdin>", null, stdin.readAllBytes());
            } catch (IOException e) {
                throw new InputException("<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputException(name + ": is a directory");
            }
            if (!attributes.isRegularFile()) {
                // Checked before opening: opening a FIFO blocks until a writer comes.
                throw new InputException(name + ": " + kind(path) + ", not a regular file; refusing to read it");
            }
            return new Input(name, path, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** {@return what a file that is neither regular nor a directory is: a FIFO, a device or a socket} */
    static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
