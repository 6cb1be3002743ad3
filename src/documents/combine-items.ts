// A document imported over a meeting that already holds another: minutes over the agenda, a
// decision record (beslutningsprotokol: the decisions, not the cases' text) over the agenda, or an
// agenda imported after the minutes. Whatever the order, neither document erases what only the
// other says: the decisions stay when the agenda comes last, the case's text stays when the
// minutes leave it out. Plain rules, no database: import-meeting applies them item by item.
import type { ItemContent, SectionInput } from '../agenda/content.ts';
import { looseKey } from '../shared/schemas.ts';

/**
 * - `replace`: the document says all there is (an agenda over an agenda, or a new meeting).
 * - `newer`: minutes, over the agenda or earlier minutes. Where both have something, the minutes' version wins;
 *   what only the meeting has stays.
 * - `older`: an agenda over a meeting whose minutes are there (imported, or decisions recorded in Lighed). What
 *   the meeting has wins; the agenda only fills in what it lacks, and adds or removes no items.
 */
export type Precedence = 'replace' | 'newer' | 'older';

export function precedenceOf(kind: 'agenda' | 'minutes', meetingHasMinutes: boolean): Precedence {
  return kind === 'minutes' ? 'newer' : meetingHasMinutes ? 'older' : 'replace';
}

/** Whether content holds a decision: then the meeting's minutes are (being) written. */
export const hasDecision = (content: ItemContent) =>
  content.sections.some((s) => s.kind === 'decision' && (s.text.trim() !== '' || s.clauses.length > 0));

export interface ItemFacts {
  title: string;
  public: boolean;
  caseNumber: string | null;
  content: ItemContent;
}

/** What an item holds after a document (`doc`) is imported over what the meeting holds (`held`). */
export function combineItem(precedence: Precedence, held: ItemFacts, doc: ItemFacts): ItemFacts {
  if (precedence === 'replace') return doc;
  const [win, lose] = precedence === 'newer' ? [doc, held] : [held, doc];
  return {
    title: win.title,
    // Closed where either document closes it: an open item taken for closed only hides its content
    // until the secretary opens it, the other way round would publish it.
    public: held.public && doc.public,
    caseNumber: win.caseNumber ?? lose.caseNumber,
    content: {
      sections: combineSections(win.content.sections, lose.content.sections),
      attachments: win.content.attachments.length ? win.content.attachments : lose.content.attachments,
    },
  };
}

const headingKey = (s: SectionInput) => looseKey(s.heading);

/** Each section's key: its heading, and which time that heading occurs. */
function keys(sections: SectionInput[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const k = headingKey(s);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `${k}#${n}`;
  });
}

/**
 * The winner's sections in its order, and the loser's sections under headings the winner lacks, each
 * placed after the section it followed in the loser's document (a case's text before any decision).
 * Decisions come from one document: the loser's only when the winner has none. Combining the result
 * with the same winner again gives the result: a re-import changes nothing.
 */
export function combineSections(win: SectionInput[], lose: SectionInput[]): SectionInput[] {
  const winDecides = win.some((s) => s.kind === 'decision');
  const winKeys = keys(win);
  const loseKeys = keys(lose);
  const out = win.map((section, i) => ({ section, key: winKeys[i]! }));
  const taken = new Set(winKeys);
  lose.forEach((section, i) => {
    const key = loseKeys[i]!;
    if (taken.has(key) || (winDecides && section.kind === 'decision')) return;
    // After the nearest section before it (in the loser's document) that the result holds.
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const found = out.findIndex((o) => o.key === loseKeys[j]);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    if (section.kind !== 'decision') {
      const firstDecision = out.findIndex((o) => o.section.kind === 'decision');
      if (firstDecision >= 0 && at > firstDecision) at = firstDecision;
    }
    out.splice(at, 0, { section, key });
    taken.add(key);
  });
  return out.map((o) => o.section);
}

/**
 * Which item the meeting holds each of the document's items is: the one with its number and title; else the
 * only one with its case number, where the document has that case once; else the only one with its title (items
 * renumbered, one withdrawn before them); else — for a document that gives no numbers or titles (a web page copied
 * without them) and has as many items as the meeting — the one in its place; else the one with its number, marked
 * `sameItem: false` — it may be another item under that number, so nothing of the two is combined.
 */
export function matchItems<H extends { id: string; number: string; title: string; caseNumber?: string | null }>(
  held: H[],
  doc: { number: string; title: string; caseNumber?: string | null; untitled?: true }[],
): ({ held: H; sameItem: boolean } | null)[] {
  const out: ({ held: H; sameItem: boolean } | null)[] = doc.map(() => null);
  const taken = new Set<string>();
  const claim = (i: number, h: H | undefined, sameItem: boolean) => {
    if (!h || taken.has(h.id) || out[i]) return;
    out[i] = { held: h, sameItem };
    taken.add(h.id);
  };
  const byNumber = new Map<string, H>();
  for (const h of held) if (!byNumber.has(h.number)) byNumber.set(h.number, h);
  const titleCount = new Map<string, number>();
  for (const h of held) titleCount.set(looseKey(h.title), (titleCount.get(looseKey(h.title)) ?? 0) + 1);
  const byTitle = new Map(held.filter((h) => titleCount.get(looseKey(h.title)) === 1).map((h) => [looseKey(h.title), h]));
  doc.forEach((d, i) => {
    const h = byNumber.get(d.number);
    if (h && !d.untitled && looseKey(h.title) === looseKey(d.title)) claim(i, h, true);
  });
  const once = <T>(list: T[], key: (t: T) => string | null | undefined) => {
    const count = new Map<string, number>();
    for (const t of list) if (key(t)) count.set(key(t)!, (count.get(key(t)!) ?? 0) + 1);
    return (k: string | null | undefined) => !!k && count.get(k) === 1;
  };
  const heldOnce = once(held, (h) => h.caseNumber);
  const docOnce = once(doc, (d) => d.caseNumber);
  doc.forEach((d, i) => {
    if (docOnce(d.caseNumber) && heldOnce(d.caseNumber)) claim(i, held.find((h) => h.caseNumber === d.caseNumber), true);
  });
  doc.forEach((d, i) => !d.untitled && claim(i, byTitle.get(looseKey(d.title)), true));
  if (doc.length === held.length && doc.every((d) => d.untitled)) doc.forEach((_, i) => claim(i, held[i], true));
  doc.forEach((d, i) => claim(i, byNumber.get(d.number), false));
  return out;
}
