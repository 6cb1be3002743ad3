// PDFs that Lighed did not write itself import as the meetings they print: the seed meeting's
// minutes rendered by Lighed and then rewritten by another PDF producer (poppler's cairo backend,
// which draws ligatures such as "fi" as glyphs of their own), and meetings laid out the way other
// producers lay them out (test/helpers/foreign-pdf.ts).
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
import { bytesToParsed, documentToParsed } from '../src/documents/document-to-parsed.ts';
import { extractPdfText } from '../src/documents/pdf-text.ts';
import type { ParsedMeeting } from '../src/documents/parse/types.ts';
import { foreignPdf } from './helpers/foreign-pdf.ts';
import { ocrLayerPdf, wrapLines } from './helpers/ocr-pdf.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { t } from '../src/shared/i18n.ts';

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

test('PDFs in another producer\'s layout import as the meetings they print', async () => {
  const read = (path: string) => parseMeetingText(readFileSync(new URL(path, import.meta.url), 'utf8'));
  const cases: { name: string; meeting: ParsedMeeting; pagePerItem: boolean }[] = [
    // Items flowing on from page to page; a date wrapped to the start of a line ("… (mødet den" / "25. juni 2026) …").
    { name: 'seed 004', meeting: read('../demo/seeds/004_710de0afac8e5145.txt'), pagePerItem: false },
    { name: 'seed 001', meeting: source, pagePerItem: true },
    // Two pages: their running header and "… | Side 1 af 2" footer are furniture too.
    { name: 'two pages', meeting: read('./fixtures/layout-kk-edoc_referat.txt'), pagePerItem: false },
    // Each item on a page of its own, each ending with an empty "Beslutning": a heading, not a footer.
    { name: 'empty decisions', meeting: read('./fixtures/layout-kommune-forside_dagsorden.txt'), pagePerItem: true },
    // A contents entry that wraps, its page number beside the first line; an item title wrapped after "og".
    { name: 'wrapped entry', meeting: read('./fixtures/rm-patientinddragelsesudvalget_2020-12-09_referat_EXCERPT.txt'), pagePerItem: false },
    // A body whose name says "gruppe" / "klyngen", on the line under "Referat".
    { name: 'cluster group', meeting: read('./fixtures/layout-rm-klynge_referat.txt'), pagePerItem: false },
    // Titles run straight into their text (no heading between): only the larger type tells them apart.
    { name: 'no headings', meeting: { ...read('./fixtures/layout-udsatteraad-koege_referat.txt'), date: '2026-09-14', organization: 'Udsatterådet' }, pagePerItem: false },
    // "2. Title" / "Sagsnr.: …" / "Forvaltningen indstiller, at …": a recommendation with no heading under the case number.
    { name: 'recommendation without heading', meeting: read('./fixtures/layout-aalborg_referat.txt'), pagePerItem: false },
  ];
  for (const c of cases) {
    const m = c.meeting as ParsedMeeting & { date: string; organization: string };
    assert.ok(m.date && m.organization && m.items.length > 0, c.name);
    const imported = await bytesToParsed(new Uint8Array(await foreignPdf(m, { pagePerItem: c.pagePerItem })), `${c.name}.pdf`);
    assert.deepEqual(essentials(imported), essentials(m), c.name);
  }
});

test('"Afbud:" and "Fraværende:" side by side over their names (Region Hovedstaden\'s front page): read a column at a time, all of them absent', async () => {
  const meeting = { ...source, absent: ['Louise Høgh', 'Elvin Hansen', 'Stine Damborg'] } as ParsedMeeting & { date: string; organization: string };
  const pdf = await foreignPdf(meeting, { pagePerItem: false, absenceColumns: true });
  const { text } = await extractPdfText(new Uint8Array(pdf), 'forside.pdf');
  assert.match(text, /^Afbud:\nLouise Høgh\nElvin Hansen\n\nFraværende:\nStine Damborg$/m);
  assert.deepEqual(essentials(await bytesToParsed(new Uint8Array(pdf), 'forside.pdf')), essentials(meeting));
});

test('the meeting\'s facts two to a row ("Mødedato: …" beside "Mødetidspunkt: …", "Mødested: …" beside "Afbud: …"): each fact read', async () => {
  const pdf = await foreignPdf(source as ParsedMeeting & { date: string; organization: string }, { pagePerItem: false, factsSideBySide: true });
  const { text } = await extractPdfText(new Uint8Array(pdf), 'forside.pdf');
  assert.match(text, /^Mødested: Konferencelokalet, Regionshuset Viborg\nAfbud: Louise Høgh, Elvin Hansen, Stine Damborg$/m);
  assert.deepEqual(essentials(await bytesToParsed(new Uint8Array(pdf), 'forside.pdf')), essentials(source));
});

test('the facts two to a row and "Afbud:" beside "Fraværende:", turned into text by pdftotext (plain and -layout): the front page read as from the PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lighed-pdftotext-'));
  try {
    const meeting = source as ParsedMeeting & { date: string; organization: string };
    const front = (m: ParsedMeeting) => [m.organization, m.date, m.start, m.location, m.absent];
    // (Plain pdftotext gives a value wrapped in its cell as a line of its own under the fact: "Mødested: …, Regionshuset" /
    // "Viborg", which reads like a list under a label. Only -layout keeps the cell's lines together there.)
    for (const [layout, modes] of [[{ absenceColumns: true }, [[], ['-layout']]], [{ factsSideBySide: true }, [['-layout']]]] as const) {
      writeFileSync(join(dir, 'referat.pdf'), await foreignPdf(meeting, { pagePerItem: false, ...layout }));
      for (const mode of modes) {
        execFileSync('pdftotext', [...mode, join(dir, 'referat.pdf'), join(dir, 'referat.txt')]);
        assert.deepEqual(front(await documentToParsed(join(dir, 'referat.txt'))), front(meeting), `${JSON.stringify(layout)}, pdftotext ${mode.join('')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('each section\'s heading in a column of its own beside its text: a heading over its text', async () => {
  const read = (path: string) => parseMeetingText(readFileSync(new URL(path, import.meta.url), 'utf8')) as ParsedMeeting & { date: string; organization: string };
  // (Seed 004's "Praktiske oplysninger" wraps in its column; Aarhus' decision wraps before "beslutning i byrådets møde den …".)
  const meetings = [source as ParsedMeeting & { date: string; organization: string }, ...['../demo/seeds/004_710de0afac8e5145.txt', './fixtures/layout-aarhus_referat.txt', './fixtures/layout-vejle_referat.txt', './fixtures/rm-regionsraadet_2022-01-26_referat_EXCERPT.txt'].map(read)];
  for (const meeting of meetings) {
    const pdf = await foreignPdf(meeting, { pagePerItem: false, headingsBeside: true });
    assert.deepEqual(essentials(await bytesToParsed(new Uint8Array(pdf), 'referat.pdf')), essentials(meeting), meeting.organization);
  }
});

test('a "samlet dokument" — the minutes with an attachment bound in after their last page — imports as the minutes; the secretary is told which pages were not read', async () => {
  const meeting = source as ParsedMeeting & { date: string; organization: string };
  // A report with numbered headings and its own "Beslutning", which would otherwise run into the last item.
  const report = ['Sundhedsprofil 2025', 'Rapport fra Center for Folkesundhed', '1. Indledning', 'Rapporten bygger på svar fra 40.000 borgere.', 'Beslutning', 'Rapporten er godkendt af styregruppen.', ...Array.from({ length: 60 }, (_, i) => `Afsnit ${i + 1} om uligheden i sundhed, som er stor.`)];
  const without = { pagePerItem: false };
  const ownPages = (await extractPdfText(new Uint8Array(await foreignPdf(meeting, without)), 'referat.pdf')).pages;
  for (const footer of [undefined, (page: number, pages: number) => `Sundhedsprofil 2025 – side ${page} af ${pages}`]) {
    const pdf = new Uint8Array(await foreignPdf(meeting, { ...without, appendix: { paragraphs: report, ...(footer ? { footer } : {}) } }));
    const all = (await extractPdfText(pdf, 'samlet.pdf')).pages;
    assert.ok(all >= ownPages + 2, `${all} pages, the minutes' ${ownPages}`);
    const imported = await bytesToParsed(pdf, 'samlet.pdf');
    assert.deepEqual(essentials(imported), essentials(meeting));
    assert.doesNotMatch(JSON.stringify(imported), /Sundhedsprofil|styregruppen/);
    assert.deepEqual(imported.warnings, ['import.warning.pages_not_meeting']);
    assert.equal(t('da', 'import.warning.pages_not_meeting', imported.warningParams?.['import.warning.pages_not_meeting']), `Siderne ${ownPages + 1}–${all} hører ikke til dagsordenen eller referatet (dets egne sider er nummereret 1–${ownPages}) – formentlig bilag, der er sat ind i filen. De er ikke læst med; importér bilagene for sig, hvis de skal med.`);
    // An attachment's own PDF is read whole.
    assert.match((await extractPdfText(pdf, 'samlet.pdf')).text, /styregruppen/);
    // The same pages turned into text by pdftotext (a form feed after each page) read as the minutes' pages alone do.
    const dir = mkdtempSync(join(tmpdir(), 'lighed-samlet-'));
    try {
      const asText = async (bytes: Uint8Array, name: string) => {
        writeFileSync(join(dir, `${name}.pdf`), bytes);
        execFileSync('pdftotext', [join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
        return documentToParsed(join(dir, `${name}.txt`));
      };
      const fromText = await asText(pdf, 'samlet');
      const alone = await asText(new Uint8Array(await foreignPdf(meeting, without)), 'referat');
      assert.deepEqual(essentials(fromText), essentials(alone));
      assert.deepEqual([alone.warnings, fromText.warnings, fromText.warningParams], [[], imported.warnings, imported.warningParams]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a meeting place wrapped in its cell is read whole: from the PDF and from pdftotext\'s text, plain and -layout', async () => {
  const seed = parseMeetingText(readFileSync(new URL('../demo/seeds/004_710de0afac8e5145.txt', import.meta.url), 'utf8')) as ParsedMeeting & { date: string; organization: string };
  const location = 'Regionshuset Viborg, Skottenborg 26, 8800 Viborg, mødelokale F7 i stueetagen';
  const dir = mkdtempSync(join(tmpdir(), 'lighed-place-'));
  try {
    for (const factsSideBySide of [false, true]) {
      const pdf = await foreignPdf({ ...seed, location }, { pagePerItem: false, factsSideBySide });
      assert.equal((await bytesToParsed(new Uint8Array(pdf), 'dagsorden.pdf')).location, location, `PDF, facts side by side: ${factsSideBySide}`);
      writeFileSync(join(dir, 'dagsorden.pdf'), pdf);
      for (const mode of [[], ['-layout']]) {
        execFileSync('pdftotext', [...mode, join(dir, 'dagsorden.pdf'), join(dir, 'dagsorden.txt')]);
        assert.equal((await documentToParsed(join(dir, 'dagsorden.txt'))).location, location, `pdftotext ${mode.join('')}, facts side by side: ${factsSideBySide}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a scan with an OCR text layer imports as the meeting it shows: words placed one by one, wandering baselines, a page scanned askew', async () => {
  for (const seed of ['001_0540b28be77e626e.txt', '004_710de0afac8e5145.txt']) {
    const text = readFileSync(new URL(`../demo/seeds/${seed}`, import.meta.url), 'utf8');
    const meeting = parseMeetingText(text);
    // (A baseline may wander 2.5 points from its line's, and an askew line climb 4.5 points across the page: the
    // next line still lies 14 points below.)
    for (const [jitter, skew] of [[0.3, 0], [2.5, 0], [1, 1], [1, -1]] as const) {
      const pdf = ocrLayerPdf(wrapLines(text), { jitter, skew, seed: 7 });
      assert.deepEqual(essentials(await bytesToParsed(new Uint8Array(pdf), 'skannet.pdf')), essentials(meeting), `${seed}, jitter ${jitter}, skew ${skew}`);
    }
  }
});

test('text at another angle than the page\'s is no part of it (a case number up the margin, a diagonal "UDKAST"); a page scanned sideways reads', async () => {
  const text = readFileSync(new URL('../demo/seeds/001_0540b28be77e626e.txt', import.meta.url), 'utf8');
  const meeting = parseMeetingText(text);
  const cases = [
    { margin: 'Sagsnr. 2024-004711 - Dok.nr. 2024-123456', watermark: 'UDKAST' },
    { turned: true },
    { turned: true, margin: 'Sagsnr. 2024-004711', watermark: 'KOPI' },
  ];
  for (const c of cases) {
    const imported = await bytesToParsed(new Uint8Array(ocrLayerPdf(wrapLines(text), { jitter: 0.5, skew: 0, seed: 3, ...c })), 'skannet.pdf');
    assert.doesNotMatch(JSON.stringify(imported), /2024-123456|UDKAST|KOPI/, JSON.stringify(c));
    assert.deepEqual(essentials(imported), essentials(meeting), JSON.stringify(c));
  }
});

test('PDFs turned into text by pdftotext, plain and -layout, import as the meetings they print', async () => {
  // Plain: lines of one block run together (a title, then "Det indstilles,"; "Fremmøde" and its sentences).
  // -layout: a running header's parts spaced differently on each page, a table's "Afbud      Bent Lund".
  // Both: a vote ("Indstillingen blev sat til afstemning." / "For stemte: …") one line a side.
  const dir = mkdtempSync(join(tmpdir(), 'lighed-pdftotext-'));
  try {
    for (const name of ['layout-roedovre_referat.txt', 'layout-rm-klynge_referat.txt', 'layout-kk-edoc_referat.txt', 'layout-kommune-forside_dagsorden.txt', 'layout-silkeborg_referat.txt']) {
      const meeting = parseMeetingText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
      const pdfs = { lighed: await renderPdf(renderModelFromParsed(meeting, 'members')), other: await foreignPdf(meeting as ParsedMeeting & { date: string; organization: string }, { pagePerItem: false }) };
      for (const [producer, bytes] of Object.entries(pdfs)) {
        for (const mode of [[], ['-layout']]) {
          writeFileSync(join(dir, 'referat.pdf'), bytes);
          execFileSync('pdftotext', [...mode, join(dir, 'referat.pdf'), join(dir, 'referat.txt')]);
          assert.deepEqual(essentials(await documentToParsed(join(dir, 'referat.txt'))), essentials(meeting), `${name}, ${producer}'s PDF, pdftotext ${mode.join('')}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
