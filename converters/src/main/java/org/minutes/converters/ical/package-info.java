/**
 * The iCalendar converter (RFC 5545): {@link org.minutes.converters.ical.CalendarConverter} turns meeting notes into
 * one calendar with a VEVENT per meeting and a VTODO per open action item, configured by
 * {@link org.minutes.converters.ical.CalendarOptions}.
 */
package org.minutes.converters.ical;
