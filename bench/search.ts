// Search figures: p50/p95 of the app's search over N indexed items, next to the bare SQL of the
// same statements run through the same pool. Usage: see bench/README.md.
//   BENCH_ITEMS=100000 node --import tsx bench/search.ts            (embedded)
//   BENCH_ITEMS=100000 DATABASE_URL=postgres://… node --import tsx bench/search.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/seed.ts';
import { search, searchInput, type SearchInput } from '../src/search/queries.ts';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { makeRandom } from './corpus.ts';
import { readFileSync } from 'node:fs';

const N = Number(process.env.BENCH_ITEMS ?? 100_000);
const url = process.env.DATABASE_URL;
// BENCH_DATA_DIR keeps the embedded database for another run (loading 100 k entries takes a minute).
const keep = process.env.BENCH_DATA_DIR;
const dir = url ? null : (keep ?? mkdtempSync(join(tmpdir(), 'lighed-bench-search-')));
const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'embedded', dataDir: dir! });
await migrateDatabase(database);
await loadDemo(database.db);

// Items in Danish with the seeds' word frequencies, attached to the demo's organizations.
const vocab = ['000_3d77971925f5f9cd.txt', '001_0540b28be77e626e.txt', '002_590be49e385a1862.txt', '003_4886c90ef1964535.txt', '004_710de0afac8e5145.txt']
  .map((f) => readFileSync(new URL(`../demo/seeds/${f}`, import.meta.url), 'utf8')).join(' ').toLowerCase().match(/[a-zæøå]{2,}/g)!;
const r = makeRandom(7);
// The seeds hold only ~2,000 distinct words, each common in a large corpus. Real text has a long
// tail: one word in eight is drawn from 40,000 Danish compounds of seed words, by Zipf's law
// (the k-th most frequent with weight 1/k), so there are rare, middling and common words.
const distinct = [...new Set(vocab.filter((w) => w.length >= 4))];
const compounds = Array.from({ length: 40_000 }, () => `${r.pick(distinct)}${r.pick(distinct)}`);
const harmonic = compounds.reduce((sum, _, k) => sum + 1 / (k + 1), 0);
const cumulative: number[] = [];
for (let k = 0, acc = 0; k < compounds.length; k++) cumulative.push((acc += 1 / (k + 1) / harmonic));
const zipf = () => {
  const x = r.next();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return compounds[lo]!;
};
const words = (a: number, b: number) => Array.from({ length: r.int(a, b) }, () => (r.next() < 0.125 ? zipf() : r.pick(vocab))).join(' ');
const orgs = (await database.pool.query(`select o.id, o.body_id from organizations o where slug in ('udvalg-for-lighed-i-sundhed', 'udsatteraadet', 'regionsraadet')`)).rows;
// One entry in a hundred belongs to a small body (a health council), so a search filtered to it
// shows what a rare filter costs.
const small = (await database.pool.query(`select o.id, o.body_id from organizations o where slug = 'sundhedsraad-nord'`)).rows[0];
const meeting = (await database.pool.query(`select id from meetings limit 1`)).rows[0].id;
const existing = (await database.pool.query(`select count(*)::int n from search_entries`)).rows[0].n as number;
let t0 = performance.now();
for (let done = existing; done < N; ) {
  const batch = Math.min(1000, N - done);
  const rows = Array.from({ length: batch }, (_, i) => {
    const o = (done + i) % 100 === 99 ? small : orgs[(done + i) % orgs.length];
    const day = new Date(Date.UTC(2008, 0, 1) + r.int(0, 6900) * 86_400_000).toISOString().slice(0, 10);
    const kind = r.next() < 0.3 ? 'decision' : 'item';
    return [meeting, o.id, o.body_id, kind, r.next() < 0.6 ? 'minutes' : 'agenda', kind === 'decision', day, String(r.int(1, 400)), words(3, 10), words(80, 400)];
  });
  const cols = rows[0]!.map((_, c) => rows.map((row) => row[c]));
  await database.pool.query(
    `insert into search_entries (meeting_id, organization_id, body_id, kind, document_kind, has_decision, date, number, title, body)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::bool[], $7::date[], $8::text[], $9::text[], $10::text[])`,
    cols,
  );
  done += batch;
}
const loadMs = performance.now() - t0;
// As autovacuum would after a bulk load: index-only scans need the visibility map.
await database.pool.query('vacuum analyze search_entries');

// Queries: common and rare words, phrases, exclusions, a filter and a typo.
// Compounds by frequency rank: the 10th is in about 1 entry in 30, the 300th in 1 in 1,000, the 20,000th in a handful.
const queries = ['sundhed', 'civilsamfundet', 'lighed i sundhed', '"lighed i sundhed"', 'udvalget anbefalinger', 'regionsrådet -puljen', 'præhospitale', 'socialsygeplejerskernes', 'borgere udsatte positioner', 'sundhedsråd økonomi', compounds[9]!, compounds[299]!, compounds[19_999]!, `sundhed ${compounds[299]!}`];
const inputs = queries.map((q, i) => searchInput.parse({ q, ...(i % 3 === 0 ? { dokument: 'referat' } : {}), ...(i % 4 === 0 ? { sorter: 'dato' } : {}) }));
// A common and a middling word filtered to the small body.
inputs.push(searchInput.parse({ q: 'sundhed', organ: 'sundhedsraad-nord' }), searchInput.parse({ q: 'præhospitale', organ: 'sundhedsraad-nord' }));
const app: number[] = [];
const bare: number[] = [];
// The bare SQL: the statements search() ran for the same input, recorded once as the text and
// parameters node-postgres receives, and replayed through the same pool — so the ratio is what the
// app adds (building statements, mapping rows) and the two can never drift apart.
const dialect = new PgDialect();
const recorded = new Map<SearchInput, { text: string; params: unknown[] }[]>();
for (const input of inputs) {
  const statements: { text: string; params: unknown[] }[] = [];
  const recording = new Proxy(database.db, {
    get: (target, p, receiver) =>
      p === 'execute'
        ? (query: SQL) => {
            const { sql: text, params } = dialect.sqlToQuery(query);
            statements.push({ text, params });
            return target.execute(query);
          }
        : Reflect.get(target, p, receiver),
  });
  await search(recording, input);
  recorded.set(input, statements);
}
const bareRun = async (input: SearchInput) => {
  for (const s of recorded.get(input)!) await database.pool.query(s.text, s.params);
};
const perQuery = new Map<string, { ms: number[]; total: number; approximate: boolean }>();
for (let round = 0; round < 5; round++) {
  for (const input of inputs) {
    t0 = performance.now();
    const result = await search(database.db, input);
    const ms = performance.now() - t0;
    app.push(ms);
    const label = input.organ ? `${input.q} (organ=${input.organ})` : input.q;
    const q = perQuery.get(label) ?? { ms: [], total: result.total, approximate: result.approximate.total };
    q.ms.push(ms);
    perQuery.set(label, q);
    t0 = performance.now();
    await bareRun(input);
    bare.push(performance.now() - t0);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (n: number) => n.toFixed(1);
// Per query, on stderr: which queries cost what, and how many entries each matches.
for (const [q, { ms, total, approximate }] of perQuery) console.error(`${q.padEnd(50)} ${approximate ? 'ca. ' : ''}${total} hits, median ${fmt(pct(ms, 0.5))} ms, max ${fmt(Math.max(...ms))} ms`);
console.log(
  `| search, ${N.toLocaleString('da-DK')} items, ${database.kind === 'embedded' ? 'embedded' : 'PostgreSQL'} (${inputs.length} queries × 5) | p50 ${fmt(pct(app, 0.5))} / p95 ${fmt(pct(app, 0.95))} ms | bare SQL p50 ${fmt(pct(bare, 0.5))} / p95 ${fmt(pct(bare, 0.95))} ms | ${(pct(app, 0.5) / pct(bare, 0.5)).toFixed(2)}× / ${(pct(app, 0.95) / pct(bare, 0.95)).toFixed(2)}× | loaded in ${fmt(loadMs / 1000)} s |`,
);
await database.close();
if (dir && !keep) rmSync(dir, { recursive: true, force: true });
