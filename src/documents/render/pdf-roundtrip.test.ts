// Round trip through Lighed's own PDF: every layout in test/fixtures, printed as the members' PDF
// and read back by the PDF importer, is the same meeting. (The text round trip is roundtrip.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { essentialsUnnumbered, printableFixtures } from '../../../test/helpers/parsed.ts';
import { bytesToParsed } from '../document-to-parsed.ts';
import { renderModelFromParsed } from './model.ts';
import { renderPdf } from './pdf.ts';

test('every other body\'s layout in test/fixtures, printed as Lighed\'s PDF, reads back as the same meeting (an attachment list printed without its numbering)', async () => {
  const fixtures = printableFixtures();
  for (const { file, parsed } of fixtures) {
    const pdf = await renderPdf(renderModelFromParsed(parsed, 'members'));
    // (Among them a closed item with nothing but its case number, "2012/061234", the last line of its page: no page number.)
    assert.deepEqual(essentialsUnnumbered(await bytesToParsed(new Uint8Array(pdf), file.replace(/\.txt$/, '.pdf'))), essentialsUnnumbered(parsed), file);
  }
  assert.ok(fixtures.length >= 30, `${fixtures.length} layouts tried`);
});
