// The minutes' notes on the meeting: what a front page says of the meeting beyond attendance, times and place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';

const fixture = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));
const ITEMS = 'Punkt 1: Velkomst\n\nBeslutning\n\nTaget til efterretning.\n\nPunkt 2: Orientering\n\nBeslutning\n\nTaget til efterretning.';
const minutes = (...head: string[]) => parseMeetingText(['REFERAT Udsatterådet d. 05-11-2026', ...head, ITEMS].join('\n\n'));

test('sentences about the meeting in the header are notes; those about attendance, times and place are read as such, not kept twice', () => {
  const m = minutes(
    'Mødested Regionshuset Viborg',
    'Alle var mødt, undtagen Bo Lund, der havde meldt afbud.',
    'Som stedfortræder for Bo Lund deltog Ida Holm.',
    'Karen Vig forlod mødet kl. 11.20 under behandlingen af punkt 2.',
    'Punkt 2 blev behandlet før punkt 1.',
    'Jens Berg fra Kræftens Bekæmpelse deltog under behandlingen af punkt 2.',
    'Mødet blev hævet kl. 12.00.',
  );
  assert.deepEqual(m.notes, ['Punkt 2 blev behandlet før punkt 1.', 'Jens Berg fra Kræftens Bekæmpelse deltog under behandlingen af punkt 2.']);
  assert.deepEqual([m.absent, m.substitutes.map((s) => s.name), m.attendanceChanges.map((c) => c.name), m.closedAt], [['Bo Lund'], ['Ida Holm'], ['Karen Vig'], '12:00']);
});

test('what attendance readers cannot place is kept as a note: a departure during a closed item, one "efter" an item', () => {
  // (Run together with the attendance in one paragraph — text copied without blank lines — only the note's sentences.)
  const m = minutes('Alle var mødt, undtagen Anne V. Kristensen. Jonas Dahl forlod mødet kl. 16.10 efter behandlingen af punkt 2. Dorte Friis forlod mødet under behandlingen af punkt 1. Ole Dam forlod mødet under behandlingen af lukket punkt 1.');
  assert.deepEqual(m.notes, ['Jonas Dahl forlod mødet kl. 16.10 efter behandlingen af punkt 2.', 'Ole Dam forlod mødet under behandlingen af lukket punkt 1.']);
  assert.deepEqual(m.absent, ['Anne V. Kristensen']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.leftDuringItem]), [['Dorte Friis', '1']]);
});

test('under a "Bemærkninger" label everything up to the contents is a note, also without a full stop or a verb; the absent under it are absent', () => {
  const own = minutes('Mødested Regionshuset Viborg', 'Bemærkninger', 'Mødeleder: Anna Holm', 'Mødet foregik som videomøde', 'Afbud fra Bo Lund.', 'Medlemsudgave — indeholder lukkede punkter. Må ikke offentliggøres.', 'Indholdsfortegnelse', 'Velkomst.....\t3\nOrientering.....\t3');
  assert.deepEqual(own.notes, ['Mødeleder: Anna Holm', 'Mødet foregik som videomøde']);
  assert.deepEqual(own.absent, ['Bo Lund']);
  // The label with its value on the line ("Bemærkninger: …", a table's row); "Bemærkninger/ændringer til dagsordenen" is an item's title.
  assert.deepEqual(minutes('Bemærkninger: Mødet blev flyttet til Aarhus.').notes, ['Mødet blev flyttet til Aarhus.']);
  assert.deepEqual(minutes('Indholdsfortegnelse', 'Bemærkninger/ændringer til dagsordenen..... 4').notes, []);
});

test('who led the meeting, took the minutes or came as a guest, labelled on the front page: a note each, as "Label: value"', () => {
  // Køge's labels over their values, Holbæk's guests in a list, a label with its value on the line.
  assert.deepEqual(fixture('layout-udsatteraad-koege_referat.txt').notes, ['Ordstyrer: Formand Marlene Dahl', 'Referent: Maria Lindholm']);
  assert.deepEqual(fixture('layout-udsatteraad-holbaek_referat.txt').notes, ['Gæst: Katrine Linneboe, SIOU']);
  assert.deepEqual(fixture('layout-raad-genitiv_referat.txt').notes, ['Referent: Hanne Lund']);
  assert.deepEqual(minutes('Gæster:', '• Ida Berg, Kræftens Bekæmpelse', '• Ole Dam, Hus Forbi', 'Mødeleder: Anna Holm').notes, ['Gæster: Ida Berg, Kræftens Bekæmpelse, Ole Dam, Hus Forbi', 'Mødeleder: Anna Holm']);
  // (A label with nothing under it says nothing.)
  assert.deepEqual(minutes('Referent', 'Indholdsfortegnelse').notes, []);
});

test('case systems\' front pages with an empty "Bemærkninger", or one holding only who was away, have no notes', () => {
  for (const [file, absent] of [
    ['layout-udsatteraad-stevns_referat.txt', ['Steen S. Hansen']],
    ['layout-aabenraa_beslutningsprotokol.txt', ['Bent Lund']],
    ['layout-viborg_referat.txt', ['Dorte Friis', 'Erik Moos']],
    ['layout-hjoerring_referat.txt', null],
  ] as const) {
    const m = fixture(file);
    assert.deepEqual(m.notes, [], file);
    if (absent) assert.deepEqual(m.absent, absent, file);
  }
});

test('a web page\'s own sentences, an agenda\'s header and the minutes\' attendance block', () => {
  assert.deepEqual(minutes('Vi bruger cookies til statistik, og hvis du ikke klikker nej, var det et ja.', 'Her finder du den seneste dagsorden eller det seneste referat fra Udsatterådet.').notes, []);
  const agenda = parseMeetingText(`DAGSORDEN Udsatterådet d. 05-11-2026\n\nAnna Holm var mødeleder.\n\n${ITEMS.replace(/Beslutning\n\nTaget til efterretning\./g, 'Sagsfremstilling\n\nTekst.')}`);
  assert.deepEqual([agenda.kind, agenda.notes], ['agenda', []], 'an agenda has no notes of a meeting not yet held');
  // ("Fremmøde" after the last item, where Lighed prints attendance: a note there too.)
  const block = parseMeetingText(`REFERAT Udsatterådet d. 05-11-2026\n\n${ITEMS}\n\nFremmøde\n\nAlle var mødt.\n\nAnna Holm var mødeleder.\n\nMødet blev hævet kl. 12.00.`);
  assert.deepEqual([block.notes, block.closedAt], [['Anna Holm var mødeleder.'], '12:00']);
});
