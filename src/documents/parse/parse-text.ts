// Reads the text of a Danish agenda (DAGSORDEN) or minutes (REFERAT) into structured data.
// The layout of seeds 001/004 is the reference; the municipal single-case layout (seed 003)
// and the variations in shared/samples are handled too.
import { toParagraphs } from './paragraphs.ts';
import { headingKind } from './headings.ts';
import { findDanishDate, findTime, findTimes } from './dates.ts';
import { parseAbsent, parseDecision, parseRecommendation, splitNames } from './clauses.ts';
import type { ParsedItem, ParsedMeeting, ParsedSection } from './types.ts';

export class ParseError extends Error {
  constructor(readonly rule: string, readonly params: Record<string, string | number> = {}) {
    super(rule);
    this.name = 'ParseError';
  }
}

// "Punkt 3: …", and "SAG NR. 3 MØDEPLAN 2010 …" / "Sag nr. 3: …" (Region Hovedstaden until 2013, Sorø).
// ("Sag nr. 5 blev udsat." is a sentence: a title follows a separator or starts with a capital.)
const ITEM_PUNKT = /^(?:(?:[Pp]unkt|PUNKT)\s+(\d{1,4})\s*[:.]\s*|(?:Sag|SAG)\s+(?:nr|NR)\.?\s*(\d{1,4})(?:\s*[:.\-–]\s*|\s+(?=[A-ZÆØÅ])))(.+)$/;
// "24. Revisionsberetning …", "38Godkendelse af dagsorden" (number glued to the title in some exports).
const ITEM_NUMBERED = /^(?:Indholdsfortegnelse\s*)?(\d{1,4})(?:\.\s+(?=[A-ZÆØÅ0-9"«„])|(?=[A-ZÆØÅ]))(\S.{0,250})$/;
// "2 (Åben) Plan for dialyseområdet" (Region Sjælland, 2021): the item's status in brackets.
const ITEM_BRACKETED = /^(\d{1,4})\.?\s+\((Åben|Åbent|Lukket)\)\s+(\S.{0,250})$/i;
const LIST_ENTRY = /^(?:•|\(?\d{1,2}[.)])\s/;
const CASE_NUMBER = /^(?:Sag(?:s)?nr\.?:?\s*)?((?:[A-ZÆØÅ]{1,6}-)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)+)$/;
const ADJOURNED = /^Mødet\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet)\s+kl\.?\s*(\d{1,2}[.:]\d{2})\.?$/i;
// "Forretningsudvalgets beslutning den 8. november 2022:" — which body decided, and when.
const BODY_DECISION = /^(.+?)s beslutning (?:den|d\.)\s+(\d.{4,40}?):?$/i;
const CLOSED_PREFIX = /^(?:Lukket\s*(?:punkt)?\s*[:\-–]\s*|LUKKET PUNKT\s*[-–:]\s*)/i;
// "Åbent" / "Lukket" on the line after an item's title (Region Sjælland's minutes).
const ITEM_STATUS = /^(Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$/i;
// "Udvalget for det nære sundhedsvæsen Brevid: 4225075": the case system's letter id, not content.
const LETTER_ID = /^.{0,160}\bBrevid:\s*\d+$/;
const WEEKDAY_DATE = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:den\s+|d\.\s*)?\d.{4,60}$/i;
const RECOMMENDATION_LEAD = /^(?:[A-ZÆØÅ][\wæøåÆØÅ\- ]{2,60}\s+indstiller(?:\s+til\s+[^,]+)?|Det indstilles)(?:,|,?\s+at:?)$/;

/** Splits off a "Lukket:"/"LUKKET PUNKT -" prefix: closed items are not public. */
export function splitClosed(title: string): { title: string; public: boolean } {
  // A public version that withholds the title prints only "Lukket punkt".
  if (/^lukket punkt\.?$/i.test(title.trim())) return { title: 'Lukket punkt', public: false };
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
    let m = /^(Dagsorden|Referat)\s+til\s+mødet\s+i\s+(.+?)\s+den\s+(.+?)(?:\s+kl\.\s*(\d{1,2}[.:]\d{2}))?(?:\s+i\s+(.+))?$/i.exec(p);
    if (m && !h.kind) {
      h.kind = /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date = findDanishDate(m[3]!);
      if (m[4]) h.start = findTime(m[4]);
      if (m[5]) h.location = m[5].trim();
      continue;
    }
    m = /^(DAGSORDEN|REFERAT)\s+(.+?)\s+(?:d\.|den)\s+(.+)$/i.exec(p);
    if (m && !h.kind) {
      h.kind = m[1]!.toUpperCase() === 'DAGSORDEN' ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date = findDanishDate(m[3]!);
      continue;
    }
    // "Sundhedsudvalget - Referat - 25. oktober 2016", "Byrådet - Referat"
    m = /^(.+?)\s+[-–]\s+(Referat|Dagsorden)(?:\s+[-–]\s+(.+)|\s+(\d.{5,40}))?$/i.exec(p);
    // A breadcrumb trail ending in the same words is no title: titles are short.
    if (m && !h.kind && m[1]!.length <= 60) {
      h.kind = /^d/i.test(m[2]!) ? 'agenda' : 'minutes';
      h.organization = m[1]!.trim();
      // "Forretningsudvalget - referat 05-12-2007" (Region Syddanmark, 2007)
      if (m[3] ?? m[4]) h.date ??= findDanishDate((m[3] ?? m[4])!);
      continue;
    }
    // "Referat - Regionsrådet 2018-2021" (Region Sjælland, 2021); the election period is not the body's name.
    m = /^(Referat|Dagsorden)\s+[-–]\s+(.{3,100})$/i.exec(p);
    if (m && !h.organization) {
      h.kind ??= /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      h.organization = m[2]!.replace(/\s+\d{4}\s*[-–]\s*\d{4}$/, '').trim();
      continue;
    }
    // A date (and time) on a line of its own, the place on the next: "08-03-2021 16:00" / "Video".
    m = /^(\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s+(?:kl\.?\s*)?(\d{1,2}[.:]\d{2}))?$/.exec(p);
    if (m && !h.date) {
      h.date = findDanishDate(m[1]!);
      if (m[2]) h.start ??= findTime(m[2]);
      const next = head[i + 1];
      if (m[2] && next && !h.location && next.length <= 100 && !LABEL.test(next) && !/:$/.test(next) && !headingKind(next) && !/^(medlemmer|deltagere|fraværende|indholdsfortegnelse)/i.test(next)) {
        h.location = next.trim();
        i++;
      }
      continue;
    }
    // "Regionsrådet 24-11-2020 13:00" (Region Nordjylland's eDoc): body, date and time on one line.
    m = /^(\D{3,80}?)\s+(\d{1,2}-\d{1,2}-\d{4})\s+(\d{1,2}:\d{2})$/.exec(p);
    if (m && !h.organization && !LABEL.test(p)) {
      h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      h.start ??= findTime(m[3]!);
      continue;
    }
    // "Forretningsudvalg - mødesager" (FirstAgenda publications): the body; the date comes with its decisions.
    m = /^(.{3,80}?)\s+[-–]\s+mødesager$/i.exec(p);
    if (m && !h.organization) {
      h.organization = m[1]!.trim();
      continue;
    }
    // "Social og sundheds møde den 17. april 2023"
    m = /^(.+?)s?\s+møde\s+den\s+(.+)$/i.exec(p);
    // (Not a sentence: "Følgende emner blev nævnt … på Regionsrådets møde den 24. november 2020:")
    if (m && !h.organization && p.length < 120 && m[1]!.split(' ').length <= 6 && !/:$/.test(p)) {
      h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      continue;
    }
    // Region Sjælland: "Møde i Udvalget for det nære sundhedsvæsen" / "onsdag den 15. januar 2020 kl. 13:00" / "Mødelokale 1"
    // (The date line starts in lower case, so it may have been joined to the body's line.)
    m = /^Møde i (.{3,100}?)(?:\s+((?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s.{5,70}))?$/.exec(p);
    const dateLine = m ? (m[2] ?? null) : WEEKDAY_DATE.test(p) ? p : null;
    if (m && !h.organization) h.organization = m[1]!.trim();
    if (dateLine && !h.date && findDanishDate(dateLine)) {
      h.date = findDanishDate(dateLine);
      if (/\bkl\./i.test(dateLine)) h.start ??= findTime(dateLine.slice(dateLine.search(/\bkl\./i)));
      // The place stands on the line after the date.
      const next = head[i + 1];
      if (next && !h.location && next.length <= 100 && !LABEL.test(next) && !/^deltagere/i.test(next) && !headingKind(next) && !/[.:]$/.test(next)) {
        h.location = next.trim();
        i++;
      }
    }
    if (m || dateLine) continue;
    // Holbæk: "UDVALG" / "Udvalget for Ældre og Sundhed", "MØDE" / "Referat"
    if (/^UDVALG$/.test(p) && head[i + 1]) {
      h.organization ??= head[++i]!.trim();
      continue;
    }
    if (/^MØDE$/.test(p) && head[i + 1]) {
      const kind = head[++i]!;
      if (/^(referat|dagsorden)/i.test(kind)) h.kind ??= /^d/i.test(kind) ? 'agenda' : 'minutes';
      continue;
    }
    m = /^(Mødedato|Dato|Mødested|Sted|Lokale|Tidspunkt|Starttidspunkt|Sluttidspunkt)\s*:?\s*(.*)$/i.exec(p);
    if (m) {
      const label = m[1]!.toLowerCase();
      const value = (m[2] || (head[i + 1] && !headingKind(head[i + 1]!) ? head[++i]! : '')).trim();
      if (label === 'mødedato' || label === 'dato' || label === 'starttidspunkt') {
        h.date ??= findDanishDate(value);
        const times = findTimes(value.replace(/\b\d{1,2}[-./]\d{1,2}[-./]\d{4}\b/g, '').replace(/\d{4}/g, ''));
        h.start ??= times[0] ?? null;
        if (times[1]) h.end ??= times[1];
      } else if (label === 'sluttidspunkt') h.end ??= findTime(value.replace(/\d{1,2}-\d{1,2}-\d{4}/, ''));
      else if (label === 'tidspunkt') h.start ??= findTime(value);
      else h.location ??= value || null;
      continue;
    }
    // A front page with the kind, the body and the date on lines of their own (our PDF).
    if (/^(DAGSORDEN|REFERAT)$/.test(p) && !h.kind && head[i + 1]) {
      const joined = /^(.+?)\s+d\.\s+(\d.*)$/.exec(head[i + 1]!);
      const split: [string, string] | null = head[i + 2] && /^d\.\s+\d/.test(head[i + 2]!) ? [head[i + 1]!, head[i + 2]!] : null;
      if (joined || split) {
        h.kind = p === 'DAGSORDEN' ? 'agenda' : 'minutes';
        h.organization = (joined ? joined[1]! : split![0]).trim();
        h.date = findDanishDate(joined ? joined[2]! : split![1]);
        i += joined ? 1 : 2;
        continue;
      }
    }
    if (/^(dagsorden|referat|beslutninger|beslutningsprotokol)$/i.test(p) && !h.kind) h.kind = /^d/i.test(p) ? 'agenda' : 'minutes';
    // "FORRETNINGSUDVALGET" in capitals on a line of its own, under "REGION HOVEDSTADEN".
    if (!h.organization && p.length <= 60 && p === p.toUpperCase() && /(udvalget|udvalg|rådet|råd|bestyrelsen|forum)$/i.test(p)) {
      h.organization = p;
      continue;
    }
    // "Ekstraordinært møde - Mødelokale F7 kl. 12.00": the place and time on one line.
    m = /^(?:Ekstraordinært\s+|Ordinært\s+)?møde\s+[-–]\s+(.+?)\s+kl\.\s*(\d{1,2}[.:]\d{2})$/i.exec(p);
    if (m) {
      h.location ??= m[1]!.trim();
      h.start ??= findTime(m[2]!);
    }
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

// "1. Meddelelse fra formandenReferat": a web page's item title and its first heading run together.
const GLUED_HEADING = /^(\d{1,4}\.\s*\S.*?[a-zæøå0-9)])(Referat|Beslutning|Sagsfremstilling|Indstilling|Resume)$/;

/**
 * "Sagsnr:" on a line of its own with the number on the next: one "Sagsnr: 07/5773" line. And an
 * item title with a heading glued to it is split in two.
 */
function joinCaseNumberLabels(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const glued = GLUED_HEADING.exec(p);
    if (glued) {
      out.push(glued[1]!, glued[2]!);
      continue;
    }
    const next = paragraphs[i + 1];
    if (/^Sag(?:s)?nr\.?:?$/i.test(p) && next !== undefined && CASE_NUMBER.test(next)) {
      out.push(`Sagsnr.: ${CASE_NUMBER.exec(next)![1]!}`);
      i++;
    } else out.push(p);
  }
  return out;
}

/** Region Syddanmark's "Afbud" list: the bullets after it are the absent members ("Pierre Topaz, A"). */
function absentFromList(head: string[]): string[] | null {
  const at = head.findIndex((p) => /^(?:•\s*)?Afbud:?$/i.test(p));
  if (at === -1) return null;
  // Or the names on one line: "Afbud:" / "Bo Libergren, Poul Weber."
  const line = head[at + 1];
  if (line !== undefined && !line.startsWith('•') && /^[A-ZÆØÅ][^.:;]*\.?$/.test(line) && line.length < 400) return splitNames(line.replace(/\.$/, ''));
  const names: string[] = [];
  for (const p of head.slice(at + 1)) {
    const m = /^•\s*([^,]+?)(?:,\s*[A-ZÆØÅ]{1,2})?$/.exec(p);
    if (!m || /^luk alle|^fold/i.test(m[1]!)) break;
    // "Thies Mathiasen deltog ikke i punkterne 2 – 11": the name is what comes before the note.
    names.push(m[1]!.replace(/\s+(?:deltog ikke|forlod mødet|ankom)\b.*$/i, '').trim());
  }
  return names;
}

/** "Deltagere:" with "Bent Lund (C), Næstformand- afbud": the members marked afbud are absent. */
function absentFromParticipants(head: string[]): string[] | null {
  const at = head.findIndex((p) => /^Deltagere:?$/i.test(p));
  if (at === -1) return null;
  const names = head.slice(at + 1).flatMap((p) => {
    const m = /^([^,(]+?)\s*(?:\([^)]*\))?(?:,[^,]*?)?\s*[-–]\s*afbud\.?$/i.exec(p);
    return m ? [m[1]!.trim()] : [];
  });
  return names.length ? names : null;
}

/**
 * "Fraværende:" followed by the names, one per line with party and role lines between them
 * ("Carla Juhl" / "(A)"), or on one line ("Fraværende: Carla Juhl og Eva Krogh").
 */
function absentAfterLabel(head: string[]): string[] | null {
  const at = head.findIndex((p) => /^Fraværende:/i.test(p));
  if (at === -1) return null;
  const inline = head[at]!.replace(/^Fraværende:\s*/i, '');
  if (inline) return splitNames(inline.replace(/\.$/, ''));
  const names: string[] = [];
  for (const line of head.slice(at + 1)) {
    // "Carla Juhl (A)": the party in brackets is not part of the name.
    const p = line.replace(/\s*\([^)]{1,12}\)$/, '');
    if (!p || /^(?:\d\.\s*)?(?:formand|næstformand|løsgænger)$/i.test(p)) continue;
    if (!/^[A-ZÆØÅ][\p{L}.'\-]*(?:\s+[A-ZÆØÅ][\p{L}.'\-]*){1,4}$/u.test(p)) break;
    names.push(p);
  }
  return names.length ? names : null;
}

export interface MeetingFacts {
  absent: string[] | null;
  closedAt: string | null;
  /**
   * "Forretningsudvalgets beslutning den 8. november 2022": the heading of this meeting's own
   * decisions, when the document names the body and date in each (the first such heading). The
   * other bodies' decisions quoted under it are earlier steps of the case, not this meeting's.
   */
  decisionHeading?: string;
}

const norm = (heading: string) => heading.replace(/:$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function buildItem(number: string, rawTitle: string, body: string[], facts: MeetingFacts): ParsedItem {
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
    if (s.kind === 'decision' && facts.decisionHeading && BODY_DECISION.test(s.heading) && norm(s.heading) !== facts.decisionHeading) s.kind = 'other';
    // "JOURNALNUMMER" / "22012345" at the end of an item: its case number.
    if (/^journalnummer$/i.test(s.heading) && s.paragraphs.length === 1 && /^[\dA-Z][\dA-Z\-/.]{3,30}$/.test(s.paragraphs[0]!)) {
      caseNumber ??= s.paragraphs[0]!;
      item.caseNumber = caseNumber;
      continue;
    }
    // The closing time belongs to the meeting, not to the item it happens to follow.
    const paragraphs = s.paragraphs.filter((p) => {
      const m = ADJOURNED.exec(p);
      if (m) facts.closedAt = findTime(m[1]!);
      return !m;
    });
    if (s.kind === 'recommendation') {
      item.recommendation ??= parseRecommendation(paragraphs);
      // "ADMINISTRATIONENS INDSTILLING": the heading names who recommends.
      const by = /^(.+?)s indstilling$/i.exec(s.heading);
      if (item.recommendation && !item.recommendation.proposer && by) item.recommendation.proposer = by[1]!.charAt(0).toUpperCase() + by[1]!.slice(1).toLowerCase();
    }
    else if (!item.recommendation && s.kind !== 'decision') {
      // "Direktionen indstiller," inside the summary, with no heading of its own.
      const lead = paragraphs.findIndex((p) => RECOMMENDATION_LEAD.test(p));
      if (lead !== -1) item.recommendation = parseRecommendation(paragraphs.slice(lead));
    }
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
    if (s.kind !== 'decision' && facts.absent === null) {
      for (const p of paragraphs) if (/^der er afbud fra/i.test(p)) facts.absent = parseAbsent(p);
    }
    // A list of attachments may be bulleted or numbered ("1. Plan for indsatsen 2023").
    if (s.kind === 'attachments') item.attachments.push(...paragraphs.map((p) => p.replace(/^(?:[•▪\-–]|\d{1,2}[.)])\s*/, '').trim()).filter(Boolean));
    item.sections.push({ heading: s.heading, kind: s.kind, text: paragraphs.join('\n\n') });
  }
  return item;
}

const UI_TEXT = /^(se alle bilag|søg|abonnér|fold alle punkter|luk alle punkter|til toppen|gå til indhold)$/i;
const LABEL = /^(mødedato|mødested|dato|sted|lokale|tidspunkt)\b/i;

/** A single-case page's title: the last short line before the first section that is not a label or UI text. */
function titleBefore(paragraphs: string[]): string | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.length < 150 && !/[.:]$/.test(p) && !UI_TEXT.test(p) && !LABEL.test(p) && !/^https?:/.test(p)) return p;
  }
  return null;
}

/** The title a single-case document gives itself: the recommendation's first clause. */
function titleFromRecommendation(item: ParsedItem): string {
  const clause = item.recommendation?.clauses[0];
  if (!clause) return 'Sag';
  const text = clause.replace(/^at\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ItemStart {
  index: number;
  number: string;
  title: string;
  /** A "Sagnr.:" line just before the item header belongs to the item. */
  caseNumberBefore: string | null;
  /** "(Lukket)" in the item's header. */
  closed?: boolean;
}

const isCaseNumberLine = (p: string | undefined) => p !== undefined && CASE_NUMBER.test(p);

/**
 * Where items begin. "Punkt N: …" always starts an item. A bare "N. Title" starts one only
 * when the layout shows it is a heading and not a list entry: a case number just before it,
 * or a section heading right after it (after a repeated title at most).
 */
function findItemStarts(paragraphs: string[]): ItemStart[] {
  const punkt = paragraphs.flatMap((p, index) => {
    const m = ITEM_PUNKT.exec(p);
    return m ? [{ index, number: (m[1] ?? m[2])!, title: m[3]!, caseNumberBefore: null }] : [];
  });
  if (punkt.length > 0) return punkt;
  const out: ItemStart[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const bracketed = ITEM_BRACKETED.exec(paragraphs[i]!);
    if (bracketed) {
      // Entries of the contents list end in a page number and are followed by the next entry.
      const next = paragraphs[i + 1];
      if (next !== undefined && (isCaseNumberLine(next) || headingKind(next) !== null)) {
        out.push({ index: i, number: bracketed[1]!, title: bracketed[3]!.trim(), caseNumberBefore: null, closed: /^lukket/i.test(bracketed[2]!) });
      }
      continue;
    }
    const m = ITEM_NUMBERED.exec(paragraphs[i]!);
    if (!m) continue;
    const title = m[2]!.trim();
    const prev = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    const headingNext = (next !== undefined && headingKind(next) !== null) ||
      (next !== undefined && next.replace(/\s+/g, ' ') === title && paragraphs[i + 2] !== undefined && headingKind(paragraphs[i + 2]!) !== null);
    const statusNext = next !== undefined && ITEM_STATUS.test(next);
    // "1. Title" / "Sagsnr.: 07/5773" / "Resumé": the case number under the title (Region Syddanmark, 2007).
    const caseNext = isCaseNumberLine(next) && paragraphs[i + 2] !== undefined && headingKind(paragraphs[i + 2]!) !== null;
    const caseBefore = isCaseNumberLine(prev);
    // The last entry of a numbered list ("4. Godkende en driftsbevilling …") is followed by a heading too.
    // …but a list's entries count up one by one; an item after the list of items does not.
    const prevNumber = prev !== undefined ? /^\(?(\d{1,4})[.)]\s/.exec(prev)?.[1] : undefined;
    const inList = prev !== undefined && ((prevNumber !== undefined && Number(prevNumber) + 1 === Number(m[1])) || (LIST_ENTRY.test(prev) && prevNumber === undefined) || /,?\s*at:?$/.test(prev));
    if (caseBefore || statusNext || ((headingNext || caseNext) && !inList)) {
      out.push({ index: i, number: m[1]!, title, caseNumberBefore: caseBefore ? CASE_NUMBER.exec(prev!)![1]! : null });
    }
  }
  return out;
}

export function parseMeetingText(raw: string): ParsedMeeting {
  if (!raw.trim()) throw new ParseError('import.empty');
  const paragraphs = joinCaseNumberLabels(toParagraphs(raw));
  // The minutes' own attendance block ("Fremmøde" after the last item) belongs to the meeting.
  let fremmoede = -1;
  paragraphs.forEach((p, i) => {
    if (/^Fremmøde:?$/.test(p)) fremmoede = i;
  });
  const meetingLevel: string[] = [];
  if (fremmoede !== -1 && findItemStarts(paragraphs).every((s) => s.index < fremmoede)) {
    meetingLevel.push(...paragraphs.splice(fremmoede).slice(1));
    // The closing line after it stays where the item parser looks for it.
    const closing = meetingLevel.findIndex((p) => ADJOURNED.test(p));
    if (closing !== -1) paragraphs.push(...meetingLevel.splice(closing));
  }
  const starts = findItemStarts(paragraphs);
  const itemStarts = starts.map((s) => s.index);
  const header = readHeader(paragraphs, itemStarts[0] ?? -1);
  const facts: MeetingFacts = { absent: null, closedAt: null };
  const firstBodyDecision = paragraphs.find((p) => headingKind(p) === 'decision' && BODY_DECISION.test(p));
  if (firstBodyDecision) {
    facts.decisionHeading = norm(firstBodyDecision);
    header.date ??= findDanishDate(BODY_DECISION.exec(firstBodyDecision)![2]!);
  }
  const warnings: string[] = [];
  const items: ParsedItem[] = [];

  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const next = starts[k + 1];
    // The next item's "Sagnr.:" line is not part of this item's text.
    const end = next ? next.index - (next.caseNumberBefore ? 1 : 0) : paragraphs.length;
    let body = paragraphs.slice(s.index + 1, end);
    // A title repeated right under the item header (Holbæk's layout) is not content.
    if (body[0] !== undefined && body[0] === s.title) body = body.slice(1);
    const status = body[0] !== undefined ? ITEM_STATUS.exec(body[0]) : null;
    if (status) body = body.slice(1);
    if (body[0] !== undefined && LETTER_ID.test(body[0])) body = body.slice(1);
    const item = buildItem(s.number, s.title, body, facts);
    if ((status && /^lukket/i.test(status[1]!)) || s.closed) item.public = false;
    if (s.caseNumberBefore) item.caseNumber = s.caseNumberBefore;
    items.push(item);
  }

  if (items.length === 0) {
    // Municipal case layout (seed 003): one case, its sections and the committee's decision.
    const firstHeading = paragraphs.findIndex((p) => headingKind(p) !== null);
    if (firstHeading === -1) throw new ParseError('import.no_items');
    const item = buildItem('1', '', paragraphs.slice(firstHeading), facts);
    if (!item.sections.some((s) => s.kind !== 'other')) throw new ParseError('import.no_items');
    const titled = titleBefore(paragraphs.slice(0, firstHeading));
    item.title = titled ?? titleFromRecommendation(item);
    if (!titled) warnings.push('import.warning.title_derived');
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

  for (const p of meetingLevel) {
    const absent = parseAbsent(p);
    if (absent) facts.absent = absent;
  }
  const head = paragraphs.slice(0, itemStarts[0] ?? 0);
  const afbud = absentFromList(head) ?? absentFromParticipants(head) ?? absentAfterLabel(head);
  if (afbud && facts.absent === null) facts.absent = afbud;
  for (const p of head) {
    const absent = parseAbsent(p);
    if (absent && facts.absent === null) facts.absent = absent;
    const adj = ADJOURNED.exec(p);
    if (adj) facts.closedAt = findTime(adj[1]!);
  }
  if (!header.date) warnings.push('import.warning.no_date');
  if (!header.organization) warnings.push('import.warning.no_organization');
  const hasDecisions = items.some((i) => i.decision !== null);
  // Region Nordjylland labels every page "Dagsorden"; an item's "Referat" section says these are minutes.
  const itemMinutes = items.some((i) => i.sections.some((s) => /^referat$/i.test(s.heading) && s.text));
  return {
    kind: itemMinutes ? 'minutes' : header.kind ?? (hasDecisions ? 'minutes' : 'agenda'),
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

