package org.minutes.converters.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SectionKind;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.model.Attendee;

/**
 * The attendees of each attendee block (D26), for the {@code "attendees"} array of tables and lists.
 *
 * <p>The SDK only answers {@link Document#attendees()} for a whole document, so the share of one block is measured:
 * the attendees of the document cut right after the block, minus those of the document cut right before it. The cut
 * keeps every heading and drops the blocks after the cut, so rules that look at the whole document (a preamble list
 * counts only without an {@code attendees} section) and rules that look at order still see what they would see, and
 * the attendee rules stay in the SDK alone.
 *
 * <p>Top-level blocks are numbered across the preamble and then the sections' blocks, in order.
 */
final class AttendeeBlocks {

    private final Map<Integer, List<Attendee>> byIndex;

    private AttendeeBlocks(Map<Integer, List<Attendee>> byIndex) {
        this.byIndex = byIndex;
    }

    /**
     * Finds the attendee blocks of a document.
     *
     * @param document the document
     * @return the attendees of each attendee block, by top-level block number
     */
    static AttendeeBlocks of(Document document) {
        Map<Integer, List<Attendee>> byIndex = new HashMap<>();
        int index = 0;
        for (Block block : document.preamble()) {
            // D26: a preamble list is an attendee block only when it yields someone, so an empty share means "not one".
            if (isCandidate(block)) {
                List<Attendee> share = share(document, index);
                if (!share.isEmpty()) {
                    byIndex.put(index, share);
                }
            }
            index++;
        }
        for (Section section : document.sections()) {
            SectionKind kind = section.kind();
            boolean attendeeSection = kind == SectionKind.ATTENDEES || kind == SectionKind.ATTENDEES_ABSENTIA;
            for (Block block : section.blocks()) {
                // D26: every top-level table and list of these sections is an attendee block, even one naming nobody.
                if (attendeeSection && isCandidate(block)) {
                    byIndex.put(index, share(document, index));
                }
                index++;
            }
        }
        return new AttendeeBlocks(byIndex);
    }

    /**
     * Returns the attendees of a top-level block.
     *
     * @param index the block's number
     * @return its attendees, or {@code null} when it is no attendee block
     */
    List<Attendee> get(int index) {
        return byIndex.get(index);
    }

    private static boolean isCandidate(Block block) {
        return block instanceof Table || block instanceof ListBlock;
    }

    private static List<Attendee> share(Document document, int index) {
        List<Attendee> before = cut(document, index).attendees();
        List<Attendee> after = cut(document, index + 1).attendees();
        if (after.size() < before.size()) {
            return List.of();
        }
        return List.copyOf(after.subList(before.size(), after.size()));
    }

    /** The document with only its first {@code keep} top-level blocks, every heading kept. */
    private static Document cut(Document document, int keep) {
        int left = keep;
        List<Block> preamble = document.preamble().subList(0, Math.min(left, document.preamble().size()));
        left -= preamble.size();
        List<Section> sections = new ArrayList<>(document.sections().size());
        for (Section section : document.sections()) {
            List<Block> blocks = section.blocks().subList(0, Math.min(left, section.blocks().size()));
            left -= blocks.size();
            sections.add(new Section(section.level(), section.heading(), blocks));
        }
        return new Document(document.frontMatter(), document.lead(), document.title(), preamble, sections);
    }
}
