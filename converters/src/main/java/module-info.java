/**
 * Converters for the Minutes AST: JSON ({@code org.minutes.converters.json}), iCalendar
 * ({@code org.minutes.converters.ical}), Markdown ({@code org.minutes.converters.markdown}) and HTML
 * ({@code org.minutes.converters.html}). Reading it brings the
 * SDK's API along, and Jackson's, which {@code JsonConverter.module()} returns.
 */
module org.minutes.converters {
    requires transitive org.minutes.sdk;
    requires transitive com.fasterxml.jackson.databind;

    exports org.minutes.converters;
    exports org.minutes.converters.ical;
    exports org.minutes.converters.html;
    exports org.minutes.converters.json;
    exports org.minutes.converters.markdown;
}
