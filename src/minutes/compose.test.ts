import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeAttendance, composeDecision, decisionNote } from './compose.ts';
import { collator } from '../shared/i18n.ts';
import { parseMeetingText } from '../documents/parse/parse-text.ts';

test('an approved recommendation reads as seed 001 writes it', () => {
  const d = composeDecision('Udvalg for lighed i sundhed', [
    { text: 'at notatet godkendes', outcome: 'approved', amendedText: null },
    { text: 'at der igangsættes et arbejde,', outcome: 'approved', amendedText: null },
    { text: 'at midlerne finansieres af puljen', outcome: 'approved', amendedText: null },
  ], '', []);
  assert.equal(d.lead, 'Udvalg for lighed i sundhed godkendte,');
  assert.equal(d.text, 'Udvalg for lighed i sundhed godkendte,\n\nat notatet godkendes,\n\nat der igangsættes et arbejde, og\n\nat midlerne finansieres af puljen.');
});

test('mixed outcomes, remarks, dissents and conflicts are each said, in that order', () => {
  const d = composeDecision('Udsatterådet', [
    { text: 'at a godkendes', outcome: 'approved', amendedText: null },
    { text: 'at b godkendes', outcome: 'amended', amendedText: 'at b godkendes med virkning fra 2027' },
    { text: 'at c godkendes', outcome: 'rejected', amendedText: null },
  ], 'Rådet drøftede sagen.', [
    { kind: 'dissent', name: 'Ole Hansen', text: 'Forslaget er for dyrt.' },
    { kind: 'conflict', name: 'Mette Berg', text: '' },
    { kind: 'remark', name: 'Lis Jensen', text: 'Brugerne skal inddrages.' },
  ]);
  assert.deepEqual(d.text.split('\n\n'), [
    'Udsatterådet godkendte,', 'at a godkendes.',
    'Udsatterådet godkendte med ændringer,', 'at b godkendes med virkning fra 2027.',
    'Udsatterådet godkendte ikke,', 'at c godkendes.',
    'Rådet drøftede sagen.',
    'Mette Berg deltog ikke i behandlingen af punktet på grund af inhabilitet.',
    'Ole Hansen kunne ikke tiltræde beslutningen. Ole Hansen ønskede følgende ført til protokols: Forslaget er for dyrt.',
    'Lis Jensen ønskede følgende ført til protokols: Brugerne skal inddrages.',
  ]);
});

test('the free text is recovered from a composed decision, so editing it again loses nothing', () => {
  const clauses = [{ text: 'at a godkendes', outcome: 'approved' as const, amendedText: null }];
  const statements = [{ kind: 'remark' as const, name: 'Lis Jensen', text: 'Brugerne skal inddrages.' }];
  const d = composeDecision('Udsatterådet', clauses, 'Første afsnit.\n\nAndet afsnit.', statements);
  assert.equal(decisionNote('Udsatterådet', clauses, statements, d.text), 'Første afsnit.\n\nAndet afsnit.');
  assert.equal(decisionNote('Udsatterådet', clauses, statements, composeDecision('Udsatterådet', clauses, '', statements).text), '');
});

test('attendance: absent in Danish order; substitutes, arrivals and departures named', () => {
  const text = composeAttendance([
    { name: 'Stine Damborg', status: 'absent_with_notice', substituteFor: null, arrivedDuringItem: null, leftDuringItem: null },
    { name: 'Åse Holm', status: 'absent', substituteFor: null, arrivedDuringItem: null, leftDuringItem: null },
    { name: 'Elvin Hansen', status: 'absent_with_notice', substituteFor: null, arrivedDuringItem: null, leftDuringItem: null },
    { name: 'Per Ravn', status: 'present', substituteFor: 'Elvin Hansen', arrivedDuringItem: '2', leftDuringItem: null },
    { name: 'Ida Lund', status: 'present', substituteFor: null, arrivedDuringItem: null, leftDuringItem: '4.a' },
  ], collator.compare);
  assert.deepEqual(text.split('\n\n'), [
    'Alle var mødt, undtagen Elvin Hansen, Stine Damborg og Åse Holm.',
    // Who sent no word is said so: the record keeps the difference, and the importer reads it back.
    'Åse Holm var fraværende uden afbud.',
    'Per Ravn deltog som stedfortræder for Elvin Hansen.',
    'Per Ravn ankom under behandlingen af punkt 2.',
    'Ida Lund forlod mødet under behandlingen af punkt 4.a.',
  ]);
  assert.equal(composeAttendance([], collator.compare), 'Alle var mødt.');
});

test('the importer reads composed minutes back: outcomes per clause and the absent members', () => {
  const d = composeDecision('Udvalg for lighed i sundhed', [
    { text: 'at notatet godkendes', outcome: 'approved', amendedText: null },
    { text: 'at c afvises', outcome: 'rejected', amendedText: null },
  ], '', []);
  const doc = `\n\nREFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nMødedato Onsdag d. 27. august 2025 kl. 09:00\n\nIndholdsfortegnelse\n\nA.....\t3\nMødedeltagelse.....\t4\n\nPunkt 1: A\n\nIndstilling\n\nDirektionen indstiller,\n\nat notatet godkendes, og\n\nat c afvises.\n\nBeslutning\n\n${d.text}\n\nPunkt 2: Mødedeltagelse\n\nBeslutning\n\n${composeAttendance([{ name: 'Louise Høgh', status: 'absent_with_notice', substituteFor: null, arrivedDuringItem: null, leftDuringItem: null }], collator.compare)}\n\nMødet blev hævet kl. 11.30.`;
  const parsed = parseMeetingText(doc);
  assert.deepEqual(parsed.absent, ['Louise Høgh']);
  assert.deepEqual(parsed.items[0]!.decisionClauses.map((c) => c.outcome), ['approved', 'rejected']);
});
