import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionTeaser } from './teaser.ts';

test('a decision whose first line is only its lead goes on into what was decided', () => {
  const body = 'Udvalg for lighed i sundhed godkendte,\n\nat notatet godkendes,\n\nat der igangsættes et arbejde med en strategi.';
  assert.equal(decisionTeaser(body), 'Udvalg for lighed i sundhed godkendte, at notatet godkendes, at der igangsættes et arbejde med en strategi.');
  assert.equal(decisionTeaser('Referatet blev godkendt.\n\nBemærkning om næste møde.'), 'Referatet blev godkendt.');
});

test('a long decision is cut between words and says so', () => {
  const long = `Udvalget drøftede ${'sagen grundigt og '.repeat(20)}vedtog forslaget.`;
  const teaser = decisionTeaser(long, 100);
  assert.ok(teaser.length <= 102, teaser);
  assert.match(teaser, / …$/);
  assert.ok(long.startsWith(teaser.slice(0, -2)), 'the words kept are whole, and the text\'s own');
  assert.match(teaser, /(?:sagen|grundigt|og) …$/);
});
