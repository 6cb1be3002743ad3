// iCalendar (RFC 5545) for meeting plans, in Danish time with its summer-time rules, so
// calendars show 09:00 for a 09:00 meeting whatever the subscriber's own time zone.
import { instantToCopenhagen } from '../shared/time.ts';

export interface CalendarMeeting {
  id: string;
  organization: string;
  start: Date;
  end: Date | null;
  location: string | null;
  cancelled: boolean;
  state: string;
  modifiedAt: Date;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const local = (d: Date) => {
  const { date, time } = instantToCopenhagen(d);
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
};
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function renderICal(name: string, meetings: CalendarMeeting[], baseUrl: string): string {
  const host = new URL(baseUrl).hostname;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lighed//Mødekalender//DA', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(name)}`, 'X-WR-TIMEZONE:Europe/Copenhagen', ...VTIMEZONE];
  for (const m of meetings) {
    // Without a known end, a meeting is shown as two hours long.
    const end = m.end ?? new Date(m.start.getTime() + 2 * 3600_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.id}@${host}`,
      `DTSTAMP:${utc(m.modifiedAt)}`,
      `LAST-MODIFIED:${utc(m.modifiedAt)}`,
      `DTSTART;TZID=Europe/Copenhagen:${local(m.start)}`,
      `DTEND;TZID=Europe/Copenhagen:${local(end)}`,
      `SUMMARY:${escape(`Møde i ${m.organization}`)}`,
      ...(m.location ? [`LOCATION:${escape(m.location)}`] : []),
      `URL:${baseUrl}/moeder/${m.id}`,
      `DESCRIPTION:${escape(`Dagsorden og referat: ${baseUrl}/moeder/${m.id}`)}`,
      `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

