// Round trip: importing the rendered text of a meeting gives back the same meeting — for
// generated meetings of every shape the model allows, and for the seeds; the same for the HTML file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { essentialsUnnumbered, printableFixtures } from '../../../test/helpers/parsed.ts';
import fc from 'fast-check';
import { meeting, normalize } from '../../../test/helpers/generated-meetings.ts';
import { parseMeetingText } from '../parse/parse-text.ts';
import { renderModelFromParsed } from './model.ts';
import { renderText } from './text.ts';
import { renderStandaloneHtml } from './standalone.tsx';
import { bytesToParsed } from '../document-to-parsed.ts';

test('importing the rendered text of any meeting gives back the same meeting', () => {
  fc.assert(
    fc.property(meeting, (m) => {
      const back = renderModelFromParsed(parseMeetingText(renderText(m)));
      assert.deepEqual(normalize(back), normalize(m));
    }),
    { numRuns: Number(process.env.LIGHED_PROPERTY_RUNS ?? 300) },
  );
});

test('importing the HTML file of any meeting (lighed render --format html) gives back the same meeting', async () => {
  await fc.assert(
    fc.asyncProperty(meeting, async (m) => {
      // Read as `lighed import` reads a file: recognised as HTML by its bytes, then the meeting in its text.
      const back = renderModelFromParsed(await bytesToParsed(new TextEncoder().encode(renderStandaloneHtml(m)), 'møde.html'));
      assert.deepEqual(normalize(back), normalize(m));
    }),
    { numRuns: Number(process.env.LIGHED_PROPERTY_RUNS ?? 300) },
  );
});

test('the seeds survive render → import unchanged', () => {
  for (const f of ['001_0540b28be77e626e.txt', '003_4886c90ef1964535.txt', '004_710de0afac8e5145.txt']) {
    const parsed = parseMeetingText(readFileSync(new URL(`../../../demo/seeds/${f}`, import.meta.url), 'utf8'));
    const again = parseMeetingText(renderText(renderModelFromParsed(parsed)));
    // (Warnings and "untitled" — seed 003 gives its case no title, the print does — tell of the source, not the meeting.)
    const meeting = (m: typeof parsed) => ({ ...m, warnings: [], items: m.items.map(({ untitled: _, ...item }) => item) });
    assert.deepEqual(meeting(again), meeting(parsed), f);
  }
});

test('every other body\'s layout in test/fixtures, printed in Lighed\'s layout, reads back as the same meeting', () => {
  const fixtures = printableFixtures();
  for (const { file, parsed } of fixtures) {
    const again = parseMeetingText(renderText(renderModelFromParsed(parsed)));
    // (An attachment list is printed from the attachments' titles, without the source's numbering.)
    assert.deepEqual(essentialsUnnumbered(again), essentialsUnnumbered(parsed), file);
  }
  assert.ok(fixtures.length >= 30, `${fixtures.length} layouts tried`);
});

test('minutes whose items do not say who came get the attendance line in Danish', async () => {
  const parsed = parseMeetingText(readFileSync(new URL('../../../demo/seeds/001_0540b28be77e626e.txt', import.meta.url), 'utf8'));
  const model = renderModelFromParsed(parsed);
  const withoutItem = { ...model, items: model.items.slice(0, 4), absent: ['Elvin Hansen', 'Louise Høgh', 'Stine Damborg'], attendanceRecorded: true };
  const text = renderText(withoutItem);
  assert.ok(text.endsWith('\n\nFremmøde\n\nAlle var mødt, undtagen Elvin Hansen, Louise Høgh og Stine Damborg.\n\nMødet blev hævet kl. 11.30.'));
  // Seed 001 says it in its own item, so it is not said twice.
  assert.equal(renderText(model).match(/Alle var mødt/g)!.length, 1);
  assert.equal(renderText({ ...withoutItem, absent: [] }).includes('\n\nAlle var mødt.\n\n'), true);
});

test('two items with one title, one of them closed: read back, only that one is closed (the contents name it by title alone)', () => {
  const parsed = parseMeetingText('REFERAT Udvalget d. 05-11-2026\n\nPunkt 1: Orientering\n\nSagsfremstilling\n\nÅben tekst.\n\nPunkt 2: Lukket: Orientering\n\nSagsfremstilling\n\nLukket tekst.\n\nPunkt 3: Lukket: Personalesag\n\nSagsfremstilling\n\nLukket tekst.');
  const again = parseMeetingText(renderText(renderModelFromParsed(parsed)));
  assert.deepEqual(again.items.map((i) => [i.title, i.public]), [['Orientering', true], ['Orientering', false], ['Personalesag', false]]);
});
