// PDFs that Lighed did not write itself: the seed meeting's minutes rendered by Lighed and then
// rewritten by another PDF producer (poppler's cairo backend, which draws ligatures such as "fi"
// as glyphs of their own) import as the same meeting as the source text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { essentials } from './helpers/parsed.ts';
import { renderPdf } from '../src/documents/render/pdf.ts';
import { renderModelFromParsed } from '../src/documents/render/model.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { documentToParsed } from '../src/documents/document-to-parsed.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const source = parseMeetingText(readFileSync(new URL('../demo/seeds/001_0540b28be77e626e.txt', import.meta.url), 'utf8'));

test('the seed minutes rewritten by cairo import as the seed meeting, ligatures joined into their words', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lighed-producers-'));
  try {
    const ours = join(dir, 'referat.pdf');
    const theirs = join(dir, 'referat-cairo.pdf');
    writeFileSync(ours, await renderPdf(renderModelFromParsed(source, 'public')));
    execFileSync('pdftocairo', ['-pdf', ours, theirs]);
    // What this test is about: pdf.js reads cairo's "fi" ligature as a piece of text of its own.
    const doc = await getDocument({ data: new Uint8Array(readFileSync(theirs)), verbosity: 0 }).promise;
    const pieces = (await Promise.all(Array.from({ length: doc.numPages }, async (_, n) => (await (await doc.getPage(n + 1)).getTextContent()).items))).flat();
    await doc.destroy();
    assert.ok(pieces.some((p) => 'str' in p && p.str === 'fi'), 'a ligature drawn on its own');
    const imported = await documentToParsed(theirs);
    assert.match(JSON.stringify(imported), /tværs af geografi og sociale skel/);
    assert.deepEqual(essentials(imported), essentials(source));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
