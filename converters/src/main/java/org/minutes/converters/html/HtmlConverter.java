package org.minutes.converters.html;

import java.util.Objects;
import java.util.Optional;

import org.minutes.converters.DocumentConverter;
import org.minutes.sdk.ast.Document;

/**
 * Converts one note to semantic, accessible HTML5 (issue 8, point 1): the note as an {@code <article>} whose
 * {@code <header>} holds the one {@code h1} (the title, D14), the preamble, then each section (D23) as a
 * {@code <section>} labelled by its heading; tables with {@code <th scope="col">} headers, lists as {@code <ul>} and
 * {@code <ol>}, checkboxes (D45) as disabled {@code <input type="checkbox">}, action items (D67) and decisions (D68)
 * marked with the classes {@code action-item} and {@code decision}, a resolved speaker (D53, D90, D91) as
 * {@code <abbr title="Full Name (@handle)">QE</abbr>}.
 *
 * <p>Every text of the notes is escaped: no markup of the notes reaches the page. Links keep {@code http},
 * {@code https}, {@code mailto} and relative destinations; any other ({@code javascript:}, {@code data:}) leaves the
 * link text in an inert {@code <span class="inert-link">}. Images become links to the image, so that a page loads
 * nothing from elsewhere. HTML comments and front matter are not shown.
 *
 * <p>{@link HtmlOptions#STANDALONE} (the default) writes a whole page with a small embedded stylesheet and the note
 * in {@code <main>}; {@link HtmlOptions#FRAGMENT} writes the {@code <article>} alone. A converter is immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * String page = HtmlConverter.create().convert(MinutesParser.create().parse(text).document());
 * }</pre>
 */
public final class HtmlConverter implements DocumentConverter {

    private final HtmlOptions options;

    private HtmlConverter(HtmlOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return a converter writing standalone pages} */
    public static HtmlConverter create() {
        return create(HtmlOptions.STANDALONE);
    }

    /**
     * Creates a converter.
     *
     * @param options standalone page or fragment
     * @return the converter
     */
    public static HtmlConverter create(HtmlOptions options) {
        return new HtmlConverter(options);
    }

    /**
     * Converts one note. A note without title gets its {@link Document#name() name}, or {@code Meeting notes}, as
     * {@code h1}; the page title is the meeting date and name.
     *
     * @param document the note
     * @return the page or fragment
     */
    @Override
    public String convert(Document document) {
        Objects.requireNonNull(document, "document");
        Markup out = new Markup();
        String heading = headingOf(document);
        if (options.standalone()) {
            Page.start(out, heading);
            out.open("main");
        }
        new NoteRenderer(out, document, who -> document.resolveSpeaker(who)
                .map(attendee -> new NoteRenderer.Speaker(NoteRenderer.speakerTitle(attendee), Optional.empty())))
                .article(heading);
        if (options.standalone()) {
            out.close("main");
            Page.end(out);
        }
        return out.toString();
    }

    /**
     * The plain heading of a note: its date and name (D84), the name alone without date, {@code Meeting notes}
     * without either.
     */
    static String headingOf(Document document) {
        String name = document.name().isBlank() ? "Meeting notes" : document.name();
        return document.date().map(date -> date + " " + name).orElse(name);
    }
}
