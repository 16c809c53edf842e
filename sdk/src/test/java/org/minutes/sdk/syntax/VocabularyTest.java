package org.minutes.sdk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutes.grammar.NotesLexerBase;

/** The dialect's lexical vocabulary, asked directly, one nested class per fact, with the rules' own examples. */
class VocabularyTest {

    @Nested
    class WhitespaceD3 {

        @Test
        void spaceTabAndNbspAreWsNothingElse() {
            assertTrue(Whitespace.is(' '));
            assertTrue(Whitespace.is('\t'));
            assertTrue(Whitespace.is('\u00A0'));
            for (char c : new char[] {'\n', '\r', '\u2003', '\u200B', '\u3000', 'x'}) {
                assertFalse(Whitespace.is(c), () -> "U+" + Integer.toHexString(c));
            }
        }

        @Test
        void trimTakesNbspUnlikeStrip() {
            assertEquals("met\u00A0Acme", Whitespace.trim("\u00A0 met\u00A0Acme\t\u00A0"));
            assertEquals("", Whitespace.trim("\u00A0\t "));
            assertTrue(Whitespace.isBlank("\u00A0\t"));
            assertEquals(3, Whitespace.skip("\u00A0\t x", 0));
            assertEquals(1, Whitespace.trimEnd("x\u00A0 ", 0, 3));
        }

        @Test
        void aTokenEndsBeforeWsALineEndOrTheEndOfTheTextD5() {
            assertTrue(Whitespace.endsToken("[x]", 3));
            assertTrue(Whitespace.endsToken("QE: x", 3));
            assertTrue(Whitespace.endsToken("-\u00A0x", 1));
            assertTrue(Whitespace.endsToken("-\nx", 1));
            assertTrue(Whitespace.endsToken("-\r\n", 1));
            assertFalse(Whitespace.endsToken("[x]done", 3));
            assertFalse(Whitespace.endsToken("-\u2003x", 1));
        }

        @Test
        void theRegexClassMatchesExactlyWs() {
            for (char c = 0; c < 0x3100; c++) {
                assertEquals(Whitespace.is(c), String.valueOf(c).matches(Whitespace.CLASS), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Nested
    class BareUrlsD57 {

        @Test
        void anEndMayShedTheTrailersAndUnpartneredClosers() {
            for (char c : ".,;:!?'\"*_~)]".toCharArray()) {
                assertTrue(BareUrls.mayShed(c), String.valueOf(c));
            }
            for (char c : "([/-#=&%+a0 ".toCharArray()) {
                assertFalse(BareUrls.mayShed(c), String.valueOf(c));
            }
            // Every character mayShed admits is one strip() can take off a URL's end.
            String url = "https://example.org/x";
            for (char c : ".,;:!?'\"*_~)]".toCharArray()) {
                assertEquals(url.length(), BareUrls.strip(url + c, 0, url.length() + 1), String.valueOf(c));
            }
        }

        @ParameterizedTest(name = "D57: \"{0}\" then :// starts a URL: {1}")
        @CsvSource(delimiter = '|', value = {
            "http|true", "see https|true", "HTTP|true", "HtTpS|true", "xhttp|true", "ftp|false", "htt|false",
            "'https '|false", "|false", "httpss|false",
        })
        void schemeNames(String text, boolean scheme) {
            String before = text == null ? "" : text;
            assertEquals(scheme, BareUrls.endsWithSchemeName(before));
        }

        @Test
        void theTrailerSetIsTheDialectsAndNothingMore() {
            assertEquals(".,;:!?'\"*_~", BareUrls.TRAILERS);
            for (char c : BareUrls.TRAILERS.toCharArray()) {
                assertTrue(BareUrls.isTrailer(c), String.valueOf(c));
            }
            // Closers are lost only without partner, so they are no trailers of their own.
            for (char c : ")]/-#=&%+".toCharArray()) {
                assertFalse(BareUrls.isTrailer(c), String.valueOf(c));
            }
        }

        @ParameterizedTest(name = "D57: \"{0}\" keeps \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "https://github.com/conda/conda/pull/8122.|https://github.com/conda/conda/pull/8122",
            "https://example.org/x)|https://example.org/x",
            "https://en.example.org/wiki/Foo_(bar)|https://en.example.org/wiki/Foo_(bar)",
            "https://example.org/a_(b)_.|https://example.org/a_(b)",
            "https://example.org/x]|https://example.org/x",
            "https://example.org/[x]|https://example.org/[x]",
            "https://example.org/?q=1!*~_'|https://example.org/?q=1",
            "https://example.org/x).,|https://example.org/x",
        })
        void stripShedsTrailersRepeatedlyAndAnUnpartneredCloser(String raw, String url) {
            assertEquals(url, raw.substring(0, BareUrls.strip(raw, 0, raw.length())));
            assertTrue(BareUrls.keepsItsEnd(url), url);
            assertEquals(raw.equals(url), BareUrls.keepsItsEnd(raw), raw);
        }

        @Test
        void theRawExtentStopsAtWsAngleBracketsAndLineEnds() {
            for (char c : new char[] {' ', '\t', '\u00A0', '<', '>', '\n'}) {
                assertTrue(BareUrls.isStop(c), () -> "U+" + Integer.toHexString(c));
            }
            assertFalse(BareUrls.isStop(')'));
            assertFalse(BareUrls.isStop('.'));
        }

        @Test
        void schemesAreHttpAndHttpsInAnyCase() {
            assertEquals(7, BareUrls.schemeLength("HTTP://x", 0));
            assertEquals(8, BareUrls.schemeLength("see hTtPs://x", 4));
            assertEquals(0, BareUrls.schemeLength("ftp://x", 0));
            assertEquals(0, BareUrls.schemeLength("https:/", 0));
        }
    }

    @Nested
    class DepthsD41 {

        @Test
        void theListCapIsTheLexersSixtyFour() {
            assertEquals(64, Depths.MAX_LIST_DEPTH);
            assertEquals(NotesLexerBase.MAX_DEPTH, Depths.MAX_LIST_DEPTH);
            assertEquals(32, Depths.MAX_INLINE_DEPTH);
        }
    }

    @Nested
    class ListMarkersD37 {

        @ParameterizedTest(name = "D37 as amended: \"{0}\" starts with a marker of length {1}")
        @CsvSource(delimiter = '|', value = {"+ note|1", "+|1", "+\tx|1", "- note|1", "12. x|3", "+1 from me|0", "+x|0"})
        void plusIsAMarkerAsAmended(String line, int length) {
            assertEquals(length, ListMarkers.lengthAsAmended(line, 0, line.length()));
        }

        @Test
        void theLexerReadsPlusAsAmended() {
            // D37 as amended (2026-12): `+` is a marker for the lexer too.
            assertEquals(1, ListMarkers.length("+ note", 0, 6));
        }

        @ParameterizedTest(name = "D37: \"{0}\" starts with a marker of length {1}")
        @CsvSource(delimiter = '|', value = {
            "- note|1", "* note|1", "-|1", "1. one|2", "123456789. nine digits|10", "12.\u00A0nbsp|3", "-\ttab|1",
        })
        void markers(String line, int length) {
            assertEquals(length, ListMarkers.length(line, 0, line.length()));
        }

        @ParameterizedTest(name = "D37: \"{0}\" is text")
        @ValueSource(strings = {"1) one", "1.5 release", "-x", "*bold*", "1234567890. ten digits", ". dot", "", "a"})
        void noMarkers(String line) {
            assertEquals(0, ListMarkers.length(line, 0, line.length()));
        }

        @Test
        void aLineEndEndsTheMarkerToo() {
            assertEquals(1, ListMarkers.length("-\n", 0, 2));
            assertEquals(2, ListMarkers.length("1.\r\n", 0, 4));
        }

        @Test
        void theEndOfTheRangeEndsTheLine() {
            assertEquals(2, ListMarkers.length("  1.x", 2, 4));
            assertEquals(0, ListMarkers.length("  1.x", 2, 5));
        }
    }

    @Nested
    class CheckboxesD45D46 {

        @ParameterizedTest(name = "D45: \"{0}\" has box \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "[ ] todo|' '", "[x] done|x", "[X] QE: done|X", "[\u00A0] nbsp|' '", "[ ]|' '", "[x]\tt|x",
        })
        void validBoxes(String text, char letter) {
            assertEquals(letter, Checkboxes.letter(text));
            assertFalse(Checkboxes.isMalformed(text));
        }

        @ParameterizedTest(name = "D46: \"{0}\" is malformed")
        @ValueSource(strings = {"[] Pat: joined", "[  ] two spaces", "[-] dash", "[/] slash", "[?] what", "[✓] tick",
            "[x]done", "[ ]glued"})
        void malformedBoxes(String text) {
            assertEquals(Checkboxes.NONE, Checkboxes.letter(text));
            assertTrue(Checkboxes.isMalformed(text));
        }

        @ParameterizedTest(name = "D46: \"{0}\" is plain text")
        @ValueSource(strings = {"N/] plain", "[a] letter", "[link](x)", "text", "", "["})
        void plainText(String text) {
            assertEquals(Checkboxes.NONE, Checkboxes.letter(text));
            assertFalse(Checkboxes.isMalformed(text));
        }
    }

    @Nested
    class ShortcodesD59 {

        @Test
        void nameCharacters() {
            for (char c : "az09_+-".toCharArray()) {
                assertTrue(Shortcodes.isNameChar(c), String.valueOf(c));
            }
            for (char c : "AZ: .é/".toCharArray()) {
                assertFalse(Shortcodes.isNameChar(c), String.valueOf(c));
            }
        }

        @Test
        void aShortcodeIsNameCharsWithALetterBetweenColons() {
            String text = "rattler :tada: ok";
            assertTrue(Shortcodes.mayStartAt(text, 8));
            assertEquals(14, Shortcodes.end(text, 8, text.length()));
            assertTrue(Shortcodes.isName("tada"));
            assertTrue(Shortcodes.isName("e-mail_2+"));
            assertFalse(Shortcodes.isName("+1"));
            assertFalse(Shortcodes.isName("100"));
            assertFalse(Shortcodes.isName("Tada"));
            assertFalse(Shortcodes.isName(""));
        }

        @Test
        void emoticonsAndTimesAreText() {
            assertTrue(Shortcodes.end(":)", 0, 2) < 0);
            assertTrue(Shortcodes.end(":D:", 0, 3) < 0);
            String time = "10:30:00";
            assertFalse(Shortcodes.mayStartAt(time, 2));
        }
    }

    @Nested
    class MentionsD60 {

        @Test
        void whatCarriesAMentionOn() {
            for (char c : "-/._".toCharArray()) {
                assertTrue(Mentions.mayContinue(c), String.valueOf(c));
            }
            for (char c : " ,:;!?)@".toCharArray()) {
                assertFalse(Mentions.mayContinue(c), String.valueOf(c));
            }
            // Each of them does carry one on when a handle or team character follows.
            assertEquals(10, Mentions.handleEnd("@qe-xample", 1, 10));
            assertEquals(9, Mentions.teamEnd("org/a.b_c", 4, 9));
        }

        @Test
        void handlesAndTeams() {
            assertTrue(Mentions.isHandle("qexample"));
            assertTrue(Mentions.isHandle("q-example"));
            assertFalse(Mentions.isHandle("q--example"));
            assertFalse(Mentions.isHandle("-q"));
            assertFalse(Mentions.isHandle("q-"));
            assertTrue(Mentions.isTeam("communications"));
            assertTrue(Mentions.isTeam("core_team.v2"));
            assertFalse(Mentions.isTeam("team."));
            String text = "@acme/communications.";
            int handle = Mentions.handleEnd(text, 1, text.length());
            assertEquals(5, handle);
            assertEquals(text.length() - 1, Mentions.teamEnd(text, handle + 1, text.length()));
        }

        @Test
        void anAtAfterALetterDigitOrDotIsText() {
            assertFalse(Mentions.mayStartAt("team@example.org", 4));
            assertFalse(Mentions.mayStartAt("v1.@x", 3));
            assertTrue(Mentions.mayStartAt("Pat @ Acme", 4));
            assertEquals(5, Mentions.handleEnd("Pat @ Acme", 5, 10));
        }
    }

    @Nested
    class SectionHeadingsD24D25 {

        @ParameterizedTest(name = "D25: \"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
            "Attendees|attendees", "Attendees in Absentia|attendees_absentia", "3 meetings ago|previous_meetings",
            ":wave: Attendees (2030-01-26)|attendees", "Action Items:|action_items", "Whatever else|other",
        })
        void kinds(String heading, String id) {
            assertEquals(id, SectionHeadings.kindId(heading));
        }

        @Test
        void onlyTheTwoAttendeeKindsListAttendees() {
            assertTrue(SectionHeadings.listsAttendees(SectionHeadings.ATTENDEES));
            assertTrue(SectionHeadings.listsAttendees(SectionHeadings.ATTENDEES_ABSENTIA));
            assertFalse(SectionHeadings.listsAttendees("agenda"));
            assertFalse(SectionHeadings.listsAttendees(SectionHeadings.OTHER));
        }
    }

    @Nested
    class AttendeeEntryShapesD26D32 {

        @ParameterizedTest(name = "D26: \"{0}\" (ordered {1}) has the full shape: {2}")
        @CsvSource(delimiter = '|', value = {
            "QE: Quinn Example (@qexample), Acme|true|true",
            "WV, Wolf Vollprecht, (@wolfv), Prefix.dev|true|true",
            "MvV Milo van Vliet (@mvv), CF/C|true|true",
            "QE: Quinn Example, Acme|true|false",
            "Quinn Example (@qexample), Acme|true|false",
            "QE: Quinn Example (@qexample), Acme|false|true",
            "Quinn Example (QE) (qexample)|false|false",
            "TODO: ask (@qexample)|true|false",
        })
        void fullShape(String text, boolean ordered, boolean full) {
            assertEquals(full, AttendeeEntryShapes.isFullShape(text, ordered));
        }
    }

    @Nested
    class SpeakerPrefixesD47D52 {

        @ParameterizedTest(name = "D49: \"{0}\" reads as {1} {2}, qualifier \"{3}\", ending at {4}, escaped at {5}")
        @CsvSource(delimiter = '|', value = {
            "QE: shipped|COLON|QE|''|3|2",
            "QE/PV: paired|COLON|QE,PV|''|6|5",
            "QE (Acme): shipped|COLON|QE|Acme|10|9",
            "(QE) shipped|PAREN|QE|''|4|0",
            "(qe): shipped|PAREN_COLON|qe|''|5|0",
            "(QE, see (notes)) x|PAREN|QE|see (notes)|17|0",
            "(QE: remote) x|PAREN|QE|remote|12|0",
            "[QE] x|BRACKET|QE|''|4|0",
            "[QE]: x|BRACKET_COLON|QE|''|5|0",
        })
        void prefixes(String text, SpeakerPrefixes.Form form, String who, String qualifier, int end, int escapeAt) {
            SpeakerPrefixes.Reading reading = SpeakerPrefixes.read(text, 0).orElseThrow();
            assertEquals(java.util.List.of(who.split(",")), reading.who());
            assertEquals(qualifier.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(qualifier),
                    reading.qualifier());
            assertEquals(form, reading.form());
            assertEquals(end, reading.end());
            assertEquals(escapeAt, reading.escapeAt());
        }

        @ParameterizedTest(name = "D51, D52: \"{0}\" reads as no prefix")
        @ValueSource(strings = {"TODO: x", "TL;DR: x", "Goal: x", "QE:x", "QE :x", "[qe] x", "(QE x", "() x",
            "(QE,) x", "(QE)x", "\\(QE) x", "(QE\\) x", "", "QE\u2003: x"})
        void noPrefixes(String text) {
            assertTrue(SpeakerPrefixes.read(text, 0).isEmpty());
        }

        @Test
        void readsFromTheGivenStart() {
            assertEquals(8, SpeakerPrefixes.read("[x] (QE) shipped", 4).orElseThrow().end());
            assertEquals(4, SpeakerPrefixes.read("[x] (QE) shipped", 4).orElseThrow().escapeAt());
        }
    }

    @Nested
    class TitleShapesD15 {

        @ParameterizedTest(name = "D15: \"{0}\" has its draft dash at {1}, its name or date at {2}")
        @CsvSource(delimiter = '|', value = {
            "DRAFT - 2031-05-14 Team Sync|6|8", "DRAFT-\tx|5|7", "'DRAFT -'|6|7", "DRAFT\u00A0- x|6|8",
            "DRAFT -x|-1|0", "Draft - x|-1|0", "DRAFT x|-1|0", "DRAFTS - x|-1|0", "DRAFT|-1|0", "''|-1|0",
        })
        void draftMarkers(String text, int dash, int after) {
            assertEquals(dash, TitleShapes.draftMarkerDash(text));
            assertEquals(after, TitleShapes.afterDraftMarker(text));
        }

        @ParameterizedTest(name = "D15: \"{0}\" starts with a date token: {1}")
        @CsvSource(delimiter = '|', value = {
            "2026-01-14 Conda Ecosystem Meeting|true", "2026-01-14|true", "2026-02-30 x|true", "2026-01-14x|false",
            "2026-1-14 x|false", "26-01-14 x|false", "2026/01/14 x|false", "２０２６-01-14 x|false",
        })
        void dateTokens(String text, boolean date) {
            assertEquals(date, TitleShapes.isDateToken(text, 0));
            assertEquals(date, TitleShapes.isDateToken("DRAFT - " + text, 8));
        }
    }

    @Nested
    class TableRowsD27 {

        private static final String[] LINES = {
            "|---|", "|---", "| --- | :-- | --: | :-: |", "|:-:|\u00A0", "|-|-|", "|---|  ", "|---||", "|", "||",
            "|   |", "|---|x", "|- -|", "|:|", "|::|", "|:--:|:", "|---:|", "|--|--", "| ---\t|\t--- |", "|-a-|",
            "|===|", "| --- | text |",
        };

        @Test
        void theRuleIsTheLexersDelimiterRow() {
            for (String line : LINES) {
                org.minutes.grammar.NotesLexer lexer = new org.minutes.grammar.NotesLexer(
                        org.antlr.v4.runtime.CharStreams.fromString("| a |\n" + line + "\n"));
                java.util.List<? extends org.antlr.v4.runtime.Token> tokens = lexer.getAllTokens();
                boolean lexed = tokens.stream().anyMatch(t -> t.getType() == org.minutes.grammar.NotesLexer.DELIMITER_ROW);
                assertEquals(lexed, TableRows.isDelimiterRow(line), line);
            }
        }

        @ParameterizedTest(name = "D27: \"{0}\" is a delimiter row: {1}")
        @CsvSource(delimiter = '#', value = {
            "|---|#true", "| :-- | --: |#true", "|---|x#false", "|#false", "|   |#false", "|-a-|#false",
            "'---|'#false",
        })
        void rows(String line, boolean row) {
            assertEquals(row, TableRows.isDelimiterRow(line));
        }

        @ParameterizedTest(name = "D27: \"{0}\" is a delimiter cell: {1}")
        @CsvSource(delimiter = '#', value = {"---#true", ":--#true", "--:#true", ":-:#true", "-#true", ":#false",
            "::#false", "''#false", "- -#false", "a#false", "'---' #true"})
        void cells(String cell, boolean delimiter) {
            assertEquals(delimiter, TableRows.isDelimiterCell(cell));
        }
    }

    @Nested
    class BlockOpenersD13D63D65 {

        private static final String[] LINES = {
            "# x", "#", "###### six", "####### seven", "#x", "#\tx", "#\u00A0x", "## ", "```", "```java", "````x",
            "```a`b", "``x", "~~~", "~~~`x", "~~", "---", "***", "___", "- - -", "*\t*\u00A0*", "-- -x", "**", "-_-",
            "* * * *", "x", "",
        };

        /** The lexer's own token types for these lines: D8 classifies each line by its longest match. */
        private int lexed(String line) {
            org.minutes.grammar.NotesLexer lexer = new org.minutes.grammar.NotesLexer(
                    org.antlr.v4.runtime.CharStreams.fromString("text\n\n" + line + "\n"));
            return lexer.getAllTokens().stream().filter(t -> t.getLine() == 3).findFirst()
                    .map(org.antlr.v4.runtime.Token::getType).orElse(-1);
        }

        @Test
        void theRulesAreTheLexers() {
            for (String line : LINES) {
                int type = lexed(line);
                assertEquals(type == org.minutes.grammar.NotesLexer.HEADING, BlockOpeners.isHeading(line), line);
                assertEquals(type == org.minutes.grammar.NotesLexer.THEMATIC_BREAK, BlockOpeners.isThematicBreak(line),
                        line);
                boolean fence = type == org.minutes.grammar.NotesLexer.FENCE_OPEN
                        || type == org.minutes.grammar.NotesLexer.UNCLOSED_FENCE;
                assertEquals(fence, BlockOpeners.isFenceOpener(line), line);
            }
        }

        @Test
        void theRulesOwnExamples() {
            assertTrue(BlockOpeners.isHeading("## Attendees"));
            assertFalse(BlockOpeners.isHeading("#hashtag"));
            assertTrue(BlockOpeners.isFenceOpener("```python"));
            assertFalse(BlockOpeners.isFenceOpener("``` a ` b"));
            assertTrue(BlockOpeners.isThematicBreak("- - -"));
            assertFalse(BlockOpeners.isThematicBreak("- - x"));
        }
    }

    @Nested
    class EscapesD61 {

        @Test
        void aBackslashEscapesExactlyAsciiPunctuation() {
            for (char c = 0; c < 128; c++) {
                boolean punctuation = c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
                assertEquals(punctuation, Escapes.isEscapable(c), "U+" + Integer.toHexString(c));
            }
            assertFalse(Escapes.isEscapable('\u00A7'));
            assertFalse(Escapes.isEscapable('é'));
        }
    }

    @Nested
    class InitialsD48D51 {

        @Test
        void tokensAndTheStopList() {
            assertTrue(Initials.isToken("QE", false));
            assertTrue(Initials.isToken("MvN", false));
            assertFalse(Initials.isToken("qe", false));
            assertTrue(Initials.isToken("qe", true));
            assertFalse(Initials.isToken("TODO", false));
            assertTrue(Initials.isStopWord("tl;dr"));
            assertTrue(Initials.isStopWord(" FYI "));
            assertFalse(Initials.isStopWord("QE"));
        }
    }
}
