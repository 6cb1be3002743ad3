// PDF reading runs in a thread of its own with a time limit: a PDF that takes too long is refused
// with a clear message, and the next one is read by a fresh thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPdfText, textFromItems, type TextItem } from './pdf-text.ts';
import { renderPdf } from './render/pdf.ts';
import { renderModelFromParsed } from './render/model.ts';
import { parseMeetingText } from './parse/parse-text.ts';
import { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';

const agenda = parseMeetingText(`DAGSORDEN Udsatterådet d. 03-12-2026

Mødedato Torsdag d. 3. december 2026 kl. 10:00

Mødested Regionshuset Aarhus

Punkt 1: Vinterberedskab for hjemløse

Sagsfremstilling

Varmestuerne holder længere åbent i december og januar.
`);

test('a PDF that cannot be read in time is refused, and the next PDF is read as usual', async () => {
  const pdf = new Uint8Array(await renderPdf(renderModelFromParsed(agenda, 'public')));
  await assert.rejects(extractPdfText(pdf, 'langsom.pdf', { limitMs: 1 }), (err: unknown) => {
    assert.ok(err instanceof AppError);
    assert.equal(t('da', err.messageKey, err.params), 'PDF-filen langsom.pdf kunne ikke læses inden for 0 sekunder eller med den hukommelse, Lighed giver den. Den kan være beskadiget eller meget stor; prøv at gemme den som PDF igen.');
    return true;
  });
  const { text } = await extractPdfText(pdf, 'dagsorden.pdf');
  assert.match(text, /Varmestuerne holder længere åbent i december og januar\./);
  assert.deepEqual(parseMeetingText(text).items.map((i) => i.title), ['Vinterberedskab for hjemløse']);
});

test('several PDFs at once are read one after the other, each getting its own text', async () => {
  const other = parseMeetingText(`DAGSORDEN Udsatterådet d. 10-12-2026\n\nMødedato Torsdag d. 10. december 2026 kl. 10:00\n\nPunkt 1: Sundhedsrum i Aarhus\n\nSagsfremstilling\n\nRummet åbner i 2027.\n`);
  const [a, b] = await Promise.all([renderPdf(renderModelFromParsed(agenda, 'public')), renderPdf(renderModelFromParsed(other, 'public'))]);
  const [ta, tb] = await Promise.all([extractPdfText(new Uint8Array(a), 'a.pdf'), extractPdfText(new Uint8Array(b), 'b.pdf')]);
  assert.match(ta.text, /Vinterberedskab for hjemløse/);
  assert.match(tb.text, /Sundhedsrum i Aarhus/);
  assert.doesNotMatch(ta.text, /Sundhedsrum/);
});

/** A page set like Word's default body text: 11 pt lines 13.4 pt apart, paragraphs `after` pt further apart. */
function wordPage(paragraphs: string[][], after: number): TextItem[] {
  const items: TextItem[] = [];
  let y = 780;
  for (const lines of paragraphs) {
    for (const line of lines) {
      items.push({ str: line, transform: [11, 0, 0, 11, 72, y], width: line.length * 5.5, height: 11 });
      y -= 13.4;
    }
    y -= after;
  }
  return items;
}

test('paragraphs set only a few points apart, as Word does, stay paragraphs; lines of one paragraph stay together', () => {
  const paragraphs = [
    ['Udvalget for lighed i sundhed har i perioden arbejdet målrettet med', 'initiativer, der skal fremme lighed i sundhed på tværs af regionen.'],
    ['Civilsamfundet spiller en central rolle i at fremme trivsel, forebygge', 'sygdom og skabe sammenhæng i borgernes liv og har en særlig', 'forudsætning for at møde borgerne med tillid.'],
    ['Det foreslås, at puljen fordeles med 1,6 mio. kr. til hvert af de fem', 'sundhedsråd fra 2026.'],
    ['Koncerndirektøren indleder drøftelsen med et oplæg om samarbejdet', 'med civilsamfundet og de nye sundhedsråd i regionen.'],
  ];
  for (const after of [4, 6, 8]) {
    const text = textFromItems([wordPage(paragraphs, after)]);
    assert.deepEqual(text.trim().split('\n\n').map((p) => p.split('\n').length), [2, 3, 2, 2], `${after} pt between paragraphs`);
  }
  const dense = textFromItems([wordPage(paragraphs, 0)]);
  assert.doesNotMatch(dense.trim(), /\n\n/, 'no paragraph breaks where the document sets none');
});

// A text item of `size` points at (x, y); a paragraph whose "årligt" carries a footnote mark in small raised type.
const at = (str: string, x: number, y: number, size = 11): TextItem => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size });
const markedParagraph = [at('Økonomi', 72, 780), at('Udgiften på 1,2 mio. kr. årligt', 72, 760), at('1', 72 + 31 * 5.5, 764, 7), at('afholdes inden for udvalgets ramme.', 72 + 32 * 5.5 + 4, 760)];

test('a footnote\'s mark raised in small type is part of its word ("årligt¹"), and the footnote at the page\'s foot follows the paragraph it explains', () => {
  const page: TextItem[] = [
    ...markedParagraph,
    at('Beslutning', 72, 730),
    at('Anbefales.', 72, 716),
    at('1 Beløbet er i 2027-priser.', 72, 90, 9),
  ];
  const text = textFromItems([page]);
  assert.equal(text.trim(), 'Økonomi\n\nUdgiften på 1,2 mio. kr. årligt¹ afholdes inden for udvalgets ramme.\n\n¹ Beløbet er i 2027-priser.\n\nBeslutning\nAnbefales.');
});

test('several footnotes on one page: each follows the paragraph holding its own mark, also when it wraps onto a line that opens with a number', () => {
  const page: TextItem[] = [
    ...markedParagraph,
    at('Varmestuen får 40 pladser', 72, 730),
    at('2', 72 + 25 * 5.5, 734, 7),
    at('fra 1. december.', 72 + 26 * 5.5 + 4, 730),
    at('Beslutning', 72, 700),
    at('Anbefales.', 72, 686),
    at('1 Beløbet er i 2027-priser.', 72, 100, 9),
    at('2 Heraf er otte pladser til kvinder; udgiften på', 72, 90, 9),
    at('12 mio. kr. er med i rammen.', 72, 80, 9),
  ];
  const text = textFromItems([page]);
  assert.equal(text.trim(), [
    'Økonomi',
    'Udgiften på 1,2 mio. kr. årligt¹ afholdes inden for udvalgets ramme.',
    '¹ Beløbet er i 2027-priser.',
    'Varmestuen får 40 pladser² fra 1. december.',
    '² Heraf er otte pladser til kvinder; udgiften på\n12 mio. kr. er med i rammen.',
    'Beslutning\nAnbefales.',
  ].join('\n\n'));
});
