package org.minutes.converters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.converters.testing.AstGenerators;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.ActionItem;
import org.minutes.sdk.ast.AttendeeBlock;
import org.minutes.sdk.ast.Decision;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Documents;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Topic;
import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.model.MeetingDate;
import org.minutes.sdk.model.Schedule;

/**
 * Recognise once (D66–D68): a document edited through the editing API, or read back from JSON, means what the parse
 * of its canonical Markdown rendering means: meeting date and its source, name (D84), tags, attendees and attendee
 * blocks, topics, action items, decisions, schedule, head count, section kinds, speaker resolution and the semantic
 * findings. The number of examples is the system property {@code minutes.examples} (10 000 by default).
 */
class SemanticsProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final JsonConverter JSON = JsonConverter.create();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();

    /** Everything a document answers about its meaning, in comparable form. */
    private record Meaning(Optional<MeetingDate> meetingDate, String name, List<String> tags, List<Attendee> attendees,
                           List<AttendeeBlock> attendeeBlocks, List<Topic> topics, List<ActionItem> actionItems,
                           List<Decision> decisions, Schedule schedule, OptionalInt headCount,
                           Optional<String> meetingLink, Optional<String> description, List<SectionKind> kinds,
                           Map<String, Optional<Attendee>> speakers, List<String> findings) {

        static Meaning of(Document document) {
            Map<String, Optional<Attendee>> speakers = new LinkedHashMap<>();
            List<String> asked = new ArrayList<>();
            Nodes.walk(document, node -> {
                if (node instanceof ListItem item) {
                    asked.addAll(item.speakers());
                }
            });
            document.attendees().forEach(attendee -> attendee.initials().ifPresent(asked::add));
            for (String initials : asked) {
                speakers.put(initials, document.resolveSpeaker(initials));
                String folded = initials.toLowerCase(Locale.ROOT);
                speakers.put(folded, document.resolveSpeaker(folded));
            }
            List<String> findings = document.semantics().findings().stream()
                    .map(f -> f.code().id() + " at " + describe(f.where()) + ": " + f.message())
                    .toList();
            return new Meaning(document.meetingDate(), document.name(), document.tags(), document.attendees(),
                    document.attendeeBlocks(), document.topics(), document.actionItems(), document.decisions(),
                    document.schedule(), document.headCount(), document.meetingLink(), document.description(), document.sections().stream().map(Section::kind).toList(), speakers,
                    findings);
        }

        private static String describe(Node node) {
            return node.toString();
        }
    }

    private static Meaning ofRendering(Document document) {
        return Meaning.of(MinutesParser.create().parse(MARKDOWN.convert(document)).document());
    }

    @Test
    void aGeneratedDocumentMeansWhatTheParseOfItsRenderingMeans() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents()).checkAssert(document ->
                assertEquals(ofRendering(document), Meaning.of(document)));
    }

    @Test
    void anEditedDocumentMeansWhatTheParseOfItsRenderingMeans() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents()).checkAssert(document -> {
            List<ListItem> boxed = new ArrayList<>();
            Nodes.walk(document, node -> {
                if (node instanceof ListItem item && item.checkbox().isPresent()) {
                    boxed.add(item);
                }
            });
            Document edited = document;
            // Toggle every other box, each found in the document as edited so far (edits rebuild the path).
            for (int i = 0; i < boxed.size(); i += 2) {
                ListItem target = find(edited, boxed.get(i), i);
                edited = Documents.toggleCheckbox(edited, target);
            }
            assertEquals(ofRendering(edited), Meaning.of(edited));
        });
    }

    @Test
    void aDocumentReadFromJsonMeansWhatTheParseOfItsRenderingMeans() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents()).checkAssert(document -> {
            Document back = JSON.fromJson(JSON.convert(document));
            assertEquals(ofRendering(document), Meaning.of(back));
        });
    }

    @Test
    void parsedTextReadBackFromJsonMeansTheSame() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.markdownText()).checkAssert(text -> {
            Document parsed = MinutesParser.create().parse(text).document();
            assertEquals(Meaning.of(parsed), Meaning.of(JSON.fromJson(JSON.convert(parsed))));
        });
    }

    /**
     * Finds the item that took the place of {@code original} in an edited document: the {@code index}-th item with a
     * checkbox, in walk order, which editing never reorders.
     */
    private static ListItem find(Document edited, ListItem original, int index) {
        List<ListItem> boxed = new ArrayList<>();
        Nodes.walk(edited, node -> {
            if (node instanceof ListItem item && item.checkbox().isPresent()) {
                boxed.add(item);
            }
        });
        ListItem found = boxed.get(index);
        assertEquals(original.content(), found.content(), "editing kept the items in order");
        return found;
    }
}
