package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.minutes.sdk.internal.inline.Inl.code;
import static org.minutes.sdk.internal.inline.Inl.em;
import static org.minutes.sdk.internal.inline.Inl.emoji;
import static org.minutes.sdk.internal.inline.Inl.image;
import static org.minutes.sdk.internal.inline.Inl.inlines;
import static org.minutes.sdk.internal.inline.Inl.link;
import static org.minutes.sdk.internal.inline.Inl.mention;
import static org.minutes.sdk.internal.inline.Inl.parse;
import static org.minutes.sdk.internal.inline.Inl.sb;
import static org.minutes.sdk.internal.inline.Inl.strike;
import static org.minutes.sdk.internal.inline.Inl.strong;
import static org.minutes.sdk.internal.inline.Inl.t;
import static org.minutes.sdk.internal.inline.Inl.url;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.internal.SpanSink;

/** The inline rules D54–D61 and D78, one example at a time; expectations are read off DIALECT.md. */
class InlineParserTest {

    @Nested
    class D54Inlines {

        @Test
        void dialectExample() {
            assertEquals(inlines(em('_', t("only on Linux")), t(" and "), em('*', t("before"))),
                    parse("_only on Linux_ and *before*"));
        }

        @Test
        void nothingGivesNothing() {
            assertEquals(List.of(), InlineParser.parse(List.of(), SpanSink.NONE));
            assertEquals(List.of(), parse(""));
        }

        @Test
        void plainTextIsOneText() {
            assertEquals(inlines(t("we discussed the release (again) - next week!")),
                    parse("we discussed the release (again) - next week!"));
        }

        @Test
        void linesAreSeparatedBySoftBreaks() {
            assertEquals(inlines(t("first"), sb(), t("second "), em('*', t("line"))), parse("first", "second *line*"));
        }

        @Test
        void emptyLinesStillBreak() {
            assertEquals(inlines(t("a"), sb(), sb(), t("b")), parse("a", "", "b"));
        }

        @Test
        void onlyLinksCrossALineEnd() {
            assertEquals(inlines(t("`a"), sb(), t("b` "), em('*', t("c"))), parse("`a", "b` *c*"));
            assertEquals(inlines(t("see "), link("u", t("the"), sb(), t("notes")), t(" ok")),
                    parse("see [the", "notes](u) ok"));
        }

        @Test
        void unmatchedOpenersAreText() {
            assertEquals(inlines(t("_unmatched opener and **unmatched strong and ~~unmatched strike")),
                    parse("_unmatched opener and **unmatched strong and ~~unmatched strike"));
            assertEquals(inlines(t("[not a link and `no code and ![no image")),
                    parse("[not a link and `no code and ![no image"));
        }

        @Test
        void segmentsMustNotHoldLineEnds() {
            assertThrows(IllegalArgumentException.class,
                    () -> InlineParser.parse(List.of(new Segment("a\nb", 0)), SpanSink.NONE));
        }
    }

    @Nested
    class D55CodeSpans {

        @Test
        void contentIsLiteral() {
            assertEquals(inlines(code("add <pkg>")), parse("`add <pkg>`"));
            assertEquals(inlines(code("add <pkg> *not* _emphasis_"), t(" stays literal in code")),
                    parse("`add <pkg> *not* _emphasis_` stays literal in code"));
            assertEquals(inlines(code("\\*x\\* [a](b) :tada: @qe https://x.org")),
                    parse("`\\*x\\* [a](b) :tada: @qe https://x.org`"));
        }

        @Test
        void oneSpaceIsStrippedFromEachSideWhenBothExist() {
            assertEquals(inlines(code("|")), parse("`` | ``"));
            assertEquals(inlines(code(" a")), parse("` a`"));
            assertEquals(inlines(code(" b ")), parse("`  b  `"));
            assertEquals(inlines(code("  ")), parse("`  `"));
            assertEquals(inlines(code("\u00A0c\u00A0")), parse("`\u00A0c\u00A0`"));
        }

        @Test
        void closerIsTheNextRunOfExactlyTheSameLength() {
            assertEquals(inlines(code("a`b")), parse("``a`b``"));
            assertEquals(inlines(code("a``b")), parse("`a``b`"));
            assertEquals(inlines(code("widget build"), t(" and "), code("a | b"), t(" and ``.widgetrc`? unbalanced")),
                    parse("`widget build` and `` a | b `` and ``.widgetrc`? unbalanced"));
        }

        @Test
        void noCloserMakesTheBackticksText() {
            assertEquals(inlines(t("``.widgetrc`? hmm")), parse("``.widgetrc`? hmm"));
            assertEquals(inlines(t("``a "), code("b")), parse("``a `b`"));
        }

        @Test
        void aSpanDoesNotCrossALineEnd() {
            assertEquals(inlines(t("`a"), sb(), t("b`")), parse("`a", "b`"));
        }

        @Test
        void anEscapedBacktickOpensNothingButABackslashInsideCodeIsLiteral() {
            assertEquals(inlines(t("`not code`")), parse("\\`not code`"));
            assertEquals(inlines(t("`"), code("code")), parse("\\``code`"));
            assertEquals(inlines(code("a\\"), t("b`")), parse("`a\\`b`"));
        }

        @Test
        void codeSpansBindTighterThanLinkBrackets() {
            assertEquals(inlines(t("[a "), code("b](c) x")), parse("[a `b](c) x`"));
            assertEquals(inlines(link("c", t("a "), code("]"), t(" b"))), parse("[a `]` b](c)"));
        }
    }

    @Nested
    class D56LinksAndImages {

        @Test
        void emptyDestination() {
            assertEquals(inlines(link("", t("previous notes")), t(" TBD!")), parse("[previous notes]() TBD!"));
        }

        @Test
        void destinationIsKeptAsWritten() {
            assertEquals(inlines(link("example.org", t("example.org")), t(" and "),
                    link("https:example.org/acme/theme", t("theme"))),
                    parse("[example.org](example.org) and [theme](https:example.org/acme/theme)"));
            assertEquals(inlines(link("a\\)b", t("x"))), parse("[x](a\\)b)"));
        }

        @Test
        void imageWithAltText() {
            assertEquals(inlines(image("https://example.org/a.png", t("screenshot"))),
                    parse("![screenshot](https://example.org/a.png)"));
            assertEquals(inlines(t("!"), image("a.png", t("b"))), parse("!![b](a.png)"));
        }

        @Test
        void linkTextHoldsCodeSpansAndEmphasis() {
            assertEquals(inlines(link("https://example.org/read", strong(t("Read this first"))), t(", "),
                    link("https://example.org/spec", code("widget.toml"), t(" spec")), t(" and "),
                    link("https://example.org/opts", t("max_retries option"))),
                    parse("[**Read this first**](https://example.org/read), [`widget.toml` spec](https://example.org/spec)"
                            + " and [max_retries option](https://example.org/opts)"));
        }

        @Test
        void linkTextHoldsNoBareUrlsEmojiOrMentions() {
            assertEquals(inlines(t("a "), link("https://example.org/t", t("URL as link text https://example.org")),
                    t(" stays text inside the link")),
                    parse("a [URL as link text https://example.org](https://example.org/t) stays text inside the link"));
            assertEquals(inlines(link("https://x.org", t(":tada: @qexample"))), parse("[:tada: @qexample](https://x.org)"));
        }

        @Test
        void linksDoNotNest() {
            assertEquals(inlines(t("[a "), link("c", t("b")), t(" d](e)")), parse("[a [b](c) d](e)"));
            assertEquals(inlines(t("["), image("b.svg", t("CI")), t("]("), url("https://x.org"), t(")")),
                    parse("[![CI](b.svg)](https://x.org)"));
        }

        @Test
        void bracketsBalance() {
            assertEquals(inlines(link("d", t("a [b] c"))), parse("[a [b] c](d)"));
            assertEquals(inlines(t("[a ] b](c)")), parse("[a ] b](c)"));
        }

        @Test
        void destinationMayHoldBalancedParentheses() {
            assertEquals(inlines(link("https://en.example.org/wiki/Foo_(bar)", t("w"))),
                    parse("[w](https://en.example.org/wiki/Foo_(bar))"));
            assertEquals(inlines(t("[w](a(b)")), parse("[w](a(b)"));
        }

        @Test
        void wsMayStandAroundTheDestinationButNotInIt() {
            assertEquals(inlines(link("b", t("a"))), parse("[a](\u00A0b\t)"));
            assertEquals(inlines(t("[a](b c)")), parse("[a](b c)"));
            assertEquals(inlines(t("[a] (b)")), parse("[a] (b)"));
        }

        @Test
        void atMostOneLineBreakOnEitherSideOfTheDestination() {
            assertEquals(inlines(link("https://x.org", t("a"))), parse("[a](", "https://x.org)"));
            assertEquals(inlines(link("b", t("a")), t(" c")), parse("[a](", "b", ") c"));
            assertEquals(inlines(t("[a]("), sb(), sb(), t(")")), parse("[a](", "", ")"));
        }

        @Test
        void titlesAreText() {
            assertEquals(inlines(t("[a]("), url("https://x.org"), t(" \"t\")")), parse("[a](https://x.org \"t\")"));
        }

        @Test
        void pointyDestinationsAreText() {
            assertEquals(inlines(t("[a](<b>)")), parse("[a](<b>)"));
        }

        @Test
        void referenceLinksAndTextThenUrlAreText() {
            assertEquals(inlines(t("[a][b] and [c]")), parse("[a][b] and [c]"));
            assertEquals(inlines(t("(Solver bug)["), url("https://example.org/issues/1"), t("]")),
                    parse("(Solver bug)[https://example.org/issues/1]"));
        }

        @Test
        void autolinksAreTextAroundABareUrl() {
            assertEquals(inlines(t("<"), url("https://x.org"), t(">")), parse("<https://x.org>"));
        }

        @Test
        void emphasisAroundAndInsideLinks() {
            assertEquals(inlines(em('*', link("b", t("a")))), parse("*[a](b)*"));
            assertEquals(inlines(t("*"), link("b", t("a*"))), parse("*[a*](b)"));
        }
    }

    @Nested
    class D57BareUrls {

        @Test
        void trailingPunctuationIsStripped() {
            assertEquals(inlines(t("merged "), url("https://github.com/conda/conda/pull/8122"), t(".")),
                    parse("merged https://github.com/conda/conda/pull/8122."));
            assertEquals(inlines(t("see "), url("https://example.org/x"), t(". Also "), url("https://example.org/y"),
                    t(", and "), url("https://example.org/z"), t("; done")),
                    parse("see https://example.org/x. Also https://example.org/y, and https://example.org/z; done"));
            assertEquals(inlines(url("https://example.org/x"), t(").!?'\"*_~")),
                    parse("https://example.org/x).!?'\"*_~"));
        }

        @Test
        void aClosingParenthesisWithoutPartnerIsText() {
            assertEquals(inlines(t("(see "), url("https://example.org/issues/7"), t(") and ( "),
                    url("https://example.org/issues/8"), t(" )")),
                    parse("(see https://example.org/issues/7) and ( https://example.org/issues/8 )"));
            assertEquals(inlines(url("https://en.example.org/wiki/Foo_(bar)"), t(" is balanced")),
                    parse("https://en.example.org/wiki/Foo_(bar) is balanced"));
            assertEquals(inlines(url("https://example.org/[x]")), parse("https://example.org/[x]"));
        }

        @Test
        void runsToWsAngleBracketOrLineEnd() {
            assertEquals(inlines(t("{%preview "), url("https://example.org/pull/1"), t(" %}")),
                    parse("{%preview https://example.org/pull/1 %}"));
            assertEquals(inlines(url("https://example.org/a"), t("<b")), parse("https://example.org/a<b"));
            assertEquals(inlines(url("https://x.org/a"), t("\u00A0b")), parse("https://x.org/a\u00A0b"));
            assertEquals(inlines(url("https://x.org/a"), sb(), t("b")), parse("https://x.org/a", "b"));
        }

        @Test
        void schemeInAnyCaseNotAfterALetterOrDigit() {
            assertEquals(inlines(url("HTTPS://EXAMPLE.ORG/A")), parse("HTTPS://EXAMPLE.ORG/A"));
            assertEquals(inlines(url("Http://x.org")), parse("Http://x.org"));
            assertEquals(inlines(t("xhttps://example.org and 1http://x.org and éhttps://x.org")),
                    parse("xhttps://example.org and 1http://x.org and éhttps://x.org"));
            assertEquals(inlines(t("\""), url("https://x.org"), t("\"")), parse("\"https://x.org\""));
        }

        @Test
        void schemelessDomainsAndMailAddressesAreText() {
            assertEquals(inlines(t("schemeless example.org/path and docs.widget.example stay text")),
                    parse("schemeless example.org/path and docs.widget.example stay text"));
            assertEquals(inlines(t("mail team@example.org or ftp://x.org")),
                    parse("mail team@example.org or ftp://x.org"));
        }

        @Test
        void aSchemeAloneIsText() {
            assertEquals(inlines(t("https:// alone and http://.")), parse("https:// alone and http://."));
        }

        @Test
        void urlsTakePrecedenceOverEmphasis() {
            assertEquals(inlines(em('*', url("https://example.org"))), parse("*https://example.org*"));
            assertEquals(inlines(em('_', t("see "), url("https://example.org/a_b"))),
                    parse("_see https://example.org/a_b_"));
            assertEquals(inlines(url("https://x.org/*a*b")), parse("https://x.org/*a*b"));
        }

        @Test
        void codeAndLinksTakePrecedenceOverUrls() {
            assertEquals(inlines(url("https://example.org/"), code("a")), parse("https://example.org/`a`"));
            assertEquals(inlines(url("https://example.org/"), link("c", t("b"))), parse("https://example.org/[b](c)"));
            assertEquals(inlines(link("https://x.org", t("https://y.org"))), parse("[https://y.org](https://x.org)"));
        }

        @Test
        void urlsAreKeptAsWritten() {
            assertEquals(inlines(url("https://example.org/a\\_b")), parse("https://example.org/a\\_b"));
            assertEquals(inlines(url("https://example.org/a:b"), t(":")), parse("https://example.org/a:b:"));
            assertEquals(inlines(url("https://x.org/a:b"), t(" "), emoji("tada")),
                    parse("https://x.org/a:b :tada:"));
        }
    }

    @Nested
    class D58Emphasis {

        @Test
        void dialectExamples() {
            assertEquals(inlines(t("max_retries, build_number and __gpu_level virtual package stay text")),
                    parse("max_retries, build_number and __gpu_level virtual package stay text"));
            assertEquals(inlines(t("2 * 3 * 4 is not emphasis")), parse("2 * 3 * 4 is not emphasis"));
            assertEquals(inlines(strike(t("Tuesday")), t(" Wed")), parse("~~Tuesday~~ Wed"));
        }

        @Test
        void theExampleFileLine() {
            assertEquals(inlines(strong(t("Heads-up")), t(": "), em('_', t("only on Linux")), t(" and "),
                    em('*', t("before")), t(" and "), strike(t("Tuesday")), t(" Wednesday")),
                    parse("**Heads-up**: _only on Linux_ and *before* and ~~Tuesday~~ Wednesday"));
        }

        @Test
        void openerIsFollowedAndCloserPrecededByNonWs() {
            assertEquals(inlines(t("* a*")), parse("* a*"));
            assertEquals(inlines(t("*a *")), parse("*a *"));
            assertEquals(inlines(t("*\u00A0a*")), parse("*\u00A0a*"));
            assertEquals(inlines(t("a\u00A0"), em('*', t("b"))), parse("a\u00A0*b*"));
        }

        @Test
        void openerAndCloserOnOneLine() {
            assertEquals(inlines(t("*a"), sb(), t("b*")), parse("*a", "b*"));
            assertEquals(inlines(t("~~a"), sb(), t("b~~")), parse("~~a", "b~~"));
        }

        @Test
        void underscoreNeverInsideAWord() {
            assertEquals(inlines(t("snake_case_name and a_b_ and _a_b")), parse("snake_case_name and a_b_ and _a_b"));
            assertEquals(inlines(t("("), em('_', t("a")), t(")")), parse("(_a_)"));
            assertEquals(inlines(em('_', t("foo_bar"))), parse("_foo_bar_"));
        }

        @Test
        void starsMayBeInsideAWord() {
            assertEquals(inlines(t("un"), em('*', t("frigging")), t("believable")), parse("un*frigging*believable"));
        }

        @Test
        void longRunsAreText() {
            assertEquals(inlines(t("__x__ and ___y___ and ***z*** and ~x~ and ~~~w~~~")),
                    parse("__x__ and ___y___ and ***z*** and ~x~ and ~~~w~~~"));
        }

        @Test
        void nesting() {
            assertEquals(inlines(strong(t("a "), em('*', t("b")), t(" c"))), parse("**a *b* c**"));
            assertEquals(inlines(em('*', t("a "), strong(t("b")), t(" c"))), parse("*a **b** c*"));
            assertEquals(inlines(strike(em('*', t("a")))), parse("~~*a*~~"));
            assertEquals(inlines(em('_', t("a "), em('*', t("b")))), parse("_a *b*_"));
        }

        @Test
        void commonmarkDelimiterRules() {
            assertEquals(inlines(em('*', t("foo**bar"))), parse("*foo**bar*"));
            assertEquals(inlines(t("*"), em('*', t("foo"))), parse("**foo*"));
            assertEquals(inlines(em('*', t("foo")), t("*")), parse("*foo**"));
            assertEquals(inlines(em('*', t("a")), t(" "), em('*', t("b"))), parse("*a* *b*"));
        }

        @Test
        void escapedDelimitersAreText() {
            assertEquals(inlines(t("*escaped stars* and _escaped underscores_ are text")),
                    parse("\\*escaped stars\\* and \\_escaped underscores\\_ are text"));
            assertEquals(inlines(t("\\"), em('*', t("a"))), parse("\\\\*a*"));
        }
    }

    @Nested
    class D59Emoji {

        @Test
        void dialectExamples() {
            assertEquals(inlines(t("rattler "), emoji("tada")), parse("rattler :tada:"));
            assertEquals(inlines(t("shipped "), emoji("tada"), t(" and "), emoji("thinking_face"),
                    t(" but not :) or :-) or :D or 10:30:00")),
                    parse("shipped :tada: and :thinking_face: but not :) or :-) or :D or 10:30:00"));
        }

        @Test
        void nameNeedsALetterAndOnlyLowerCaseLettersDigitsAndUnderscorePlusMinus() {
            assertEquals(inlines(t(":+1: :100: :Tada: :a b:")), parse(":+1: :100: :Tada: :a b:"));
            assertEquals(inlines(emoji("e-mail"), emoji("+1a"), emoji("a_")), parse(":e-mail::+1a::a_:"));
        }

        @Test
        void firstColonFollowsNoLetterOrDigit() {
            assertEquals(inlines(t("a:tada: 1:tada: é:tada:")), parse("a:tada: 1:tada: é:tada:"));
            assertEquals(inlines(t("("), emoji("tada"), t(")")), parse("(:tada:)"));
            assertEquals(inlines(t(":+"), emoji("tada")), parse(":+:tada:"));
        }

        @Test
        void emojiComeAfterEmphasis() {
            assertEquals(inlines(em('*', emoji("tada"))), parse("*:tada:*"));
            assertEquals(inlines(emoji("tada"), t("s")), parse(":tada:s"));
            assertEquals(inlines(em('_', t("hi :a")), t(":")), parse("_hi :a_:"));
        }

        @Test
        void escapedColonsAreText() {
            assertEquals(inlines(t(":tada:")), parse("\\:tada:"));
        }
    }

    @Nested
    class D60Mentions {

        @Test
        void dialectExamples() {
            assertEquals(inlines(t("thanks "), mention("qexample"), t(" and "), mention("acme", "communications"),
                    t("; mail team@example.org; Pat @ Acme")),
                    parse("thanks @qexample and @acme/communications; mail team@example.org; Pat @ Acme"));
        }

        @Test
        void notAfterALetterDigitOrDot() {
            assertEquals(inlines(t("a@b 1@b .@b")), parse("a@b 1@b .@b"));
            assertEquals(inlines(t("("), mention("qexample"), t(")")), parse("(@qexample)"));
        }

        @Test
        void handleHasInnerHyphensOnly() {
            assertEquals(inlines(mention("foo-bar"), t("- "), mention("a"), t("--b @-x")), parse("@foo-bar- @a--b @-x"));
            assertEquals(inlines(mention("zoë")), parse("@zoë"));
        }

        @Test
        void teamNotEndingInADot() {
            assertEquals(inlines(mention("acme", "team"), t(".")), parse("@acme/team."));
            assertEquals(inlines(mention("acme", "a.b_c-d")), parse("@acme/a.b_c-d"));
            assertEquals(inlines(mention("acme"), t("/. and "), mention("acme"), t("/")), parse("@acme/. and @acme/"));
        }

        @Test
        void atFollowedByWsIsText() {
            assertEquals(inlines(t("@\u00A0acme/team: review")), parse("@\u00A0acme/team: review"));
            assertEquals(inlines(t("@ x @\tx")), parse("@ x @\tx"));
        }

        @Test
        void escapedAtIsText() {
            assertEquals(inlines(t("@qexample")), parse("\\@qexample"));
        }

        @Test
        void mentionsInsideEmphasis() {
            assertEquals(inlines(strong(t("ask "), mention("qexample"))), parse("**ask @qexample**"));
        }
    }

    @Nested
    class D61Escapes {

        @Test
        void dialectExamples() {
            assertEquals(inlines(t("store <run-id>.log")), parse("store \\<run-id>.log"));
            assertEquals(inlines(t("a <> b, <3, ${{ value }}, &amp;")), parse("a <> b, <3, ${{ value }}, &amp;"));
        }

        @Test
        void backslashBeforeAnythingElseIsText() {
            assertEquals(inlines(t("\\a \\é \\ x\\")), parse("\\a \\é \\ x\\"));
            assertEquals(inlines(t("3.2.1|2 \\ #")), parse("3.2.1\\|2 \\\\ \\#"));
        }

        @Test
        void escapedBracketsOpenNothing() {
            assertEquals(inlines(t("[a](b)")), parse("\\[a](b)"));
            assertEquals(inlines(t("!"), link("b", t("a"))), parse("\\![a](b)"));
        }

        @Test
        void htmlAndEntitiesAreText() {
            assertEquals(inlines(t("<b>bold</b> &amp; <!-- c -->")), parse("<b>bold</b> &amp; <!-- c -->"));
        }
    }

    @Nested
    class D78LinkWrappedOntoALazyLine {

        @Test
        void theLinkClosesOnTheNextLineWithoutASoftBreak() {
            assertEquals(inlines(t("Site: review the "), link("https://example.org/doc/edit#h.q1", t("copy")),
                    t(" before the next sprint.")),
                    parse("Site: review the [copy](https://example.org/doc/edit#h.q1", ") before the next sprint."));
        }
    }

    @Nested
    class D3Nbsp {

        @Test
        void nbspInTextIsKept() {
            assertEquals(inlines(t("met\u00A0Acme")), parse("met\u00A0Acme"));
        }
    }

    @Test
    void theShortcutForPlainTextAgreesWithTheLexer() {
        List<Segment> segments = Inl.segments("plain (text) & <stuff> 1.2!", "", "more\u00A0text 😀");
        List<Inline> viaLexer = InlineParser.parseSyntax(segments, SpanSink.NONE);
        assertEquals(viaLexer, InlineParser.parse(segments, SpanSink.NONE));
        assertEquals(inlines(t("plain (text) & <stuff> 1.2!"), sb(), sb(), t("more\u00A0text 😀")), viaLexer);
    }
}
