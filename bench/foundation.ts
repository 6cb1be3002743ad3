// Foundation figures: start-up to the first served page, memory, and a primary-key read through
// the embedded worker next to a real PostgreSQL on loopback. Each figure is reported with a
// baseline measured in the same run, as a ratio. Usage: see bench/README.md.
import { root, stop, timeStart } from './process.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/seed.ts';

const pgUrl = process.env.PG_CLUSTER_URL;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (n: number, d = 0) => n.toFixed(d);

// A baseline a Node web app cannot beat: the same runtime (node + tsx), a Hono hello page, no database.
const baselineServer = join(root, 'bench', 'baseline-server.ts');

async function startup() {
  const firsts: number[] = [];
  const laters: number[] = [];
  const baselines: number[] = [];
  const idleRss: number[] = [];
  const loadedRss: number[] = [];
  let baseRss = 0;
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'lighed-bench-'));
    const first = await timeStart(['bin/lighed.js', 'serve'], { LIGHED_DATA_DIR: dir });
    firsts.push(first.ms);
    await stop(first.child);
    for (let j = 0; j < 2; j++) {
      const later = await timeStart(['bin/lighed.js', 'serve'], { LIGHED_DATA_DIR: dir });
      laters.push(later.ms);
      // Memory once per round (RSS swings by ±20 MB between starts): the median goes in the table.
      if (j === 1) {
        await new Promise((r) => setTimeout(r, 1000));
        idleRss.push(rssMb(later.child.pid!));
        // Load: 2,000 page requests, 16 at a time, over the pages the demo has.
        const pages = ['/', '/organer/udsatteraadet', '/organer/udvalg-for-lighed-i-sundhed', '/api/organer/udsatteraadet', '/health'];
        let n = 0;
        await Promise.all(Array.from({ length: 16 }, async () => {
          while (n < 2000) {
            const p = pages[n++ % pages.length]!;
            await (await fetch(later.url.replace(/\/$/, p))).arrayBuffer();
          }
        }));
        loadedRss.push(rssMb(later.child.pid!));
      }
      await stop(later.child);
    }
    rmSync(dir, { recursive: true, force: true });
    const base = await timeStart(['--import', 'tsx', baselineServer], {});
    baselines.push(base.ms);
    if (i === 0) baseRss = rssMb(base.child.pid!);
    await stop(base.child);
  }
  return { firsts, laters, baselines, idleRss, loadedRss, baseRss };
}

async function pkReads(database: Database, n: number): Promise<number[]> {
  const ids = (await database.pool.query('select id from persons')).rows.map((r: { id: string }) => r.id);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await database.pool.query('select * from persons where id = $1', [ids[i % ids.length]]);
    times.push(performance.now() - t0);
  }
  return times;
}

async function reads() {
  const dir = mkdtempSync(join(tmpdir(), 'lighed-bench-'));
  const embedded = await openDatabase({ kind: 'embedded', dataDir: dir });
  await migrateDatabase(embedded);
  await loadDemo(embedded.db);
  await pkReads(embedded, 500); // warm-up
  const e = await pkReads(embedded, 5000);
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });
  if (!pgUrl) return { e, p: null };
  const server = await openDatabase({ kind: 'postgres', url: pgUrl });
  await migrateDatabase(server);
  await loadDemo(server.db);
  await pkReads(server, 500);
  const p = await pkReads(server, 5000);
  await server.close();
  return { e, p };
}

const s = await startup();
const r = await reads();
const out = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores.`,
  '',
  '| figure | Lighed | baseline | ratio | target |',
  '| --- | --- | --- | --- | --- |',
  `| first start, empty data folder → first page (median of 3) | ${fmt(median(s.firsts))} ms | ${fmt(median(s.baselines))} ms | ${fmt(median(s.firsts) / median(s.baselines), 1)}× | ≤ 6 s |`,
  `| later start → first page (median of 6) | ${fmt(median(s.laters))} ms | ${fmt(median(s.baselines))} ms | ${fmt(median(s.laters) / median(s.baselines), 1)}× | ≤ 2 s |`,
  `| RSS idle, after start (median of 3: ${s.idleRss.map((x) => fmt(x)).join(', ')}) | ${fmt(median(s.idleRss))} MB | ${fmt(s.baseRss)} MB | ${fmt(median(s.idleRss) / s.baseRss, 1)}× | ≤ 300 MB |`,
  `| RSS after 2,000 page requests (median of 3: ${s.loadedRss.map((x) => fmt(x)).join(', ')}) | ${fmt(median(s.loadedRss))} MB | ${fmt(s.baseRss)} MB | ${fmt(median(s.loadedRss) / s.baseRss, 1)}× | ≤ 300 MB |`,
  r.p
    ? `| primary-key read, p50 / p95 (5,000 reads) | ${fmt(pct(r.e, 0.5), 3)} / ${fmt(pct(r.e, 0.95), 3)} ms embedded | ${fmt(pct(r.p, 0.5), 3)} / ${fmt(pct(r.p, 0.95), 3)} ms PostgreSQL 15 on loopback | ${fmt(pct(r.e, 0.5) / pct(r.p, 0.5), 1)}× / ${fmt(pct(r.e, 0.95) / pct(r.p, 0.95), 1)}× | — |`
    : `| primary-key read, p50 / p95 (embedded only: PG_CLUSTER_URL not set) | ${fmt(pct(r.e, 0.5), 3)} / ${fmt(pct(r.e, 0.95), 3)} ms | — | — | — |`,
  '',
  'Baseline for start and memory: the same runtime (node + tsx) serving a Hono page with no database (bench/baseline-server.ts).',
];
console.log(out.join('\n'));
