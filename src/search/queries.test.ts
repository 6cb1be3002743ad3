// Which queries exclude words: for those, a title match is not enough and the whole text is checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negates } from './queries.ts';

test('a "-" before a word excludes it; a "-" inside a word joins its parts', () => {
  for (const q of ['sundhed -puljen', '-puljen', '"lighed i sundhed" -puljen', 'sundhed,-puljen', 'sundhed (-puljen)']) assert.equal(negates(q), true, q);
  for (const q of ['sundheds-it', 'Region-Midt', 'sundhed', 'ældre- og handicapområdet', 'covid-19']) assert.equal(negates(q), false, q);
});
