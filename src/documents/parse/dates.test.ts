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

test('a meeting\'s start and end as headers write them', () => {
  const header = (line: string) => {
    const m = parseMeetingText(`Referat\n\nUdvalg for lighed i sundhed\n\n${line}\n\nSted: Konferencelokalet\n\nPunkt 1: Orientering\n\nBeslutning\n\nTaget til efterretning.`);
    return [m.date, m.start, m.end];
  };
  const cases: [string, (string | null)[]][] = [
    ['Mødedato: Onsdag d. 27. august 2025 kl. 9.00-11.30', ['2025-08-27', '09:00', '11:30']],
    ['Mødedato: 27.08.2025 kl. 16-18', ['2025-08-27', '16:00', '18:00']],
    ['Mødedato: 27.08.25 kl. 9 - 11.30', ['2025-08-27', '09:00', '11:30']],
    ['Mødedato: d.07.08.2025 kl. 9', ['2025-08-07', '09:00', null]],
    ['Dato: 27-08-2025\n\nTidspunkt: fra kl. 9 til kl. 11', ['2025-08-27', '09:00', '11:00']],
    ['Dato: 27-08-2025\n\nTidspunkt: kl. 9.00 til 11.30', ['2025-08-27', '09:00', '11:30']],
    // An end before the start is no span: only the start is sure.
    ['Dato: 27-08-2025\n\nTidspunkt: kl. 18-16', ['2025-08-27', '18:00', null]],
  ];
  for (const [line, expected] of cases) assert.deepEqual(header(line), expected, line);
});
