// Reads the text of a Danish agenda (DAGSORDEN) or minutes (REFERAT) into structured data.
// The layout of seeds 001/004 is the reference; the municipal single-case layout (seed 003)
// and the variations in shared/samples are handled too.
import { toParagraphs } from './paragraphs.ts';
import { headingKind } from './headings.ts';
import { findDanishDate, findTime, findTimes } from './dates.ts';
import { parseAbsent, parseDecision, parseRecommendation } from './clauses.ts';
import type { ParsedItem, ParsedMeeting, ParsedSection } from './types.ts';

export class ParseError extends Error {
  constructor(readonly rule: string, readonly params: Record<string, string | number> = {}) {
    super(rule);
    this.name = 'ParseError';
  }
}

const ITEM_PUNKT = /^Punkt\s+(\d{1,4})\s*[:.]\s*(.+)$/i;
const CASE_NUMBER = /^(?:Sag(?:s)?nr\.?:?\s*)?((?:[A-ZÆØÅ]{1,6}-)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)+)$/;
const ADJOURNED = /^Mødet\s+(?:blev\s+)?hævet\s+kl\.?\s*(\d{1,2}[.:]\d{2})\.?$/i;
const CLOSED_PREFIX = /^(?:Lukket\s*(?:punkt)?\s*[:\-–]\s*|LUKKET PUNKT\s*[-–:]\s*)/i;
const TOC_ENTRY = /^(.*?)\s*\.{3,}\s*\d+$/;

/** Splits off a "Lukket:"/"LUKKET PUNKT -" prefix: closed items are not public. */
export function splitClosed(title: string): { title: string; public: boolean } {
  return CLOSED_PREFIX.test(title) ? { title: title.replace(CLOSED_PREFIX, '').trim(), public: false } : { title: title.trim(), public: true };
}

interface Header {
  kind: 'agenda' | 'minutes' | null;
  organization: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
}

function readHeader(paragraphs: string[], firstItem: number): Header {
  const h: Header = { kind: null, organization: null, date: null, start: null, end: null, location: null };
  const head = paragraphs.slice(0, firstItem === -1 ? Math.min(paragraphs.length, 20) : firstItem);
  for (let i = 0; i < head.length; i++) {
    const p = head[i]!;
    let m = /^(DAGSORDEN|REFERAT)\s+(.+?)\s+(?:d\.|den)\s+(.+)$/i.exec(p);
    if (m && !h.kind) {
      h.kind = m[1]!.toUpperCase() === 'DAGSORDEN' ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date = findDanishDate(m[3]!);
      continue;
    }
    m = /^(Dagsorden|Referat)\s+til\s+mødet\s+i\s+(.+?)\s+den\s+(.+?)(?:\s+kl\.\s*(\d{1,2}[.:]\d{2}))?(?:\s+i\s+(.+))?$/i.exec(p);
    if (m && !h.kind) {
      h.kind = /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date = findDanishDate(m[3]!);
      if (m[4]) h.start = findTime(m[4]);
      if (m[5]) h.location = m[5].trim();
      continue;
    }
    m = /^(Mødedato|Dato|Mødested|Sted|Lokale|Tidspunkt|Starttidspunkt|Sluttidspunkt)\s*:?\s*(.*)$/i.exec(p);
    if (m) {
      const label = m[1]!.toLowerCase();
      const value = (m[2] || (head[i + 1] && !headingKind(head[i + 1]!) ? head[++i]! : '')).trim();
      if (label === 'mødedato' || label === 'dato' || label === 'starttidspunkt') {
        h.date ??= findDanishDate(value);
        const times = findTimes(value.replace(/\d{4}/g, ''));
        h.start ??= times[0] ?? null;
        if (times[1]) h.end ??= times[1];
      } else if (label === 'sluttidspunkt') h.end ??= findTime(value.replace(/\d{1,2}-\d{1,2}-\d{4}/, ''));
      else if (label === 'tidspunkt') h.start ??= findTime(value);
      else h.location ??= value || null;
      continue;
    }
    if (/^(dagsorden|referat)$/i.test(p) && !h.kind) h.kind = /^d/i.test(p) ? 'agenda' : 'minutes';
  }
  return h;
}

function toSections(paragraphs: string[]): { heading: string; kind: ParsedSection['kind']; paragraphs: string[] }[] {
  const out: { heading: string; kind: ParsedSection['kind']; paragraphs: string[] }[] = [];
  for (const p of paragraphs) {
    const kind = headingKind(p);
    if (kind) {
      // "Sagsforløb: BY" carries its value on the heading line.
      const inline = /^(Sagsforløb)\s*:\s*(.+)$/i.exec(p);
      out.push({ heading: inline ? inline[1]! : p.replace(/:$/, '').trim(), kind, paragraphs: inline ? [inline[2]!] : [] });
    } else if (out.length === 0) {
      out.push({ heading: '', kind: 'other', paragraphs: [p] });
    } else {
      out[out.length - 1]!.paragraphs.push(p);
    }
  }
  return out;
}

interface MeetingFacts {
  absent: string[] | null;
  closedAt: string | null;
}

function buildItem(number: string, rawTitle: string, body: string[], facts: MeetingFacts): ParsedItem {
  const { title, public: isPublic } = splitClosed(rawTitle);
  let caseNumber: string | null = null;
  const rest = [...body];
  const cn = rest[0] !== undefined ? CASE_NUMBER.exec(rest[0]) : null;
  if (cn) {
    caseNumber = cn[1]!;
    rest.shift();
  }
  const item: ParsedItem = {
    number, title, caseNumber, public: isPublic, sections: [], recommendation: null,
    decision: null, decisionLead: null, decisionClauses: [], attachments: [],
  };
  for (const s of toSections(rest)) {
    // The closing time belongs to the meeting, not to the item it happens to follow.
    const paragraphs = s.paragraphs.filter((p) => {
      const m = ADJOURNED.exec(p);
      if (m) facts.closedAt = findTime(m[1]!);
      return !m;
    });
    if (s.kind === 'recommendation') item.recommendation ??= parseRecommendation(paragraphs);
    if (s.kind === 'decision') {
      item.decision = [item.decision, ...paragraphs].filter(Boolean).join('\n\n') || null;
      const d = parseDecision(paragraphs);
      item.decisionLead ??= d.lead;
      item.decisionClauses.push(...d.clauses);
      for (const p of paragraphs) {
        const absent = parseAbsent(p);
        if (absent) facts.absent = absent;
      }
    }
    if (s.kind === 'attachments') item.attachments.push(...paragraphs.map((p) => p.replace(/^[•▪\-–]\s*/, '').trim()).filter(Boolean));
    item.sections.push({ heading: s.heading, kind: s.kind, text: paragraphs.join('\n\n') });
  }
  return item;
}

/** The title a single-case document gives itself: the recommendation's first clause. */
function titleFromRecommendation(item: ParsedItem): string {
  const clause = item.recommendation?.clauses[0];
  if (!clause) return 'Sag';
  const text = clause.replace(/^at\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function parseMeetingText(raw: string): ParsedMeeting {
  if (!raw.trim()) throw new ParseError('import.empty');
  const paragraphs = toParagraphs(raw);
  const itemStarts = paragraphs.flatMap((p, i) => (ITEM_PUNKT.test(p) ? [i] : []));
  const header = readHeader(paragraphs, itemStarts[0] ?? -1);
  const facts: MeetingFacts = { absent: null, closedAt: null };
  const warnings: string[] = [];
  const items: ParsedItem[] = [];

  for (let k = 0; k < itemStarts.length; k++) {
    const start = itemStarts[k]!;
    const end = itemStarts[k + 1] ?? paragraphs.length;
    const m = ITEM_PUNKT.exec(paragraphs[start]!)!;
    items.push(buildItem(m[1]!, m[2]!, paragraphs.slice(start + 1, end), facts));
  }

  if (items.length === 0) {
    // Municipal case layout (seed 003): one case, its sections and the committee's decision.
    const firstHeading = paragraphs.findIndex((p) => headingKind(p) !== null);
    if (firstHeading === -1) throw new ParseError('import.no_items');
    const item = buildItem('1', '', paragraphs.slice(firstHeading), facts);
    if (!item.sections.some((s) => s.kind !== 'other')) throw new ParseError('import.no_items');
    item.title = titleFromRecommendation(item);
    warnings.push('import.warning.title_derived');
    const decided = item.sections.find((s) => s.kind === 'decision' && /^Beslutning i /i.test(s.heading));
    if (decided) {
      const m = /^Beslutning i (.+?)\s+(?:den|d\.)\s+(.+)$/i.exec(decided.heading);
      if (m) {
        header.organization ??= m[1]!.trim();
        header.date ??= findDanishDate(m[2]!);
      }
    }
    items.push(item);
  }

  for (const p of paragraphs.slice(0, itemStarts[0] ?? 0)) {
    const absent = parseAbsent(p);
    if (absent && facts.absent === null) facts.absent = absent;
    const adj = ADJOURNED.exec(p);
    if (adj) facts.closedAt = findTime(adj[1]!);
  }
  if (!header.date) warnings.push('import.warning.no_date');
  if (!header.organization) warnings.push('import.warning.no_organization');
  const hasDecisions = items.some((i) => i.decision !== null);
  return {
    kind: header.kind ?? (hasDecisions ? 'minutes' : 'agenda'),
    organization: header.organization,
    date: header.date,
    start: header.start,
    end: header.end,
    location: header.location,
    items,
    absent: facts.absent ?? [],
    closedAt: facts.closedAt,
    warnings,
  };
}

export { TOC_ENTRY };
