package org.minutes.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.ical.CalendarRangeException;
import org.minutes.converters.json.JsonConverter;
import org.minutes.converters.json.JsonOptions;
import org.minutes.converters.markdown.EditPreservingRenderer;
import org.minutes.converters.markdown.MarkdownRenderer;
import org.minutes.converters.markdown.MarkdownStyle;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ParseResult;

/**
 * Every converter accepts every parse: none throws but what its API documents for a parsed document, which is only
 * the {@link CalendarRangeException} of a meeting date iCalendar cannot write (such as {@code # 0000-01-01}).
 * {@code JsonConverter}'s {@code IllegalArgumentException} for nesting past 1000 JSON levels is documented for ASTs
 * built in code only, so here it is a finding.
 */
class ConverterFuzzTest {

    private static final MinutesParser PARSER = MinutesParser.create();
    private static final JsonConverter JSON = JsonConverter.create();
    private static final JsonConverter JSON_WITH_EXTRAS = JsonConverter.create(JsonOptions.DEFAULT.withSpans(true)
            .withDiagnostics(true).withPretty(true));
    private static final CalendarConverter CALENDAR = CalendarConverter.create();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();
    private static final EditPreservingRenderer PRESERVING = EditPreservingRenderer.create();

    @DictionaryFile(resourcePath = "minutes.dict")
    @FuzzTest(maxDuration = "10m")
    void convertersAcceptEveryParse(byte[] data) {
        ParseResult parsed = PARSER.parse(Inputs.anyString(data));
        JSON.convert(parsed.document());
        JSON_WITH_EXTRAS.convert(parsed);
        try {
            CALENDAR.convert(parsed.document());
        } catch (CalendarRangeException documented) {
            // A meeting date outside 0001-9999 (RFC 5545 date-fullyear): the documented refusal.
        }
        MARKDOWN.convert(parsed.document());
        MARKDOWN.convert(parsed.document(), MarkdownStyle.of(parsed));
        PRESERVING.convert(parsed, parsed.document());
    }
}
