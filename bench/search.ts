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
import { search, searchInput } from '../src/search/queries.ts';
import { makeRandom } from './corpus.ts';
import { readFileSync } from 'node:fs';

const N = Number(process.env.BENCH_ITEMS ?? 100_000);
const url = process.env.DATABASE_URL;
const dir = url ? null : mkdtempSync(join(tmpdir(), 'lighed-bench-search-'));
const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'embedded', dataDir: dir! });
await migrateDatabase(database);
await loadDemo(database.db);

// Items in Danish with the seeds' word frequencies, attached to the demo's organizations.
const vocab = ['000_3d77971925f5f9cd.txt', '001_0540b28be77e626e.txt', '002_590be49e385a1862.txt', '003_4886c90ef1964535.txt', '004_710de0afac8e5145.txt']
  .map((f) => readFileSync(new URL(`../demo/seeds/${f}`, import.meta.url), 'utf8')).join(' ').toLowerCase().match(/[a-zæøå]{2,}/g)!;
const r = makeRandom(7);
const words = (a: number, b: number) => Array.from({ length: r.int(a, b) }, () => r.pick(vocab)).join(' ');
const orgs = (await database.pool.query(`select o.id, o.body_id from organizations o where slug in ('udvalg-for-lighed-i-sundhed', 'udsatteraadet', 'regionsraadet')`)).rows;
const meeting = (await database.pool.query(`select id from meetings limit 1`)).rows[0].id;
const existing = (await database.pool.query(`select count(*)::int n from search_entries`)).rows[0].n as number;
let t0 = performance.now();
for (let done = existing; done < N; ) {
  const batch = Math.min(1000, N - done);
  const rows = Array.from({ length: batch }, (_, i) => {
    const o = orgs[(done + i) % orgs.length];
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
await database.pool.query('analyze search_entries');

// Queries: common and rare words, phrases, exclusions, a filter and a typo.
const queries = ['sundhed', 'civilsamfundet', 'lighed i sundhed', '"lighed i sundhed"', 'udvalget anbefalinger', 'regionsrådet -puljen', 'præhospitale', 'socialsygeplejerskernes', 'borgere udsatte positioner', 'sundhedsråd økonomi'];
const inputs = queries.map((q, i) => searchInput.parse({ q, ...(i % 3 === 0 ? { dokument: 'referat' } : {}), ...(i % 4 === 0 ? { sorter: 'dato' } : {}) }));
const app: number[] = [];
const bare: number[] = [];
for (const input of inputs) await search(database.db, input); // warm-up
// The bare SQL: the two statements search() runs, written out, through the same pool.
const bareRun = async (q: string, minutes: boolean, byDate: boolean) => {
  const query = `websearch_to_tsquery('danish', $1)`;
  const filter = minutes ? ` and e.document_kind = 'minutes'` : '';
  const rank = `(ts_rank_cd(e.tsv, ${query}, 32) + case when e.title_tsv @@ ${query} then 1 else 0 end)`;
  await database.pool.query(`select e.meeting_id, e.kind, e.date::text, e.number, e.title, o.slug, o.name, ${rank} as rank, ts_headline('danish', e.body, ${query}, 'MaxFragments=2,MaxWords=28,MinWords=12') from search_entries e join organizations o on o.id = e.organization_id where e.tsv @@ ${query}${filter} order by ${byDate ? `e.date desc, ${rank} desc` : `${rank} desc, e.date desc`} limit 20`, [q]);
  await database.pool.query(`select o.slug, o.name, e.document_kind, e.has_decision and e.kind <> 'attachment', count(*)::int, (count(*) filter (where true${filter}))::int from search_entries e join organizations o on o.id = e.organization_id where e.tsv @@ ${query} group by 1, 2, 3, 4`, [q]);
};
for (let round = 0; round < 5; round++) {
  for (const input of inputs) {
    t0 = performance.now();
    await search(database.db, input);
    app.push(performance.now() - t0);
    t0 = performance.now();
    await bareRun(input.q, input.dokument === 'referat', input.sorter === 'dato');
    bare.push(performance.now() - t0);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (n: number) => n.toFixed(1);
console.log(
  `| search, ${N.toLocaleString('da-DK')} items, ${database.kind === 'embedded' ? 'embedded' : 'PostgreSQL'} (${queries.length} queries × 5) | p50 ${fmt(pct(app, 0.5))} / p95 ${fmt(pct(app, 0.95))} ms | bare SQL p50 ${fmt(pct(bare, 0.5))} / p95 ${fmt(pct(bare, 0.95))} ms | ${(pct(app, 0.5) / pct(bare, 0.5)).toFixed(2)}× / ${(pct(app, 0.95) / pct(bare, 0.95)).toFixed(2)}× | loaded in ${fmt(loadMs / 1000)} s |`,
);
await database.close();
if (dir) rmSync(dir, { recursive: true, force: true });
