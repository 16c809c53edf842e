package org.minutes.converters.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of other communities' notes as source text (section 16 of the dialect): a meeting date
 * from front matter (D84 (1)), a title suffix (D84 (2)), a {@code Date:} label in the preamble or first section with
 * an ISO or written date (D84 (3)) and maybe {@code at} a time, a {@code Time:} label (D85) with a known or an unknown
 * zone; a sign-in list after a paragraph that says {@code sign in}, {@code sign-in} or ends in {@code Roll call:}
 * (D86), with a legend (D87), slash entries in every handle spelling (D88) and placeholders (D89); then items whose
 * speakers are names, first names or handles of the signed-in attendees (D91), derived initials (D90) and escaped
 * brackets (D92), labels that are no speakers, and an action-item section (D93). Each generated note comes with an
 * optional source name (D84 (4)). LF or CRLF line ends.
 */
public final class SignInNotes {

    /** Generated notes and the source name to parse them with, if any. */
    public record Note(String text, Optional<String> sourceName) {
    }

    /** Signed-in people as {@code name|affiliations|handle}, either of the last two maybe empty. */
    private static final List<String> PEOPLE = List.of("Quinn Example|Acme|qexample", "Rosa Tester|Globex|rtester",
            "Pat Xu|Initech / Widget Labs|patxu", "Milo van Vliet|FZJ/JSC|mvv", "Nia Nobody||",
            "Émile D'Arcy|Université|edarcy");
    private static final String[] MONTHS = {"January", "Feb", "march", "May", "SEPTEMBER", "Oct", "December"};
    private static final String[] WEEKDAYS = {"Thursday, ", "Mon ", "friday, ", ""};
    private static final String[] TIMES = {"5pm UTC", "5 pm UTC", "8:30 AM PDT", "17:00 UTC", "16:00 CET",
        "9 a.m. EST", "10:15 IST", "7pm", "3pm Mars", "11:00 AEDT"};
    private static final String[] SIGN_IN = {"If you are joining, sign in below. Roll call:",
        "Please sign-in here.", "Sign in below", "Who is here? Roll call:", "design interviews"};
    private static final String[] LEGENDS = {"name / institution / GitHub handle",
        "**name** / **institution** / **GitHub handle**", "Your name / GitHub ID / affiliation"};
    private static final String[] PLACEHOLDERS = {"/", "-", "(missed the list, sorry)", "name"};
    private static final String[] TEXTS = {"looks good", "ship it", "+1", "the mirror is green again",
        "we should discuss the release"};
    private static final String[] LABELS = {"Goal: ship before the summit", "CNES: funding news",
        "Question: who reviews?", "@qexample: merged", "(beta) later"};
    private static final String[] SOURCE_NAMES = {"2031-02-08.md", "20310311-community/index.md",
        "2031/widget-09-02.md", "notes/build-120310311.md", "2031/widget-10-26.md"};

    private SignInNotes() {
    }

    /** {@return generated notes, each from one seed} */
    public static Gen<Note> notes() {
        return in -> new Builder(new SplittableRandom(in.next(Constraint.none()))).note();
    }

    /** Builds one note; not thread-safe, one per generated value. */
    private static final class Builder extends Draws {

        private final List<String> lines = new ArrayList<>();
        private final List<String[]> people = new ArrayList<>();

        Builder(SplittableRandom random) {
            super(random);
        }

        Note note() {
            List<String[]> pool = new ArrayList<>(PEOPLE.stream().map(p -> p.split("\\|", -1)).toList());
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                people.add(pool.remove(random.nextInt(pool.size())));
            }
            if (chance(30)) {
                lines.addAll(List.of("---", "date: " + (chance(50) ? "\"" + isoDate() + "\"" : isoDate()), "---"));
            }
            String name = pick(new String[] {"Widget sync", "October 26 project call", "Team Meeting"});
            lines.add("# " + switch (chance(40) ? random.nextInt(3) : 3) {
                case 0 -> name + " (" + isoDate() + ")";
                case 1 -> name + " - " + isoDate();
                case 2 -> name + ": " + isoDate();
                default -> name;
            });
            lines.add("");
            boolean labelsFirst = chance(50);
            if (labelsFirst) {
                labels();
            }
            lines.add("## " + pick(new String[] {"Meeting details", "Welcome to the Team Meeting", "Roll call"}));
            lines.add("");
            if (!labelsFirst) {
                labels();
            }
            signIn();
            for (int i = random.nextInt(3); i >= 0; i--) {
                remarks(pick(new String[] {"Quick updates", "Status reports", "Agenda", "Introductions"}));
            }
            if (chance(60)) {
                lines.add("### Action items:");
                lines.add("");
                remarks(null);
            }
            String eol = chance(20) ? "\r\n" : "\n";
            Optional<String> source = chance(40) ? Optional.of(pick(SOURCE_NAMES)) : Optional.empty();
            return new Note(String.join(eol, lines) + eol, source);
        }

        private String isoDate() {
            return String.format("2031-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        /** D84 (3), D85: a {@code Date:} label, maybe {@code at} a time, and maybe a {@code Time:} label. */
        private void labels() {
            if (chance(70)) {
                int day = 1 + random.nextInt(28);
                String date = switch (random.nextInt(4)) {
                    case 0 -> isoDate();
                    case 1 -> pick(WEEKDAYS) + day + pick(new String[] {"", "st", "nd", "th"}) + " " + pick(MONTHS)
                            + " 2031";
                    case 2 -> pick(MONTHS) + " " + day + ", 2031";
                    default -> day + " " + pick(MONTHS) + " 2031";
                };
                String at = chance(40) ? " at " + pick(TIMES) : "";
                String label = pick(new String[] {"**Date:** ", "Date: ", "DATE: ", "- Date: "});
                lines.add(label + date + at);
            }
            if (chance(40)) {
                lines.add(pick(new String[] {"**Time:** ", "Time: ", "- Time: "}) + pick(TIMES));
            }
            lines.add("");
        }

        /** D86–D89: the sign-in paragraph, a legend, slash entries and placeholders. */
        private void signIn() {
            lines.add(pick(SIGN_IN));
            lines.add("");
            boolean legend = chance(50);
            String marker = pick(new String[] {"* ", "- ", "+ "});
            if (legend) {
                lines.add(marker + pick(LEGENDS));
            }
            for (String[] person : people) {
                lines.add(marker + entry(person));
                if (chance(15)) {
                    lines.add(marker + pick(PLACEHOLDERS));
                }
            }
            lines.add("");
        }

        /** D88: name, affiliation and handle in an order and spelling of their own. */
        private String entry(String[] person) {
            List<String> parts = new ArrayList<>();
            parts.add(person[0]);
            if (!person[1].isEmpty() && chance(80)) {
                parts.add(person[1]);
            }
            if (!person[2].isEmpty() && chance(80)) {
                String handle = switch (random.nextInt(5)) {
                    case 0 -> "@" + person[2];
                    case 1 -> "\\@" + person[2];
                    case 2 -> "`@" + person[2] + "`";
                    case 3 -> "@" + person[2] + " (github)";
                    default -> person[2] + " (github)";
                };
                parts.add(random.nextInt(parts.size() + 1), handle);
            }
            String separator = pick(new String[] {" / ", " /", "/ "});
            String entry = String.join(separator, parts);
            return parts.size() == 1 && !entry.contains(" / ") ? entry + " /" : entry;
        }

        /** A section of remarks, or the action items when {@code heading} is null. */
        private void remarks(String heading) {
            if (heading != null) {
                lines.add("## " + heading);
                lines.add("");
            }
            for (int i = random.nextInt(4); i >= 0; i--) {
                String indent = i % 2 == 1 && chance(40) ? "    " : "";
                String box = chance(40) ? pick(new String[] {"[ ] ", "[x] ", "[X] "}) : "";
                lines.add(indent + pick(new String[] {"* ", "- ", "+ "}) + box + remark());
            }
            lines.add("");
        }

        private String remark() {
            String[] person = people.get(random.nextInt(people.size()));
            String first = person[0].split(" ")[0];
            String text = pick(TEXTS);
            return switch (random.nextInt(9)) {
                case 0 -> first + ": " + text;
                case 1 -> "**" + first + "**: " + text;
                case 2 -> "**" + first.toLowerCase(java.util.Locale.ROOT) + ":** " + text;
                case 3 -> "(" + first + ") " + text;
                case 4 -> "[" + person[0] + "] " + text;
                case 5 -> person[2].isEmpty() ? text : person[2] + ": " + text;
                case 6 -> "\\[" + initials(person[0]) + "\\] " + text;
                case 7 -> initials(person[0]) + ": " + text;
                default -> chance(50) ? pick(LABELS) : "Action: " + initials(person[0]) + " to " + text;
            };
        }

        /** D90: the first letter of each word, upper-cased. */
        private static String initials(String name) {
            StringBuilder initials = new StringBuilder();
            for (String word : name.split(" ")) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
            return initials.toString();
        }
    }
}
