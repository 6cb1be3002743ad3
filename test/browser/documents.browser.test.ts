// A meeting's public minutes printed from the browser, as people do with Ctrl+P: the printout
// holds the document and not the site around it, and a PDF made that way — by Chromium's Skia
// rather than Lighed's own pdfmake — imports as the same meeting as the source document.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestApp, testDb, type TestApp } from '../helpers/app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { extractPdfText } from '../../src/documents/pdf-text.ts';
import { documentToParsed } from '../../src/documents/document-to-parsed.ts';
import { parseMeetingText } from '../../src/documents/parse/parse-text.ts';
import { essentials } from '../helpers/parsed.ts';

const seed001 = new URL('../../demo/seeds/001_0540b28be77e626e.txt', import.meta.url);

describe(`printing the public minutes from the browser (${testDb})`, () => {
  let app: TestApp;
  let browser: Browser;
  let dir: string;
  before(async () => {
    [app, browser, dir] = await Promise.all([startTestApp(), launchBrowser(), mkdtemp(join(tmpdir(), 'lighed-print-'))]);
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the printout is the document alone, and the printed PDF imports as the seed meeting', async () => {
    const org = await (await fetch(app.url + '/organer/udvalg-for-lighed-i-sundhed')).text();
    const meeting = /href="(\/moeder\/[0-9a-f-]{36})"/.exec(org)![1]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url + meeting + '/referat');
    // Chromium's own running header (date, title) and footer (address, "1/5"), as with Ctrl+P.
    const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    await context.close();

    const { text, pages } = await extractPdfText(new Uint8Array(pdf), 'referat.pdf');
    assert.ok(pages >= 3, `several pages (${pages})`);
    for (const chrome of ['Log ind', 'Hent som PDF', 'Hent som tekst', 'Hovedmenu', 'Tilgængelighedserklæring', 'Mødekalender', app.url]) {
      assert.ok(!text.includes(chrome), `the printout holds no "${chrome}"`);
    }
    const file = join(dir, 'referat-udskrevet.pdf');
    await writeFile(file, pdf);
    const printed = await documentToParsed(file);
    const source = parseMeetingText(readFileSync(seed001, 'utf8'));
    assert.equal(source.items.length, 5);
    assert.ok(source.items.some((i) => i.attachments.length > 0), 'the seed has attachments, listed with bullets on the page');
    assert.deepEqual(essentials(printed), essentials(source));
  });
});
