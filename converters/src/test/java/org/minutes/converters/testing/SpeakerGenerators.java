package org.minutes.converters.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Marker;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.Title;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of documents whose items speak through the attendee list (D90–D92): an attendee table
 * with or without written initials and with handles, then sections (discussion, agenda, action items,
 * introductions) whose items carry name speakers (D91) in every written form (plain, {@code **Quinn**:},
 * {@code **Quinn:**}, {@code (Quinn)}, {@code [Quinn]}) naming an attendee by full name, first word or handle in any
 * case, escaped-bracket speakers (D92) with written or derived initials, and look-alikes that are no speakers: a
 * listed name as plain item text ({@code Quinn: x}, {@code **Quinn**: x}), an unlisted name ({@code Goal:}), and an
 * upper-case word that matches no initials ({@code CNES:}). Every name speaker names a listed attendee, as the
 * document's invariant asks (D91).
 */
public final class SpeakerGenerators {

    /** Attendees: full name (one to three words), handle, written initials. */
    private static final String[][] PEOPLE = {
        {"Quinn Example", "qexample", "QE"},
        {"Rosa Tester", "rtester", "RT"},
        {"Pat Xu", "patxu", "PX"},
        {"Milo van Vliet", "mvv", "MvV"},
        {"Émile D'Arcy", "edarcy", "ED"},
        {"Jo Lee", "jo-2", "JL"},
        {"Ana-Lu O'Neil", "aoneil", "AO"},
    };
    private static final String[] KINDS = {"Discussion", "Agenda", "Action items", "Notes", "Introductions"};
    private static final String[] TEXTS = {"looks good", "ship it", "+1", "send the invite", "Action: QE to book",
        "we should discuss the release", "merged"};
    private static final String[] LABELS = {"Goal", "Question", "CNES", "ACME", "Consensus"};
    private static final String[] QUALIFIERS = {"in chat", "away", "relayed by QE"};

    private SpeakerGenerators() {
    }

    /** {@return valid documents with name speakers and escaped brackets, each from one seed} */
    public static Gen<Document> documents() {
        return in -> new Builder(new SplittableRandom(in.next(Constraint.none()))).document();
    }

    /** Builds one random document; not thread-safe, one per generated value. */
    private static final class Builder extends Draws {

        private final List<String[]> people = new ArrayList<>();
        private boolean writtenInitials;

        Builder(SplittableRandom random) {
            super(random);
        }

        Document document() {
            int count = 1 + random.nextInt(4);
            List<String[]> pool = new ArrayList<>(List.of(PEOPLE));
            for (int i = 0; i < count; i++) {
                people.add(pool.remove(random.nextInt(pool.size())));
            }
            writtenInitials = chance(40);
            List<Section> sections = new ArrayList<>();
            sections.add(attendees());
            int more = 1 + random.nextInt(3);
            for (int i = 0; i < more; i++) {
                String heading = pick(KINDS);
                sections.add(new Section(2, List.of(new Text(heading)), List.of(list(!heading.equals("Introductions"),
                        1))));
            }
            Optional<Title> title = Optional.of(new Title(false, Optional.of(LocalDate.of(2031, 5, 14)),
                    List.of(new Text("Team Sync"))));
            return new Document(Optional.empty(), List.of(), title, List.of(), sections);
        }

        /** D30: {@code | Name | Initials | GH Username |}, or without the initials column (D90 derives them). */
        private Section attendees() {
            List<TableRow> rows = new ArrayList<>();
            for (String[] person : people) {
                rows.add(writtenInitials ? row(person[0], person[2], person[1]) : row(person[0], person[1]));
            }
            TableRow header = writtenInitials ? row("Name", "Initials", "GH Username") : row("Name", "GH Username");
            return new Section(2, List.of(new Text("Attendees")), List.<Block>of(new Table(header, rows)));
        }

        private static TableRow row(String... cells) {
            List<TableCell> out = new ArrayList<>();
            for (String cell : cells) {
                out.add(new TableCell(List.of(new Text(cell))));
            }
            return new TableRow(out);
        }

        /**
         * A list of items; in {@code introductions} sections (D91: no name speakers there) only look-alikes and
         * escaped initials.
         */
        private ListBlock list(boolean names, int depth) {
            List<ListItem> items = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                items.add(item(names, depth));
            }
            return new ListBlock(items);
        }

        private ListItem item(boolean names, int depth) {
            Optional<Checkbox> box = chance(40) ? Optional.of(pick(Checkbox.values())) : Optional.empty();
            List<Block> children = depth < 2 && chance(25) ? List.of(list(names, depth + 1)) : List.of();
            int kind = random.nextInt(names ? 4 : 2);
            return switch (kind) {
                case 0 -> new ListItem(Marker.DASH, box, Optional.of(escaped()), text(), children);
                case 1 -> new ListItem(Marker.DASH, box, Optional.empty(), lookAlike(), children);
                default -> new ListItem(Marker.STAR, box, Optional.of(name()), text(), children);
            };
        }

        private List<Inline> text() {
            return List.of(new Text(pick(TEXTS)));
        }

        /** D91: a listed attendee by full name (one or two words), first word or handle, as written or lower-cased. */
        private SpeakerPrefix name() {
            String[] person = people.get(random.nextInt(people.size()));
            List<String> ways = new ArrayList<>(List.of(person[0].split(" ")[0], person[1]));
            if (person[0].split(" ").length <= 2) {
                ways.add(person[0]);
            }
            String name = ways.get(random.nextInt(ways.size()));
            if (chance(30)) {
                name = name.toLowerCase(Locale.ROOT);
            }
            SpeakerForm form = pick(new SpeakerForm[] {SpeakerForm.NAME_COLON, SpeakerForm.NAME_COLON,
                SpeakerForm.NAME_PAREN, SpeakerForm.NAME_BRACKET});
            NameEmphasis emphasis = form == SpeakerForm.NAME_COLON ? pick(NameEmphasis.values()) : NameEmphasis.NONE;
            return new SpeakerPrefix(List.of(name), Optional.empty(), form, emphasis);
        }

        /** D92: {@code \[WHO\]} with the written initials, or the derived ones (D90), one or two, maybe qualified. */
        private SpeakerPrefix escaped() {
            List<String> who = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String[] person = people.get(random.nextInt(people.size()));
                who.add(writtenInitials ? person[2] : derived(person[0]));
            }
            Optional<String> qualifier = chance(30) ? Optional.of(pick(QUALIFIERS)) : Optional.empty();
            return new SpeakerPrefix(who, qualifier, SpeakerForm.BRACKET_ESCAPED);
        }

        /** D90: the first letter of each word of the name, upper-cased. */
        private static String derived(String name) {
            StringBuilder initials = new StringBuilder();
            for (String word : name.split(" ")) {
                initials.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
            }
            return initials.toString();
        }

        /** Item text that only looks like a prefix: a listed name in any form, or a label (D52, D90). */
        private List<Inline> lookAlike() {
            String[] person = people.get(random.nextInt(people.size()));
            String name = chance(50) ? person[0].split(" ")[0] : pick(LABELS);
            return switch (random.nextInt(5)) {
                case 0 -> List.of(new Strong(List.of(new Text(name))), new Text(": " + pick(TEXTS)));
                case 1 -> List.of(new Strong(List.of(new Text(name + ":"))), new Text(" " + pick(TEXTS)));
                case 2 -> List.of(new Text("(" + name + ") " + pick(TEXTS)));
                case 3 -> List.of(new Text("[" + name + "] " + pick(TEXTS)));
                default -> List.of(new Text(name + ": " + pick(TEXTS)));
            };
        }
    }
}
