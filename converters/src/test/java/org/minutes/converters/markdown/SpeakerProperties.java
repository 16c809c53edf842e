package org.minutes.converters.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.testing.SpeakerGenerators;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.model.Attendee;

/**
 * D72, D73 for name speakers (D91) and escaped brackets (D92): generated documents whose items speak through the
 * attendee list round trip through the canonical renderer (in the default and in generated styles), the
 * edit-preserving renderer and JSON, and every speaker resolves to the same attendee after each. The number of
 * examples is the system property {@code minutes.examples} (10 000 by default).
 */
class SpeakerProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final MinutesParser PARSER = MinutesParser.create();
    private static final MarkdownRenderer CANONICAL = MarkdownRenderer.create();
    private static final JsonConverter JSON = JsonConverter.create();

    /** The attendee each item's speakers resolve to, in walk order. */
    private static List<Optional<Attendee>> resolutions(Document document) {
        List<Optional<Attendee>> resolved = new ArrayList<>();
        Nodes.walk(document, node -> {
            if (node instanceof ListItem item) {
                item.speakers().forEach(who -> resolved.add(document.resolveSpeaker(who)));
            }
        });
        return resolved;
    }

    @Test
    void canonicalRenderingParsesBackAndIsIdempotent() {
        qt().withExamples(EXAMPLES).forAll(SpeakerGenerators.documents()).checkAssert(document -> {
            String markdown = CANONICAL.convert(document);
            Document back = PARSER.parse(markdown).document();
            assertEquals(document, back, () -> "D72 round trip of:\n" + markdown);
            assertEquals(resolutions(document), resolutions(back), "D91 the same attendees");
            assertEquals(markdown, CANONICAL.convert(back), "D72 idempotence");
        });
    }

    @Test
    void renderingInAGeneratedStyleParsesBack() {
        qt().withExamples(EXAMPLES).forAll(SpeakerGenerators.documents(), longs().all())
                .checkAssert(MarkdownProperties::assertStyledRoundTrip);
    }

    @Test
    void editPreservingRenderingKeepsTheTextAndTogglesOneLine() {
        qt().withExamples(EXAMPLES).forAll(SpeakerGenerators.documents())
                .checkAssert(document -> MarkdownProperties.assertEditPreserving(CANONICAL.convert(document)));
    }

    @Test
    void jsonRoundTripsAndResolvesTheSameAttendees() {
        qt().withExamples(EXAMPLES).forAll(SpeakerGenerators.documents()).checkAssert(document -> {
            Document back = JSON.fromJson(JSON.convert(document));
            assertEquals(document, back);
            assertEquals(resolutions(document), resolutions(back));
            assertEquals(document.actionItems(), back.actionItems());
            assertEquals(document.topics(), back.topics());
        });
    }
}
