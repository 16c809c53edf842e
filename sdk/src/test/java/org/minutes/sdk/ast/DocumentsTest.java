package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;

/** The editing API: edits by identity, structural sharing off the edited path, and the meaning recognised anew. */
class DocumentsTest {

    private static final String NOTES = """
            # 2031-12-02 Team Sync

            ## Attendees

            1. QE: Quinn Example (@qexample), Acme

            ## Action items

            - [ ] QE: ship the release
            - [ ] QE: ship the release
            - [x] write the notes

            ## Discussion

            Some words.
            """;

    private static Document parse() {
        return MinutesParser.create().parse(NOTES).document();
    }

    private static List<ListItem> actionItemList(Document document) {
        return ((ListBlock) document.sections().get(1).blocks().get(0)).items();
    }

    @Test
    void d45ToggleTicksTheGivenItemOnlyEvenWhenAnotherIsEqual() {
        Document document = parse();
        ListItem second = actionItemList(document).get(1);

        Document edited = Documents.toggleCheckbox(document, second);

        List<ListItem> items = actionItemList(edited);
        assertEquals(Optional.of(Checkbox.OPEN), items.get(0).checkbox());
        assertEquals(Optional.of(Checkbox.DONE), items.get(1).checkbox());
        assertSame(actionItemList(document).get(0), items.get(0));
        assertSame(actionItemList(document).get(2), items.get(2));
    }

    @Test
    void d45ToggleClearsATickedBox() {
        Document document = parse();
        Document edited = Documents.toggleCheckbox(document, actionItemList(document).get(2));
        assertEquals(Optional.of(Checkbox.OPEN), actionItemList(edited).get(2).checkbox());
    }

    @Test
    void everyNodeOffThePathIsTheSameInstance() {
        Document document = parse();
        Document edited = Documents.toggleCheckbox(document, actionItemList(document).get(0));

        assertSame(document.title().get(), edited.title().get());
        assertSame(document.sections().get(0), edited.sections().get(0));
        assertSame(document.sections().get(2), edited.sections().get(2));
        assertNotSame(document.sections().get(1), edited.sections().get(1));
    }

    @Test
    void d67AnEditedDocumentHasTheMeaningOfItsNewParts() {
        Document document = parse();
        assertEquals(2, document.openActionItems().size());

        Document edited = Documents.toggleCheckbox(document, actionItemList(document).get(0));

        assertEquals(1, edited.openActionItems().size());
        assertEquals(2, edited.completedActionItems().size());
        assertSame(actionItemList(edited).get(0), edited.completedActionItems().get(0).item());
        assertEquals(document.attendees(), edited.attendees());
    }

    @Test
    void replacingAnInlineRebuildsItsParagraph() {
        Document document = parse();
        Paragraph words = (Paragraph) document.sections().get(2).blocks().get(0);

        Document edited = Documents.replace(document, words.content().get(0), new Text("Other words."));

        assertEquals("Other words.", ((Paragraph) edited.sections().get(2).blocks().get(0)).plainText());
    }

    @Test
    void aNodeNotInTheDocumentIsRefused() {
        Document document = parse();
        ListItem stranger = new ListItem(Marker.DASH, Optional.of(Checkbox.OPEN), Optional.empty(),
                List.of(new Text("ship the release")), List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Documents.toggleCheckbox(document, stranger));
        assertTrue(e.getMessage().contains("not in the document"), e.getMessage());
    }

    @Test
    void aReplacementMustFitItsPlace() {
        Document document = parse();
        Paragraph words = (Paragraph) document.sections().get(2).blocks().get(0);

        assertThrows(IllegalArgumentException.class,
                () -> Documents.replace(document, words.content().get(0), words));
        assertThrows(IllegalArgumentException.class,
                () -> Documents.replace(document, actionItemList(document).get(0), words));
    }

    @Test
    void anItemWithoutCheckboxCannotBeToggled() {
        Document document = parse();
        ListItem entry = ((ListBlock) document.sections().get(0).blocks().get(0)).items().get(0);
        assertThrows(IllegalArgumentException.class, () -> Documents.toggleCheckbox(document, entry));
    }
}
