// Meetings happen in Danish local time. Instants are stored in UTC; these convert both ways
// for Europe/Copenhagen, including summer time, without a time-zone library.
export const TIME_ZONE = 'Europe/Copenhagen';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function localParts(instant: Date): { date: string; time: string; offsetMinutes: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, offsetMinutes: Math.round((asUtc - instant.getTime()) / 60000) };
}

/** The instant of a Copenhagen wall-clock date ("2025-08-27") and time ("09:00"). */
export function copenhagenToInstant(date: string, time = '00:00'): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset also next to a DST switch.
  let instant = new Date(guess - localParts(new Date(guess)).offsetMinutes * 60000);
  instant = new Date(guess - localParts(instant).offsetMinutes * 60000);
  return instant;
}

/** Copenhagen wall-clock date and time of an instant. */
export function instantToCopenhagen(instant: Date): { date: string; time: string } {
  const { date, time } = localParts(instant);
  return { date, time };
}

/** "+02:00" — the Copenhagen UTC offset at an instant, as OParl and iCal want it. */
export function copenhagenOffset(instant: Date): string {
  const m = localParts(instant).offsetMinutes;
  const sign = m >= 0 ? '+' : '-';
  const a = Math.abs(m);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Today's date in Copenhagen. */
export const todayInCopenhagen = (now = new Date()) => instantToCopenhagen(now).date;
