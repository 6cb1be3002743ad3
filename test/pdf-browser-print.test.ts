// A meeting's web page saved as PDF from a browser: the print adds a header and a footer of its own —
// the time of printing, the page's title and address, "2/5" or "Side 2 af 5" — and wraps every line
// anew. The PDF must import as the meeting the page shows: the time of printing is never its date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { essentials } from './helpers/parsed.ts';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import { bytesToParsed } from '../src/documents/document-to-parsed.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A copied web page as the page it came from: each block a paragraph, its lines kept. */
const asPage = (text: string) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Politik - Eksempel Kommune</title>
  <style>body{font-family:sans-serif;font-size:11pt} p{margin:0 0 8pt}</style></head><body>${
    text.replace(/\r/g, '').split(/\n\s*\n/).map((p) => `<p>${p.split('\n').map(esc).join('<br>')}</p>`).join('\n')}</body></html>`;

const side = (left: string, right: string) =>
  `<div style="font-size:8pt;width:100%;display:flex;justify-content:space-between;padding:0 10mm"><span>${left}</span><span>${right}</span></div>`;
const address = 'https://www.eksempel.dk/politik/dagsordener-og-referater/moede-1234';
// Chromium's own header and footer (in Danish and in English), and Firefox's, as they print.
const prints = {
  'Chromium, Danish': { header: side('24.11.2026 10.41', 'Politik - Eksempel Kommune'), footer: side(address, '<span class="pageNumber"></span>/<span class="totalPages"></span>') },
  'Chromium, English': { header: side('11/24/26, 10:41 AM', 'Politik - Eksempel Kommune'), footer: side(address, '<span class="pageNumber"></span>/<span class="totalPages"></span>') },
  Firefox: { header: side('Politik - Eksempel Kommune', address), footer: side('Side <span class="pageNumber"></span> af <span class="totalPages"></span>', '24-11-2026 10:41') },
};

const documents = [
  // One page each: nothing recurs, so only the print's own lines tell its header and footer.
  'test/fixtures/layout-regionh-firstagenda_referat.txt',
  'test/fixtures/layout-udsatteraad-koege_referat.txt',
  'test/fixtures/layout-aalborg_referat.txt',
  // Headings and titles in capitals, each member marked "Deltog" or "Afbud" (Region Hovedstaden's PDFs).
  'test/fixtures/layout-regionh-firstagenda-pdf_beslutninger.txt',
  // A fact wrapped over two lines ("… og Ulla" / "Dyhr, der havde meldt afbud.") and a line ended early by a long word.
  'test/fixtures/rm-patientinddragelsesudvalget_2020-12-09_referat_EXCERPT.txt',
  'demo/seeds/001_0540b28be77e626e.txt',
  // A page ended a line early, before a paragraph that would have left one line alone: its full last line ends a paragraph.
  'demo/seeds/004_710de0afac8e5145.txt',
];

test('a meeting\'s page printed to PDF from Chromium or Firefox imports as the meeting the page shows', async () => {
  const page = await (await browser.newContext()).newPage();
  for (const file of documents) {
    const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const expected = essentials(parseMeetingText(text));
    await page.setContent(asPage(text));
    for (const [name, { header, footer }] of Object.entries(prints)) {
      const pdf = await page.pdf({ format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' }, displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer });
      assert.deepEqual(essentials(await bytesToParsed(new Uint8Array(pdf), 'side.pdf')), expected, `${file}, printed by ${name}`);
    }
  }
});
