package org.minutes.bench;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * commonmark-java 0.30 configured to do work comparable to Minutes: GFM tables (the notes' attendee tables) and, for
 * parsing, source spans on blocks and inlines (Minutes always records spans in its source map). Every benchmark that
 * measures commonmark-java builds it here, so parsing and rendering see the same configuration.
 */
final class Yardstick {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private Yardstick() {
    }

    /** {@return a parser with GFM tables and source spans for blocks and inlines} */
    static Parser parser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /** {@return an HTML renderer that knows GFM tables} */
    static HtmlRenderer htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).build();
    }

    /** {@return commonmark-java's own Markdown renderer, which knows GFM tables} */
    static MarkdownRenderer markdownRenderer() {
        return MarkdownRenderer.builder().extensions(EXTENSIONS).build();
    }
}
