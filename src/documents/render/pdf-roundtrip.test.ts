// Round trip through Lighed's own PDF: every layout in test/fixtures, printed as the members' PDF
// and read back by the PDF importer, is the same meeting; so is any generated meeting, but for paragraph
// breaks at a page break. (The text round trip is roundtrip.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { essentialsUnnumbered, printableFixtures } from '../../../test/helpers/parsed.ts';
import { bytesToParsed } from '../document-to-parsed.ts';
import { renderModelFromParsed } from './model.ts';
import { renderPdf } from './pdf.ts';
import fc from 'fast-check';
import { meeting, normalize } from '../../../test/helpers/generated-meetings.ts';

test('every other body\'s layout in test/fixtures, printed as Lighed\'s PDF, reads back as the same meeting (an attachment list printed without its numbering)', async () => {
  const fixtures = printableFixtures();
  for (const { file, parsed } of fixtures) {
    const pdf = await renderPdf(renderModelFromParsed(parsed, 'members'));
    // (Among them a closed item with nothing but its case number, "2012/061234", the last line of its page: no page number.)
    assert.deepEqual(essentialsUnnumbered(await bytesToParsed(new Uint8Array(pdf), file.replace(/\.txt$/, '.pdf'))), essentialsUnnumbered(parsed), file);
  }
  assert.ok(fixtures.length >= 30, `${fixtures.length} layouts tried`);
});

test('importing the PDF of any meeting gives back the same meeting, up to where paragraphs part at a page break', async () => {
  // A paragraph that ends on a full line at the foot of a page and the next page's first paragraph look the same
  // as one paragraph running on (a full line, a full stop, a capital): there the reading may join or part them.
  // Everything else must come back: items, titles, numbers, case numbers, headings, every word in order, clauses,
  // decisions, attachments, attendance and the header.
  const parted = (x: ReturnType<typeof normalize>) => ({
    ...x,
    items: x.items.map((i) => ({ ...i, sections: (i.sections ?? []).map((s) => ({ ...s, text: s.text.replace(/\s*\n\n\s*/g, ' '), lead: s.clauses.length ? s.lead : null })) })),
  });
  await fc.assert(
    fc.asyncProperty(meeting, async (m) => {
      const back = renderModelFromParsed(await bytesToParsed(new Uint8Array(await renderPdf(m)), 'møde.pdf'));
      assert.deepEqual(parted(normalize(back)), parted(normalize(m)));
    }),
    // (A PDF is made and read again each run: fewer runs than the text's 300.)
    { numRuns: Number(process.env.LIGHED_PDF_PROPERTY_RUNS ?? 60), endOnFailure: true },
  );
});
