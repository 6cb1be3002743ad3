import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findSensitive, maskSensitive } from './screening.ts';

test('CPR numbers with a real date are found and masked; case numbers, dates and amounts are not', () => {
  const text = 'Borgeren (CPR 010190-1234) og 3112851234 skrev. Sag 1-36-70-7-25, 27-08-2025, 8.000.000 kr., 1,6 mio. kr., 8200 Aarhus N.';
  assert.deepEqual(findSensitive(text).map((f) => f.kind), ['cpr', 'cpr']);
  assert.equal(maskSensitive(text), 'Borgeren (CPR [CPR-nummer skjult]) og [CPR-nummer skjult] skrev. Sag 1-36-70-7-25, 27-08-2025, 8.000.000 kr., 1,6 mio. kr., 8200 Aarhus N.');
});

test('an impossible date is no CPR number; modulus 11 is not required', () => {
  assert.deepEqual(findSensitive('321390-1234 og 300290-1234'), []);
  assert.equal(findSensitive('290200-0000')[0]!.kind, 'cpr', '29 Feb 2000 exists; serial digits are not checked');
});

test('a CPR or phone number kept on one line by a non-breaking hyphen or space, or typeset with a dash, is found as well', () => {
  const nb = '010190\u20111234'; // Word's non-breaking hyphen
  const en = '020290\u20135678'; // an en dash
  const spaced = '030390 - 9012';
  const phone = '12\u00A034\u00A056\u00A078';
  const narrow = '+45\u202F8765\u202F4321';
  const text = `CPR ${nb}, ægtefælle ${en}, barn ${spaced}; tlf. ${phone} eller ${narrow}.`;
  assert.deepEqual(findSensitive(text).map((f) => f.kind), ['cpr', 'cpr', 'cpr', 'phone', 'phone']);
  assert.equal(maskSensitive(text), 'CPR [CPR-nummer skjult], ægtefælle [CPR-nummer skjult], barn [CPR-nummer skjult]; tlf. [telefonnummer skjult] eller [telefonnummer skjult].');
  // Dashes still bound numbers: a case number or a range of years with a dash is left alone.
  assert.deepEqual(findSensitive('Sag 1\u201336\u201370\u20137\u201325; 2025\u20132028; kontonr. 1234\u20135678\u201390'), []);
});

test("citizens' e-mail addresses and phone numbers are masked, the bodies' own addresses are not", () => {
  const text = 'Skriv til jens.hansen@gmail.com eller ring 12 34 56 78, +45 87654321. Regionen: post@rm.dk.';
  const found = findSensitive(text, { publicDomains: ['rm.dk'] });
  assert.deepEqual(found.map((f) => f.kind), ['email', 'phone', 'phone']);
  assert.match(found[0]!.preview, /^je•+om$/, 'the preview hides the address');
  assert.ok(!found[0]!.preview.includes('hansen'));
  assert.equal(maskSensitive(text, { publicDomains: ['rm.dk'] }), 'Skriv til [e-mailadresse skjult] eller ring [telefonnummer skjult], [telefonnummer skjult]. Regionen: post@rm.dk.');
});

test('the seeds contain nothing to mask', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('../../demo/seeds/', import.meta.url);
  for (const f of readdirSync(dir)) assert.deepEqual(findSensitive(readFileSync(new URL(f, dir), 'utf8')), [], f);
});

test('a number its label calls a registration, account or file number is left as written; the same digits without the label are masked', () => {
  const labelled = [
    'Foreningen Hjem (CVR-nr. 29189919)', 'CVR: 29 18 99 19', 'SE-nr. 12345678', 'P-nr. 1003388490', 'EAN-nr. 5798000012345',
    'Journalnr. 12345678', 'J.nr. 12345678', 'sagsnummer 23456789', 'Reg. nr. 1234 kontonr. 3112851234',
  ];
  for (const text of labelled) {
    assert.deepEqual(findSensitive(text), [], text);
    assert.equal(maskSensitive(text), text);
  }
  // The digits alone, or after a label that says whose they are, are personal data as before.
  assert.equal(maskSensitive('Tilskud til 29189919 og 1003388490.'), 'Tilskud til [telefonnummer skjult] og [CPR-nummer skjult].');
  assert.equal(maskSensitive('CPR-nr. 010190-1234, tlf.-nr. 23456789, mobil nr.: 23 45 67 89'), 'CPR-nr. [CPR-nummer skjult], tlf.-nr. [telefonnummer skjult], mobil nr.: [telefonnummer skjult]');
  assert.equal(maskSensitive('CVR 12345678, tlf. 23456789'), 'CVR 12345678, tlf. [telefonnummer skjult]', 'a label covers only the number right after it');
  // Amounts written without thousands separators, as tables copied out of a PDF often have them.
  for (const text of ['i alt 12345678 kr.', 'kr. 23456789', 'en ramme på 23456789 DKK', '3112851234 kroner']) assert.deepEqual(findSensitive(text), [], text);
});

test("70, 80 and 90 numbers (helplines, freephone, businesses) are not a citizen's and stay readable", () => {
  const text = 'Ring til Livslinien på 7020 1201, til Alkolinjen på 80 20 09 00 eller til +45 90 12 34 56. Borgeren: 71 23 45 67.';
  assert.deepEqual(findSensitive(text).map((f) => f.preview), ['71•••••••67']);
  assert.equal(maskSensitive(text), 'Ring til Livslinien på 7020 1201, til Alkolinjen på 80 20 09 00 eller til +45 90 12 34 56. Borgeren: [telefonnummer skjult].');
});

test('digits inside an e-mail address are one finding, the address; what is masked is what is listed', () => {
  const text = 'Skriv til jens12345678@gmail.com (23456789).';
  assert.deepEqual(findSensitive(text).map((f) => f.kind), ['email', 'phone']);
  assert.equal(maskSensitive(text), 'Skriv til [e-mailadresse skjult] ([telefonnummer skjult]).');
});

test("eight digits in a word or a file's name (a date in \"Referat_20230615.pdf\") are no phone number; standing alone they are", () => {
  for (const text of ['Bilag: Referat_20230615.pdf', 'Notat20230615', 'Sag ABC12345678']) assert.deepEqual(findSensitive(text), [], text);
  assert.equal(maskSensitive('Ring 20230615.'), 'Ring [telefonnummer skjult].');
});

test('e-mail addresses are found around each "@" exactly as the address pattern finds them over the whole text', () => {
  const pattern = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu;
  const text = fc.array(fc.constantFrom('@', '.', '-', '_', ' ', 'a', 'dk', 'Æ', '1', ',', '\n', 'jens', 'rm.dk', '𝒜', '%'), { maxLength: 60 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const expected = [...t.matchAll(pattern)].map((m) => [m.index, m[0]]);
      assert.deepEqual(findSensitive(t).filter((f) => f.kind === 'email').map((f) => [f.index, t.slice(f.index, f.index + f.length)]), expected);
    }),
    { numRuns: 2000 },
  );
  // An address after a long run of letters with no "@" (a long word, a URL) is found whole.
  const long = `${'x'.repeat(400)} skriv til jens@example.com`;
  assert.equal(maskSensitive(long), `${'x'.repeat(400)} skriv til [e-mailadresse skjult]`);
  // The next address begins where the last one ended, also when that one was long.
  const twice = `x@${'a'.repeat(300)}.dk.y@b.dk`;
  assert.equal(maskSensitive(twice), '[e-mailadresse skjult][e-mailadresse skjult]');
});
