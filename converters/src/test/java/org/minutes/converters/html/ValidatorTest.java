package org.minutes.converters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.MinutesParser;
import org.xml.sax.SAXException;

/** Done-when 3 of issue 8: every page of the samples site, and a converted note, pass the vnu checker. */
class ValidatorTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void writeSite() throws IOException {
        site = work.resolve("site");
        SampleSite.write(work.resolve("notes"), site);
    }

    /** The checker's errors (GNU format, one line each; warnings and info left out). */
    static List<String> errors(String name, EmbeddedValidator validator, String report) {
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (line.contains(": error:") || line.contains("fatal")) {
                errors.add(name + line);
            }
        }
        return errors;
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator;
    }

    @Test
    void everySitePageIsValid() throws IOException, SAXException {
        EmbeddedValidator validator = validator();
        List<String> errors = new ArrayList<>();
        List<Path> pages = SampleSite.pages(site);
        for (Path page : pages) {
            errors.addAll(errors(page.toString(), validator, validator.validate(site.resolve(page))));
        }
        assertEquals(List.of(), errors, "checked " + pages.size() + " pages");
    }

    @Test
    void everyConvertedSampleIsValid() throws IOException, SAXException {
        EmbeddedValidator validator = validator();
        List<String> errors = new ArrayList<>();
        MinutesParser parser = MinutesParser.create();
        for (Path sample : SampleSite.samples()) {
            String html = HtmlConverter.create().convert(parser.parse(sample).document());
            errors.addAll(errors(sample.getFileName().toString(), validator,
                    validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void checkerReportsErrors() throws IOException, SAXException {
        EmbeddedValidator validator = validator();
        String broken = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><li><td></body></html>";
        List<String> errors = errors("broken", validator,
                validator.validate(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals(false, errors.isEmpty(), "the checker must see a stray <td>, or the tests above prove nothing");
    }
}
