// Reads a charter (kommissorium) or a council presentation into charter fields. Each
// document names its parts with its own headings; the caller maps them to fields.
import { toParagraphs } from '../documents/parse/paragraphs.ts';
import { findDanishDate } from '../documents/parse/dates.ts';

export type CharterField = 'legalBasis' | 'composition' | 'purpose' | 'tasks' | 'targetGroup' | 'workingForm' | 'reporting' | 'participants' | 'secretariat' | 'members';

export interface CharterText {
  title: string;
  legalBasis: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  fields: Partial<Record<CharterField, string[]>>;
}

const stripBullet = (p: string) => p.replace(/^[•▪\-–]\s*/, '').trim();

export function readCharterText(raw: string, headings: Record<string, CharterField>): CharterText {
  const paragraphs = toParagraphs(raw, Object.keys(headings));
  const lookup = new Map(Object.entries(headings).map(([h, f]) => [h.toLowerCase(), f]));
  const fields: CharterText['fields'] = {};
  let current: CharterField | null = null;
  const preamble: string[] = [];
  for (const p of paragraphs) {
    const field = lookup.get(p.replace(/:$/, '').trim().toLowerCase());
    if (field) {
      current = field;
      fields[field] ??= [];
      continue;
    }
    // Slide footers of a presentation ("2 ▪ www.regionmidtjylland.dk") are not content.
    if (/^\d+\s*•\s*www\./.test(p)) continue;
    if (current) fields[current]!.push(stripBullet(p));
    else preamble.push(p);
  }
  const legal = preamble.find((p) => /i henhold til|nedsat/i.test(p)) ?? null;
  // "… skal fungere i perioden 1. februar 2022 til 31. december 2025."
  const period = legal ? /perioden\s+(.+?)\s+til\s+(.+?)\.?$/i.exec(legal) : null;
  return {
    title: preamble.filter((p) => p !== legal).join(' ').trim(),
    legalBasis: legal,
    periodStart: period ? findDanishDate(period[1]!) : null,
    periodEnd: period ? findDanishDate(period[2]!) : null,
    fields,
  };
}

/** "Karen Elisabeth Vestergaard, Røde Kors" → name and organisation. */
export function splitMemberLine(line: string): { name: string; organisation: string } | null {
  const m = /^([^,]+),\s*(.+?)\.?$/.exec(stripBullet(line));
  return m ? { name: m[1]!.trim(), organisation: m[2]!.trim() } : null;
}
