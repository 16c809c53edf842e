package org.minutes.converters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minutes.converters.testing.AstGenerators;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.ThematicBreak;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Issue 8, done-when 4: notes with {@code <}, {@code &}, quotes and {@code javascript:} in every text position render
 * to HTML whose visible text, read back by a real HTML parser (jsoup), equals the notes' text (D54), and whose every
 * element and attribute the notes caused: one {@code <li>} per list item, one link per link of a safe destination,
 * one inert span per other link, and so on, counted on the AST. The number of examples is the system property
 * {@code minutes.examples}.
 */
class HtmlEscapingProperties {

    private static final int EXAMPLES = Integer.getInteger("minutes.examples", 10_000);
    private static final MinutesParser PARSER = MinutesParser.create();
    private static final HtmlConverter FRAGMENT = HtmlConverter.create(HtmlOptions.FRAGMENT);

    /** Text that tries to become markup, entities, attributes or script. */
    private static final String[] HOSTILE = {"<", ">", "&", "\"", "'", "javascript:", "JavaScript:alert(1)",
        "<script>alert(1)</script>", "</article>", "<img src=x onerror=alert(1)>", "&amp;", "&lt;", "&#60;",
        "&#x3C;", "\"><b>", "' onmouseover='x'", "<!--", "-->", "]]>", "<a href=\"javascript:x\">", "Quinn", "ok",
        " ", " ", "a", "42", "<b>", "</b>", "=", "`"};
    /** Destinations, safe and not; none holds white space (D56). */
    private static final String[] DESTINATIONS = {"javascript:alert(1)", "JAVASCRIPT:alert(document.cookie)",
        "javascript&#58;x", "data:text/html,<script>x</script>", "vbscript:x", "https://example.org/?a=<b>&c=\"d\"",
        "http://x.org/'onmouseover='x", "mailto:q@example.org?subject=<hi>", "../notes/a&b.md", "#top\"x",
        "//example.org/\"><script>"};

    /** Elements the converter writes; any other in a page was made by the notes, which must never happen. */
    private static final Set<String> ELEMENTS = Set.of("article", "header", "h1", "h2", "h3", "h4", "h5", "h6",
        "time", "section", "p", "ul", "ol", "li", "span", "input", "abbr", "a", "table", "thead", "tbody", "tr", "th",
        "td", "pre", "code", "blockquote", "hr", "em", "strong", "s");
    private static final Set<String> ATTRIBUTES = Set.of("class", "id", "aria-labelledby", "aria-label", "href",
        "title", "datetime", "type", "disabled", "checked", "scope");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\f\\r]+");

    @Test
    void hostileNotesRenderTheirTextAndNothingElse() {
        qt().withExamples(EXAMPLES).forAll(hostileNotes()).checkAssert(text -> {
            Document document = PARSER.parse(text).document();
            assertFaithful(document, () -> "note:\n" + text);
        });
    }

    @Test
    void generatedDocumentsRenderTheirTextAndNothingElse() {
        qt().withExamples(EXAMPLES).forAll(AstGenerators.documents())
                .checkAssert(document -> assertFaithful(document, document::toString));
    }

    private static void assertFaithful(Document document, java.util.function.Supplier<String> what) {
        String html = FRAGMENT.convert(document);
        java.util.function.Supplier<String> context = () -> what.get() + "\nhtml:\n" + html;
        Element article = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, article.children().size(), context);
        for (Element element : article.select("article *")) {
            assertTrue(ELEMENTS.contains(element.tagName()), () -> element.tagName() + " in " + context.get());
            for (Attribute attribute : element.attributes()) {
                assertTrue(ATTRIBUTES.contains(attribute.getKey()), () -> attribute + " in " + context.get());
            }
        }
        Expected expected = new Expected(document);
        Map<String, Integer> counts = new HashMap<>();
        for (Element element : article.select("article *")) {
            counts.merge(element.tagName(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> want : expected.counts.entrySet()) {
            assertEquals(want.getValue(), counts.getOrDefault(want.getKey(), 0),
                    () -> "<" + want.getKey() + "> elements of " + context.get());
        }
        assertEquals(expected.inert, article.select("span.inert-link").size(), context);
        assertEquals(sorted(expected.hrefs), sorted(article.select("a").eachAttr("href")), context);
        for (String href : article.select("a").eachAttr("href")) {
            String scheme = href.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(Locale.ROOT);
            assertFalse(scheme.startsWith("javascript:") || scheme.startsWith("data:")
                    || scheme.startsWith("vbscript:"), context);
        }
        assertEquals(expected.paragraphs, texts(article.select("p")), context);
        assertEquals(expected.items, itemTexts(article), context);
        assertEquals(expected.cells, texts(article.select("th, td")), context);
        assertEquals(expected.headings, texts(article.select("section > :first-child")), context);
        document.title().ifPresent(title -> assertEquals(
                normal((title.draft() ? "DRAFT - " : "") + title.date().map(d -> d + " ").orElse("")
                        + title.nameText()), normal(article.selectFirst("h1").wholeText()), context));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(element -> normal(element.wholeText())).toList();
    }

    /** Each item's text without its speaker prefix, as {@link ListItem#plainText()} gives it. */
    private static List<String> itemTexts(Element article) {
        List<String> texts = new ArrayList<>();
        for (Element text : article.select("li > .item-text")) {
            Element copy = text.clone();
            copy.select("> .speaker").remove();
            texts.add(normal(copy.wholeText()));
        }
        return texts;
    }

    /**
     * White space as a browser shows it: runs of ASCII white space made one space, ends trimmed; a no-break space
     * stays (jsoup's {@code text()} would turn it into a space, so pages are read with {@code wholeText()}).
     */
    private static String normal(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** What the AST says the article holds, walked in document order. */
    private static final class Expected {
        final Map<String, Integer> counts = new HashMap<>();
        final List<String> hrefs = new ArrayList<>();
        int inert;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        final List<String> cells = new ArrayList<>();
        final List<String> headings = new ArrayList<>();

        Expected(Document document) {
            for (String tag : List.of("section", "p", "ul", "ol", "li", "input", "abbr", "table", "thead", "tr",
                    "th", "td", "pre", "code", "blockquote", "hr", "em", "strong", "s")) {
                counts.put(tag, 0);
            }
            counts.put("h1", 1);
            counts.put("time", document.title().flatMap(title -> title.date()).isPresent() ? 1 : 0);
            counts.put("span", document.title().filter(title -> title.draft()).isPresent() ? 1 : 0);
            Nodes.walk(document, node -> {
                if (node instanceof Section section) {
                    add("section");
                    headings.add(normal(section.headingText()));
                } else if (node instanceof Paragraph paragraph) {
                    add("p");
                    paragraphs.add(normal(paragraph.plainText()));
                } else if (node instanceof HeadCount headCount) {
                    add("p");
                    paragraphs.add(normal(headCount.text()));
                } else if (node instanceof ListBlock list) {
                    add(list.ordered() ? "ol" : "ul");
                } else if (node instanceof ListItem item) {
                    item(document, item);
                } else if (node instanceof Table) {
                    add("table");
                    add("thead");
                } else if (node instanceof TableRow) {
                    add("tr");
                } else if (node instanceof TableCell cell) {
                    cells.add(normal(cell.plainText()));
                } else if (node instanceof CodeBlock) {
                    add("pre");
                    add("code");
                } else if (node instanceof Code) {
                    add("code");
                } else if (node instanceof BlockQuote) {
                    add("blockquote");
                } else if (node instanceof ThematicBreak) {
                    add("hr");
                } else if (node instanceof Emphasis) {
                    add("em");
                } else if (node instanceof Strong) {
                    add("strong");
                } else if (node instanceof Strikethrough) {
                    add("s");
                } else if (node instanceof Link link) {
                    destination(link.destination());
                } else if (node instanceof Image image) {
                    destination(image.destination());
                } else if (node instanceof BareUrl url) {
                    destination(url.url());
                } else if (node instanceof Emoji || node instanceof Mention) {
                    add("span");
                }
            });
            for (Table table : tables(document)) {
                counts.merge("th", table.header().cells().size(), Integer::sum);
                counts.merge("td", table.rows().stream().mapToInt(row -> row.cells().size()).sum(), Integer::sum);
            }
        }

        private void item(Document document, ListItem item) {
            add("li");
            add("span");
            items.add(normal(item.plainText()));
            item.checkbox().ifPresent(box -> add("input"));
            item.speaker().ifPresent(speaker -> {
                add("span");
                if (speaker.emphasis() != NameEmphasis.NONE) {
                    add("strong");
                }
                for (String who : speaker.initials()) {
                    if (document.resolveSpeaker(who).isPresent()) {
                        add("abbr");
                    }
                }
            });
        }

        private void destination(String destination) {
            if (safe(destination)) {
                hrefs.add(destination);
            } else {
                inert++;
                add("span");
            }
        }

        /** An http, https or mailto URL, or a reference without scheme (RFC 3986: a colon before any / ? #). */
        private static boolean safe(String destination) {
            java.util.regex.Matcher scheme = Pattern.compile("^([^/?#]*?):").matcher(destination);
            return !scheme.find() || Set.of("http", "https", "mailto").contains(scheme.group(1).toLowerCase(Locale.ROOT));
        }

        private void add(String tag) {
            counts.merge(tag, 1, Integer::sum);
        }

        private static List<Table> tables(Document document) {
            List<Table> tables = new ArrayList<>();
            Nodes.walk(document, node -> {
                if (node instanceof Table table) {
                    tables.add(table);
                }
            });
            return tables;
        }
    }

    /** Notes whose title, attendee names, headings, paragraphs, items, cells, links, code and quotes are hostile. */
    private static Gen<String> hostileNotes() {
        return in -> {
            SplittableRandom random = new SplittableRandom(in.next(Constraint.none()));
            StringBuilder note = new StringBuilder();
            note.append("# 2031-05-14 ").append(text(random)).append("\n\n");
            note.append(text(random)).append(" [").append(text(random)).append("](").append(destination(random))
                    .append(")\n\n## Attendees\n\n| Name | Initials | GH Username |\n| --- | --- | --- |\n")
                    .append("| Quinn ").append(text(random)).append(" | QE | qexample |\n\n## ")
                    .append(text(random)).append("\n\n");
            int items = 1 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                note.append(random.nextBoolean() ? "- [ ] " : "- ").append(random.nextBoolean() ? "QE: " : "")
                        .append(text(random)).append(" [").append(text(random)).append("](")
                        .append(destination(random)).append(") `").append(text(random).replace("`", ""))
                        .append("` ").append(text(random)).append('\n');
            }
            note.append("\n| ").append(text(random)).append(" | b |\n| --- | --- |\n| ").append(text(random))
                    .append(" | ").append(destination(random)).append(" |\n\n> ").append(text(random))
                    .append("\n\n```\n").append(text(random)).append("\n```\n\n### Action items\n\n- ")
                    .append(text(random)).append('\n');
            return note.toString();
        };
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder("x");
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(HOSTILE[random.nextInt(HOSTILE.length)]);
        }
        return text.append('y').toString().replace("|", "");
    }

    private static String destination(SplittableRandom random) {
        return DESTINATIONS[random.nextInt(DESTINATIONS.length)];
    }
}
