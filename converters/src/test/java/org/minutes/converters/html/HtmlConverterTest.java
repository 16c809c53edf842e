package org.minutes.converters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/** Issue 8, point 1: the structure {@link HtmlConverter} gives one note. */
class HtmlConverterTest {

    private static final String NOTE = """
            # DRAFT - 2031-05-14 Team Sync

            [Zoom](https://zoom.us/j/1) · [notes](../2031-05-07.md) · [mail us](mailto:team@example.org)

            ## Attendees

            | Name          | Initials | GH Username |
            | ------------- | -------- | ----------- |
            | Quinn Example | QE       | qexample    |
            | Rosa Tester   | RT       |             |

            <!-- Format: Name | Initials | handle -->

            ## Agenda

            1. [X] QE: ship the **release** ![logo](https://example.org/logo.png)
                - RT: Decision: we ship on Friday
            2. [ ] ZZ: nobody knows ZZ, see [it](javascript:alert(1)) and [data](data:text/html,x)

            ```sh
            echo "<b>" && rm -rf /
            ```

            > quoted & kept

            ---

            ### Action items

            - [ ] RT: write the changelog
            """;

    private static Document note(String text) {
        return MinutesParser.create().parse(text).document();
    }

    private static org.jsoup.nodes.Document standalone(String text) {
        return Jsoup.parse(HtmlConverter.create().convert(note(text)));
    }

    @Test
    void standalonePageHasLandmarksOneH1AndItsStylesheet() {
        String html = HtmlConverter.create().convert(note(NOTE));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals("2031-05-14 Team Sync", page.title());
        assertEquals(1, page.select("h1").size());
        assertEquals("DRAFT - 2031-05-14 Team Sync", page.selectFirst("h1").text());
        assertEquals("2031-05-14", page.selectFirst("h1 time").attr("datetime"));
        assertEquals(1, page.select("body > main > article > header > h1").size());
        assertEquals(1, page.select("head > style").size());
        assertTrue(page.select("script, link, [style]").isEmpty());
        assertEquals(List.of("Attendees", "Agenda", "Action items"), page.select("section > h2, section > h3")
                .eachText());
        for (Element section : page.select("section")) {
            assertEquals(section.attr("aria-labelledby"), section.child(0).id(), "each section names its heading");
        }
        assertEquals("h3", page.selectFirst("section.section-action-items").child(0).tagName(),
                "a ### heading stays h3");
    }

    @Test
    void fragmentIsTheArticleAlone() {
        String html = HtmlConverter.create(HtmlOptions.FRAGMENT).convert(note(NOTE));
        assertTrue(html.startsWith("<article class=\"note\">") && html.endsWith("</article>\n"), html);
        assertFalse(html.contains("<style>"));
        assertEquals(Jsoup.parse(HtmlConverter.create().convert(note(NOTE))).selectFirst("article").outerHtml(),
                Jsoup.parse(html).selectFirst("article").outerHtml());
    }

    @Test
    void tablesHaveColumnHeaders() {
        Element table = standalone(NOTE).selectFirst("table");
        assertEquals(List.of("Name", "Initials", "GH Username"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("Quinn Example", "QE", "qexample"), table.select("tbody tr").get(0).select("td")
                .eachText());
    }

    @Test
    void listsAreListsWithDisabledCheckboxesAndMarkedItems() {
        org.jsoup.nodes.Document page = standalone(NOTE);
        Element agenda = page.selectFirst("section.section-agenda > ol");
        assertEquals(2, agenda.children().size());
        Element first = agenda.child(0);
        assertEquals("checkbox", first.selectFirst("input").attr("type"));
        assertTrue(first.selectFirst("input").hasAttr("disabled") && first.selectFirst("input").hasAttr("checked"));
        assertTrue(first.hasClass("task") && first.hasClass("done"));
        Element nested = first.selectFirst("ul > li");
        assertTrue(nested.hasClass("decision"), nested::outerHtml);
        Element second = agenda.child(1);
        assertFalse(second.selectFirst("input").hasAttr("checked"));
        Element action = page.selectFirst("section.section-action-items li");
        assertTrue(action.hasClass("action-item") && action.hasClass("task") && !action.hasClass("done"),
                action::outerHtml);
        assertEquals("RT: write the changelog", action.selectFirst(".item-text").text());
    }

    @Test
    void resolvedSpeakersAreAbbreviationsWithNameAndHandle() {
        org.jsoup.nodes.Document page = standalone(NOTE);
        Element qe = page.selectFirst("section.section-agenda li .speaker abbr");
        assertEquals("QE", qe.text());
        assertEquals("Quinn Example (@qexample)", qe.attr("title"));
        assertEquals("Rosa Tester", page.selectFirst("section.section-action-items abbr").attr("title"),
                "no handle, the name alone");
        Element unresolved = page.select("section.section-agenda > ol > li").get(1).selectFirst(".speaker");
        assertEquals("ZZ:", unresolved.text());
        assertNull(unresolved.selectFirst("abbr"), "an unresolved speaker (D53) is no abbreviation");
    }

    @Test
    void linksKeepOnlyWebMailAndRelativeDestinations() {
        org.jsoup.nodes.Document page = standalone(NOTE);
        assertEquals(List.of("https://zoom.us/j/1", "../2031-05-07.md", "mailto:team@example.org",
                "https://example.org/logo.png"), page.select("a[href]").eachAttr("href"));
        assertEquals(List.of("it", "data"), page.select("span.inert-link").eachText());
        assertTrue(page.select("img").isEmpty(), "an image is a link to it, the page loads nothing");
        assertEquals("logo", page.selectFirst("a.image").text());
    }

    @Test
    void codeQuotesAndBreaksAreKeptAsText() {
        org.jsoup.nodes.Document page = standalone(NOTE);
        assertEquals("echo \"<b>\" && rm -rf /", page.selectFirst("pre > code").wholeText());
        assertEquals("quoted & kept", page.selectFirst("blockquote > p").text());
        assertEquals(1, page.select("hr").size());
        assertFalse(page.html().contains("Format:"), "an HTML comment of the notes is not shown");
    }

    @Test
    void noteWithoutTitleTakesItsNameOrAFallbackAsH1() {
        org.jsoup.nodes.Document page = standalone("## Agenda\n\n- a\n");
        assertEquals(List.of("Meeting notes"), page.select("h1").eachText());
        assertEquals(List.of("Agenda"), page.select("h2").eachText());
    }

    @Test
    void safeHrefReadsTheSchemeAsABrowserDoes() {
        for (String safe : List.of("https://x.org", "HTTP://x.org", "mailto:a@b.c", "../a.md", "#top", "a/b:c",
                "?q=javascript:", "//x.org/a")) {
            assertTrue(Markup.safeHref(safe), safe);
        }
        for (String unsafe : List.of("javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", "java\nscript:x",
                " javascript:x", "\u0001javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
                "x:y")) {
            assertFalse(Markup.safeHref(unsafe), unsafe);
        }
    }
}
