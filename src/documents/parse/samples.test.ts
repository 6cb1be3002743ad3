// The importer's reading of other regions' and municipalities' published minutes (test/fixtures, copies of
// shared/samples): their headers, proposers, closed items, attendance and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';

const sample = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));

test('numbered items after "Sagnr.:" lines, proposer without a heading, absences and closing time (Region Midtjylland)', () => {
  const m = sample('rm-forretningsudvalget_2017-06-13_referat_EXCERPT.txt');
  // ("til mødet i forretningsudvalget": the body's name with its capital, as Lighed and the region's own pages write it.)
  assert.equal(m.organization, 'Forretningsudvalget');
  assert.equal(m.date, '2017-06-13');
  assert.equal(m.start, '10:00');
  assert.equal(m.location, 'Konferencelokalet, Regionshuset Viborg, Skottenborg 26, 8800 Viborg');
  assert.deepEqual(m.absent, ['Anne V. Kristensen', 'Henrik Qvist']);
  assert.equal(m.closedAt, '12:15');
  assert.equal(m.items[0]!.number, '24', 'numbers continue across meetings');
  assert.equal(m.items[0]!.caseNumber, '1-22-78-2-17');
  assert.equal(m.items[0]!.recommendation!.proposer, 'Direktionen');
  // "… forlod mødet kl. 11.20 under behandlingen af punkt 15." ("… af lukket punkt 2" counts on the closed agenda: a note.)
  assert.deepEqual(m.attendanceChanges, [{ name: 'Jørgen Winther', arrivedDuringItem: null, leftDuringItem: '15', absentDuringItems: [] }]);
  // What the front page says of the meeting beyond that, as written.
  assert.deepEqual(m.notes, [
    'Flemming Knudsen forlod mødet kl. 11.55 under behandlingen af lukket punkt 2.',
    'Punkt 24 og 25 blev behandlet først på mødet. Per Høymark og Jes Lauritzen fra Ernst & Young deltog under behandlingen af punkterne.',
    'Åben tillægsdagsorden blev behandlet før lukket dagsorden.',
  ]);
});

test('the member first and the substitute last: "Som stedfortræder for A deltog B." (Region Midtjylland\'s council)', () => {
  const m = sample('rm-regionsraadet_2022-01-26_referat_EXCERPT.txt');
  assert.deepEqual(m.absent, ['Anders Kühnau', 'Inger-Marie Tryde']);
  assert.deepEqual(m.substitutes, [
    { name: 'Claus Kjeldsen', substituteFor: 'Anders Kühnau' },
    { name: 'Karina Kirk', substituteFor: 'Inger-Marie Tryde' },
  ]);
  // "Martin Jakobsen og Ib Bjerregaard var forhindrede i at deltage i sagens behandling." after item 1's recommendation.
  assert.deepEqual(m.attendanceChanges, [
    { name: 'Martin Jakobsen', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['1'] },
    { name: 'Ib Bjerregaard', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['1'] },
    { name: 'Susanne Buch', arrivedDuringItem: null, leftDuringItem: '9', absentDuringItems: [] },
  ]);
  assert.equal(m.closedAt, '15:30');
  assert.deepEqual(m.notes, ['1. næstformand Hanne Roed var mødeleder.']);
});

test('"Administrationen indstiller, at:" with numbered clauses and a number glued to the title (Frederikssund)', () => {
  const m = sample('frederikssund-social-og-sundhed_2023-04-17_referat_EXCERPT.txt');
  assert.deepEqual(m.items.map((i) => i.number), ['38', '39']);
  assert.equal(m.items[0]!.title, 'Godkendelse af dagsorden');
  const r = m.items[1]!.recommendation!;
  assert.equal(r.proposer, 'Administrationen');
  assert.equal(r.clauses.length, 4);
  assert.match(r.clauses[0]!, /^Godkende flytning af tandklinikken/);
  assert.equal(m.start, '12:00');
});

test('dates written "04-06-2020", headings kept in order, decision headings with the committee and date (Holbæk)', () => {
  const m = sample('holbaek-udvalget-for-aeldre-og-sundhed_2020-06-04_referat_EXCERPT.txt');
  assert.equal(m.organization, 'Udvalget for Ældre og Sundhed');
  assert.equal(m.date, '2020-06-04');
  assert.equal(m.end, '11:00');
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Sagsgang og sagstype', 'Indstilling', 'Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020']);
  assert.equal(m.items[0]!.decision, 'Godkendt');
});

test('"Sagsnr." before items, an "Afbud" list and web controls removed (Region Syddanmark)', () => {
  const m = sample('regionsyddanmark-sundhedsudvalget_2016-10-25_referat_EXCERPT.txt');
  assert.equal(m.organization, 'Sundhedsudvalget');
  assert.equal(m.kind, 'minutes');
  assert.deepEqual(m.absent, ['Pierre Topaz']);
  assert.equal(m.items[0]!.caseNumber, '16/34038');
  assert.equal(m.items[0]!.title, 'Orientering om høring af national demenshandlingsplan 2025');
});

test('other section headings are kept, not dropped (Københavns Kommune)', () => {
  const m = sample('kk-borgerrepraesentationen_2021-04-22_punkt10_EXCERPT.txt');
  assert.equal(m.date, '2021-04-22');
  assert.equal(m.start, '17:30');
  assert.equal(m.items[0]!.title, 'Forslag til tilpasninger af lokaludvalg');
  // (The sentence between the title and the first heading is the case's summary, kept without a heading.)
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['', 'Indstilling', 'Problemstilling', 'Løsning']);
  assert.match(m.items[0]!.sections[0]!.text, /^Der skal på baggrund af en anbefaling/);
});

test('a list of items is not mistaken for the items; a sentence starting with a number is not an item (Brønderslev)', () => {
  const m = sample('bronderslev-byraadet_2020-01-29_referat_EXCERPT.txt');
  assert.deepEqual(m.items.map((i) => i.number), ['1', '2', '3', '4']);
  assert.deepEqual(m.absent, ['Martin Bech', 'Bettina Bøcker Kjeldsen', 'Niels Vestergaard Salling']);
});

test('closed items: "LUKKET PUNKT -" and "Lukket:" prefixes make an item not public and leave the title whole', () => {
  const text = `DAGSORDEN Regionsrådet d. 26-01-2022\n\nPunkt 1: Lukket: Salg af arealer ved\n\nhospitalet i Horsens\n\n1-2-3\n\nSagsfremstilling\n\nTekst.\n\nPunkt 2: LUKKET PUNKT - Eventuelt\n\nSagsfremstilling\n\nIntet.\n\nPunkt 3: Åbent punkt\n\nSagsfremstilling\n\nTekst.`;
  const m = parseMeetingText(text);
  assert.deepEqual(m.items.map((i) => [i.title, i.public]), [
    ['Salg af arealer ved hospitalet i Horsens', false],
    ['Eventuelt', false],
    ['Åbent punkt', true],
  ]);
  assert.equal(m.date, '2022-01-26');
});

test('"• Marianne Krag, F (midlertidigt for Vibeke B. Lund)" among the participants: she sat in the absent member\'s place (Region Syddanmark)', () => {
  const text = readFileSync(new URL('../../../test/fixtures/regionsyddanmark-sundhedsudvalget_2016-10-25_referat_EXCERPT.txt', import.meta.url), 'utf8')
    .replace(' • Poul-Erik Svendsen, A\n', ' • Poul-Erik Svendsen, A\n • Marianne Krag, F (midlertidigt for Vibeke B. Lund)\n');
  const m = parseMeetingText(text);
  assert.deepEqual(m.substitutes, [{ name: 'Marianne Krag', substituteFor: 'Vibeke B. Lund' }]);
  assert.deepEqual(m.absent, ['Pierre Topaz', 'Vibeke B. Lund']);
});
