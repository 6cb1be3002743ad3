import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asPrinted, compareItemReferences, itemReference, sortedItemReferences } from './item-numbers.ts';

test('an item reference is a number, with a letter for an item added under another ("1.a", "10a")', () => {
  assert.deepEqual(['6', ' 06 ', '1.a', '1.A', '10a', '0', '1.ab', 'a', '12345', '3,5', ''].map(itemReference), ['6', '6', '1.a', '1.a', '10a', null, null, null, null, null, null]);
});

test('items sort by number, then letter, each once whatever its spelling', () => {
  assert.deepEqual(['10', '2.a', '2', '1', '2a', '9'].sort(compareItemReferences), ['1', '2', '2.a', '2a', '9', '10']);
  assert.deepEqual(sortedItemReferences(['3', '2', '3', '1.a', '1a']), ['1.a', '2', '3']);
});

test('a reference is written as the meeting prints the item, and kept as written where no item matches', () => {
  assert.deepEqual(asPrinted(['1a', '2', '7b'], ['1', '1.a', '2']), ['1.a', '2', '7b']);
});
