// Reads iCalendar files with ical.js (Mozilla's parser, as Thunderbird uses it) and prints, as JSON, what it read:
// per file the calendar's properties and, per component, its name, UID, SUMMARY, STATUS, DTSTART and the ATTENDEE
// values. A file ical.js cannot parse is an error: exit status 1 with its message.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const value = (c, name) => {
      const v = c.getFirstPropertyValue(name);
      return v === null ? null : v.toString();
    };
    out[file] = {
      method: value(calendar, 'method'),
      name: value(calendar, 'name'),
      calname: value(calendar, 'x-wr-calname'),
      components: calendar.getAllSubcomponents()
        .filter(c => c.name !== 'vtimezone')
        .map(c => ({
          type: c.name,
          uid: value(c, 'uid'),
          summary: value(c, 'summary'),
          status: value(c, 'status'),
          start: value(c, 'dtstart'),
          attendees: c.getAllProperties('attendee').map(p => p.getFirstValue().toString()),
        })),
    };
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(1);
  }
}
console.log(JSON.stringify(out));
