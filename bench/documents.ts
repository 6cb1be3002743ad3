// Document figures: text import rate on the embedded database, PDF import next to bare pdf.js
// text extraction, PDF rendering of a 30-item agenda. Each with a baseline from the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/seed.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { importMeeting } from '../src/documents/import-meeting.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { renderText } from '../src/documents/render/text.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';
import { extractPdfText } from '../src/documents/pdf-text.ts';
import { corpus, checkCorpus } from './corpus.ts';
import pg from 'pg';

const N = Number(process.env.BENCH_DOCS ?? 1000);
const fmt = (n: number, d = 0) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The last FLOOR_DOCS documents (new meetings like the rest) measure the database's own share.
const FLOOR_DOCS = 100;
// Then AB_DOCS more, alternately imported whole and with the search index's two inserts dropped.
const AB_DOCS = 200;
const generated = corpus(N + FLOOR_DOCS + AB_DOCS, 42);
const models = generated.slice(0, N);
checkCorpus(models, renderText);
const texts = models.map((m) => renderText(m));
const avgItems = models.reduce((n, m) => n + m.items.length, 0) / models.length;

// Text import: parse + one transaction per document into the embedded database.
const dir = mkdtempSync(join(tmpdir(), 'lighed-bench-docs-'));
const database = await openDatabase({ kind: 'embedded', dataDir: dir });
await migrateDatabase(database);
await loadDemo(database.db);
const actor = systemActor('Bench');
let t0 = performance.now();
for (const text of texts) await runCommand(database.db, actor, importMeeting, { parsed: parseMeetingText(text) });
const importMs = performance.now() - t0;
// The database's own share: 100 more documents with every statement also run under EXPLAIN ANALYZE
// (writes inside a savepoint that is rolled back), summing planning and execution time. This is
// what PGlite itself spends on the import's rows, with no round trips and no application code: it
// bounds the rate any import writing the same rows can reach.
const floor = { docs: FLOOR_DOCS, total: 0, index: 0 };
const floorBy = new Map<string, number>();
{
  const query = pg.Client.prototype.query as unknown as (this: pg.Client, ...a: unknown[]) => Promise<pg.QueryResult>;
  const explained = async function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === 'string' ? config : config.text;
    if (!/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(text)) {
      const values = typeof config === 'string' ? (args[1] as unknown[] | undefined) : (config.values ?? (args[1] as unknown[] | undefined));
      const write = /^\s*(insert|update|delete)\b/i.test(text);
      if (write) await query.call(this, 'savepoint bench_floor');
      const plan = (await query.call(this, `explain (analyze, timing off, format json) ${text}`, values)).rows[0]['QUERY PLAN'][0];
      if (write) await query.call(this, 'rollback to savepoint bench_floor');
      const ms = plan['Planning Time'] + plan['Execution Time'];
      floor.total += ms;
      if (/search_(entries|words)/.test(text)) floor.index += ms;
      if (process.env.FLOOR_DEBUG) floorBy.set(text.slice(0, 50), (floorBy.get(text.slice(0, 50)) ?? 0) + ms);
    }
    return query.apply(this, args);
  };
  (pg.Client.prototype as { query: unknown }).query = explained;
  for (const m of generated.slice(N, N + FLOOR_DOCS)) await runCommand(database.db, actor, importMeeting, { parsed: parseMeetingText(renderText(m)) });
  (pg.Client.prototype as { query: unknown }).query = query;
  if (process.env.FLOOR_DEBUG) for (const [k, v] of [...floorBy].sort((a, b) => b[1] - a[1])) console.log((v / floor.docs).toFixed(2), k.replace(/\s+/g, ' '));
}
// What an index built outside the import would leave the import: the same import with the
// search_entries and search_words inserts not sent (their rows still built in JavaScript, so this
// is if anything too kind to the import), alternating with whole imports into the same database.
const ab = { whole: 0, withoutIndex: 0, docs: AB_DOCS / 2 };
{
  const query = pg.Client.prototype.query as unknown as (this: pg.Client, ...a: unknown[]) => Promise<pg.QueryResult>;
  let drop = false;
  (pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string };
    const text = typeof config === 'string' ? config : config.text;
    if (drop && /^\s*insert into search_(entries|words)\b/i.test(text)) return Promise.resolve({ rows: [], rowCount: 0, command: 'INSERT', fields: [] });
    return query.apply(this, args);
  };
  const abTexts = generated.slice(N + FLOOR_DOCS).map((m) => renderText(m));
  for (const [k, text] of abTexts.entries()) {
    drop = k % 2 === 1;
    const t = performance.now();
    await runCommand(database.db, actor, importMeeting, { parsed: parseMeetingText(text) });
    if (drop) ab.withoutIndex += performance.now() - t;
    else ab.whole += performance.now() - t;
  }
  (pg.Client.prototype as { query: unknown }).query = query;
}
// Baseline: the same documents parsed only.
t0 = performance.now();
for (const text of texts) parseMeetingText(text);
const parseMs = performance.now() - t0;
await database.close();
rmSync(dir, { recursive: true, force: true });

// PDF import vs pdf.js's bare text extraction of the same files.
const pdfModels = models.slice(0, 40);
const pdfs = await Promise.all(pdfModels.map((m) => renderPdf(m)));
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
async function bare(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}
for (const pdf of pdfs.slice(0, 3)) await bare(pdf); // warm-up
const bareRuns: number[] = [];
const oursRuns: number[] = [];
for (let round = 0; round < 3; round++) {
  t0 = performance.now();
  for (const pdf of pdfs) await bare(pdf);
  bareRuns.push(performance.now() - t0);
  t0 = performance.now();
  for (const pdf of pdfs) parseMeetingText((await extractPdfText(pdf, 'bench.pdf', { meeting: true })).text);
  oursRuns.push(performance.now() - t0);
}

// PDF rendering of a 30-item agenda; baseline: pdfmake rendering a one-page document.
const thirty = corpus(1, 7, [30, 30])[0]!;
await renderPdf(thirty);
const renders: number[] = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  await renderPdf(thirty);
  renders.push(performance.now() - t0);
}
const onePage = { ...thirty, items: thirty.items.slice(0, 1).map((i) => ({ ...i, sections: (i.sections ?? []).slice(0, 1) })) };
const baseRenders: number[] = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  await renderPdf(onePage);
  baseRenders.push(performance.now() - t0);
}
const pages30 = (await extractPdfText(await renderPdf(thirty), 'x')).pages;

console.log([
  `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Corpus: ${N} agendas, ${fmt(avgItems, 1)} items on average, seeds' format (bench/corpus.ts, seed 42).`,
  '',
  '| figure | Lighed | baseline | ratio | target |',
  '| --- | --- | --- | --- | --- |',
  `| text import into the embedded database | ${fmt((N / importMs) * 1000, 1)} documents/s | ${fmt((N / parseMs) * 1000, 0)} documents/s parsed only | ${fmt(importMs / parseMs, 1)}× the parse time | ≥ 100 documents/s |`,
  `| the database's own time for the same writes (EXPLAIN ANALYZE, ${floor.docs} more documents) | ${fmt(floor.total / floor.docs, 1)} ms a document, of which the search index ${fmt(floor.index / floor.docs, 1)} ms | ${fmt(importMs / N, 1)} ms a document imported | ${fmt(floor.total / floor.docs / (importMs / N), 2)}× | at most ${fmt(1000 / (floor.total / floor.docs), 0)} documents/s for any import writing these rows |`,
  `| text import without the search index (${ab.docs} documents each, alternating with whole imports) | ${fmt((ab.docs / ab.withoutIndex) * 1000, 1)} documents/s | ${fmt((ab.docs / ab.whole) * 1000, 1)} documents/s whole | ${fmt(ab.whole / ab.withoutIndex, 2)}× as fast | what building the index later would give the import |`,
  `| PDF import (extract + parse), ${pdfs.length} agendas, median of 3 | ${fmt(median(oursRuns))} ms | ${fmt(median(bareRuns))} ms pdf.js getTextContent only | ${fmt(median(oursRuns) / median(bareRuns), 2)}× | ≤ 1.5× |`,
  `| PDF rendering, 30-item agenda (${pages30} pages), median of 5 | ${fmt(median(renders))} ms | ${fmt(median(baseRenders))} ms one-page document | ${fmt(median(renders) / median(baseRenders), 1)}× | ≤ 1 s |`,
].join('\n'));
