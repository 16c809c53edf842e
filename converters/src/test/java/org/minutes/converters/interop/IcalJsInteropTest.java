package org.minutes.converters.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.converters.ical.CalendarConverter;
import org.minutes.converters.ical.CalendarOptions;
import org.minutes.sdk.MinutesParser;
import org.minutes.sdk.ast.Document;

/**
 * Issue 9, done-when 5: ical.js, the iCalendar reader of Thunderbird and of many web calendars, reads every sample's
 * and example's calendar, in each form the CLI offers (open to-dos, all to-dos, to-dos as events), and finds the same
 * components, UIDs, summaries, statuses and attendees as ical4j, besides the calendar's method and name.
 */
class IcalJsInteropTest {

    private static final List<CalendarOptions> FORMS = List.of(CalendarOptions.DEFAULTS,
            CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL),
            CalendarOptions.DEFAULTS.withTodos(CalendarOptions.Todos.ALL)
                    .withTodosAs(CalendarOptions.TodoForm.VEVENT));

    @Test
    void icalJsReadsWhatIcal4jReads(@TempDir Path dir) throws IOException {
        Map<String, Calendar> written = new LinkedHashMap<>();
        for (Path note : Corpus.notes()) {
            Document document = MinutesParser.create().parse(note).document();
            for (int form = 0; form < FORMS.size(); form++) {
                String ics = CalendarConverter.create(FORMS.get(form)).convert(document);
                Path file = dir.resolve(note.getFileName() + "." + form + ".ics");
                Files.writeString(file, ics, StandardCharsets.UTF_8);
                written.put(file.toString(), ical4j(ics));
            }
        }
        NodeScripts.Run run = NodeScripts.run("ical-read.mjs", new ArrayList<>(written.keySet()));
        assertEquals(0, run.status(), run::err);
        JsonNode read = new ObjectMapper().readTree(run.out());
        assertEquals(written.size(), read.size());
        written.forEach((file, calendar) -> {
            JsonNode byIcalJs = read.get(file);
            assertEquals("PUBLISH", byIcalJs.get("method").asText(), file);
            String name = calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow();
            assertEquals(name, byIcalJs.get("name").asText(), file);
            assertEquals(name, byIcalJs.get("calname").asText(), file);
            assertEquals(components(calendar), components(byIcalJs), file);
        });
    }

    /** Per component: type, UID, SUMMARY, STATUS and the ATTENDEE values, as ical4j reads them. */
    private static List<List<String>> components(Calendar calendar) {
        return calendar.getComponents().stream().map(c -> (Component) c)
                .filter(c -> !c.getName().equals("VTIMEZONE"))
                .map(c -> Stream.concat(Stream.of(c.getName().toLowerCase(), value(c, "UID"), value(c, "SUMMARY"),
                                value(c, "STATUS")),
                        c.getProperties("ATTENDEE").stream().map(Property::getValue)).toList())
                .toList();
    }

    private static List<List<String>> components(JsonNode calendar) {
        List<List<String>> all = new ArrayList<>();
        for (JsonNode c : calendar.get("components")) {
            List<String> one = new ArrayList<>(List.of(c.get("type").asText(), text(c.get("uid")),
                    text(c.get("summary")), text(c.get("status"))));
            c.get("attendees").forEach(a -> one.add(a.asText()));
            all.add(one);
        }
        return all;
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse("");
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "" : value.asText();
    }

    private static Calendar ical4j(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError(e);
        }
    }
}
