package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;

/**
 * What a document means is recognised once, when it is built (D66–D68): the semantic methods are reads, the derived
 * components stay out of equality (D70), and the parser's semantic diagnostics are the document's own findings.
 */
class RecognisedOnceTest {

    private static final String NOTES = """
            # 2031-12-02 Team Sync

            [Meeting link](https://meet.example.org/abc)

            ## Attendees

            1. QE: Quinn Example (@qexample), Acme
            2. RT: (@rtester), Globex

            15 people in total

            ## Attendees in absentia

            | Name | Initials |
            | --- | --- |
            | Rosa Tester | RT |

            ## Action items

            - [ ] QE: ship the release
            - [x] ZZ: write the notes
            - Decision: we ship on Friday
            """;

    private static ParseResult parse() {
        return MinutesParser.create().parse(NOTES);
    }

    @Test
    void d66SemanticMethodsReadWhatWasRecordedInsteadOfComputingAgain() {
        Document document = parse().document();

        assertSame(document.attendees(), document.attendees());
        assertSame(document.attendeeBlocks(), document.attendeeBlocks());
        assertSame(document.actionItems(), document.actionItems());
        assertSame(document.openActionItems(), document.openActionItems());
        assertSame(document.completedActionItems(), document.completedActionItems());
        assertSame(document.tags(), document.tags());
        assertSame(document.decisions(), document.decisions());
        assertSame(document.schedule(), document.schedule());
        assertSame(document.semantics(), document.semantics());
        for (Section section : document.sections()) {
            assertSame(section.kind(), section.kind());
        }
        assertEquals(Optional.of(document.attendees().get(0)), document.resolveSpeaker("qe"));
    }

    @Test
    void d26AttendeeBlocksHoldTheBlockItsFlagsAndItsAttendees() {
        Document document = parse().document();
        List<AttendeeBlock> blocks = document.attendeeBlocks();

        assertEquals(2, blocks.size());
        assertSame(document.sections().get(0).blocks().get(0), blocks.get(0).block());
        assertFalse(blocks.get(0).absent());
        assertFalse(blocks.get(0).headless());
        assertEquals(List.of("Quinn Example", "RT: (@rtester), Globex"),
                blocks.get(0).attendees().stream().map(a -> a.name()).toList());
        assertSame(document.sections().get(1).blocks().get(0), blocks.get(1).block());
        assertTrue(blocks.get(1).absent());
        assertTrue(blocks.get(1).attendees().get(0).absent());
        List<Object> all = new ArrayList<>();
        blocks.forEach(block -> all.addAll(block.attendees()));
        assertEquals(document.attendees(), all);
    }

    @Test
    void d69TheParsersSemanticDiagnosticsAreTheDocumentsFindings() {
        ParseResult result = parse();
        List<Finding> findings = result.document().semantics().findings();

        assertEquals(List.of(DiagnosticCode.ATTENDEES_UNPARSED_ENTRY, DiagnosticCode.SPEAKER_UNRESOLVED),
                findings.stream().map(Finding::code).toList());
        for (Finding finding : findings) {
            Diagnostic diagnostic = result.diagnostics().stream().filter(d -> d.code() == finding.code())
                    .findFirst().orElseThrow();
            assertEquals(finding.message(), diagnostic.message());
            assertEquals(result.sourceMap().span(finding.where()).orElseThrow(), diagnostic.span());
        }
    }

    @Test
    void d70EqualityIgnoresTheDerivedSemantics() {
        Document parsed = parse().document();
        Document built = new Document(parsed.frontMatter(), parsed.lead(), parsed.title(), parsed.preamble(),
                parsed.sections());

        assertNotSame(parsed.semantics(), built.semantics());
        assertEquals(parsed, built);
        assertEquals(parsed.hashCode(), built.hashCode());
        assertFalse(built.toString().contains("Semantics"), built.toString());
        assertEquals(parsed.actionItems(), built.actionItems());
    }

    @Test
    void aDocumentAcceptsOnlyTheSemanticsOfItsOwnParts() {
        Document parsed = parse().document();
        Document other = new Document(Optional.empty(), List.of(), parsed.title(), List.of(), List.of());

        Document same = new Document(parsed.frontMatter(), parsed.lead(), parsed.title(), parsed.preamble(),
                parsed.sections(), parsed.semantics());
        assertSame(parsed.semantics(), same.semantics());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Document(parsed.frontMatter(), parsed.lead(), parsed.title(), parsed.preamble(),
                        parsed.sections(), other.semantics()));
        assertTrue(e.getMessage().contains("five-argument constructor"), e.getMessage());
    }

    @Test
    void d25ASectionAcceptsOnlyTheKindItsHeadingReadsAs() {
        List<Inline> heading = List.of(new Text("Attendees"));
        assertEquals(SectionKind.ATTENDEES, new Section(2, heading, List.of()).kind());
        assertEquals(SectionKind.ATTENDEES, new Section(2, heading, List.of(), SectionKind.ATTENDEES).kind());
        assertThrows(IllegalArgumentException.class, () -> new Section(2, heading, List.of(), SectionKind.OTHER));
    }
    @Test
    void d25ASectionBuiltForItsKindGetsTheBlocksOfThatKind() {
        List<SectionKind> asked = new ArrayList<>();
        Section section = Section.of(2, List.of(new Text("Attendees:")), kind -> {
            asked.add(kind);
            return List.of();
        });
        assertEquals(List.of(SectionKind.ATTENDEES), asked);
        assertEquals(SectionKind.ATTENDEES, section.kind());
        assertEquals(new Section(2, List.of(new Text("Attendees:")), List.of()), section);
        assertThrows(IllegalArgumentException.class, () -> Section.of(2, List.of(new Text(" x")), kind -> List.of()));
    }

    @Test
    void d25AHeadingStaysAListEqualToItsInlines() {
        List<Inline> heading = List.of(new Text("Agenda"), new SoftBreak());
        assertThrows(IllegalArgumentException.class, () -> new Section(2, heading, List.of()));
        Section section = new Section(2, List.of(new Text("Agenda")), List.of());
        assertEquals(List.of(new Text("Agenda")), section.heading());
        assertEquals(List.of(new Text("Agenda")).hashCode(), section.heading().hashCode());
        assertThrows(UnsupportedOperationException.class, () -> section.heading().add(new Text("x")));
        Section again = new Section(3, section.heading(), List.of(), SectionKind.AGENDA);
        assertSame(section.heading(), again.heading());
    }

    @Test
    void d26ATitleThatReadsAsAnAttendeesHeadingIsNoAttendeesSection() {
        // The title is no section (D14, D23): with no attendees section the preamble's full-shape list is the
        // attendee block (D26), its entries read without speaker prefixes (D47).
        Document document = MinutesParser.create().parse("""
                # Attendance

                - QE: Quinn Example (@qexample), Acme
                """).document();
        assertEquals(List.of("Quinn Example"), document.attendees().stream().map(a -> a.name()).toList());
        ListItem entry = ((ListBlock) document.preamble().get(0)).items().get(0);
        assertTrue(entry.speaker().isEmpty(), entry.toString());
    }

    @Test
    void aDocumentChecksPartsItWasNotBuiltFrom() {
        Document parsed = parse().document();
        Section first = new Section(1, List.of(new Text("Title")), List.of());
        List<Section> sections = new ArrayList<>(parsed.sections());
        sections.add(0, first);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Document(Optional.empty(), List.of(), Optional.empty(), List.of(), sections));
        assertTrue(e.getMessage().contains("D14"), e.getMessage());
        Document same = new Document(parsed.frontMatter(), new ArrayList<>(parsed.lead()), parsed.title(),
                new ArrayList<>(parsed.preamble()), new ArrayList<>(parsed.sections()), parsed.semantics());
        assertEquals(parsed, same);
        assertThrows(UnsupportedOperationException.class, () -> same.preamble().add(new ThematicBreak()));
    }
}
