package org.minutes.converters.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.ast.BareUrl;
import org.minutes.sdk.ast.Block;
import org.minutes.sdk.ast.BlockQuote;
import org.minutes.sdk.ast.Checkbox;
import org.minutes.sdk.ast.Code;
import org.minutes.sdk.ast.CodeBlock;
import org.minutes.sdk.ast.Comment;
import org.minutes.sdk.ast.Document;
import org.minutes.sdk.ast.Emoji;
import org.minutes.sdk.ast.Emphasis;
import org.minutes.sdk.ast.HeadCount;
import org.minutes.sdk.ast.Image;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.Link;
import org.minutes.sdk.ast.ListBlock;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Mention;
import org.minutes.sdk.ast.NameEmphasis;
import org.minutes.sdk.ast.Paragraph;
import org.minutes.sdk.ast.Section;
import org.minutes.sdk.ast.SoftBreak;
import org.minutes.sdk.ast.SpeakerForm;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strikethrough;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Table;
import org.minutes.sdk.ast.TableCell;
import org.minutes.sdk.ast.TableRow;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.ast.ThematicBreak;
import org.minutes.sdk.ast.Title;
import org.minutes.sdk.model.Attendee;

/**
 * Renders one note as an {@code <article>}: the title as the one {@code h1} (or the given fallback heading when the
 * note has none), the lead and preamble blocks, then one {@code <section>} per section. Front matter is metadata and
 * HTML comments of the notes are hidden, as a Markdown viewer hides them. Not thread-safe: one per page.
 */
final class NoteRenderer {

    /**
     * How the page names a speaker.
     *
     * @param title the {@code title} of the speaker's {@code <abbr>}: {@code Full Name (@handle)}
     * @param href  a link to the speaker's page, if the page has one
     */
    record Speaker(String title, Optional<String> href) {
    }

    /** Resolves a speaker as written ({@code QE}) in the rendered document; empty when unresolved (D53). */
    interface Speakers {
        Optional<Speaker> resolve(String who);
    }

    private final Markup out;
    private final Document document;
    private final Speakers speakers;
    private final Set<ListItem> actionItems = new HashSet<>();
    private final Set<ListItem> decisions = new HashSet<>();
    private final Map<String, Integer> ids = new HashMap<>();

    NoteRenderer(Markup out, Document document, Speakers speakers) {
        this.out = out;
        this.document = document;
        this.speakers = speakers;
        document.actionItems().forEach(item -> actionItems.add(item.item()));
        document.decisions().forEach(decision -> decisions.add(decision.item()));
    }

    /**
     * The {@code title} of a resolved speaker's {@code <abbr>}: {@code Full Name (@handle)}, the name alone without
     * handle, {@code @handle} without name.
     *
     * @param attendee the attendee
     * @return the title
     */
    static String speakerTitle(Attendee attendee) {
        if (attendee.name().isEmpty()) {
            return attendee.github().map(handle -> "@" + handle).orElse("");
        }
        return attendee.name() + attendee.github().map(handle -> " (@" + handle + ")").orElse("");
    }

    /**
     * Writes the article.
     *
     * @param fallbackHeading the {@code h1} text for a note without title
     */
    void article(String fallbackHeading) {
        out.open("article", "note").open("header").open("h1");
        Optional<Title> title = document.title();
        if (title.isPresent()) {
            title(title.get());
        } else {
            out.text(fallbackHeading);
        }
        out.close("h1").close("header");
        blocks(document.lead());
        blocks(document.preamble());
        for (Section section : document.sections()) {
            section(section);
        }
        out.close("article");
    }

    private void title(Title title) {
        if (title.draft()) {
            out.open("span", "draft").text("DRAFT").close("span").text(" - ");
        }
        title.date().ifPresent(date -> time(date).text(" "));
        inlines(title.name());
    }

    private Markup time(LocalDate date) {
        return out.raw("<time").attribute("datetime", date.toString()).raw(">").text(date.toString()).close("time");
    }

    private void section(Section section) {
        String id = uniqueId(section.headingText());
        String heading = "h" + Math.max(2, section.level());
        out.raw("<section").attribute("class", "section section-" + section.kind().id().replace('_', '-'))
                .attribute("aria-labelledby", id).raw(">");
        out.raw("<" + heading).attribute("id", id).raw(">");
        inlines(section.heading());
        out.close(heading);
        blocks(section.blocks());
        out.close("section");
    }

    private String uniqueId(String text) {
        String slug = Slugs.slug(text, "section");
        int seen = ids.merge(slug, 1, Integer::sum);
        return "s-" + slug + (seen == 1 ? "" : "-" + seen);
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Paragraph paragraph) {
            out.open("p");
            inlines(paragraph.content());
            out.close("p");
        } else if (block instanceof HeadCount headCount) {
            out.open("p", "head-count").text(headCount.text()).close("p");
        } else if (block instanceof ListBlock list) {
            String tag = list.ordered() ? "ol" : "ul";
            out.open(tag);
            list.items().forEach(this::item);
            out.close(tag);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof CodeBlock code) {
            out.open("pre").open("code").text(String.join("\n", code.lines())).close("code").close("pre");
        } else if (block instanceof BlockQuote quote) {
            out.open("blockquote");
            quote.paragraphs().forEach(this::block);
            out.close("blockquote");
        } else if (block instanceof ThematicBreak) {
            out.raw("<hr>");
        } else if (!(block instanceof Comment)) {
            throw new IllegalStateException("unknown block " + block.getClass().getName());
        }
    }

    /** A list item: classes {@code task}, {@code done}, {@code action-item}, {@code decision} as the item is one. */
    private void item(ListItem item) {
        StringBuilder classes = new StringBuilder();
        item.checkbox().ifPresent(box -> classes.append(box.done() ? " task done" : " task"));
        if (actionItems.contains(item)) {
            classes.append(" action-item");
        }
        if (decisions.contains(item)) {
            classes.append(" decision");
        }
        if (classes.length() == 0) {
            out.open("li");
        } else {
            out.open("li", classes.substring(1));
        }
        item.checkbox().ifPresent(this::checkbox);
        out.open("span", "item-text");
        item.speaker().ifPresent(this::speaker);
        if (item.speaker().isPresent() && !item.content().isEmpty()) {
            out.text(" ");
        }
        inlines(item.content());
        out.close("span");
        blocks(item.children());
        out.close("li");
    }

    private void checkbox(Checkbox box) {
        out.raw("<input type=\"checkbox\" disabled");
        if (box.done()) {
            out.raw(" checked");
        }
        out.attribute("aria-label", box.done() ? "done" : "open").raw("> ");
    }

    /** A speaker prefix as D49 and D91 write it, each speaker an {@code <abbr>} when it resolves. */
    private void speaker(SpeakerPrefix prefix) {
        out.open("span", "speaker");
        String withQualifier = prefix.qualifier().map(q -> ", " + q).orElse("");
        switch (prefix.form()) {
            case COLON -> {
                who(prefix);
                out.text(prefix.qualifier().map(q -> " (" + q + ")").orElse("") + ":");
            }
            case PAREN, NAME_PAREN, PAREN_COLON -> {
                out.text("(");
                who(prefix);
                out.text(withQualifier + (prefix.form() == SpeakerForm.PAREN_COLON ? "):" : ")"));
            }
            case BRACKET, NAME_BRACKET, BRACKET_COLON, BRACKET_ESCAPED -> {
                out.text("[");
                who(prefix);
                out.text(withQualifier + (prefix.form() == SpeakerForm.BRACKET_COLON ? "]:" : "]"));
            }
            case NAME_COLON -> {
                if (prefix.emphasis() == NameEmphasis.NONE) {
                    who(prefix);
                    out.text(":");
                } else {
                    out.open("strong");
                    who(prefix);
                    boolean inside = prefix.emphasis() == NameEmphasis.COLON_INSIDE;
                    out.text(inside ? ":" : "").close("strong").text(inside ? "" : ":");
                }
            }
        }
        out.close("span");
    }

    private void who(SpeakerPrefix prefix) {
        List<String> names = prefix.initials();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.text("/");
            }
            String who = names.get(i);
            Optional<Speaker> speaker = speakers.resolve(who);
            if (speaker.isEmpty()) {
                out.text(who);
                continue;
            }
            speaker.get().href().ifPresent(href -> out.raw("<a").attribute("href", href).raw(">"));
            out.raw("<abbr").attribute("title", speaker.get().title()).raw(">").text(who).close("abbr");
            speaker.get().href().ifPresent(href -> out.close("a"));
        }
    }

    private void table(Table table) {
        out.open("table").open("thead").open("tr");
        for (TableCell cell : table.header().cells()) {
            out.raw("<th scope=\"col\">");
            inlines(cell.content());
            out.close("th");
        }
        out.close("tr").close("thead").open("tbody");
        for (TableRow row : table.rows()) {
            out.open("tr");
            for (TableCell cell : row.cells()) {
                out.open("td");
                inlines(cell.content());
                out.close("td");
            }
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    /**
     * Writes inline content.
     *
     * @param inlines the content
     */
    void inlines(List<Inline> inlines) {
        inlines(out, inlines);
    }

    /**
     * Writes inline content: text escaped, links kept when {@link Markup#safeHref safe} and otherwise written as
     * their text in a {@code <span class="inert-link">}, images as a link to the image labelled by their text (a page
     * loads nothing from elsewhere), emoji and mentions as written (D54).
     *
     * @param out     where to write
     * @param inlines the content
     */
    static void inlines(Markup out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.text(text.literal());
            } else if (inline instanceof SoftBreak) {
                out.text("\n");
            } else if (inline instanceof Code code) {
                out.element("code", code.literal());
            } else if (inline instanceof Link link) {
                link(out, link.destination(), "", link.content());
            } else if (inline instanceof Image image) {
                link(out, image.destination(), "image", image.content());
            } else if (inline instanceof BareUrl url) {
                link(out, url.url(), "", List.of(new Text(url.url())));
            } else if (inline instanceof Emphasis emphasis) {
                delimited(out, "em", emphasis.content());
            } else if (inline instanceof Strong strong) {
                delimited(out, "strong", strong.content());
            } else if (inline instanceof Strikethrough strikethrough) {
                delimited(out, "s", strikethrough.content());
            } else if (inline instanceof Emoji emoji) {
                out.open("span", "emoji").text(":" + emoji.name() + ":").close("span");
            } else if (inline instanceof Mention mention) {
                out.open("span", "mention").text("@" + mention.path()).close("span");
            } else {
                throw new IllegalStateException("unknown inline " + inline.getClass().getName());
            }
        }
    }

    private static void delimited(Markup out, String tag, List<Inline> content) {
        out.open(tag);
        inlines(out, content);
        out.close(tag);
    }

    private static void link(Markup out, String destination, String className, List<Inline> content) {
        if (Markup.safeHref(destination)) {
            out.raw("<a").attribute("href", destination);
            if (!className.isEmpty()) {
                out.attribute("class", className);
            }
            out.raw(">");
            inlines(out, content);
            out.close("a");
        } else {
            out.open("span", className.isEmpty() ? "inert-link" : "inert-link " + className);
            inlines(out, content);
            out.close("span");
        }
    }
}
