// Substitutes and absences without notice, as minutes write them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMeetingText } from './parse-text.ts';
import { readAbsentWithoutNotice, readSubstitutes } from './substitutes.ts';

test('who stood in for whom, in the wordings minutes use', () => {
  assert.deepEqual(readSubstitutes(['Per Ravn deltog som stedfortræder for Elvin Hansen.']), [{ name: 'Per Ravn', substituteFor: 'Elvin Hansen' }]);
  assert.deepEqual(readSubstitutes(['Ida Lund (A) mødte som stedfortræder for Anne V. Kristensen (A).']), [{ name: 'Ida Lund', substituteFor: 'Anne V. Kristensen' }]);
  // Kolding: the member first, the substitute second.
  assert.deepEqual(readSubstitutes(['Oluf Lykke Nielsen var substitueret ved Kristian Kruse og Erling Rasmussen var substitueret ved Poul Andersen.']), [
    { name: 'Kristian Kruse', substituteFor: 'Oluf Lykke Nielsen' },
    { name: 'Poul Andersen', substituteFor: 'Erling Rasmussen' },
  ]);
  // Københavns Kommune's local committees, and a chair's report of it.
  assert.deepEqual(readSubstitutes(['Mikkel Holm havde meldt afbud, og Peter Lund deltog i stedet.']), [{ name: 'Peter Lund', substituteFor: 'Mikkel Holm' }]);
  assert.deepEqual(readSubstitutes(['Borgmesteren orienterede om, at Sofie Berg havde meldt afbud og at Jens Vang deltog som stedfortræder.']), [{ name: 'Jens Vang', substituteFor: 'Sofie Berg' }]);
  // The member first, the substitute last (Region Midtjylland), and "i stedet for".
  assert.deepEqual(readSubstitutes(['Som stedfortræder for Anders Kühnau deltog Claus Kjeldsen.']), [{ name: 'Claus Kjeldsen', substituteFor: 'Anders Kühnau' }]);
  assert.deepEqual(readSubstitutes(['Godkendt. I stedet for Bo Lund (V) mødte Ida Holm (V).']), [{ name: 'Ida Holm', substituteFor: 'Bo Lund' }]);
  assert.deepEqual(readSubstitutes(['Claus Kjeldsen deltog i stedet for Anders Kühnau.']), [{ name: 'Claus Kjeldsen', substituteFor: 'Anders Kühnau' }]);
  assert.deepEqual(readSubstitutes(['Som stedfortræder for formanden deltog næstformanden.', 'Som suppleant for Bo Lund deltog 1. suppleant fra listen.']), []);
  // The absence first, then who came (Hedensted: "deltog"; Svendborg's PDFs: "indkaldt").
  assert.deepEqual(readSubstitutes(['Jacob Holm (A) var fraværende. Som stedfortræder deltog Helle Lund (A)']), [{ name: 'Helle Lund', substituteFor: 'Jacob Holm' }]);
  assert.deepEqual(readSubstitutes(['Der var ingen spørgsmål. Eva Krog (A) var fraværende. Som suppleant indkaldt Dan Berg (A). Byrådet godkendte dette.']), [{ name: 'Dan Berg', substituteFor: 'Eva Krog' }]);
  assert.deepEqual(readSubstitutes(['Eva Krog (A) var fraværende. Som suppleant for hende var indkaldt den næste på listen.']), []);
  // Text about substitutes in general names nobody.
  assert.deepEqual(readSubstitutes(['Stedfortræderen indkaldes, når et medlem har meldt afbud.', 'Borgeren deltog som stedfortræder for sin mor.']), []);
});

test('away without notice: named people only', () => {
  assert.deepEqual(readAbsentWithoutNotice(['Åse Holm og Anne V. Kristensen var fraværende uden afbud.']), ['Åse Holm', 'Anne V. Kristensen']);
  assert.deepEqual(readAbsentWithoutNotice(['Borgeren var fraværende uden afbud fra sin aftale.']), []);
});

test("a meeting's attendance: the replaced member is away, away without notice is not also away with it", () => {
  const m = parseMeetingText([
    'REFERAT Udsatterådet d. 19-11-2026',
    'Punkt 1: Mødedeltagelse',
    'Beslutning',
    'Alle var mødt, undtagen Elvin Hansen og Åse Holm.',
    'Åse Holm var fraværende uden afbud.',
    'Per Ravn deltog som stedfortræder for Elvin Hansen.',
    'Bo Lund var substitueret ved Kim Holm.',
  ].join('\n\n'));
  assert.deepEqual(m.absent, ['Elvin Hansen', 'Bo Lund']);
  assert.deepEqual(m.absentWithoutNotice, ['Åse Holm']);
  assert.deepEqual(m.substitutes, [{ name: 'Per Ravn', substituteFor: 'Elvin Hansen' }, { name: 'Kim Holm', substituteFor: 'Bo Lund' }]);
});

test('a name right after another sentence is the name alone, not the sentence\'s last word with it', () => {
  const m = parseMeetingText([
    'REFERAT Udsatterådet d. 19-11-2026',
    'Punkt 1: Mødedeltagelse',
    'Beslutning',
    'Godkendt. Per Ravn deltog som stedfortræder for Elvin Hansen. Intet. Åse Holm var fraværende uden afbud.',
    'Punkt 2: Værested',
    'Beslutning',
    'Taget til efterretning. Jens Kr. Yde forlod mødet under behandlingen af punkt 2. Godkendt. Bo Lund deltog ikke i behandlingen af punkt 2.',
  ].join('\n\n'));
  assert.deepEqual(m.substitutes, [{ name: 'Per Ravn', substituteFor: 'Elvin Hansen' }]);
  assert.deepEqual(m.absentWithoutNotice, ['Åse Holm']);
  // An abbreviation inside a name is still part of it.
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.leftDuringItem, c.absentDuringItems]), [['Jens Kr. Yde', '2', []], ['Bo Lund', null, ['2']]]);
});
