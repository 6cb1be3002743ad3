// Where a document's items begin, in the forms the layouts use (the paragraph clean-ups before: tidy-paragraphs.ts),
// and what an item's header says: its number, title, case number and whether it is closed.
import { headingKind, INLINE_RECOMMENDATION, INLINE_SECTION, RECOMMENDATION_LEAD } from './headings.ts';

// "Punkt 3: …", and "SAG NR. 3 MØDEPLAN 2010 …" / "Sag nr. 3: …" (Region Hovedstaden until 2013, Sorø).
// ("Sag nr. 5 blev udsat." is a sentence: a title follows a separator or starts with a capital.)
// Supplementary items may carry a letter: "Punkt 10a: …", "10a. …".
// "Pkt. 16 Temadrøftelse om …" (Roskilde's web minutes; "Pkt. 16 flyttes …" is a sentence).
// "Punkt 3 - …", "Sag 3: …" and "Sag 3 Godkendelse …" too (a bare "Sag 306-2009-600" is a case number, "Sag 3 blev
// udsat" a sentence); "Punkt nr. 3: …", "Pkt. nr. 3 …", "Punkt 3 Ulighed i sundhed" (Silkeborg).
// "Punkt 2 (lukket): …": the item's status between its number and title. Numbers in groups 1, 3, 4, 5.
export const ITEM_PUNKT = new RegExp([
  '^(?:',
  '(?:[Pp]unkt|PUNKT)\\s+(?:nr\\.?\\s*)?(\\d{1,4}(?:\\.?[a-z](?![a-zæøå]))?)(?:\\s*\\(((?:[Ll]ukket|LUKKET|[Åå]ben|ÅBEN)[Tt]?)\\))?(?:\\s*[:.]\\s*|\\s+[-–]\\s+|\\s+(?=[A-ZÆØÅ]))',
  '|(?:Sag|SAG)\\s+(?:nr|NR)\\.?\\s*(\\d{1,4}[a-z]?)(?:\\s*[:.\\-–]\\s*|\\s+(?=[A-ZÆØÅ]))',
  '|(?:Sag|SAG)\\s+(\\d{1,4}[a-z]?)(?:\\s*:\\s+|\\s+[-–]\\s+|\\s+(?=[A-ZÆØÅ]))',
  '|Pkt\\.\\s*(?:nr\\.?\\s*)?(\\d{1,4}[a-z]?)(?:\\s*[:.\\-–]\\s*|\\s+(?=[A-ZÆØÅ]))',
  ')(.+)$',
].join(''));
/**
 * "Lukket: …", "LUKKET PUNKT - …", "Lukket sag: …", "Fortroligt: …", "Ikke offentligt punkt: …", "(Lukket) …"
 * (and "Closed: …", a case system's label left untranslated: Næstved) before an item's title: the item is closed. (Read generously: an open item taken for closed hides its
 * content from the public until corrected; the other way round would publish what must not be.)
 */
export const CLOSED_PREFIX = /^(?:(?:Lukket|Fortroligt?|Ikke\s+offentligt?)(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*[:\-–.]\s*|Closed:\s*|[([]\s*(?:Lukket|Fortroligt?)(?:\s+(?:punkt|sag))?\s*[)\]]\s*)/i;
/** "Salg af Kolding Teater - LUKKET SAG" (Kolding, 2010), "Personalesag (Lukket)": the same said after the title. */
export const CLOSED_SUFFIX = /\s+(?:[-–]\s+(?:LUKKET|FORTROLIGT?)(?:\s+(?:SAG|PUNKT))?|[([]\s*(?:LUKKET|FORTROLIGT?)(?:\s+(?:SAG|PUNKT))?\s*[)\]])$/i;
/**
 * "Personalesag Lukket", "Godkendelse af dagsorden Åben": a web page's status badge run on after the title, with
 * nothing between. (Capitalised only: "… holdes åben" is words of the title.)
 */
const STATUS_BADGE = /\s+(Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$/;
/** "Velkomst (Åbent)", "Budget 2027 - Åbent punkt": an open item says so after its title too. */
const OPEN_SUFFIX = /\s+(?:[-–]\s+ÅBEN[T]?(?:\s+(?:SAG|PUNKT))?|[([]\s*ÅBEN[T]?(?:\s+(?:SAG|PUNKT))?\s*[)\]])$/i;
/** Splits off a "Lukket:"/"LUKKET PUNKT -" prefix: closed items are not public. */
export function splitClosed(title: string): { title: string; public: boolean } {
  // "Godkendelse af dagsorden ( )": the brackets a web page leaves for the item's kind ("(B)", "(O)") when it has none.
  title = title.replace(/\s*\(\s*\)$/, '');
  // A public version that withholds the title prints only "Lukket punkt".
  if (/^lukket punkt\.?$/i.test(title.trim())) return { title: 'Lukket punkt', public: false };
  if (CLOSED_PREFIX.test(title)) return { title: title.replace(CLOSED_PREFIX, '').trim(), public: false };
  if (CLOSED_SUFFIX.test(title)) return { title: title.replace(CLOSED_SUFFIX, '').trim(), public: false };
  const badge = STATUS_BADGE.exec(title);
  if (badge) return { title: title.slice(0, badge.index).trim(), public: !/^Lukket/.test(badge[1]!) };
  return { title: title.replace(OPEN_SUFFIX, '').trim(), public: true };
}

// "24. Revisionsberetning …", "38Godkendelse af dagsorden" (number glued to the title in some exports), "2) Værested …",
// "2 Værested for hjemløse" (a space only; not a year: "2026 Budget"), "45 : Godkendelse af dagsorden" (Ringkøbing-Skjern's
// web pages: the number, then the title in an element of its own that opens with a colon).
// (FirstAgenda's lettered numbers: "1.a Ekstra punkt", "1.a. …".)
const ITEM_NUMBERED = /^(?:Indholdsfortegnelse\s*)?(\d{1,4}(?:[a-z](?=\.)|\.[a-z](?=\.?[ \t]))?)(?:[.)]\s+(?=[A-ZÆØÅ0-9"«„])|(?=[A-ZÆØÅ])|(?<=^\d{1,3})[ \t]+(?=[A-ZÆØÅ][a-zæøå])|(?<=\.[a-z])[ \t]+(?=[A-ZÆØÅ])|(?<=^\d{1,3})[ \t]*:[ \t]+(?=[A-ZÆØÅ]))(\S.{0,250})$/;
// "Ad 3. …", "Ad pkt. 3 …" (minutes that answer the agenda point by point). Only where nothing else heads the
// items: a decision answering its recommendation's points ("Ad 1: Godkendt.") says it the same way.
const ITEM_AD = /^Ad\s+(?:pkt\.\s*|punkt\s+)?(\d{1,4}[a-z]?)(?:\s*[:.]\s*|\s+[-–]\s+|\s+)(?=[A-ZÆØÅ"«„])(.+)$/;
/** "01" is item 1. */
export const itemNumber = (n: string) => n.replace(/^0+(?=\d)/, '');
// "2 (Åben) Plan for dialyseområdet" (Region Sjælland, 2021): the item's status in brackets.
const ITEM_BRACKETED = /^(\d{1,4})\.?\s+\((Åben|Åbent|Lukket)\)\s+(\S.{0,250})$/i;
// "Sagsnr.: 22/1234", "22/1234", "Sag 306-2009-600", "Sags nr. …", "Sagsnummer: …"; with the label the number may be
// digits alone ("Sagsnr. 249050", Acadre). ("Sag nr. 42" is Rødovre's item number.)
const CASE_NUMBER_RE = /^(?:(?:Sag(?:s)?nr\.?:?\s*|Sags\s+nr\.?:?\s*|Sagsnummer:?\s*|Sag\s+(?=\d))((?:[A-ZÆØÅ]{1,6}-)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*)|((?:[A-ZÆØÅ]{1,6}-)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)+))$/;
/** The case number a line consists of, or null. */
export function caseNumberOf(line: string | undefined): string | null {
  const m = line === undefined ? null : CASE_NUMBER_RE.exec(line);
  return m ? (m[1] ?? m[2])! : null;
}
// "Åbent" / "Lukket" on the line after an item's title (Region Sjælland's minutes); "Fortroligt", "Ikke offentligt",
// "Status: Lukket" (a web page's list of the item's facts) the same.
export const STATUS_WORD = '(?:Status:?\\s*)?(Åben|Åbent|Lukket|Fortrolig|Fortroligt|Ikke offentlig|Ikke offentligt)(?:\\s+(?:punkt|sag))?';
export const ITEM_STATUS = new RegExp(`^${STATUS_WORD}$`, 'i');
// "Udvalget for det nære sundhedsvæsen Brevid: 4225075": the case system's letter id, not content.
export const LETTER_ID = /^.{0,160}\bBrevid:\s*\d+$/;
// "Dok. 306-2019-263412", "Initialer: PIM" under an item's title (Odsherred): the case system's, not content.
export const CASE_META = /^(?:Dok(?:\.|ument)?(?:\s*nr)?\.?:?\s*[\dA-Z][\dA-Z\-/.]{2,30}|(?:Sags)?[Ii]nitialer:\s*\S{1,12})$/;


/** Where in `p` an item's header "N. <title>" begins (at its start, or after other text run into it), or -1. */
export function headerOf(p: string, title: string): number {
  if (!p.endsWith(title)) return -1;
  const m = /(?:^|(?<=[^\d\s]))\d{1,3}\.\s+$/.exec(p.slice(0, p.length - title.length));
  return m ? m.index : -1;
}

export interface ItemStart {
  index: number;
  number: string;
  title: string;
  /** A "Sagnr.:" line just before the item header belongs to the item. */
  caseNumberBefore: string | null;
  /** "(Lukket)" in the item's header. */
  closed?: boolean;
  /** An entry of an agenda that is only a list: nothing under it is the item's (a greeting may follow the list). */
  bodyless?: boolean;
  /** The document gives no title (unnumbered-items.ts): the item opens at `index` with its case number line, or its first heading (headless). */
  untitled?: boolean;
  headless?: boolean;
}

export const isCaseNumberLine = (p: string | undefined) => caseNumberOf(p) !== null;
/** "ÅRSREGNSKAB 2023": a title written in capitals. */
export const inCapitals = (title: string) => !/\p{Ll}/u.test(title) && /\p{Lu}{3}/u.test(title);

/**
 * "Punkt 1. Godkendelse af dagsorden 3" / "Punkt 2. …" (Aalborg's contents list): entries of the contents
 * are headers too. An entry is one when the same number heads an item again further on and the entry
 * ends in its page number or is followed straight away by the next.
 */
function withoutContents(starts: ItemStart[]): ItemStart[] {
  const lastAt = new Map(starts.map((s, k) => [s.number, k]));
  return starts.filter((s, k) => {
    const again = lastAt.get(s.number)! > k;
    return !(again && (/(?:\s|\.{2,})\d{1,4}$/.test(s.title) || starts[k + 1]?.index === s.index + 1));
  });
}

/**
 * Where items begin. "Punkt N: …" always starts an item. A bare "N. Title" starts one only
 * when the layout shows it is a heading and not a list entry: a case number just before it,
 * or a section heading right after it (after a repeated title at most).
 */
export function findItemStarts(paragraphs: string[]): ItemStart[] {
  return withUnnumberedClosed(paragraphs, withEmptyBefore(paragraphs, withPlainBetween(paragraphs, numberedItemStarts(paragraphs))));
}

/**
 * Minutes where only some items have headings ("2. Referater …" / "Indstilling:", but "1. Godkendelse af
 * dagsorden" / "Dagsordenen blev godkendt."): the items found by their headings and the plain numbered lines
 * around them counting up one by one, text between each two. Only where that run holds every item found.
 */
function withPlainBetween(paragraphs: string[], starts: ItemStart[]): ItemStart[] {
  if (starts.length === 0) return starts;
  const run = countingRun(paragraphs, true);
  const inRun = new Set(run.map((s) => s.index));
  if (run.length <= starts.length || !starts.every((s) => inRun.has(s.index))) return starts;
  const found = new Map(starts.map((s) => [s.index, s]));
  return run.map((s) => found.get(s.index) ?? s);
}

/**
 * "Lukket: Personsag" with no number among numbered items, its case number or a section heading under it: a
 * closed item printed without its number. It is an item of its own: read as the end of the item before, its
 * content would be published with that item. Numbered as the next number when that is free ("1", [closed],
 * "3"), else after the item before ("1a").
 */
function withUnnumberedClosed(paragraphs: string[], starts: ItemStart[]): ItemStart[] {
  if (starts.length === 0) return starts;
  const taken = new Set(starts.map((s) => s.number));
  const at = new Set(starts.map((s) => s.index));
  const out = [...starts];
  for (let i = starts[0]!.index + 1; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    const closed = p.length <= 250 && (/^lukket punkt\.?$/i.test(p) || (CLOSED_PREFIX.test(p) && p.replace(CLOSED_PREFIX, '').trim() !== ''));
    if (!closed || at.has(i) || at.has(i - 1)) continue;
    const next = paragraphs[i + 1]!;
    if (!isCaseNumberLine(next) && headingKind(next) === null) continue;
    const before = out.filter((s) => s.index < i).at(-1)!;
    const following = String(Number(before.number.replace(/\D/g, '')) + 1);
    let number = following;
    for (let letter = 97; taken.has(number); letter++) number = `${before.number.replace(/[a-z]$/, '')}${String.fromCharCode(letter)}`;
    taken.add(number);
    out.push({ index: i, number, title: p, caseNumberBefore: null, closed: true });
  }
  return out.sort((a, b) => a.index - b.index);
}

function numberedItemStarts(paragraphs: string[]): ItemStart[] {
  const punkt = paragraphs.flatMap((p, index) => {
    const m = ITEM_PUNKT.exec(p);
    return m ? [{ index, number: itemNumber((m[1] ?? m[3] ?? m[4] ?? m[5])!), title: m[6]!, caseNumberBefore: null, ...(m[2] ? { closed: /^l/i.test(m[2]) } : {}) }] : [];
  });
  if (punkt.length > 0) return withoutContents(punkt);
  const out: ItemStart[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const bracketed = ITEM_BRACKETED.exec(paragraphs[i]!);
    if (bracketed) {
      // Entries of the contents list end in a page number and are followed by the next entry.
      const next = paragraphs[i + 1];
      if (next !== undefined && (isCaseNumberLine(next) || headingKind(next) !== null)) {
        out.push({ index: i, number: itemNumber(bracketed[1]!), title: bracketed[3]!.trim(), caseNumberBefore: null, closed: /^lukket/i.test(bracketed[2]!) });
      }
      continue;
    }
    const m = ITEM_NUMBERED.exec(paragraphs[i]!);
    if (!m) continue;
    // "1. Godkendelse af dagsorden (B)" twice (a link to the item above its heading): one header,
    // told by what follows the second.
    const last = paragraphs[i + 1] === paragraphs[i] ? i + 1 : i;
    const title = m[2]!.trim();
    const prev = paragraphs[i - 1];
    const next = paragraphs[last + 1];
    // ("1. Godkendelse af dagsorden" / "Det indstilles,": the recommendation without a heading opens the item, Region Midtjylland's web pages.)
    // (Or a heading with its text on its line, "Beslutning: Intet.": a web page's table of label and value.)
    // (Or the title repeated under it and then the text with no heading: FirstAgenda's edagsorden pages, "Meddelelse - …".)
    // (Not "Referat" once in the document after a list of the items: the minutes begin there — "Dagsordenspunkter til
    // mødet" / "1. …" / "5. Evt." / "Referat" / "1. …", Køge.)
    const minutesBegin = next !== undefined && /^(?:referat|dagsorden)$/i.test(next.trim()) && /^\d{1,3}[.)]\s/.test(prev ?? '') &&
      paragraphs.filter((p) => p.trim().toLowerCase() === next.trim().toLowerCase()).length === 1;
    const headingNext = (next !== undefined && !minutesBegin && (headingKind(next) !== null || RECOMMENDATION_LEAD.test(next) || INLINE_SECTION.test(next))) ||
      (next !== undefined && next.replace(/\s+/g, ' ') === title && paragraphs[last + 2] !== undefined);
    const statusNext = next !== undefined && ITEM_STATUS.test(next);
    // "1. Title" / "Sagsnr.: 07/5773" / "Resumé": the case number under the title (Region Syddanmark, 2007).
    // (Or the item's status after it: "Sagsnr.: 330-2023-1102 … Åbent"; "Dok. …" and "Initialer: …" between.)
    let a = last + 2;
    while (paragraphs[a] !== undefined && CASE_META.test(paragraphs[a]!)) a++;
    const afterCase = paragraphs[a];
    // ("2. Title" / "Sagsnr.: 2023-015432" / "Forvaltningen indstiller, at …": Aalborg's recommendation has no heading.)
    // ("39. Title" / "Sagsnr.: …" / "Title": the title repeated under the case number, Herning's printed pages.)
    const caseNext = isCaseNumberLine(next) && afterCase !== undefined &&
      (headingKind(afterCase) !== null || INLINE_SECTION.test(afterCase) || ITEM_STATUS.test(afterCase) || RECOMMENDATION_LEAD.test(afterCase) ||
        (afterCase.length <= 400 && INLINE_RECOMMENDATION.test(afterCase)) || afterCase.replace(/\s+/g, ' ') === title);
    const caseBefore = isCaseNumberLine(prev);
    // The last entry of a numbered list ("4. Godkende en driftsbevilling …") is followed by a heading too.
    // …but a list's entries count up one by one; an item after the list of items does not. (A bulleted
    // list before an item — the members, the previous item's attachments in HTML — says nothing.)
    const prevNumber = prev !== undefined ? /^\(?(\d{1,4})[.)]\s/.exec(prev)?.[1] : undefined;
    // (Unless the line before is itself an item's header: a closed item with no text, then the next item.)
    const prevIsItem = out.at(-1)?.index === i - 1;
    // (A header in capitals, as the items before it, after a list entry in ordinary case — "1. Årsregnskab 2023", the
    // last item's attachment, then "2. SUNDHEDSAFTALEN …", Region Hovedstaden's PDFs — is the next header, not an entry.)
    const asHeadersAre = inCapitals(title) && prev !== undefined && /\p{Ll}/u.test(prev) && out.some((s) => inCapitals(s.title));
    const inList = prev !== undefined && !prevIsItem && !asHeadersAre && ((prevNumber !== undefined && Number(prevNumber) + 1 === Number(m[1])) || /(?:^|[\s,])at:?$/.test(prev));
    // "4.   Lukket punkt: Køb af ejendom" with nothing under it (a public web page): the next item after the last.
    const followsLast = out.length > 0 && Number(out.at(-1)!.number.replace(/\D/g, '')) + 1 === Number(m[1]);
    const closedNext = (CLOSED_PREFIX.test(title) || CLOSED_SUFFIX.test(title)) && followsLast;
    // "3. Eventuelt" with no text, the agenda's last item: nothing follows but the closing of the meeting.
    const lastEmpty = followsLast && paragraphs.slice(last + 1).every((p) => /^Mødet\b/.test(p));
    if (caseBefore || statusNext || closedNext || lastEmpty || ((headingNext || caseNext) && !inList)) {
      out.push({ index: i, number: itemNumber(m[1]!), title, caseNumberBefore: caseBefore ? caseNumberOf(prev) : null });
    }
    i = last;
  }
  if (out.length > 0) return out;
  return paragraphs.flatMap((p, index) => {
    const m = ITEM_AD.exec(p);
    return m ? [{ index, number: itemNumber(m[1]!), title: m[2]!, caseNumberBefore: null }] : [];
  });
}

/**
 * "1. Godkendelse af referat og dagsorden" / "2. Valg af formand …" / its text (a council's agenda): an item with no text
 * of its own, right above the next item and numbered one before it, is an item too (unless that number is taken).
 */
function withEmptyBefore(paragraphs: string[], starts: ItemStart[]): ItemStart[] {
  const out = [...starts];
  for (let k = 0; k < out.length; k++) {
    const m = ITEM_NUMBERED.exec(paragraphs[out[k]!.index - 1] ?? '');
    const before = Number(out[k]!.number) - 1;
    if (!m || itemNumber(m[1]!) !== String(before) || out.some((s) => s.number === String(before))) continue;
    out.splice(k, 0, { index: out[k]!.index - 1, number: String(before), title: m[2]!.trim(), caseNumberBefore: null });
    k--;
  }
  return out;
}

/**
 * Plain minutes (a council's or an association's, written in a word processor: "1. Temaoplæg: Ensomhed",
 * the text, "2. Godkendelse af dagsorden", …) have no section headings to tell items from list entries:
 * items are the longest run of numbered lines counting up one by one with text between each two — a
 * contents list counts up too, but line after line. Failing that, an agenda that is only a list
 * ("1. Velkomst" / "2. Godkendelse af referat" / …, from 1): its entries. Only when nothing else finds
 * items, and two at least.
 */
export function plainNumberedItemStarts(paragraphs: string[]): ItemStart[] {
  const withText = countingRun(paragraphs, true);
  return withText.length ? withText : countingRun(paragraphs, false);
}

/** The longest run of numbered lines counting up one by one: with text between each two (apart), or line after line from 1. */
function countingRun(paragraphs: string[], apart: boolean): ItemStart[] {
  let best: ItemStart[] = [];
  let run: ItemStart[] = [];
  paragraphs.forEach((p, index) => {
    // ("1: Godkendelse af dagsordenen": a colon after the number, as some word-processed minutes write it.)
    const m = /^(\d{1,3})[.):]\s+([A-ZÆØÅ"«„].{0,200})$/.exec(p);
    // A sentence ("1. Udsatterådet mødes kl. 16.") or a contents entry with its page ("… 3") is no item's title.
    // ("1. Godkendelse af dagsorden." ends in a full stop but has no other: a title — without it, unless it ends an
    // abbreviation: "4. Evt.")
    if (!m || /[;,]$/.test(m[2]!) || (/\.$/.test(m[2]!) && /[.:;!?]/.test(m[2]!.slice(0, -1))) || /\s\d{1,3}$/.test(m[2]!)) return;
    const last = run.at(-1);
    const start: ItemStart = { index, number: m[1]!, title: m[2]!.trim().replace(/(?<=\p{L})(?<!\b(?:[Ee]vt|mv|etc|inkl|vedr|jf|ca|m\.m))\.$/u, ''), caseNumberBefore: null, ...(apart ? {} : { bodyless: true }) };
    if (last && Number(last.number) + 1 === Number(m[1]) && (apart ? index > last.index + 1 : index === last.index + 1)) run.push(start);
    else run = [start];
    if (run.length > best.length && (apart || run[0]!.number === '1')) best = run;
  });
  return best.length >= 2 ? best : [];
}
