// Composition rules from a body's charter (e.g. Udsatterådet: 14 = 10 NGO + 4 regional council).
// Plain TypeScript: no HTTP, no SQL. Commands call these before they write.

export type SeatKind =
  | 'regional_council_member'
  | 'ngo_representative'
  | 'municipal_member'
  | 'citizen_representative'
  | 'administration'
  | 'other';
export type Role = 'chair' | 'vice_chair' | 'member' | 'substitute';
export type Formation = 'forming' | 'constituted';

export interface CompositionRule {
  /** null: the total number of seats. */
  seatKind: SeatKind | null;
  seats: number;
}

export interface Seat {
  membershipId: string;
  personId: string;
  seatKind: SeatKind;
  role: Role;
  ngoId: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface Violation {
  rule: string;
  params: Record<string, string | number>;
}

export interface SeatCount {
  seatKind: SeatKind | null;
  required: number;
  filled: number;
  /** Open seats (positive) — shown on the body's page while it is being formed. */
  gap: number;
}

/** Active on a date (ISO yyyy-mm-dd): started and not ended before it. */
export function isActive(seat: Pick<Seat, 'startDate' | 'endDate'>, on: string): boolean {
  return (seat.startDate === null || seat.startDate <= on) && (seat.endDate === null || seat.endDate >= on);
}

/** Substitutes stand in for a member; they hold no seat of their own. */
const holdsSeat = (s: Seat) => s.role !== 'substitute';

export function countSeats(rules: CompositionRule[], seats: Seat[], on: string): SeatCount[] {
  const active = seats.filter((s) => holdsSeat(s) && isActive(s, on));
  return rules.map((r) => {
    const filled = r.seatKind === null ? active.length : active.filter((s) => s.seatKind === r.seatKind).length;
    return { seatKind: r.seatKind, required: r.seats, filled, gap: Math.max(0, r.seats - filled) };
  });
}

/** Everything about one seat that is wrong on its own, whatever the others are. */
function seatProblems(seat: Seat): Violation[] {
  const out: Violation[] = [];
  if (seat.seatKind === 'ngo_representative' && !seat.ngoId) out.push({ rule: 'rule.membership.ngo_required', params: {} });
  if (seat.seatKind !== 'ngo_representative' && seat.ngoId) out.push({ rule: 'rule.membership.ngo_only_for_ngo_seat', params: {} });
  if (seat.startDate && seat.endDate && seat.endDate < seat.startDate) {
    out.push({ rule: 'rule.membership.end_before_start', params: { start: seat.startDate, end: seat.endDate } });
  }
  return out;
}

/**
 * Checks a set of seats against the rules, as it would stand after a change.
 * Over-filling is always refused. Under-filling is an open gap while the body is being
 * formed, and refused once it is constituted (so a member leaving needs a successor).
 */
export function compositionViolations(
  organization: string,
  formation: Formation,
  rules: CompositionRule[],
  seats: Seat[],
  on: string,
): Violation[] {
  const out: Violation[] = seats.flatMap(seatProblems);
  const active = seats.filter((s) => isActive(s, on));
  const kindRules = rules.filter((r) => r.seatKind !== null);
  if (kindRules.length > 0) {
    for (const s of active.filter(holdsSeat)) {
      if (!kindRules.some((r) => r.seatKind === s.seatKind)) {
        out.push({ rule: 'rule.composition.seat_kind_not_allowed', params: { organization, seatKind: `seat.${s.seatKind}` } });
      }
    }
  }
  // Seat-kind rules first: "all 4 regional-council seats are filled" says more than the total.
  const specificFirst = [...rules].sort((a, b) => Number(a.seatKind === null) - Number(b.seatKind === null));
  for (const c of countSeats(specificFirst, seats, on)) {
    const params = { organization, seats: c.required, filled: c.filled, seatKind: c.seatKind ? `seat.${c.seatKind}` : '' };
    if (c.filled > c.required) out.push({ rule: c.seatKind ? 'rule.composition.seat_limit' : 'rule.composition.total_limit', params });
    if (formation === 'constituted' && c.filled < c.required) {
      out.push({ rule: c.seatKind ? 'rule.composition.seat_gap' : 'rule.composition.total_gap', params });
    }
  }
  for (const role of ['chair', 'vice_chair'] as const) {
    const holders = active.filter((s) => s.role === role);
    if (holders.length > 1) out.push({ rule: `rule.membership.one_${role}`, params: { organization } });
  }
  const byPerson = new Map<string, number>();
  for (const s of active.filter(holdsSeat)) byPerson.set(s.personId, (byPerson.get(s.personId) ?? 0) + 1);
  if ([...byPerson.values()].some((n) => n > 1)) out.push({ rule: 'rule.membership.duplicate', params: { organization } });
  return dedupe(out);
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = v.rule + JSON.stringify(v.params);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Violations a change introduces: new ones, or a broken count rule made worse. A body already
 * short of members may still change in ways that do not widen the gap. */
export function newViolations(before: Violation[], after: Violation[]): Violation[] {
  const key = (v: Violation) => `${v.rule}|${v.params.seatKind ?? ''}`;
  return after.filter((v) => {
    const prev = before.find((b) => key(b) === key(v));
    if (!prev) return true;
    const [now, was] = [v.params.filled, prev.params.filled];
    if (typeof now !== 'number' || typeof was !== 'number') return false;
    return v.rule.endsWith('_limit') ? now > was : now < was;
  });
}
