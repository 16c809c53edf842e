package org.minutes.converters.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.syntax.BareUrls;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.core.DetatchedRandomnessSource;

/** The generators cover every node type of the AST, so the properties over them exercise every renderer path. */
class AstGeneratorsTest {

    @Test
    void documentsHoldEveryNodeType() {
        Set<Class<?>> expected = new HashSet<>();
        collect(Node.class, expected);
        Set<Class<?>> seen = new HashSet<>();
        Gen<Document> documents = AstGenerators.documents();
        for (long seed = 0; seed < 2000 && !seen.containsAll(expected); seed++) {
            Nodes.walk(documents.generate(source(seed)), node -> seen.add(node.getClass()));
        }
        Set<String> missing = new TreeSet<>(expected.stream().filter(c -> !seen.contains(c))
                .map(Class::getSimpleName).collect(Collectors.toSet()));
        assertEquals(Set.of(), missing, "node types never generated");
    }

    /**
     * D57, issue 10 defect 3: many documents hold a bare URL right before what its end loses, every trailer and
     * closer among them, and items that read like {@code WHO (Q):} with a URL ending the qualifier.
     */
    @Test
    void documentsPutUrlsBeforeEveryTrailer() {
        Gen<Document> documents = AstGenerators.documents();
        int holding = 0;
        int lookAlikes = 0;
        Set<Character> followers = new TreeSet<>();
        for (long seed = 0; seed < 2000; seed++) {
            Document document = documents.generate(source(seed));
            holding += AstGenerators.holdsUrlBeforeTrailers(document) ? 1 : 0;
            int[] found = {0};
            Nodes.walk(document, node -> {
                if (node instanceof ListItem item && item.speaker().isEmpty() && item.content().size() == 3
                        && item.content().get(1) instanceof BareUrl
                        && item.content().get(2) instanceof Text text && text.literal().contains("): ")) {
                    found[0]++;
                }
                List<Node> children = Nodes.children(node);
                for (int i = 0; i + 1 < children.size(); i++) {
                    if (children.get(i) instanceof BareUrl && children.get(i + 1) instanceof Text text) {
                        followers.add(text.literal().charAt(0));
                    }
                }
            });
            lookAlikes += found[0] > 0 ? 1 : 0;
        }
        assertTrue(holding >= 200, "documents with a URL before its trailers: " + holding);
        assertTrue(lookAlikes >= 50, "documents with a WHO (URL): look-alike: " + lookAlikes);
        Set<Character> expected = new TreeSet<>();
        for (char c : (BareUrls.TRAILERS + ")]").toCharArray()) {
            expected.add(c);
        }
        assertTrue(followers.containsAll(expected), "characters right after a URL: " + followers);
    }

    /** D91, D92: the speaker generators write every name form and emphasis, and escaped brackets. */
    @Test
    void speakerDocumentsHoldEveryNewSpeakerForm() {
        Set<String> expected = Set.of("NAME_COLON/NONE", "NAME_COLON/COLON_INSIDE", "NAME_COLON/COLON_OUTSIDE",
                "NAME_PAREN/NONE", "NAME_BRACKET/NONE", "BRACKET_ESCAPED/NONE");
        Set<String> seen = new HashSet<>();
        Gen<Document> documents = SpeakerGenerators.documents();
        for (long seed = 0; seed < 500 && !seen.containsAll(expected); seed++) {
            Nodes.walk(documents.generate(source(seed)), node -> {
                if (node instanceof ListItem item) {
                    item.speaker().ifPresent(s -> seen.add(s.form() + "/" + s.emphasis()));
                }
            });
        }
        assertEquals(expected, seen);
    }

    /**
     * D90, D91: the document generator chooses speakers against the document's attendee list rather than retrying
     * until a document happens to be valid: documents with derived initials hold initials speakers, documents with
     * attendees hold name speakers, and hardly any generated document is the empty fallback.
     */
    @Test
    void documentsSpeakThroughTheirAttendeeList() {
        Gen<Document> documents = AstGenerators.documents();
        int derivedSpeakers = 0;
        int nameSpeakers = 0;
        int empty = 0;
        for (long seed = 0; seed < 2000; seed++) {
            Document document = documents.generate(source(seed));
            boolean derived = !document.attendees().isEmpty()
                    && document.attendees().stream().allMatch(a -> a.initials().isEmpty());
            List<SpeakerForm> forms = new ArrayList<>();
            Nodes.walk(document, node -> {
                if (node instanceof ListItem item) {
                    item.speaker().ifPresent(s -> forms.add(s.form()));
                }
            });
            derivedSpeakers += derived && forms.stream().anyMatch(f -> !f.isName()) ? 1 : 0;
            nameSpeakers += forms.stream().anyMatch(SpeakerForm::isName) ? 1 : 0;
            empty += document.equals(new Document(Optional.empty(), List.of(), Optional.empty(), List.of(),
                    List.of())) ? 1 : 0;
        }
        assertTrue(derivedSpeakers >= 5, "documents with derived initials and initials speakers: " + derivedSpeakers);
        assertTrue(nameSpeakers >= 5, "documents with name speakers: " + nameSpeakers);
        assertTrue(empty <= 2000 / 20, "empty documents (fallbacks and empty draws): " + empty);
    }

    /**
     * D84–D92: the notes of other communities hold every date source, label times, sign-in lists outside attendee
     * sections with their attendees, and name speakers.
     */
    @Test
    void signInNotesHoldTheFormsOfSectionSixteen() {
        Set<String> expected = Set.of("title_suffix", "front_matter", "date_line", "source_name", "label time",
                "sign-in list", "NAME_COLON", "NAME_PAREN", "NAME_BRACKET", "BRACKET_ESCAPED");
        Set<String> seen = new HashSet<>();
        Gen<SignInNotes.Note> notes = SignInNotes.notes();
        for (long seed = 0; seed < 1000 && !seen.containsAll(expected); seed++) {
            SignInNotes.Note note = notes.generate(source(seed));
            Document document = note.sourceName().map(name -> MinutesParser.create().parse(note.text(), name))
                    .orElseGet(() -> MinutesParser.create().parse(note.text())).document();
            document.meetingDate().ifPresent(date -> seen.add(date.source().id()));
            document.schedule().primary().ifPresent(time -> seen.add("label time"));
            document.attendeeBlocks().stream().filter(block -> !block.attendees().isEmpty()
                    && document.sections().stream().anyMatch(s -> !s.kind().listsAttendees()
                    && s.blocks().stream().anyMatch(b -> b == block.block()))).forEach(block -> seen.add("sign-in list"));
            Nodes.walk(document, node -> {
                if (node instanceof ListItem item) {
                    item.speaker().ifPresent(s -> seen.add(s.form().name()));
                }
            });
        }
        assertTrue(seen.containsAll(expected), () -> "missing: " + expected.stream().filter(e -> !seen.contains(e))
                .toList());
    }

    /** The records under the sealed interfaces, recursively. */
    private static void collect(Class<?> type, Set<Class<?>> out) {
        if (type.isSealed()) {
            Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> collect(sub, out));
        } else {
            out.add(type);
        }
    }

    static RandomnessSource source(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        return new RandomnessSource() {
            @Override
            public long next(Constraint constraint) {
                return random.nextLong();
            }

            @Override
            public DetatchedRandomnessSource detach() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void registerFailedAssumption() {
            }
        };
    }
}
