package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code withContent} rebuilds a holder of inline content with other content, the rest kept, the checks applied. */
class WithContentTest {

    private static final List<Inline> OLD = List.of(new Text("old"));
    private static final List<Inline> NEW = List.of(new Text("new"));

    @Test
    void d56ALinkOrImageKeepsItsDestination() {
        assertEquals(new Link(NEW, "https://example.org/a"), new Link(OLD, "https://example.org/a").withContent(NEW));
        assertEquals(new Image(NEW, "a.png"), new Image(OLD, "a.png").withContent(NEW));
    }

    @Test
    void d58EmphasisKeepsItsDelimiterAndRefusesEmptyContent() {
        assertEquals(new Emphasis('_', NEW), new Emphasis('_', OLD).withContent(NEW));
        assertEquals(new Strong(NEW), new Strong(OLD).withContent(NEW));
        assertEquals(new Strikethrough(NEW), new Strikethrough(OLD).withContent(NEW));
        assertThrows(IllegalArgumentException.class, () -> new Strong(OLD).withContent(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Strikethrough(OLD).withContent(List.of(new Text(" x"))));
    }

    @Test
    void d8AParagraphOrCellTakesOtherText() {
        assertEquals(new Paragraph(NEW), new Paragraph(OLD).withContent(NEW));
        assertEquals(new TableCell(List.of()), new TableCell(OLD).withContent(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(OLD).withContent(List.of()));
    }
}
