import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDanishDate } from './dates.ts';
import { parseMeetingText } from './parse-text.ts';

test('the ways Danish documents write a meeting\'s date', () => {
  const written: [string, string][] = [
    ['27-08-2025', '2025-08-27'], ['27.08.2025', '2025-08-27'], ['27/08/2025', '2025-08-27'], ['2025-08-27', '2025-08-27'],
    ['27-8-2025', '2025-08-27'], ['27/8-2025', '2025-08-27'], ['27/8 2025', '2025-08-27'], ['onsdag den 27.8.2025', '2025-08-27'],
    ['27. august 2025', '2025-08-27'], ['27. aug. 2025', '2025-08-27'], ['27. AUGUST 2025', '2025-08-27'], ['27.august 2025', '2025-08-27'],
    ['15-maj-2002', '2002-05-15'], ['14 september, 2026', '2026-09-14'], ['Marts 3, 2016', '2016-03-03'], ['27.08.25', '2025-08-27'],
  ];
  for (const [text, iso] of written) assert.equal(findDanishDate(text), iso, text);
  // A number and a word that is no month before the date do not hide it.
  assert.equal(findDanishDate('Budget 2026, 2.behandling 2025 på mødet 27. august 2025'), '2025-08-27');
  assert.equal(findDanishDate('31/2 2025'), null, 'no such day');
  // And in a document's header.
  assert.equal(parseMeetingText('REFERAT Udvalg for lighed i sundhed d. 27/8 2025\n\nPunkt 1: Orientering\n\nBeslutning\n\nTaget til efterretning.').date, '2025-08-27');
});
