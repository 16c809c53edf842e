package org.minutes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;

/** Reads the command's inputs: files, or standard input for none or {@code -}. */
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

    private Inputs() {
    }

    /**
     * Reads every named file, or standard input when the list is empty or an entry is {@code -}.
     *
     * @param files the arguments
     * @param stdin standard input
     * @return the inputs in order
     * @throws InputException naming the first file that cannot be read
     */
    static List<Input> read(List<String> files, InputStream stdin) throws InputException {
        List<Input> inputs = new ArrayList<>();
        List<String> names = files.isEmpty() ? List.of("-") : files;
        for (String name : names) {
            inputs.add(read(name, stdin));
        }
        return inputs;
    }

    static Input read(String name, InputStream stdin) throws InputException {
        if (name.equals("-")) {
            try {
                return new Input("<stdin>", null, stdin.readAllBytes());
            } catch (IOException e) {
                throw new InputException("<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory");
        }
        try {
            return new Input(name, path, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
