// An item's status where the document says it apart from the item's own header: groups of items ("Åbne punkter" /
// "Lukkede punkter"), a mark after every title ("(Å)"/"(L)"), the contents list, a case box beside the text.
import { caseNumberOf, CLOSED_PREFIX, CLOSED_SUFFIX, inCapitals, ITEM_STATUS, itemNumber, splitClosed } from './items.ts';
import type { ParsedItem } from './types.ts';

// "Åbne punkter" / … / "Lukkede punkter" / … (and "Lukket dagsorden", "Punkter for lukkede døre"): the agenda in two
// parts, the items of the second closed though none says so itself.
const ITEM_GROUP = /^(?:(Åbne|Åben|Åbent|Lukkede|Lukket|Fortrolige|Ikke[- ]offentlige?)\s+(?:punkter|sager|dagsordenspunkter|dagsorden|del|møde)|(Punkter|Sager) (?:for|bag) lukkede? døre?)\s*:?$/i;
// "TEMA: SOCIAL- OG SUNDHEDSOMRÅDET": a council's items grouped by theme, the group's name in capitals. No item's text.
const THEME_GROUP = /^TEMA:\s*[A-ZÆØÅ][A-ZÆØÅ\-, ]{2,60}$/;

/** The paragraphs without the group headings, and where each group starts (the index of its first paragraph after). */
export function withoutItemGroups(paragraphs: string[]): { paragraphs: string[]; groups: { at: number; closed: boolean }[] } {
  const out: string[] = [];
  const groups: { at: number; closed: boolean }[] = [];
  for (const p of paragraphs) {
    // ("Åben dagsorden" as the document's first line is its title: Frederiksberg.)
    const m = out.length > 0 ? ITEM_GROUP.exec(p) : null;
    if (m) groups.push({ at: out.length, closed: !!m[2] || !/^Åb/i.test(m[1]!) });
    else if (!THEME_GROUP.test(p)) out.push(p);
  }
  return { paragraphs: out, groups };
}

/**
 * Whether the item starting at `index` stands in a closed group. Only groups from the first item on count: the
 * contents list before it may name both parts.
 */
export function inClosedGroup(groups: { at: number; closed: boolean }[], firstItem: number, index: number): boolean {
  return groups.filter((g) => g.at >= firstItem && g.at <= index).at(-1)?.closed ?? false;
}

// "Godkendelse af dagsorden (Å)", "Personsag (L)" (Vejle and other case systems): open or closed after every title.
const STATUS_MARK = /\s+\((Å|L)\)$/;

/** Where every item's title ends in "(Å)" or "(L)", the mark is the item's status, not part of its title. */
export function markedStatus(items: ParsedItem[]): void {
  // (One title alone could be a party's letter: "Forslag fra Alternativet (Å)".)
  if (items.length < 2 || !items.every((i) => STATUS_MARK.test(i.title))) return;
  for (const item of items) {
    if (STATUS_MARK.exec(item.title)![1] === 'L') item.public = false;
    item.title = item.title.replace(STATUS_MARK, '');
  }
}

/**
 * Items the contents list before the first item marks closed ("3. Lukket punkt: Køb af ejendom 4", "Lukket:
 * Klagesag.....5"), by number and by title: where the item's own header forgets to say so, the contents still
 * close it. (Read generously, as the other status forms: closing an open item only hides it until corrected.)
 */
export function closedInContents(head: string[]): { numbers: Set<string>; titles: Set<string> } {
  const out = { numbers: new Set<string>(), titles: new Set<string>() };
  for (const p of head) {
    if (p.length > 300 || !/lukket|fortrolig|ikke offentlig/i.test(p)) continue;
    const entry = p.replace(/(?:\s*\.{2,}\s*|\s+)\d{1,4}$/, '');
    const numbered = /^(?:Punkt\s+)?(\d{1,4}(?:\.?[a-z](?![a-zæøå]))?)(?:[.:)]\s*|\s+)(\S.*)$/.exec(entry);
    const title = numbered ? numbered[2]! : entry;
    if (splitClosed(title).public) continue;
    // (By title only where the entry has no number: an open "2. Orientering" is not the closed "5. Orientering".)
    if (numbered) out.numbers.add(itemNumber(numbered[1]!));
    else out.titles.add(title.replace(CLOSED_PREFIX, '').replace(CLOSED_SUFFIX, '').trim().toLowerCase());
  }
  return out;
}

/**
 * "1. ÅRSREGNSKAB 2023" over the item, "1. Årsregnskab 2023" in the contents (Region Hovedstaden's PDFs): a title
 * written in capitals takes the contents' own case, where the contents give the same words for its number.
 */
export function titlesAsInContents(items: ParsedItem[], head: string[]): void {
  const entries = new Map<string, string>();
  for (const p of head) {
    const m = p.length <= 300 ? /^(?:Punkt\s+)?(\d{1,4}(?:\.?[a-z](?![a-zæøå]))?)[.:)]?\s+(\S.*)$/.exec(p) : null;
    if (m) entries.set(itemNumber(m[1]!), splitClosed(m[2]!).title);
  }
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
  for (const item of items) {
    const entry = entries.get(item.number);
    if (!entry || !inCapitals(item.title)) continue;
    // (The entry may end in its page number: "1. Årsregnskab 2023 …… 4".)
    const found = [entry, entry.replace(/(?:\s*\.{2,}\s*|\s+)\d{1,4}$/, '')].find((e) => same(e, item.title));
    if (found) item.title = found.trim();
  }
}

const BOX_LINE = /^(?:Sags?nr|Forvaltning|Sbh|Sagsbehandler|Besl\.?\s*komp|Beslutningskompetence|Dok\.?\s*nr)\.?:\s*\S/i;

/** A case box in an item's text: "Åben sag" or "Lukket sag", then its "Label: value" lines, a "Sagsnr:" among them. */
export function caseBox(body: string[]): { at: number; length: number; status: RegExpExecArray; caseNumber: string | null } | null {
  for (let at = 0; at < body.length; at++) {
    if (!/^(?:Åben|Lukket) sag$/i.test(body[at]!)) continue;
    let end = at + 1;
    while (end < body.length && BOX_LINE.test(body[end]!)) end++;
    const lines = body.slice(at + 1, end);
    const number = lines.map((l) => /^Sags?nr\.?:\s*(\S+)$/i.exec(l)?.[1]).find(Boolean);
    if (!number || lines.length < 2) continue;
    return { at, length: end - at, status: ITEM_STATUS.exec(body[at]!)!, caseNumber: caseNumberOf(number) ?? number };
  }
  return null;
}
