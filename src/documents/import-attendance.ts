// Attendance as imported minutes record it, matched to the members of the body.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import { memberships, persons } from '../people/schema.ts';
import { matchMember } from '../people/names.ts';
import { sortedItemReferences } from '../agenda/item-numbers.ts';
import type { AttendanceChange, Substitution } from './parse/types.ts';
import { looseKey } from '../shared/schemas.ts';

const norm = looseKey;

/**
 * Attendance from "Alle var mødt, undtagen …": the named are absent, the other members present —
 * with the item they arrived or left during where the minutes say so. A name is the member it can
 * only mean ("Anne V. Kristensen" for Anne Vibeke Kristensen), recorded under the member's name.
 */
export async function attendanceFor(tx: Tx, organizationId: string, date: string, absent: string[], withoutNotice: string[], changes: AttendanceChange[], substitutes: Substitution[]) {
  const members = await tx
    .select({ id: persons.id, name: persons.name, role: memberships.role, start: memberships.startDate, end: memberships.endDate })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.organizationId, organizationId));
  const active = members.filter((m) => m.role !== 'substitute' && (!m.start || m.start <= date) && (!m.end || m.end >= date));
  // Members of the meeting's date first: a name that fits a former member too is still theirs.
  const person = (written: string) => {
    const m = matchMember(written, active) ?? matchMember(written, members);
    return m ? { name: m.name, personId: m.id as string | null } : { name: written, personId: null };
  };
  // Away without notice wins over a name also listed as away with it.
  const unannounced = [...new Map(withoutNotice.map(person).map((a) => [norm(a.name), a])).values()];
  const unannouncedSet = new Set(unannounced.map((a) => norm(a.name)));
  const absentees = [...new Map(absent.map(person).map((a) => [norm(a.name), a])).values()].filter((a) => !unannouncedSet.has(norm(a.name)));
  const absentSet = new Set([...absentees, ...unannounced].map((a) => norm(a.name)));
  const movers = changes.map((c) => ({ change: c, who: person(c.name) }));
  const moved = new Map(movers.map(({ change, who }) => [norm(who.name), change]));
  // A substitute stands in for a member: by the member's name as recorded, and by person where one matches.
  const standIns = substitutes.map((s) => ({ who: person(s.name), for: person(s.substituteFor) }));
  const standingInFor = new Map(standIns.map((s) => [norm(s.who.name), s.for]));
  const present = active.filter((m) => !absentSet.has(norm(m.name))).map((m) => ({ name: m.name, personId: m.id as string | null }));
  // Someone who came or left, or stood in, and is not an active member (a substitute) was there too.
  const listed = new Set(present.map((p) => norm(p.name)));
  for (const who of [...standIns.map((s) => s.who), ...movers.map((m) => m.who)]) {
    if (!listed.has(norm(who.name)) && !absentSet.has(norm(who.name))) {
      present.push(who);
      listed.add(norm(who.name));
    }
  }
  const away = { substituteForId: null, substituteForName: null, arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: [] as string[] };
  return [
    ...absentees.map((a) => ({ ...a, status: 'absent_with_notice' as const, ...away })),
    ...unannounced.map((a) => ({ ...a, status: 'absent' as const, ...away })),
    ...present.map((p) => ({
      ...p,
      status: 'present' as const,
      substituteForId: standingInFor.get(norm(p.name))?.personId ?? null,
      substituteForName: standingInFor.get(norm(p.name))?.name ?? null,
      arrivedDuringItem: moved.get(norm(p.name))?.arrivedDuringItem ?? null,
      leftDuringItem: moved.get(norm(p.name))?.leftDuringItem ?? null,
      // Stored sorted and once each (writeAttendance does the same), so a re-import compares equal.
      absentDuringItems: sortedItemReferences(moved.get(norm(p.name))?.absentDuringItems ?? []),
    })),
  ];
}
