package org.minutes.sdk.internal.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutes.sdk.internal.inline.Inl.code;
import static org.minutes.sdk.internal.inline.Inl.em;
import static org.minutes.sdk.internal.inline.Inl.emoji;
import static org.minutes.sdk.internal.inline.Inl.image;
import static org.minutes.sdk.internal.inline.Inl.inlines;
import static org.minutes.sdk.internal.inline.Inl.link;
import static org.minutes.sdk.internal.inline.Inl.mention;
import static org.minutes.sdk.internal.inline.Inl.strike;
import static org.minutes.sdk.internal.inline.Inl.strong;
import static org.minutes.sdk.internal.inline.Inl.t;
import static org.minutes.sdk.internal.inline.Inl.url;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minutes.sdk.ast.Inline;

/**
 * Every inline text of shared/examples/07-inline-edge-cases.md (D54–D61, D78), with the inlines its comment header
 * and the rules call for. Each case also checks that its text is still in the example file.
 */
class InlineEdgeCasesExampleTest {

    private record Case(List<String> lines, List<Inline> expected) {
    }

    private static Case of(String line, Inline... expected) {
        return new Case(List.of(line), List.of(expected));
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("2031-09-02 Widget Community Meeting", t("2031-09-02 Widget Community Meeting")));
        cases.add(of("QE: Quinn Example (@qexample), Acme", t("QE: Quinn Example ("), mention("qexample"),
                t("), Acme")));
        cases.add(of("New Agenda Items :newspaper:", t("New Agenda Items "), emoji("newspaper")));
        cases.add(new Case(List.of("Site: review the [copy](https://example.org/doc/edit#h.q1", ") before the next sprint."),
                inlines(t("Site: review the "), link("https://example.org/doc/edit#h.q1", t("copy")),
                        t(" before the next sprint."))));
        cases.add(of("[previous notes]() TBD!", link("", t("previous notes")), t(" TBD!")));
        cases.add(of("[example.org](example.org) and [theme](https:example.org/acme/theme)",
                link("example.org", t("example.org")), t(" and "), link("https:example.org/acme/theme", t("theme"))));
        cases.add(of("[**Read this first**](https://example.org/read), [`widget.toml` spec](https://example.org/spec)"
                + " and [max_retries option](https://example.org/opts)",
                link("https://example.org/read", strong(t("Read this first"))), t(", "),
                link("https://example.org/spec", code("widget.toml"), t(" spec")), t(" and "),
                link("https://example.org/opts", t("max_retries option"))));
        cases.add(of("a [URL as link text https://example.org](https://example.org/t) stays text inside the link",
                t("a "), link("https://example.org/t", t("URL as link text https://example.org")),
                t(" stays text inside the link")));
        cases.add(of("(Solver bug)[https://example.org/issues/1]", t("(Solver bug)["),
                url("https://example.org/issues/1"), t("]")));
        cases.add(of("![screenshot](https://example.org/a.png)", image("https://example.org/a.png", t("screenshot"))));
        cases.add(of("see https://example.org/x. Also https://example.org/y, and https://example.org/z; done",
                t("see "), url("https://example.org/x"), t(". Also "), url("https://example.org/y"), t(", and "),
                url("https://example.org/z"), t("; done")));
        cases.add(of("(see https://example.org/issues/7) and ( https://example.org/issues/8 )", t("(see "),
                url("https://example.org/issues/7"), t(") and ( "), url("https://example.org/issues/8"), t(" )")));
        cases.add(of("https://en.example.org/wiki/Foo_(bar) is balanced", url("https://en.example.org/wiki/Foo_(bar)"),
                t(" is balanced")));
        cases.add(of("{%preview https://example.org/pull/1 %}", t("{%preview "), url("https://example.org/pull/1"),
                t(" %}")));
        cases.add(of("`widget build` and `` a | b `` and ``.widgetrc`? unbalanced", code("widget build"), t(" and "),
                code("a | b"), t(" and ``.widgetrc`? unbalanced")));
        cases.add(of("`add <pkg> *not* _emphasis_` stays literal in code", code("add <pkg> *not* _emphasis_"),
                t(" stays literal in code")));
        cases.add(of("**Heads-up**: _only on Linux_ and *before* and ~~Tuesday~~ Wednesday", strong(t("Heads-up")),
                t(": "), em('_', t("only on Linux")), t(" and "), em('*', t("before")), t(" and "),
                strike(t("Tuesday")), t(" Wednesday")));
        cases.add(of("max_retries, build_number and __gpu_level virtual package stay text",
                t("max_retries, build_number and __gpu_level virtual package stay text")));
        cases.add(of("_unmatched opener and **unmatched strong and ~~unmatched strike",
                t("_unmatched opener and **unmatched strong and ~~unmatched strike")));
        cases.add(of("\\*escaped stars\\* and \\_escaped underscores\\_ are text",
                t("*escaped stars* and _escaped underscores_ are text")));
        cases.add(of("shipped :tada: and :thinking_face: but not :) or :-) or :D or 10:30:00", t("shipped "),
                emoji("tada"), t(" and "), emoji("thinking_face"), t(" but not :) or :-) or :D or 10:30:00")));
        cases.add(of("thanks @qexample and @acme/communications; mail team@example.org; Pat @ Acme", t("thanks "),
                mention("qexample"), t(" and "), mention("acme", "communications"),
                t("; mail team@example.org; Pat @ Acme")));
        cases.add(of("store \\<run-id>.log and a <> b and <3 and <-- see above",
                t("store <run-id>.log and a <> b and <3 and <-- see above")));
        cases.add(of("template ${{ value }} and {{ date }} stay text", t("template ${{ value }} and {{ date }} stay text")));
        cases.add(of("issue acme/widget#123 and #8 and #widget-summit are text",
                t("issue acme/widget#123 and #8 and #widget-summit are text")));
        cases.add(of("release 3.2.1\\|2 and A & B and &amp; stay text", t("release 3.2.1|2 and A & B and &amp; stay text")));
        cases.add(of("2 * 3 * 4 is not emphasis", t("2 * 3 * 4 is not emphasis")));
        cases.add(of("schemeless example.org/path and docs.widget.example stay text",
                t("schemeless example.org/path and docs.widget.example stay text")));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyInlineTextOfTheExample() throws IOException {
        Path file = Path.of(System.getProperty("minutes.shared", "../../shared"), "examples", "07-inline-edge-cases.md");
        String example = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return cases().stream().map(c -> DynamicTest.dynamicTest(String.join("↵", c.lines()), () -> {
            assertTrue(example.contains(String.join("\n", c.lines())), "no longer in " + file);
            Inl.Spans spans = new Inl.Spans();
            List<Segment> segments = Inl.segments(c.lines().toArray(String[]::new));
            List<Inline> actual = spans.parse(segments);
            assertEquals(c.expected(), actual);
            Segment last = segments.get(segments.size() - 1);
            spans.checkNesting(actual, 0, last.offset() + last.text().length());
        }));
    }
}
