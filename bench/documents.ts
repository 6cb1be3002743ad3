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

const N = Number(process.env.BENCH_DOCS ?? 1000);
const fmt = (n: number, d = 0) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const models = corpus(N, 42);
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
  for (const pdf of pdfs) parseMeetingText((await extractPdfText(pdf, 'bench.pdf')).text);
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
  `| PDF import (extract + parse), ${pdfs.length} agendas, median of 3 | ${fmt(median(oursRuns))} ms | ${fmt(median(bareRuns))} ms pdf.js getTextContent only | ${fmt(median(oursRuns) / median(bareRuns), 2)}× | ≤ 1.5× |`,
  `| PDF rendering, 30-item agenda (${pages30} pages), median of 5 | ${fmt(median(renders))} ms | ${fmt(median(baseRenders))} ms one-page document | ${fmt(median(renders) / median(baseRenders), 1)}× | ≤ 1 s |`,
].join('\n'));
