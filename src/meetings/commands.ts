// Commands for meetings: planning, state changes, attendance.
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { hhmm, isoDate, optionalText, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Tx } from '../db/connect.ts';
import { organizations } from '../bodies/schema.ts';
import { persons } from '../people/schema.ts';
import { attendance, locations, meetings } from './schema.ts';
import { cancelProblem, meetingStates } from './state.ts';
import { lockForTransition, lockMeeting, moveToState } from './transition.ts';
import { conflict, notFound, ruleViolation } from '../shared/errors.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import { keepPublishedVersion } from './versions.ts';
import { reindexMeeting } from '../search/indexer.ts';
import { itemReference, sortedItemReferences } from '../agenda/item-numbers.ts';
import { takeTurn } from '../db/turns.ts';

/** The location with this description, created on first use. */
export async function findOrCreateLocation(tx: Tx, description: string, bodyId: string | null): Promise<string> {
  const existing = await tx.query.locations.findFirst({ where: eq(locations.description, description) });
  if (existing) return existing.id;
  const postal = /(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ .-]+)$/u.exec(description);
  // Another transaction may create the same location meanwhile: then it is that one.
  const [row] = await tx
    .insert(locations)
    .values({ description, bodyId, postalCode: postal?.[1] ?? null, locality: postal?.[2]?.trim() ?? null })
    .onConflictDoNothing({ target: locations.description })
    .returning({ id: locations.id });
  return row?.id ?? (await tx.query.locations.findFirst({ where: eq(locations.description, description) }))!.id;
}

export const createMeeting = defineCommand({
  name: 'createMeeting',
  input: z
    .object({
      organizationId: uuid,
      date: isoDate,
      start: hhmm,
      end: hhmm.nullish(),
      location: optionalText,
      name: optionalText,
    })
    .refine((m) => !m.end || m.end > m.start, { message: 'rule.meeting.end_before_start', path: ['end'] }),
  async run(tx, actor, input) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, input.organizationId) });
    if (!org) throw notFound('organization', input.organizationId);
    // A form sent twice (a double click) must not create the meeting twice.
    await takeTurn(tx, `meetings:${org.id}`);
    const start = copenhagenToInstant(input.date, input.start);
    const clash = await tx.query.meetings.findFirst({ where: and(eq(meetings.organizationId, org.id), eq(meetings.start, start)) });
    if (clash) throw conflict('rule.meeting.same_time', { organization: org.name, date: input.date, time: input.start });
    const locationId = input.location ? await findOrCreateLocation(tx, input.location, org.bodyId) : null;
    const [row] = await tx
      .insert(meetings)
      .values({ organizationId: org.id, name: input.name, start, end: input.end ? copenhagenToInstant(input.date, input.end) : null, locationId })
      .returning();
    await writeAudit(tx, actor, { command: 'createMeeting', entity: 'meeting', entityId: row!.id, after: row });
    return row!;
  },
});

export const changeMeetingState = defineCommand({
  name: 'changeMeetingState',
  input: z.object({ meetingId: uuid, to: z.enum(meetingStates), expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const before = await lockForTransition(tx, input.meetingId, input.to, input.expectedVersion);
    return moveToState(tx, actor, before, input.to, { command: 'changeMeetingState', note: `state.${input.to}` });
  },
});

export const cancelMeeting = defineCommand({
  name: 'cancelMeeting',
  input: z.object({ meetingId: uuid, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const before = await lockMeeting(tx, input.meetingId, input.expectedVersion);
    const problem = cancelProblem(before);
    if (problem) throw ruleViolation(problem, { state: `state.${before.state}` });
    const [row] = await tx.update(meetings).set({ cancelled: true, version: before.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, before.id)).returning();
    await keepPublishedVersion(tx, actor, row!.id, 'state.cancelled');
    await reindexMeeting(tx, row!.id);
    await writeAudit(tx, actor, { command: 'cancelMeeting', entity: 'meeting', entityId: row!.id, before: { cancelled: false }, after: { cancelled: true } });
    return row!;
  },
});

// "6", "1.a", "10a" — stored as itemReference writes it ("06" is "6").
const itemNumber = z.string().transform((v, ctx) => itemReference(v) ?? (ctx.addIssue({ code: 'custom', message: 'rule.attendance.item_number' }), z.NEVER));

export const attendanceEntry = z.object({
  name: z.string().trim().min(1).max(200),
  personId: uuid.nullish(),
  status: z.enum(['present', 'absent_with_notice', 'absent']),
  substituteForId: uuid.nullish(),
  /** Whom they stood in for, by name (imported minutes may name someone who is no person here); else the person's name. */
  substituteForName: z.string().trim().min(1).max(200).nullish(),
  /** Items by their number as printed: "6", "1.a" (src/agenda/item-numbers.ts). */
  arrivedDuringItem: itemNumber.nullish(),
  leftDuringItem: itemNumber.nullish(),
  /** Present, but not for these items (inhabil, or away for a while). */
  absentDuringItems: z.array(itemNumber).max(500).nullish(),
});

/** Replaces the meeting's attendance with the given list (what the minutes record). */
export async function writeAttendance(tx: Tx, meetingId: string, entries: z.output<typeof attendanceEntry>[]): Promise<void> {
  await tx.delete(attendance).where(eq(attendance.meetingId, meetingId));
  if (entries.length === 0) return;
  // Every person named must exist: a form's select can be tampered with, and a foreign-key error is no answer.
  const named = [...new Set(entries.flatMap((e) => [e.personId, e.substituteForId]).filter((id): id is string => !!id))];
  const names = new Map(named.length ? (await tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, named))).map((p) => [p.id, p.name]) : []);
  if (names.size !== named.length) throw ruleViolation('rule.attendance.unknown_person');
  if (entries.some((e) => e.personId && e.personId === e.substituteForId)) throw ruleViolation('rule.attendance.substitute_for_self');
  // The minutes name whom a substitute stood in for: kept by name as well as by person.
  await tx.insert(attendance).values(
    entries.map((e) => ({
      meetingId,
      name: e.name,
      personId: e.personId ?? null,
      status: e.status,
      substituteForId: e.substituteForId ?? null,
      substituteForName: e.substituteForName ?? (e.substituteForId ? (names.get(e.substituteForId) ?? null) : null),
      arrivedDuringItem: e.arrivedDuringItem ?? null,
      leftDuringItem: e.leftDuringItem ?? null,
      absentDuringItems: sortedItemReferences(e.absentDuringItems ?? []),
    })),
  );
}
