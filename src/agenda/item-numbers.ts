// Items are referred to by their number as printed: "6", and for an item added under another "1.a"
// (FirstAgenda) or "10a" (older layouts). Attendance names items this way ("forlod mødet under
// behandlingen af punkt 1.a"), so references are strings, compared and sorted as numbers first.

/** "6", "1.a", "10a": the form an item reference may take (a letter only after the number). */
export const ITEM_REFERENCE = /^(\d{1,4})\.?([a-zæøå])?$/i;

/** A written reference as stored ("06" → "6", "1.A" → "1.a"), or null if it names no item; "1a" stays "1a" (asPrinted matches it to "1.a"). */
export function itemReference(written: string): string | null {
  const m = ITEM_REFERENCE.exec(written.trim());
  if (!m || Number(m[1]) < 1) return null;
  return m[2] ? `${Number(m[1])}${written.includes('.') ? '.' : ''}${m[2].toLowerCase()}` : String(Number(m[1]));
}

/** "1.a", "1a" and "1 A" are one item: compared without the dot and case. */
export const itemKey = (reference: string): string => reference.toLowerCase().replace(/[.\s]/g, '');

/** Item 2 before 2.a before 10: by number, then by letter. */
export function compareItemReferences(a: string, b: string): number {
  const na = Number.parseInt(a, 10);
  const nb = Number.parseInt(b, 10);
  if (na !== nb) return na - nb;
  const ka = itemKey(a);
  const kb = itemKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Each item once, in the meeting's order ("not there for items 3, 2, 3" is items 2 and 3). */
export function sortedItemReferences(references: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const r of references) if (!byKey.has(itemKey(r))) byKey.set(itemKey(r), r);
  return [...byKey.values()].sort(compareItemReferences);
}

/** The meeting's item a reference names, as the meeting prints its number ("1a" → "1.a"); undefined where it has none. */
export function itemsOf(itemNumbers: string[]): (reference: string) => string | undefined {
  const printed = new Map(itemNumbers.map((n) => [itemKey(n), n]));
  return (reference) => printed.get(itemKey(reference));
}

/**
 * References written as the meeting's own items are numbered: the minutes may say "punkt 1a" of the item printed
 * "1.a". A reference no item of the meeting has is kept as written.
 */
export function asPrinted(references: string[], itemNumbers: string[]): string[] {
  const item = itemsOf(itemNumbers);
  return sortedItemReferences(references.map((r) => item(r) ?? r));
}
