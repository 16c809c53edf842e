package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minutes.converters.testing.AstGenerators;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.ast.Document;

/**
 * JSON round trip and schema validity over generated documents and over parsed random text. The number of
 * examples is the system property {@code minutes.examples} (10 000 in CI, 100 000 locally).
 */
class JsonProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final JsonConverter JSON = JsonConverter.create();
    private static final JsonConverter JSON_WITH_EXTRAS = JsonConverter.create(new JsonOptions(true, true, false));

    @Test
    void generatedDocumentsRoundTripAndValidate() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents()).checkAssert(document -> {
            String json = JSON.convert(document);
            JsonAssertions.assertValid(json);
            assertEquals(document, JSON.fromJson(json));
        });
    }

    @Test
    void parsedTextRoundTripsAndValidatesWithSpansAndDiagnostics() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.markdownText()).checkAssert(text -> {
            ParseResult result = MinutesParser.create().parse(text);
            String json = JSON_WITH_EXTRAS.convert(result);
            JsonAssertions.assertValid(json);
            Document back = JSON.fromJson(json);
            assertEquals(result.document(), back);
        });
    }
}
