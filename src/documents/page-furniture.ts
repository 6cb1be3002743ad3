// What a page carries besides the document: running headers and footers, "Side X af Y" and bare
// page numbers. The same rules for PDFs (pdf-text.ts) and for text exported from them page by
// page (pdftotext's form feeds).
import { isHeading } from './parse/headings.ts';

/** "3", "Side 3", "Side 3 af 12", "3/12". */
const PAGE_NUMBER = /^(side\s+)?(\d{1,4})(\s*(af|\/)\s*(\d{1,4}))?$/i;

/**
 * Whether a line is a page's number. (Not a case number at the foot of a page: "2012/061234" is no "page 2012
 * of 61234", nor "249050" a page — a page is at most the last of a few hundred.)
 */
export function isPageNumber(text: string): boolean {
  const m = PAGE_NUMBER.exec(text);
  if (!m) return false;
  const page = Number(m[2]);
  if (m[5] === undefined) return page <= 999 || m[1] !== undefined;
  return page >= 1 && page <= Number(m[5]) && Number(m[5]) <= 999 && !/^0/.test(m[5]);
}
/** A footer that numbers its page after other text, or before it: "Økonomiudvalget | 31-03-2020 | Side 1 af 2". */
const NUMBERED_FOOTER = /(?:^|[\s|·–-])side\s+\d+\s*(?:af|\/)\s*\d+$|^side\s+\d+\s*(?:af|\/)\s*\d+(?:$|\s*[|·–-])/i;

// A web page printed from a browser carries the print's own lines: at the foot the page's address and
// "2/5" (Chrome) or "Side 2 af 5" and the time of printing (Firefox); at the head that time and the
// page's title (Chrome) or the title and the address (Firefox). The time is never the meeting's date.
const ADDRESS = /(?:^|\s)(?:https?:\/\/|www\.)\S+/i;
/** A page's count: "2/5", "Side 2 af 5" (the page and of how many). */
const COUNTER = /(?:^|\s)(?:side\s+)?(\d{1,3})\s*(?:\/|af)\s*(\d{1,3})(?=\s|$)/i;
// "24.11.2026 10.41" (Danish), "11/24/26, 10:41 AM" (English).
const STAMP = String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}),?\s+\d{1,2}[.:]\d{2}(?:\s*[AP]M)?(?=\s|$)`;
const PRINTED_AT = new RegExp(String.raw`(?:^|\s)${STAMP}`, 'i');
const OPENS_WITH_PRINTED_AT = new RegExp(`^${STAMP}`, 'i');
/** A line only a browser's print makes: an address or the time of printing, with the page's count. */
const printLine = (text: string) => (ADDRESS.test(text) || PRINTED_AT.test(text)) && COUNTER.test(text);

// (Numbers aside, and the spaces between a header's parts, which text laid out page by page varies.)
const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ');
/** The part before " – ", " - " or " | " that a running header keeps while the rest changes (null: none). */
function leadOf(text: string): string | null {
  return /^(\S.{6,78}?)\s+[–|-]\s+\S/.exec(text)?.[1] ?? null;
}

/** How many lines from the top and from the bottom of a page can be furniture. */
const EDGE = 2;

/**
 * A page's own count at its head or foot ("Side 3 af 8" alone, or after or before a footer's other parts:
 * "Sundhedsudvalget | 12-03-2024 | Side 3 af 8"): its number, of how many, and the line with its numbers masked.
 */
function pageCount(lines: readonly string[]): { n: number; of: number; key: string } | null {
  for (const l of [...lines.slice(0, EDGE + 1), ...lines.slice(-(EDGE + 1))]) {
    const m = COUNTER.exec(l);
    if (m) return { n: Number(m[1]), of: Number(m[2]), key: key(l) };
  }
  return null;
}

/**
 * Which of the pages (non-empty lines, trimmed; their indexes) are the meeting's document. Where its pages count
 * themselves ("Side 3 af 8", each under the same footer) from the first to the last, and other pages without that
 * footer stand after or between them, those are other documents bound in — a "samlet dokument" with the
 * attachments after the meeting or after each item — not the items' text. All the pages when no such thing is
 * seen: the count incomplete or out of order (a page whose footer was not read), or begun again under the same
 * footer (pages numbered item by item, or an attachment with the same bare "Side 1 af 2").
 */
export function meetingPageIndexes(pages: readonly (readonly string[])[]): number[] {
  const all = pages.map((_, i) => i);
  const counts = pages.map(pageCount);
  const first = counts.find((c) => c !== null);
  if (!first) return all;
  const own = all.filter((i) => counts[i]?.key === first.key);
  // (A front page may carry no number: then the count starts at 2 on a later page.)
  const front = counts[0] === null && first.n === 2 ? [0] : [];
  const start = front.length ? 2 : 1;
  if (own.length !== first.of - start + 1 || own.some((i, k) => counts[i]!.n !== start + k || counts[i]!.of !== first.of)) return all;
  const kept = [...front, ...own];
  return kept.length === pages.length ? all : kept;
}

/** "3–6, 9": page numbers (from 1) as ranges. */
export function pageRanges(numbers: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    out.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j;
  }
  return out.join(', ');
}

/**
 * Which lines of each page (non-empty, trimmed) are furniture. A running header or footer is a
 * line that stands in the same place from the top or bottom, numbers aside, on most pages — and
 * only lines at the very edge, or next to other furniture, count: a case number that follows each
 * item's title at the top of its page is the document's, even when every item starts a page.
 */
export function furnitureMask(pages: readonly (readonly string[])[]): boolean[][] {
  const counts = new Map<string, number>();
  // (Also counted among odd and among even pages: a document laid out for both sides of the paper may have
  // its running header on every other page only.)
  const parityCounts = [new Map<string, number>(), new Map<string, number>()] as const;
  const slots = (p: readonly string[]) => [
    ...p.slice(0, EDGE).map((t, i) => `top${i}:${key(t)}`),
    ...p.slice(-EDGE).reverse().map((t, i) => `bottom${i}:${key(t)}`),
  ];
  pages.forEach((p, n) => {
    for (const s of new Set(slots(p))) {
      counts.set(s, (counts.get(s) ?? 0) + 1);
      parityCounts[n % 2]!.set(s, (parityCounts[n % 2]!.get(s) ?? 0) + 1);
    }
  });
  const enough = (count: number, of: number) => count >= Math.max(2, Math.ceil(of * 0.6));
  // A running header or footer that names what the page holds after a part that stays the same ("Social- og
  // Sundhedsudvalget – 2. Sundhedsklinik …", a word processor's field for the current heading): that part recurs.
  const leads = new Map<string, number>();
  for (const p of pages) {
    for (const [edge, line] of [['top', p[0]], ['bottom', p.at(-1)]] as const) {
      const lead = line === undefined ? null : leadOf(line);
      if (lead !== null) leads.set(`${edge}:${lead}`, (leads.get(`${edge}:${lead}`) ?? 0) + 1);
    }
  }
  const ledBy = (text: string, edge: 'top' | 'bottom') => {
    const lead = leadOf(text);
    return lead !== null && pages.length >= 3 && (leads.get(`${edge}:${lead}`) ?? 0) >= Math.max(3, Math.ceil(pages.length * 0.6));
  };
  // (Two pages are enough where the line is the same on both: a two-page document has its running header twice.)
  // (On every other page, by chance, a section's heading may open the page or a short sentence end it —
  // "Sagsfremstilling", "Taget til efterretning.", "Forvaltningen indstiller, at" — so there the line must stand
  // on all of those pages and be neither a heading nor a sentence, ended or running on.)
  const everyOther = (slot: string, n: number, text: string) =>
    pages.length >= 4 && !isHeading(text) && !/[.!?,:;]$|\s(?:at|og|eller|samt|i|af|for|til|med|om|på|den|det|der|som)$/i.test(text) && parityCounts[n % 2]!.get(slot) === Math.ceil((pages.length - (n % 2)) / 2);
  const recurring = (slot: string, n: number, text: string) => pages.length >= 2 && (enough(counts.get(slot) ?? 0, pages.length) || everyOther(slot, n, text));
  // Where a page ends in such a line, its other edge lines with an address or a time of printing are the print's
  // too — also in a one-page print, where nothing recurs.
  const printed = pages.some((p) => [...p.slice(0, EDGE), ...p.slice(-EDGE)].some(printLine));
  const edgeLine = (text: string, slot: string, n: number) =>
    isPageNumber(text) || NUMBERED_FOOTER.test(text) || recurring(`${slot}:${key(text)}`, n, text) ||
    (printed && (printLine(text) || ADDRESS.test(text) || OPENS_WITH_PRINTED_AT.test(text)));
  let flat: string | undefined;
  return pages.map((p, n) => {
    const mask = p.map(() => false);
    for (let i = 0; i < Math.min(EDGE, p.length) && (edgeLine(p[i]!, `top${i}`, n) || (i === 0 && ledBy(p[0]!, 'top'))); i++) mask[i] = true;
    // (Such a header too long for its line wraps: its second line, where the two make a title the document holds.)
    if (mask[0] && !mask[1] && p[1] !== undefined && ledBy(p[0]!, 'top') && !/[.!?]$/.test(p[0]!)) {
      const rest = p[0]!.slice(leadOf(p[0]!)!.length).replace(/^\s+[–|-]\s+/, '');
      flat ??= pages.map((q) => q.join(' ')).join(' ').replace(/\s+/g, ' ');
      if (flat.split(`${rest} ${p[1]}`).length > 2) mask[1] = true;
    }
    // (A section's heading is never a footer: an agenda whose items each start a page ends every page
    // with the same empty "Beslutning".)
    for (let i = 0; i < Math.min(EDGE, p.length) && !isHeading(p[p.length - 1 - i]!) && (edgeLine(p[p.length - 1 - i]!, `bottom${i}`, n) || (i === 0 && ledBy(p[p.length - 1]!, 'bottom'))); i++) mask[p.length - 1 - i] = true;
    return mask;
  });
}

/** Text exported page by page (form feeds between its pages): the meeting's own pages (see meetingPageIndexes). */
export function meetingPagesOfText(text: string): { text: string; pages: number; meetingPages: number[] } {
  if (!text.includes('\f')) return { text, pages: 1, meetingPages: [0] };
  // (pdftotext ends its last page with a form feed too.)
  const pages = text.replace(/\f\s*$/, '').split('\f');
  const meetingPages = meetingPageIndexes(pages.map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean)));
  return { text: meetingPages.length < pages.length ? meetingPages.map((i) => pages[i]).join('\f') : text, pages: pages.length, meetingPages };
}

/** A line "Side 3 af 12" or "Side 3/12": a page's number even where the text has no page breaks. */
const SIDE_LINE = /^[ \t]*side\s+\d+\s*(?:af|\/)\s*\d+[ \t]*$/gim;

/**
 * Text exported from a PDF without its pages' furniture: with form feeds between the pages, all of
 * it. Text copied out of a PDF viewer has no form feeds, but its "Side X af Y" lines still end its
 * pages, so they stand in for them: the running header after each (or footer before) goes too.
 */
export function withoutPageMarks(text: string): string {
  if (!text.includes('\f') && /side\s+\d/i.test(text)) {
    const marks = text.match(SIDE_LINE)?.length ?? 0;
    if (marks >= 2) text = text.replace(SIDE_LINE, '$&\f');
  }
  const paged = text.includes('\f') ? withoutPageFurniture(text) : text;
  return /side\s+\d/i.test(paged) ? paged.replace(SIDE_LINE, '') : paged;
}

/** Text with form feeds between its pages, without their furniture; pages joined by a line break. */
function withoutPageFurniture(text: string): string {
  const pages = text.split('\f').map((p) => p.split('\n'));
  const filled = pages.map((p) => p.map((l) => l.trim()).filter(Boolean));
  const masks = furnitureMask(filled);
  return pages
    .map((p, n) => {
      let i = -1;
      return p.filter((l) => !l.trim() || !masks[n]![++i]).join('\n');
    })
    .join('\n');
}
