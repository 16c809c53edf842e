package org.minutes.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.json.JsonConverter;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/** The converters' shared shape: {@code convert} and {@code write} agree, and one document is a list of one. */
class DocumentConverterTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.root", "..")).resolve("samples");

    private static List<Document> samples() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                documents.add(MinutesParser.create().parse(file).document());
            }
        }
        return documents;
    }

    @Test
    void writeAppendsWhatConvertReturns() throws IOException {
        List<DocumentConverter> converters = List.of(JsonConverter.create(), CalendarConverter.create());
        for (DocumentConverter converter : converters) {
            for (Document document : samples()) {
                StringWriter out = new StringWriter();
                out.write("before\n");
                converter.write(document, out);
                String converted = converter.convert(document);
                assertFalse(converted.isEmpty());
                assertEquals("before\n" + converted, out.toString(), converter.getClass().getSimpleName());
            }
        }
    }

    @Test
    void calendarOfManyIsWrittenAsConverted() throws IOException {
        MultiDocumentConverter calendar = CalendarConverter.create();
        List<Document> documents = samples();
        StringBuilder out = new StringBuilder();
        calendar.writeAll(documents, out);
        assertEquals(calendar.convertAll(documents), out.toString());
        assertEquals(5, out.toString().split("BEGIN:VEVENT", -1).length - 1, "one event per sample");
    }

    @Test
    void oneDocumentConvertsAsTheListOfItAlone() throws IOException {
        MultiDocumentConverter calendar = CalendarConverter.create();
        for (Document document : samples()) {
            assertEquals(calendar.convertAll(List.of(document)), calendar.convert(document));
        }
        assertThrows(IllegalArgumentException.class, () -> calendar.writeAll(List.of(), new StringBuilder()));
    }
}
