// Comparing parsed meetings the way a reader of the minutes would.
import { readdirSync, readFileSync } from 'node:fs';
import { parseMeetingText } from '../../src/documents/parse/parse-text.ts';
import type { ParsedMeeting } from '../../src/documents/parse/types.ts';

/** The meeting's facts and each item's content (a bullet before an attachment's title aside). */
export function essentials(m: ParsedMeeting) {
  return {
    kind: m.kind, organization: m.organization, date: m.date, start: m.start, location: m.location, absent: m.absent, closedAt: m.closedAt, notes: m.notes,
    items: m.items.map((i) => ({ number: i.number, title: i.title, caseNumber: i.caseNumber, public: i.public, sections: i.sections.map((s) => ({ heading: s.heading, text: s.kind === 'attachments' ? s.text.replace(/^• /gm, '') : s.text })), recommendation: i.recommendation, decision: i.decision, attachments: i.attachments })),
  };
}

/** The essentials with an attachment list's numbering ("1. Plan …") taken off: Lighed prints the titles alone. */
export function essentialsUnnumbered(m: ParsedMeeting) {
  const e = essentials(m);
  return { ...e, items: e.items.map((i) => ({ ...i, sections: i.sections.map((s) => ({ ...s, text: /^(?:Bilag|Bilagsfortegnelse)$/.test(s.heading) ? s.text.replace(/^\d{1,3}\.\s+/gm, '') : s.text })) })) };
}

/**
 * Every layout in test/fixtures that Lighed can print: read as text, with its body and date (Lighed prints a
 * meeting under both; excerpts without them cannot be printed).
 */
export function printableFixtures(): { file: string; parsed: ParsedMeeting }[] {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((n) => n.endsWith('.txt'))
    .map((file) => ({ file, parsed: parseMeetingText(readFileSync(new URL(file, dir), 'utf8')) }))
    .filter(({ parsed }) => parsed.date !== null && parsed.organization !== null);
}
