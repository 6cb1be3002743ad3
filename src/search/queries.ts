// Danish full-text search over what the public may see (search_entries holds nothing else).
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/connect.ts';
import { isoDate } from '../shared/schemas.ts';
import { correct } from './correct.ts';
import { findDanishDate } from '../documents/parse/dates.ts';

/**
 * A date as the date field sends it (YYYY-MM-DD), or as typed where the browser has no date picker: "1-2-2026",
 * "01.02.2026", "1/2 2026", "1. februar 2026".
 */
const typedDate = z.preprocess((v) => (typeof v === 'string' && v.trim().length <= 24 ? findDanishDate(v.trim()) ?? v : v), isoDate);

export const searchInput = z.object({
  q: z.string().trim().max(200).default(''),
  organ: z.string().trim().max(80).optional(),
  fra: typedDate.optional(),
  til: typedDate.optional(),
  dokument: z.enum(['dagsorden', 'referat']).optional(),
  beslutninger: z.enum(['1']).optional(),
  sorter: z.enum(['relevans', 'dato']).default('relevans'),
  side: z.coerce.number().int().min(1).max(500).default(1),
}).refine((i) => !i.fra || !i.til || i.fra <= i.til, { path: ['til'], message: 'search.to_before_from' });
export type SearchInput = z.output<typeof searchInput>;

export interface SearchHit {
  meetingId: string;
  agendaItemId: string | null;
  /** The attachment's file, when the hit is in its text. */
  fileId: string | null;
  /** notes: the minutes' notes on the meeting itself (no item). */
  kind: 'item' | 'decision' | 'attachment' | 'notes';
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
  /** Broad queries: the total and the counts per filter are estimates (shown as "ca."). */
  approximate: { total: boolean; counts: boolean };
  hits: SearchHit[];
  counts: { organizations: { slug: string; name: string; count: number }[]; documentKinds: Record<string, number>; decisions: number };
}

export const PAGE_SIZE = 20;
const START = '\u0001';
const STOP = '\u0002';

/**
 * At most this many matches are read per statement: ranking, paging and counting cost the same
 * for a word in every document as for a rare one, at 100 k entries or 1 M. Relevance is computed
 * among the newest matches and the newest title matches; beyond that, counts are estimated.
 * Why: docs/decisions/0005-search-bounded-work.md.
 */
export const CANDIDATES = 2000;
/**
 * A phrase cannot be answered from the index (it needs word positions), so it is checked in the
 * newest entries holding all its words, at most this many.
 */
const PHRASE_POOL = 5000;
/** Title matches beyond the newest matches that still compete for the first pages. */
const TITLE_CANDIDATES = 200;
/** Table pages read when counts are estimated: about 1,500 entries. */
const SAMPLE_PAGES = 500;
/** Years asked one by one before the older ones are asked together. */
const MAX_YEAR_WINDOWS = 25;
/** Entries probed to choose how to find the newest matches (newestMatches). */
const PROBE_ROWS = 400;
/** What reading one match through the GIN index costs, in rows of a date-index walk (measured ~2 on
 * PostgreSQL 15, ~1.2 on PGlite). */
const WALK_COST = 1.5;
/** A GIN posting-list entry read, in walked rows (2 ms per 235,000 entries against 2.4 µs per row, at 1 M). */
const GIN_ENTRY_COST = 0.0045;

/** The body filter: the one the (year, body, words) index applies itself. */
function bodyFilter(input: SearchInput): SQL[] {
  return input.organ ? [sql`e.organization_id = (select id from organizations where slug = ${input.organ})`] : [];
}

/** The filters one by one: a filter's count applies the others (and the dates), not itself. */
function filterParts(input: SearchInput) {
  return {
    organ: bodyFilter(input),
    dates: [...(input.fra ? [sql`e.date >= ${input.fra}`] : []), ...(input.til ? [sql`e.date <= ${input.til}`] : [])],
    kind: input.dokument ? [sql`e.document_kind = ${input.dokument === 'referat' ? 'minutes' : 'agenda'}`] : [],
    decision: input.beslutninger ? [sql`e.has_decision and e.kind <> 'attachment'`] : [],
  };
}

function filters(input: SearchInput): SQL[] {
  const p = filterParts(input);
  return [...p.organ, ...p.dates, ...p.kind, ...p.decision];
}

/** Whether websearch syntax excludes a word: a "-" that does not join two parts of a word. */
export const negates = (q: string) => /(^|[^\p{L}\p{N}])-/u.test(q);

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);

/** One year's entries (or all the older years'), as a condition on e. */
type Window = SQL;

/**
 * The years to ask one by one: every year from the newest entry's back MAX_YEAR_WINDOWS years, then
 * the rest together. Filtered by the date filters. Empty when nothing is indexed.
 */
async function yearWindows(db: Queryable, input: SearchInput): Promise<Window[]> {
  const span = (await db.execute(sql`select extract(year from min(date))::int as lo, extract(year from max(date))::int as hi from search_entries`)).rows[0] as { lo: number | null; hi: number | null };
  if (span.lo == null || span.hi == null) return [];
  const lo = Math.max(span.lo, input.fra ? Number(input.fra.slice(0, 4)) : -Infinity);
  const hi = Math.min(span.hi, input.til ? Number(input.til.slice(0, 4)) : Infinity);
  const year = sql`extract(year from e.date)::int`;
  const windows: Window[] = [];
  for (let y = hi; y >= lo && y > hi - MAX_YEAR_WINDOWS; y--) windows.push(sql`${year} = ${y}`);
  // The older years together by date, not by year: a range of years in the GIN index merges every
  // entry of those years (76 ms for four years at 1 M), while the words alone are cheap to look up.
  if (lo <= hi - MAX_YEAR_WINDOWS) windows.push(sql`e.date < ${`${hi - MAX_YEAR_WINDOWS + 1}-01-01`}::date`);
  return windows;
}

/**
 * The row addresses (ctid) and dates of the newest `limit` entries matching `match` and the filters,
 * found one of two ways, chosen while the statement runs from a probe of the newest PROBE_ROWS entries
 * (of the chosen body, when the search is filtered to one):
 * - walking the date index and checking each entry: about limit / share rows, where share is the
 *   part of the entries that match (and pass the filters). `coalesce` hides the match from the
 *   planner, which would otherwise often read every match of the newest year instead.
 * - asking one year at a time, newest first, each year its own branch: within a year the
 *   (year, body, words) GIN index finds that year's matches (of the chosen body) without reading
 *   other rows, and the outer limit stops at the first years that hold enough (a plain Append runs
 *   its branches in order; an ORDER BY outside would run them all). This reads whole years of the
 *   word's matches.
 * The walk is cheaper for words in many entries, or in a small archive (see walkIsCheaper). At 1 M
 * entries one walk read tens of thousands of rows for a word in a few per cent of them, and a year's
 * matches of a word in every third entry were ~17,000.
 * The branch not chosen is never run: its gate is a one-time filter on the probe's result.
 */
function newestMatches(match: SQL, filtersOnly: SQL[], indexed: SQL[], windows: Window[], limit: number): SQL {
  const where = and([sql`e.tsv @@ ${match}`, ...filtersOnly]);
  // Rows each way, from the probe: the walk reads limit / share rows (share: the part of the probed
  // entries that match and pass the filters); the years way reads whole years of the matches the
  // index gives (words and body; the other filters are checked after it) until the years hold
  // `limit` filtered matches.
  // Each year's branch also pays for its index lookup: the GIN index reads the whole posting lists
  // of the word (all bodies, all years) and of the year, GIN_ENTRY_COST walked rows per entry.
  const walkIsCheaper = sql`(select case when hits = 0 then false
      else ${limit * PROBE_ROWS}::float8 / hits < years * (${WALK_COST}::float8 * word_hits / ${PROBE_ROWS} * per_year
        + ${GIN_ENTRY_COST}::float8 * entries * (word_hits::float8 / ${PROBE_ROWS} + ${1 / Math.max(1, windows.length)}::float8)) end
    from (select hits, word_hits, per_year, entries, greatest(1, ceil(${limit * PROBE_ROWS}::float8 / greatest(hits * per_year, 1))) as years
      from (select hits, word_hits, ${PROBE_ROWS * 365}::float8 / greatest(days, 0.5) as per_year, entries from probe) p) p)`;
  const walk = sql`select e.ctid as tid, e.date from search_entries e where coalesce(e.tsv @@ ${match}, false) and ${and(filtersOnly)} order by e.date desc limit ${limit}`;
  const years = windows.length
    ? sql.join(windows.map((w) => sql`(select e.ctid as tid, e.date from search_entries e where ${where} and ${w} order by e.date desc limit ${limit})`), sql` union all `)
    : sql`select null::tid as tid, null::date as date where false`;
  // The probe reads a fixed number of rows whatever the filters, so a rare filter cannot make it long;
  // a body's own newest entries, because the walk then reads that body's (body, date) index.
  return sql`probe as (
      select (count(*) filter (where ok and hit))::int as hits, (count(*) filter (where hit))::int as word_hits,
        coalesce(max(date) - min(date), 0) as days,
        (select greatest(reltuples, 0) from pg_class where oid = 'search_entries'::regclass)::float8 as entries
      from (select e.date, ${and(filtersOnly)} as ok, coalesce(e.tsv @@ ${match}, false) as hit
            from search_entries e where ${and(indexed)} order by e.date desc limit ${PROBE_ROWS}) e
    ), found as (
      select * from (
        (select * from (${walk}) w where ${walkIsCheaper})
        union all
        (select * from (select * from (${years}) y limit ${limit}) y where not ${walkIsCheaper})
      ) f limit ${limit}
    )`;
}

/** Matches per body, document kind and decision: all of them (n), those every filter keeps (filtered), and
 * those every filter but the body's, the kind's or the decisions' keeps (what choosing another would give). */
interface CountRow { organization_id: string; document_kind: string; decision: boolean; n: number; filtered: number; except_organ: number; except_kind: number; except_decision: number }

async function run(db: Queryable, q: string, input: SearchInput, windows: Window[]) {
  const query = sql`websearch_to_tsquery('danish', ${q})`;
  const phrase = q.includes('"');
  // The phrase's words without their order: what the index can answer.
  const allWords = sql`regexp_replace(${query}::text, '<([0-9]+|-)>', '&', 'g')::tsquery`;
  const where = and([sql`e.tsv @@ ${query}`, ...filters(input)]);
  // Title matches rank above body matches: weight A is 1.0 against B's 0.4, and a title hit adds 1.
  const order = input.sorter === 'dato' ? sql`date desc, rank desc, id` : sql`rank desc, date desc, id`;
  // The newest matches are counted per body, document kind and decision in the same statement. With
  // no filter they are the counting pass's matches; with a filter they are a lower bound for it.
  const unfiltered = filters(input).length === 0;
  // Relevance: cover density, and a title hit adds 1.
  const rank = sql`ts_rank_cd(e.tsv, ${query}, 32) + case when e.title_tsv @@ ${query} then 1 else 0 end`;
  const facetColumns = sql`e.organization_id, e.document_kind, e.has_decision and e.kind <> 'attachment' as decision`;
  // A title match is a match unless the query excludes a word the body holds: only then must the
  // whole text be checked, which the title walk's covering index cannot do.
  const titleWhere = negates(q) ? where : and([sql`e.title_tsv @@ ${query}`, ...filters(input)]);
  const rows = (
    await db.execute(sql`
      with ${phrase
        ? sql`${newestMatches(allWords, filters(input), bodyFilter(input), windows, PHRASE_POOL)}, pool as (
          select tid from found
        ), newest as (
          -- The pool's rows read by address; only the ones holding the phrase are kept and ranked.
          select e.id, e.date, ${facetColumns}, ${rank} as rank from search_entries e
          where e.ctid = any(array(select tid from pool)) and e.tsv @@ ${query} order by e.date desc limit ${CANDIDATES + 1}
        ), titled as (
          select e.id, e.date, ${rank} as rank from search_entries e
          where e.ctid = any(array(select tid from pool)) and e.title_tsv @@ ${query} and e.tsv @@ ${query}
            and e.id not in (select id from newest) order by e.date desc limit ${TITLE_CANDIDATES}`
        : sql`pool as (select null), ${newestMatches(query, filters(input), bodyFilter(input), windows, CANDIDATES + 1)}, newest as (
          -- Ranked only once chosen: read again by their row address (a TID scan, one page each).
          select e.id, e.date, ${facetColumns}, ${rank} as rank from search_entries e where e.ctid = any(array(select tid from found))
        ), titled as (
          -- As an array, so the 200 are looked up by key (as a subquery the planner may merge-join the whole key index).
          select e.id, e.date, ${rank} as rank from search_entries e where e.id = any(array(
            select e.id from search_entries e where ${titleWhere} order by e.date desc limit ${TITLE_CANDIDATES}
          )) and e.id not in (select id from newest)`}
      ), candidates as (
        select id, date, rank from newest union all select id, date, rank from titled
      ), page as (
        select id, date, rank from candidates order by ${order} limit ${PAGE_SIZE} offset ${(input.side - 1) * PAGE_SIZE}
      )
      select m.matched, m.pooled, m.facets, h.* from (
        select (select count(*) from newest)::int as matched, (select count(*) from pool)::int as pooled,
          (select json_agg(f) from (select organization_id, document_kind, decision, count(*)::int as n, count(*)::int as filtered,
            count(*)::int as except_organ, count(*)::int as except_kind, count(*)::int as except_decision from newest group by 1, 2, 3) f) as facets
      ) m
      left join lateral (
        select e.id, e.meeting_id, e.agenda_item_id, e.file_id, e.kind, e.document_kind, e.date::text as date, e.number, e.case_number, e.title,
               o.slug as org_slug, o.name as org_name, p.rank,
               ts_headline('danish', e.body, ${query}, ${`StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=28,MinWords=12,FragmentDelimiter= … `}) as snippet
        from page p join search_entries e on e.id = p.id join organizations o on o.id = e.organization_id
      ) h on true
      order by ${order}`)
  ).rows as Record<string, unknown>[];
  const matched = Number(rows[0]?.matched ?? 0);
  const pooled = Number(rows[0]?.pooled ?? 0);
  // A full phrase pool may hold fewer matches than the whole table: then the total is estimated.
  const poolFull = phrase && pooled >= PHRASE_POOL;
  const partial = matched > CANDIDATES || poolFull;
  const hits = rows.filter((r) => r.id != null);
  // Counts per filter: each shows what choosing it would give with the other filters kept.
  // Exact over the first matches; when there are more, estimated from a sample of table pages
  // (never below what the exact pass saw, so no filter with hits shows 0).
  const part = filterParts(input);
  const facets = sql`e.organization_id, e.document_kind, e.has_decision and e.kind <> 'attachment' as decision, count(*)::int as n,
             (count(*) filter (where ${and(filters(input))}))::int as filtered,
             (count(*) filter (where ${and([...part.dates, ...part.kind, ...part.decision])}))::int as except_organ,
             (count(*) filter (where ${and([...part.organ, ...part.dates, ...part.decision])}))::int as except_kind,
             (count(*) filter (where ${and([...part.organ, ...part.dates, ...part.kind])}))::int as except_decision`;
  const matches = phrase
    ? sql`pool as (select e.id, e.organization_id, e.document_kind, e.has_decision, e.kind, e.date, e.tsv from search_entries e where e.tsv @@ ${allWords} limit ${PHRASE_POOL + 1}),
          m as (select * from pool e where e.tsv @@ ${query} limit ${CANDIDATES + 1})`
    : sql`pool as (select e.id, e.organization_id, e.document_kind, e.has_decision, e.kind, e.date, e.tsv from search_entries e where e.tsv @@ ${query} limit ${CANDIDATES + 1}), m as (select * from pool)`;
  const newestCounts = (rows[0]?.facets ?? []) as CountRow[];
  // Without a filter the newest matches are what the counting pass would find. With one, and more
  // filtered matches than that pass may read (or a full phrase pool), the query alone has more too,
  // so the pass could only say "more": skip it and estimate, with the newest as the floor.
  const fromNewest = unfiltered || partial;
  const seen = fromNewest
    ? newestCounts
    : ((await db.execute(sql`with ${matches} select ${facets}, (select count(*) from pool)::int as pooled from m e group by 1, 2, 3`)).rows as unknown as (CountRow & { pooled: number })[]);
  const fullPool = fromNewest ? poolFull : phrase && ((seen[0] as { pooled?: number } | undefined)?.pooled ?? 0) > PHRASE_POOL;
  const exact = seen.reduce((sum, c) => sum + c.n, 0) <= CANDIDATES && !fullPool;
  let counts: CountRow[] = seen;
  if (!exact) {
    const pages = Number(((await db.execute(sql`select pg_relation_size('search_entries') / current_setting('block_size')::int as pages`)).rows[0] as { pages: string | number }).pages);
    const percent = Math.min(100, (100 * SAMPLE_PAGES) / Math.max(1, pages));
    const sampled = (
      await db.execute(sql`
        select ${facets} from search_entries e tablesample system (${sql.raw(percent.toFixed(4))}) repeatable (0)
        where e.tsv @@ ${query} group by 1, 2, 3`)
    ).rows as unknown as CountRow[];
    const key = (c: CountRow) => `${c.organization_id}|${c.document_kind}|${c.decision}`;
    const merged = new Map<string, CountRow>(seen.map((c) => [key(c), { ...c }]));
    for (const c of sampled) {
      const m = merged.get(key(c)) ?? { ...c, n: 0, filtered: 0, except_organ: 0, except_kind: 0, except_decision: 0 };
      for (const k of ['n', 'filtered', 'except_organ', 'except_kind', 'except_decision'] as const) m[k] = Math.max(m[k], estimate(c[k], percent));
      merged.set(key(c), m);
    }
    counts = [...merged.values()];
  }
  const estimatedTotal = counts.reduce((sum, c) => sum + c.filtered, 0);
  // The newest-matches pass counts the filtered total exactly when it is small.
  const total = partial ? Math.max(matched, estimatedTotal) : matched;
  return { rows: hits, counts, total, approximate: { total: partial, counts: !exact } };
}

/** A sample count scaled to the whole table, to two significant digits: it is an estimate. */
function estimate(n: number, percent: number): number {
  const x = (n * 100) / percent;
  if (x < 100) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / unit) * unit;
}

export async function search(db: Queryable, input: SearchInput): Promise<SearchResult> {
  const empty: SearchResult = { query: input.q, correctedQuery: null, suggestion: null, total: 0, approximate: { total: false, counts: false }, hits: [], counts: { organizations: [], documentKinds: {}, decisions: 0 } };
  if (!input.q) return empty;
  // Newest first, year by year where that is cheaper (newestMatches): the years, once per search.
  const windows = await yearWindows(db, input);
  let r = await run(db, input.q, input, windows);
  let correctedQuery: string | null = null;
  let suggestion: string | null = null;
  if (r.total === 0) {
    const fixed = await correct(db, input.q);
    if (fixed) {
      const again = await run(db, fixed, input, windows);
      if (again.total > 0) {
        r = again;
        correctedQuery = fixed;
      } else suggestion = fixed;
    }
  }
  const orgs = new Map<string, { slug: string; name: string; count: number }>();
  const documentKinds: Record<string, number> = {};
  let decisions = 0;
  const ids = [...new Set(r.counts.map((c) => c.organization_id))];
  const names = ids.length
    ? new Map(((await db.execute(sql`select id, slug, name from organizations where id = any(${sql.param(ids)}::uuid[])`)).rows as { id: string; slug: string; name: string }[]).map((o) => [o.id, o]))
    : new Map<string, { slug: string; name: string }>();
  for (const c of r.counts) {
    const { slug, name } = names.get(c.organization_id)!;
    const o = orgs.get(slug) ?? { slug, name, count: 0 };
    o.count += c.except_organ;
    orgs.set(slug, o);
    documentKinds[c.document_kind] = (documentKinds[c.document_kind] ?? 0) + c.except_kind;
    if (c.decision) decisions += c.except_decision;
  }
  return {
    query: input.q,
    correctedQuery,
    suggestion,
    total: r.total,
    approximate: r.approximate,
    hits: r.rows.map((row) => ({
      meetingId: row.meeting_id as string,
      agendaItemId: (row.agenda_item_id as string | null) ?? null,
      fileId: (row.file_id as string | null) ?? null,
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

/** Where a hit leads: the attachment's file, or the item on its meeting's page. */
export function hitPath(h: Pick<SearchHit, 'meetingId' | 'number' | 'fileId' | 'kind'>): string {
  if (h.fileId) return `/bilag/${h.fileId}`;
  return `/moeder/${h.meetingId}${h.kind === 'notes' ? '#meeting-notes' : h.number ? `#item-${h.number}` : ''}`;
}

/** Escapes a snippet for HTML and turns the match markers into <mark>. */
export function highlight(snippet: string): string {
  const escaped = snippet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}
