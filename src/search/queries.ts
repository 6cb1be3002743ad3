// Danish full-text search over what the public may see (search_entries holds nothing else).
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/connect.ts';
import { isoDate } from '../shared/schemas.ts';
import { plainWord } from './indexer.ts';

export const searchInput = z.object({
  q: z.string().trim().max(200).default(''),
  organ: z.string().trim().max(80).optional(),
  fra: isoDate.optional(),
  til: isoDate.optional(),
  dokument: z.enum(['dagsorden', 'referat']).optional(),
  beslutninger: z.enum(['1']).optional(),
  sorter: z.enum(['relevans', 'dato']).default('relevans'),
  side: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchInput = z.output<typeof searchInput>;

export interface SearchHit {
  meetingId: string;
  agendaItemId: string | null;
  kind: 'item' | 'decision' | 'attachment';
  documentKind: 'agenda' | 'minutes';
  date: string;
  number: string | null;
  caseNumber: string | null;
  title: string;
  organization: { slug: string; name: string };
  /** Text with the matches between \u0001 and \u0002: the view escapes it, then marks them. */
  snippet: string;
  rank: number;
}

export interface SearchResult {
  query: string;
  /** The query actually run when the typed one found nothing and a correction did. */
  correctedQuery: string | null;
  /** A correction to offer when even that found nothing. */
  suggestion: string | null;
  total: number;
  hits: SearchHit[];
  counts: { organizations: { slug: string; name: string; count: number }[]; documentKinds: Record<string, number>; decisions: number };
}

export const PAGE_SIZE = 20;
const START = '\u0001';
const STOP = '\u0002';

function filters(input: SearchInput): SQL[] {
  const where: SQL[] = [];
  if (input.organ) where.push(sql`o.slug = ${input.organ}`);
  if (input.fra) where.push(sql`e.date >= ${input.fra}`);
  if (input.til) where.push(sql`e.date <= ${input.til}`);
  if (input.dokument) where.push(sql`e.document_kind = ${input.dokument === 'referat' ? 'minutes' : 'agenda'}`);
  if (input.beslutninger) where.push(sql`e.has_decision and e.kind <> 'attachment'`);
  return where;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);

async function run(db: Queryable, q: string, input: SearchInput) {
  const query = sql`websearch_to_tsquery('danish', ${q})`;
  const where = and([sql`e.tsv @@ ${query}`, ...filters(input)]);
  // Title matches rank above body matches: weight A is 1.0 against B's 0.4, and a title hit adds 1.
  const rank = sql`(ts_rank_cd(e.tsv, ${query}, 32) + case when e.title_tsv @@ ${query} then 1 else 0 end)`;
  const order = input.sorter === 'dato' ? sql`e.date desc, ${rank} desc` : sql`${rank} desc, e.date desc`;
  const rows = (
    await db.execute(sql`
      select e.meeting_id, e.agenda_item_id, e.kind, e.document_kind, e.date::text as date, e.number, e.case_number, e.title,
             o.slug as org_slug, o.name as org_name, ${rank} as rank,
             ts_headline('danish', e.body, ${query}, ${`StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=28,MinWords=12,FragmentDelimiter= … `}) as snippet
      from search_entries e join organizations o on o.id = e.organization_id
      where ${where}
      order by ${order}
      limit ${PAGE_SIZE} offset ${(input.side - 1) * PAGE_SIZE}`)
  ).rows as Record<string, unknown>[];
  // Counts per filter are over the query alone, so each filter shows what choosing it would
  // give; the filtered total comes from the same scan.
  const counts = (
    await db.execute(sql`
      select o.slug, o.name, e.document_kind, e.has_decision and e.kind <> 'attachment' as decision, count(*)::int as n,
             (count(*) filter (where ${and(filters(input))}))::int as filtered
      from search_entries e join organizations o on o.id = e.organization_id
      where e.tsv @@ ${query}
      group by 1, 2, 3, 4`)
  ).rows as { slug: string; name: string; document_kind: string; decision: boolean; n: number; filtered: number }[];
  const total = { n: counts.reduce((sum, c) => sum + c.filtered, 0) };
  return { rows, counts, total: total.n };
}

/** The closest word the index knows for each word of the query, or null when nothing is closer. */
async function correct(db: Queryable, q: string): Promise<string | null> {
  const words = q.match(/[\p{L}]{3,}/gu) ?? [];
  let changed = false;
  const fixed: string[] = [];
  for (const w of words) {
    const r = (
      await db.execute(sql`select word, similarity(plain, ${plainWord(w)}) as s from search_words where plain % ${plainWord(w)} order by s desc, length(word) limit 1`)
    ).rows[0] as { word: string; s: number } | undefined;
    if (r && r.word !== w.toLowerCase()) {
      fixed.push(r.word);
      changed = true;
    } else fixed.push(w);
  }
  return changed ? fixed.join(' ') : null;
}

export async function search(db: Queryable, input: SearchInput): Promise<SearchResult> {
  const empty: SearchResult = { query: input.q, correctedQuery: null, suggestion: null, total: 0, hits: [], counts: { organizations: [], documentKinds: {}, decisions: 0 } };
  if (!input.q) return empty;
  let used = input.q;
  let r = await run(db, used, input);
  let correctedQuery: string | null = null;
  let suggestion: string | null = null;
  if (r.total === 0) {
    const fixed = await correct(db, input.q);
    if (fixed) {
      const again = await run(db, fixed, input);
      if (again.total > 0) {
        r = again;
        used = fixed;
        correctedQuery = fixed;
      } else suggestion = fixed;
    }
  }
  const orgs = new Map<string, { slug: string; name: string; count: number }>();
  const documentKinds: Record<string, number> = {};
  let decisions = 0;
  for (const c of r.counts) {
    const o = orgs.get(c.slug) ?? { slug: c.slug, name: c.name, count: 0 };
    o.count += c.n;
    orgs.set(c.slug, o);
    documentKinds[c.document_kind] = (documentKinds[c.document_kind] ?? 0) + c.n;
    if (c.decision) decisions += c.n;
  }
  return {
    query: input.q,
    correctedQuery,
    suggestion,
    total: r.total,
    hits: r.rows.map((row) => ({
      meetingId: row.meeting_id as string,
      agendaItemId: (row.agenda_item_id as string | null) ?? null,
      kind: row.kind as SearchHit['kind'],
      documentKind: row.document_kind as SearchHit['documentKind'],
      date: row.date as string,
      number: row.number as string | null,
      caseNumber: row.case_number as string | null,
      title: row.title as string,
      organization: { slug: row.org_slug as string, name: row.org_name as string },
      snippet: (row.snippet as string).replace(/\s+/g, ' ').trim(),
      rank: Number(row.rank),
    })),
    counts: { organizations: [...orgs.values()].sort((a, b) => b.count - a.count), documentKinds, decisions },
  };
}

/** Escapes a snippet for HTML and turns the match markers into <mark>. */
export function highlight(snippet: string): string {
  const escaped = snippet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}
