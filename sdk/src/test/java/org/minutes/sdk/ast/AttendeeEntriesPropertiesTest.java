package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Entry;
import org.minutes.sdk.syntax.AttendeeEntryShapes.Kind;
import org.minutes.sdk.syntax.AttendeeEntryShapes;
import org.quicktheories.core.Gen;

/** Properties of the attendee entry grammar (D32–D35); the sample count comes from {@code minutes.examples}. */
class AttendeeEntriesPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);

    /** Characters that drive the grammar, WS of all three kinds, and a non-BMP letter. */
    private static final Gen<String> MARKUP = lists()
            .of(arbitrary().pick("(", ")", "@", ":", ",", ".", "…", " ", "\t", "\u00A0", "QE", "MvV", "x", "Quinn",
                    "gh:", "*", "/", "&", "𝒜"))
            .ofSizeBetween(0, 14)
            .map(parts -> String.join("", parts));

    private static final Gen<String> INITIALS = arbitrary().pick("QE", "RT", "MvV", "JRG", "MvN", "NN", "ÉLÖ");
    private static final Gen<List<String>> NAME = lists()
            .of(arbitrary().pick("Quinn", "Example", "van", "Rodríguez-Guerra", "𝒜da", "O'Neil", "Jr", "X"))
            .ofSizeBetween(1, 4);
    private static final Gen<String> HANDLE = arbitrary().pick("qexample", "rosa-t", "mvv", "a1", "j_r_g");
    private static final Gen<List<String>> PIECES = lists()
            .of(arbitrary().pick("Acme", "C/SC", "CF/C", "Globex & widget-forge/core", "Prefix.dev", "N/A"))
            .ofSizeBetween(0, 3);

    @Test
    void d6d35EveryTextGivesAnEntryAndNamedPeople() {
        qt().withExamples(EXAMPLES).forAll(MARKUP, booleans().all()).checkAssert((text, ordered) -> {
            Entry entry = AttendeeEntryShapes.parse(text, ordered);
            String trimmed = org.minutes.sdk.syntax.Whitespace.trim(text);
            assertEquals(trimmed, entry.text());
            assertTrue(entry.kind() != Kind.LEGEND, "no legend without strong emphasis");
            // D33, D89: no letter → placeholder; a text with a letter that is neither a field word nor opens with "("
            // (wholly in parentheses) is no placeholder.
            boolean noLetter = trimmed.codePoints().noneMatch(Character::isLetter);
            if (noLetter) {
                assertEquals(Kind.PLACEHOLDER, entry.kind(), text);
            } else if (!trimmed.startsWith("(") && org.minutes.sdk.syntax.SignInLists.field(trimmed).isEmpty()) {
                assertTrue(entry.kind() != Kind.PLACEHOLDER, text);
            }
            boolean placeholder = entry.kind() == Kind.PLACEHOLDER;
            if (!placeholder) {
                assertFalse(entry.name().isEmpty(), text);
                assertEquals(org.minutes.sdk.syntax.Whitespace.trim(entry.name()), entry.name(), "names are trimmed");
                assertTrue(AttendeeEntries.attendee(entry, false).isPresent());
            }
            if (entry.kind() == Kind.UNPARSED) {
                assertEquals(trimmed, entry.name(), "D35: named by the whole text");
            }
        });
    }

    @Test
    void d32WrittenEntriesReadBack() {
        Gen<Boolean> commaSeparator = booleans().all();
        Gen<Boolean> trailingPeriod = booleans().all();
        Gen<String> space = arbitrary().pick("", " ", "\u00A0", " \t");
        qt().withExamples(EXAMPLES)
                .forAll(INITIALS, NAME, HANDLE.map(Optional::of).mix(arbitrary().constant(Optional.empty())), PIECES)
                .checkAssert((initials, name, handle, pieces) -> {
                    String fullName = String.join(" ", name);
                    StringBuilder text = new StringBuilder(initials).append(", ").append(fullName);
                    handle.ifPresent(h -> text.append(" (@").append(h).append(")"));
                    pieces.forEach(p -> text.append(", ").append(p));
                    text.append('.');
                    Entry entry = AttendeeEntryShapes.parse(text.toString(), true);
                    assertEquals(Kind.PERSON, entry.kind(), text::toString);
                    assertEquals(fullName, entry.name(), text::toString);
                    assertEquals(Optional.of(initials), entry.initials(), text::toString);
                    assertEquals(handle, entry.github(), text::toString);
                    assertEquals(pieces, entry.pieces(), text::toString);
                    assertEquals(handle.isPresent(), entry.fullShape());
                });
        qt().withExamples(EXAMPLES / 10)
                .forAll(NAME, HANDLE, space, commaSeparator.zip(trailingPeriod, List::of))
                .checkAssert((name, handle, ws, flags) -> {
                    String fullName = String.join(" ", name);
                    String text = "QE" + (flags.get(0) ? "," : ":") + " " + fullName + (flags.get(0) ? "," : "")
                            + " (@" + ws + handle + ws + ")" + (flags.get(1) ? "." : "");
                    Entry entry = AttendeeEntryShapes.parse(text, false);
                    assertEquals(fullName, entry.name(), text);
                    assertEquals(Optional.of(handle), entry.github(), text);
                    assertEquals(List.of(), entry.pieces(), text);
                });
    }

    @Test
    void d34WrittenBulletsReadBack() {
        Gen<Integer> form = arbitrary().pick(0, 1, 2, 3, 4, 5);
        qt().withExamples(EXAMPLES).forAll(NAME, INITIALS, HANDLE, form).checkAssert((name, initials, handle, f) -> {
            String fullName = String.join(" ", name);
            String text = switch (f) {
                case 0 -> fullName + " (" + initials + ") (" + handle + ")";
                case 1 -> fullName + " (" + initials + ") (@" + handle + ")";
                case 2 -> fullName + " (" + initials + ") gh: " + handle;
                case 3 -> fullName + " (" + initials + ") @" + handle;
                case 4 -> fullName + " (" + initials + ") " + handle;
                default -> fullName + " " + initials + " @" + handle;
            };
            Entry entry = AttendeeEntryShapes.parse(text, false);
            assertEquals(Kind.PERSON, entry.kind(), text);
            assertEquals(fullName, entry.name(), text);
            assertEquals(Optional.of(initials), entry.initials(), text);
            assertEquals(Optional.of(handle), entry.github(), text);
        });
    }

    @Test
    void d34PlainNamesStayWhole() {
        qt().withExamples(EXAMPLES).forAll(NAME, PIECES).checkAssert((name, pieces) -> {
            String text = String.join(" ", name) + pieces.stream().map(p -> ", " + p).collect(Collectors.joining());
            Entry entry = AttendeeEntryShapes.parse(text, false);
            assertEquals(new Entry(Kind.PERSON, text, text, Optional.empty(), Optional.empty(), List.of(), false),
                    entry);
        });
    }
}
