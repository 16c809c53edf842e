package org.minutes.converters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads what the converter wrote back through ical4j, the independent reference reader. */
final class Ical {

    private Ical() {
    }

    /**
     * Parses a calendar and asserts that ical4j's validation against RFC 5545 finds no error.
     *
     * <p>The converter writes {@code METHOD:PUBLISH}, which subscribing clients (Outlook above all) read as "a
     * published calendar: import it, do not answer it". ical4j then validates the calendar as an RFC 5546 (iTIP)
     * PUBLISH message instead, whose rules are for one organizer's scheduling message: one ORGANIZER required, no
     * ATTENDEE, one kind of component. A notes calendar is no scheduling message and has no organizer, so this
     * asserts that PUBLISH is the method and validates the rest against RFC 5545.
     *
     * @param ics the calendar text
     * @return the parsed calendar
     */
    static Calendar valid(String ics) {
        Calendar calendar = parse(ics);
        assertEquals(List.of("PUBLISH"), calendar.getProperties("METHOD").stream().map(Property::getValue).toList(),
                "METHOD:PUBLISH, once");
        try {
            Calendar rfc5545 = parse(ics.replace("\r\nMETHOD:PUBLISH\r\n", "\r\n"));
            ValidationResult result = rfc5545.validate();
            assertFalse(result.hasErrors(), () -> "ical4j validation: " + result.getEntries() + "\n" + ics);
        } catch (ValidationException e) {
            throw new AssertionError("ical4j validation failed: " + e.getMessage() + "\n" + ics, e);
        }
        return calendar;
    }

    /** {@return the calendar as ical4j reads it} */
    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot parse: " + e.getMessage() + "\n" + ics, e);
        }
    }

    /** {@return the components with this name, in order} */
    static List<CalendarComponent> components(Calendar calendar, String name) {
        return calendar.<CalendarComponent>getComponents().stream().filter(c -> c.getName().equals(name)).toList();
    }

    /** {@return the only component with this name} */
    static CalendarComponent only(Calendar calendar, String name) {
        List<CalendarComponent> found = components(calendar, name);
        assertEquals(1, found.size(), () -> "components named " + name);
        return found.get(0);
    }

    /** {@return the properties with this name, in order} */
    static List<Property> properties(Component component, String name) {
        return component.<Property>getProperties().stream().filter(p -> p.getName().equals(name)).toList();
    }

    /** {@return the names of all properties of a component, in order} */
    static List<String> propertyNames(Component component) {
        return component.<Property>getProperties().stream().map(Property::getName).toList();
    }

    /** {@return the value of the only property with this name, as ical4j reads it (TEXT unescaped)} */
    static String value(Component component, String name) {
        List<Property> found = properties(component, name);
        assertEquals(1, found.size(), () -> "properties named " + name + " in " + component.getName());
        return found.get(0).getValue();
    }

    /** {@return a parameter's value as ical4j decodes it} */
    static Optional<String> parameter(Property property, String name) {
        return property.<Parameter>getParameter(name).map(Parameter::getValue);
    }
}
