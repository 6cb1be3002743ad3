// Danish dates and times as documents write them.
const months: Record<string, number> = {
  januar: 1, februar: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Finds the first date in a text: "27-08-2025", "27.08.2025", "26/1 2022", "26. januar 2022", "15-maj-2002", "2025-08-27". */
export function findDanishDate(text: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // ("4.4. 2022": a space after the month's dot.)
  // ("26/1 2022": day and month with a slash, then a space and the year.)
  m = /\b(\d{1,2})[-./](\d{1,2})(?:[-/]|\.\s?|(?<=\/\d{1,2})\s)(\d{4})\b/.exec(text);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  // "26. januar 2022", "15-maj-2002", "14 september, 2026" (Faxe)
  // ("26.januar 2022": no space after the day's dot.)
  for (const w of text.matchAll(/\b(\d{1,2})(?:\.?\s+|-|\.)([a-zæøå]+)\.?,?(?:\s+|-)(\d{4})\b/gi)) {
    const month = months[w[2]!.toLowerCase()];
    if (month) return iso(+w[3]!, month, +w[1]!);
  }
  // "Marts 3, 2016" (a web publisher's English order, Danish words)
  m = /\b([a-zæøå]+)\s+(\d{1,2}),\s+(\d{4})\b/i.exec(text);
  if (m) {
    const month = months[m[1]!.toLowerCase()];
    if (month) return iso(+m[3]!, month, +m[2]!);
  }
  // "08.11.22", "8/11-22": a two-digit year is this century's.
  m = /(?<![\d-./])(\d{1,2})[-./](\d{1,2})[-./](\d{2})(?![\d-./])/.exec(text);
  if (m) return iso(2000 + +m[3]!, +m[2]!, +m[1]!);
  return null;
}

/** "kl. 09:00", "kl. 9.00", "09:00:00" → "09:00". The first time in the text. */
export function findTime(text: string): string | null {
  const m = /(?:kl\.?\s*)?\b([01]?\d|2[0-3])[:.]([0-5]\d)(?::\d{2})?\b/i.exec(text);
  if (m) return `${pad(+m[1]!)}:${m[2]}`;
  // "kl. 16": the whole hour.
  const h = /\bkl\.?\s*([01]?\d|2[0-3])\b(?![.:]\d)/i.exec(text);
  return h ? `${pad(+h[1]!)}:00` : null;
}

/** All times in a text, e.g. "kl. 9.00-12.00" → ["09:00", "12:00"]. */
export function findTimes(text: string): string[] {
  return [...text.matchAll(/\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/g)].map((m) => `${pad(+m[1]!)}:${m[2]}`);
}

/**
 * A start and end written with the clock word and whole hours, or "til": "kl. 16-18", "kl. 9 - 11.30",
 * "fra kl. 9 til kl. 11", "kl. 9.00 til 11.30". (Times with minutes on both sides findTimes reads.)
 */
export function findTimeSpan(text: string): { start: string; end: string } | null {
  const m = /\b(?:kl\.?|klokken)\s*([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s*(?:[-–]|\btil\b)\s*(?:kl\.?\s*)?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\b(?![.:/-]?\d)/i.exec(text);
  if (!m) return null;
  const start = `${pad(+m[1]!)}:${m[2] ?? '00'}`;
  const end = `${pad(+m[3]!)}:${m[4] ?? '00'}`;
  return end > start ? { start, end } : null;
}

const weekdays = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "Onsdag d. 27. august 2025" from "2025-08-27". */
export function longDanishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} d. ${d}. ${monthNames[m - 1]} ${y}`;
}

/** "27-08-2025" from "2025-08-27". */
export function shortDanishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}
