import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compositionViolations, countSeats, newViolations, type CompositionRule, type Seat } from './composition.ts';

const udsatteraadet: CompositionRule[] = [
  { seatKind: null, seats: 14 },
  { seatKind: 'ngo_representative', seats: 10 },
  { seatKind: 'regional_council_member', seats: 4 },
];
const on = '2026-06-25';
let n = 0;
const seat = (over: Partial<Seat> = {}): Seat => ({
  membershipId: `m${++n}`,
  personId: `p${n}`,
  seatKind: 'ngo_representative',
  role: 'member',
  ngoId: `ngo${n}`,
  startDate: '2024-01-01',
  endDate: null,
  ...over,
});
const rules = (vs: { rule: string }[]) => vs.map((v) => v.rule);

test('Udsatterådet with 10 NGO seats and no politicians has four open regional-council seats', () => {
  const seats = Array.from({ length: 10 }, () => seat());
  const counts = countSeats(udsatteraadet, seats, on);
  assert.deepEqual(
    counts.map((c) => [c.seatKind, c.filled, c.gap]),
    [
      [null, 10, 4],
      ['ngo_representative', 10, 0],
      ['regional_council_member', 0, 4],
    ],
  );
  assert.deepEqual(compositionViolations('Udsatterådet', 'forming', udsatteraadet, seats, on), []);
});

test('an eleventh NGO representative is refused, naming the seat rule', () => {
  const seats = Array.from({ length: 11 }, () => seat());
  const v = compositionViolations('Udsatterådet', 'forming', udsatteraadet, seats, on);
  assert.deepEqual(rules(v), ['rule.composition.seat_limit']);
  assert.equal(v[0]!.params.seats, 10);
  assert.equal(v[0]!.params.seatKind, 'seat.ngo_representative');
});

test('a constituted body may not be left short of members', () => {
  const full = [...Array.from({ length: 10 }, () => seat()), ...Array.from({ length: 4 }, () => seat({ seatKind: 'regional_council_member', ngoId: null }))];
  assert.deepEqual(compositionViolations('Udsatterådet', 'constituted', udsatteraadet, full, on), []);
  const oneLeft = full.map((s, i) => (i === 0 ? { ...s, endDate: '2026-01-01' } : s));
  assert.deepEqual(rules(compositionViolations('Udsatterådet', 'constituted', udsatteraadet, oneLeft, on)), [
    'rule.composition.seat_gap',
    'rule.composition.total_gap',
  ]);
  // While the body is being formed, the same shortfall is only an open gap.
  assert.deepEqual(compositionViolations('Udsatterådet', 'forming', udsatteraadet, oneLeft, on), []);
});

test('an NGO seat needs the association it represents, and only NGO seats have one', () => {
  assert.deepEqual(rules(compositionViolations('X', 'forming', udsatteraadet, [seat({ ngoId: null })], on)), ['rule.membership.ngo_required']);
  assert.deepEqual(
    rules(compositionViolations('X', 'forming', udsatteraadet, [seat({ seatKind: 'regional_council_member', ngoId: 'ngo' })], on)),
    ['rule.membership.ngo_only_for_ngo_seat'],
  );
});

test('a seat kind the charter does not provide for is refused', () => {
  const committee: CompositionRule[] = [{ seatKind: 'regional_council_member', seats: 9 }];
  const v = compositionViolations('Udvalg for lighed i sundhed', 'forming', committee, [seat()], on);
  assert.deepEqual(rules(v), ['rule.composition.seat_kind_not_allowed']);
});

test('one chair at a time; substitutes hold no seat; ended memberships do not count', () => {
  const committee: CompositionRule[] = [{ seatKind: 'regional_council_member', seats: 1 }];
  const rc = { seatKind: 'regional_council_member' as const, ngoId: null };
  const two = [seat({ ...rc, role: 'chair' }), seat({ ...rc, role: 'chair', endDate: '2025-01-01' }), seat({ ...rc, role: 'substitute' })];
  assert.deepEqual(compositionViolations('U', 'constituted', committee, two, on), []);
  const clash = [seat({ ...rc, role: 'chair' }), seat({ ...rc, role: 'chair' })];
  assert.ok(rules(compositionViolations('U', 'forming', committee, clash, on)).includes('rule.membership.one_chair'));
});

test('the same person cannot hold two seats in one body', () => {
  const v = compositionViolations('U', 'forming', udsatteraadet, [seat({ personId: 'same' }), seat({ personId: 'same' })], on);
  assert.deepEqual(rules(v), ['rule.membership.duplicate']);
});

test('a membership cannot end before it starts', () => {
  const v = compositionViolations('U', 'forming', udsatteraadet, [seat({ startDate: '2025-01-01', endDate: '2024-01-01' })], on);
  assert.deepEqual(rules(v), ['rule.membership.end_before_start']);
});

test('a change to a body already short of members is refused only if it widens the gap', () => {
  const gapOf = (filled: number) => ({ rule: 'rule.composition.total_gap', params: { seats: 14, filled, seatKind: '' } });
  assert.deepEqual(newViolations([gapOf(10)], [gapOf(11)]), []);
  assert.deepEqual(newViolations([gapOf(10)], [gapOf(10)]), []);
  assert.equal(newViolations([gapOf(10)], [gapOf(9)]).length, 1);
  assert.equal(newViolations([], [gapOf(13)]).length, 1);
});
