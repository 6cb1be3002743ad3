// How reading a document scales with its size, for the shapes that once took minutes: each shape is
// read at n and at 4n, and the figure is the ratio of the two times. A reader that is linear in the
// size shows ~4×; one that is quadratic shows ~16×. An upload of a few MB must never hold the server.
import { htmlToText } from '../src/documents/html-text.ts';
import { parseMeetingText, ParseError } from '../src/documents/parse/parse-text.ts';

const n = Number(process.env.BENCH_SCALE ?? 20_000);
const head = 'REFERAT Udvalget d. 01-02-2026\n\n';

const shapes: { name: string; make: (k: number) => string; html?: boolean }[] = [
  { name: 'items of a few lines each', make: (k) => head + Array.from({ length: k / 4 }, (_, i) => `Punkt ${i + 1}: Sag ${i + 1}\n\nBeslutning\n\nGodkendt.\n`).join('\n') },
  { name: 'one paragraph of wrapped lines (no blank line)', make: (k) => head + 'Punkt 1: Sag\n\nSagsfremstilling\n\n' + 'orde-\n'.repeat(k) },
  { name: 'one recommendation of many "at"-clauses', make: (k) => head + 'Punkt 1: Sag\n\nIndstilling\n\n' + 'at x\n'.repeat(k) },
  { name: 'the same item number over and over', make: (k) => head + 'Punkt 1: x\n'.repeat(k) },
  { name: 'one line without a break', make: (k) => head + 'Punkt 1: Sag\n\nBeslutning\n\n' + 'ord '.repeat(k * 10) },
  { name: 'HTML: lists nested without end', make: (k) => '<ol>'.repeat(k / 4) + 'x' + '</ol>'.repeat(k / 4), html: true },
  { name: 'HTML: table rows never closed', make: (k) => '<h1>Referat</h1><table>' + '<tr><td>a</td><td>b'.repeat(k), html: true },
];

function read(input: string, html: boolean): number {
  const t0 = performance.now();
  try {
    parseMeetingText(html ? htmlToText(input) : input);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  return performance.now() - t0;
}

const best = (input: string, html: boolean) => Math.min(read(input, html), read(input, html), read(input, html));

console.log(`\n## Reading documents: time at 4× the size / time at 1× (${n} and ${4 * n} lines)\n`);
console.log('| shape | 1× | 4× | ratio | target |');
console.log('| --- | --- | --- | --- | --- |');
for (const shape of shapes) {
  const small = shape.make(n);
  const large = shape.make(4 * n);
  read(small, !!shape.html); // warm-up
  const a = best(small, !!shape.html);
  const b = best(large, !!shape.html);
  const ratio = b / Math.max(a, 0.01);
  console.log(`| ${shape.name} | ${(small.length / 1e6).toFixed(2)} MB in ${a.toFixed(0)} ms | ${(large.length / 1e6).toFixed(2)} MB in ${b.toFixed(0)} ms | ${ratio.toFixed(1)}× | ≤ 6× ${ratio <= 6 ? '✔' : '✘'} |`);
}
