import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copenhagenOffset, copenhagenToInstant, instantToCopenhagen } from './time.ts';

test('Copenhagen wall-clock times convert with summer and winter time', () => {
  assert.equal(copenhagenToInstant('2025-08-27', '09:00').toISOString(), '2025-08-27T07:00:00.000Z');
  assert.equal(copenhagenToInstant('2025-01-15', '09:00').toISOString(), '2025-01-15T08:00:00.000Z');
  // The morning after the spring switch (30 March 2025, 02:00 → 03:00).
  assert.equal(copenhagenToInstant('2025-03-30', '09:00').toISOString(), '2025-03-30T07:00:00.000Z');
  assert.deepEqual(instantToCopenhagen(new Date('2025-10-26T10:30:00Z')), { date: '2025-10-26', time: '11:30' });
  assert.equal(copenhagenOffset(new Date('2025-08-27T07:00:00Z')), '+02:00');
  assert.equal(copenhagenOffset(new Date('2025-12-01T07:00:00Z')), '+01:00');
});
