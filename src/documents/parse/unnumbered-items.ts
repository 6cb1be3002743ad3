// Items the document does not number, or does not title. Web minutes keep each item's number and title in the
// button that folds the item out; a copy of the page as text (a crawler's, a reader's "select all") may leave that
// button out and keep the rest: the case number and the sections (Hedensted), or the sections alone (Svendborg).
import { headingKind, type SectionKind } from './headings.ts';
import { caseNumberOf, isCaseNumberLine, type ItemStart } from './items.ts';
import type { ParsedItem } from './types.ts';

/** A heading as compared with another: "Beslutning:" and "beslutning" are one. */
const key = (p: string) => p.replace(/:$/, '').trim().toLowerCase();
type Heading = { index: number; kind: SectionKind; key: string };
/**
 * The headings items are read by: not the document's own "Referat" or "Dagsorden" over its header (on its first line
 * or after the site's name), which a heading of that word in every item (Region Nordjylland's "Referat") is not.
 */
function itemHeadings(paragraphs: string[]): Heading[] {
  const all = paragraphs.flatMap((p, index) => {
    const kind = index > 0 ? headingKind(p) : null;
    return kind ? [{ index, kind, key: key(p) }] : [];
  });
  const once = (k: string) => all.filter((h) => h.key === k).length === 1;
  return all.filter((h) => !(/^(?:referat|dagsorden)$/.test(h.key) && once(h.key)));
}
const titleLike = (p: string) => p.length <= 200 && !/[.:;,]$/.test(p) && headingKind(p) === null && !/^(?:•|\d{1,2}[.)]\s)/.test(p) && !/^https?:/.test(p);

/**
 * Items without numbers (Aarhus Kommune's web minutes): each is a title line followed by the heading
 * every item opens with — the document's first heading ("Beslutning" in minutes, "Resumé" in an
 * agenda). Numbered 1, 2, … in order. Without their titles (Hedensted's pages copied as text), the case
 * number line stands over that heading instead: "Sagsnr.: 00.32.10-S00-1-24" / "Beslutningstema". Only
 * when there are at least two: one case alone is the single-case layout (seed 003).
 */
export function unnumberedItemStarts(paragraphs: string[]): ItemStart[] {
  const first = itemHeadings(paragraphs)[0];
  if (!first) return [];
  const opening = first.key;
  const out: ItemStart[] = [];
  paragraphs.forEach((p, j) => {
    if (j === 0 || key(p) !== opening) return;
    const before = paragraphs[j - 1]!;
    const number = String(out.length + 1);
    if (isCaseNumberLine(before)) out.push({ index: j - 1, number, title: '', caseNumberBefore: null, untitled: true });
    // ("Sagsnr.: 27.00.00-A00-6-21" / "Temadrøftelse om bæredygtighed" / "Sagsresume": Herning's case number over the title.)
    else if (titleLike(before)) out.push({ index: j - 1, number, title: before.trim(), caseNumberBefore: j >= 2 ? caseNumberOf(paragraphs[j - 2]) : null });
  });
  return out.length >= 2 ? out : [];
}

/**
 * Items with neither number, title nor case number (Svendborg's web minutes copied as text): each case opens
 * with the heading every case opens with ("Beslutningstema"), and what stands before the first of them under a
 * decision heading is an item of its own (the approval of the agenda: "Beslutning i … den …" / "Godkendt.").
 * Only where that heading opens two cases at least and each holds a recommendation or a decision; what stands
 * before the first item is the document's header.
 */
export function headlessItemStarts(paragraphs: string[]): ItemStart[] {
  const headings = itemHeadings(paragraphs);
  // (The first heading that comes back: a page's own "Indhold" over its empty list of items comes once.)
  const count = new Map<string, number>();
  for (const h of headings) count.set(h.key, (count.get(h.key) ?? 0) + 1);
  const opening = headings.find((h) => h.kind !== 'decision' && count.get(h.key)! >= 2);
  if (!opening) return [];
  const openings = headings.filter((h) => h.key === opening.key).map((h) => h.index);
  const lead = headings.find((h) => h.kind === 'decision' && h.index < openings[0]!);
  const opened = lead ? [lead.index, ...openings] : openings;
  const stretches = opened.map((from, k) => headings.filter((h) => h.index >= from && h.index < (opened[k + 1] ?? paragraphs.length)));
  const openers = caseOpeners(stretches);
  const at = stretches.flatMap((stretch) => [stretch[0]!.index, ...casesWithout(stretch, openers)]);
  const isCase = (from: number, to: number) => headings.some((h) => h.index >= from && h.index < to && (h.kind === 'decision' || h.kind === 'recommendation'));
  if (!at.every((from, k) => isCase(from, at[k + 1] ?? paragraphs.length))) return [];
  return at.map((index, k) => ({ index, number: String(k + 1), title: '', caseNumberBefore: null, untitled: true, headless: true }));
}

/** Where a case can begin: at a heading other than a decision or its attachments that no case has after its decision. */
function caseOpeners(stretches: Heading[][]): Set<string> {
  const after = new Set<string>();
  for (const stretch of stretches) {
    const last = stretch.map((h) => h.kind).lastIndexOf('decision');
    if (last !== -1) for (const h of stretch.slice(last + 1)) after.add(h.key);
  }
  return new Set(stretches.flat().filter((h) => h.kind !== 'decision' && h.kind !== 'attachments' && !after.has(h.key)).map((h) => h.key));
}

/**
 * Cases that do not open with the usual heading (Ishøj: "Resume" in most, "Sagsfremstilling" where there is no
 * summary): one stretch holds this meeting's decision twice — "Beslutning" / "Tiltrådt." / "Bilag" / "Sagsfremstilling"
 * … "Beslutning". A case is decided once, so the next case begins at the first heading after a decision that can
 * open a case ("Beslutningskompetence", which other cases have after their decision, is still the case's). (Decisions of two bodies,
 * "Beslutning i Økonomiudvalget den …" and "Beslutning i Byrådet den …", are told apart by their headings: one case.)
 */
function casesWithout(stretch: Heading[], openers: Set<string>): number[] {
  const decisions = stretch.filter((h) => h.kind === 'decision');
  const twice = decisions.filter((h) => decisions.filter((d) => d.key === h.key).length >= 2);
  return twice.slice(0, -1).flatMap((d) => {
    const next = stretch.find((h) => h.index > d.index && h.kind !== 'decision' && openers.has(h.key));
    return next ? [next.index] : [];
  });
}

const MAX_TITLE = 120;
const firstSentence = (text: string) => text.split('\n\n')[0]!.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!.replace(/\.$/, '').trim();
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A title for an item the document gives none: what the case is about ("Beslutningstema", "Resumé") when it
 * says so in a short sentence, else what is recommended, else the opening words of its text. The import
 * warns that the titles were made, for the secretary to correct.
 */
export function derivedTitle(item: ParsedItem): string {
  const summary = item.sections.find((s) => s.kind === 'summary' && s.text);
  const about = summary ? firstSentence(summary.text) : '';
  if (about && about.length <= MAX_TITLE) return about;
  const clause = item.recommendation?.clauses[0]?.replace(/^at\s+/i, '').trim();
  if (clause && clause.length <= MAX_TITLE) return capitalised(clause);
  const text = item.sections.find((s) => s.kind !== 'decision' && s.kind !== 'attachments' && s.text)?.text;
  if (!text) return `Punkt ${item.number}`;
  const sentence = firstSentence(text);
  if (sentence.length <= MAX_TITLE) return sentence;
  return `${sentence.slice(0, MAX_TITLE).replace(/\s+\S*$/, '')} …`;
}
