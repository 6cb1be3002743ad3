// PDF reading runs in a thread of its own with a time limit: a PDF that takes too long is refused
// with a clear message, and the next one is read by a fresh thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPdfText } from './pdf-text.ts';
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
