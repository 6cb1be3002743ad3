import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeek, monthWeeks } from './calendar-views.tsx';

test('ISO week numbers, including weeks that belong to the neighbouring year', () => {
  assert.equal(isoWeek('2026-06-25'), 26);
  assert.equal(isoWeek('2026-06-29'), 27);
  assert.equal(isoWeek('2025-12-29'), 1, '29 December 2025 is in week 1 of 2026');
  assert.equal(isoWeek('2027-01-01'), 53, '1 January 2027 is in week 53 of 2026');
  assert.equal(isoWeek('2021-01-03'), 53);
  assert.equal(isoWeek('2024-12-30'), 1);
});

test('a month in weeks from Monday, padded at both ends', () => {
  const feb = monthWeeks('2026-02');
  assert.equal(feb.length, 5);
  assert.deepEqual(feb[0]!.slice(0, 7), [null, null, null, null, null, null, '2026-02-01'], '1 February 2026 is a Sunday');
  assert.equal(feb[4]!.filter(Boolean).at(-1), '2026-02-28');
  assert.ok(feb.every((w) => w.length === 7));
  assert.equal(monthWeeks('2026-06')[0]![0], '2026-06-01', '1 June 2026 is a Monday');
});
