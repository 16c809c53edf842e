package org.minutes.converters.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.minutes.sdk.ast.DescendingVisitor;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Table;

/**
 * Generated author styles (D71) for a document: random numbering (first numbers up to 9 digits, repeated or
 * consecutive), looseness, speaker spellings with every separator of D50 and its spacing (escaped brackets too,
 * D92; a name speaker as stored, D91), alignment colons, and a
 * nesting step of 2 where the document nests items (where it does not, no source could show a step, D71).
 */
final class Styles {

    private static final long[] FIRST_NUMBERS = {0, 1, 2, 7, 10, 99, 123_456_789L, 999_999_998L, 999_999_999L};
    private static final String[] SEPARATORS = {"/", " / ", ",", ", ", " & ", "+", "; ", " ;", " +  "};
    private static final String[] QUALIFIER_SEPARATORS = {", ", ": ", ",", " :  ", "/"};

    private Styles() {
    }

    static MarkdownStyle generate(Document document, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<ListBlock, MarkdownStyle.ListStyle> lists = new IdentityHashMap<>();
        Map<ListItem, String> speakers = new IdentityHashMap<>();
        Map<Table, List<MarkdownStyle.Alignment>> tables = new IdentityHashMap<>();
        boolean[] nested = {false};
        document.accept(new DescendingVisitor() {
            @Override
            public Void visit(ListBlock list) {
                lists.put(list, new MarkdownStyle.ListStyle(FIRST_NUMBERS[random.nextInt(FIRST_NUMBERS.length)],
                        random.nextBoolean(), random.nextInt(3) == 0));
                return super.visit(list);
            }

            @Override
            public Void visit(ListItem item) {
                nested[0] |= !item.childItems().isEmpty();
                item.speaker().ifPresent(speaker -> speakers.put(item, spelling(speaker, random)));
                return super.visit(item);
            }

            @Override
            public Void visit(Table table) {
                List<MarkdownStyle.Alignment> alignments = new ArrayList<>();
                MarkdownStyle.Alignment[] all = MarkdownStyle.Alignment.values();
                for (int i = 0; i < table.header().cells().size(); i++) {
                    alignments.add(all[random.nextInt(all.length)]);
                }
                tables.put(table, alignments);
                return super.visit(table);
            }
        });
        int step = nested[0] && random.nextBoolean() ? 2 : 4;
        return new MarkdownStyle(step, lists, speakers, tables);
    }

    /** D49, D50: one way an author may have written the prefix; the renderer keeps it only if it reads as one. */
    private static String spelling(SpeakerPrefix speaker, SplittableRandom random) {
        StringBuilder who = new StringBuilder();
        for (String initials : speaker.initials()) {
            if (who.length() > 0) {
                who.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            who.append(initials);
        }
        String q = speaker.qualifier().map(text -> QUALIFIER_SEPARATORS[random.nextInt(QUALIFIER_SEPARATORS.length)]
                + text).orElse("");
        String colonQ = speaker.qualifier().map(text -> (random.nextBoolean() ? " (" : "(") + text + ")").orElse("");
        return switch (speaker.form()) {
            case COLON -> who + colonQ + ":";
            case PAREN -> "(" + who + q + ")";
            case PAREN_COLON -> "(" + who + q + "):";
            case BRACKET -> "[" + who + q + "]";
            case BRACKET_COLON -> "[" + who + q + "]:";
            case BRACKET_ESCAPED -> "\\[" + who + q + "\\]";
            // D91: a name speaker has one spelling, its name and emphasis as stored (D70).
            case NAME_COLON, NAME_PAREN, NAME_BRACKET -> speaker.written();
        };
    }
}
