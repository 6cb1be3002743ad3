// "Did you mean": the closest word the public text holds for each word of a query.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { plainWord } from './indexer.ts';

/** Candidates checked per query word; the nearest that is still in public text wins. */
const CANDIDATES = 5;
/** Entries with the word's stem that are read to find the word as written. */
const STEM_ROWS = 200;

/**
 * Whether the word, as written, is in a current search entry. search_words only grows (an item
 * closed or a meeting withdrawn after publication leaves its words behind), so a suggestion is
 * offered only from what the public can read now. Case variants are passed in because the
 * embedded database lowercases ASCII only.
 */
async function inPublicText(db: Queryable, word: string): Promise<boolean> {
  const forms = [...new Set([word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])];
  const r = await db.execute(sql`select exists (
      select 1 from (select title, body from search_entries where tsv @@ plainto_tsquery('danish', ${word}) limit ${STEM_ROWS}) m
      where exists (select 1 from unnest(${sql.param(forms)}::text[]) f where strpos(m.title || ' ' || m.body, f) > 0)
    ) as found`);
  return (r.rows[0] as { found: boolean }).found;
}

async function nearestWord(db: Queryable, w: string): Promise<string | null> {
  const plain = plainWord(w);
  const candidates = (
    await db.execute(sql`select word from search_words where plain % ${plain} order by similarity(plain, ${plain}) desc, length(word) limit ${CANDIDATES}`)
  ).rows as { word: string }[];
  for (const { word } of candidates) if (await inPublicText(db, word)) return word;
  return null;
}

/** The query with each word replaced by its nearest public word, or null when nothing changes. */
export async function correct(db: Queryable, q: string): Promise<string | null> {
  const words = q.match(/[\p{L}]{3,}/gu) ?? [];
  let changed = false;
  const fixed: string[] = [];
  for (const w of words) {
    const word = await nearestWord(db, w);
    if (word && word !== w.toLowerCase()) {
      fixed.push(word);
      changed = true;
    } else fixed.push(w);
  }
  return changed ? fixed.join(' ') : null;
}
