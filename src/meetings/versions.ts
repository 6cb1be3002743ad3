// Published meetings keep their versions: each time an agenda or minutes is published, or a
// published meeting changes, an immutable snapshot of what was published is stored.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/connect.ts';
import type { Actor } from '../shared/actor.ts';
import { recordVersions } from '../audit/schema.ts';
import { attendance, meetings } from './schema.ts';
import { agendaItems } from '../agenda/schema.ts';
import { loadItemContents } from '../agenda/content.ts';
import { agendaIsPublic } from './state.ts';

export async function meetingSnapshot(db: Queryable, meetingId: string) {
  const m = (await db.query.meetings.findFirst({ where: eq(meetings.id, meetingId) }))!;
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
  const contents = await loadItemContents(db, items.map((i) => i.id));
  const people = await db.select().from(attendance).where(eq(attendance.meetingId, meetingId)).orderBy(asc(attendance.name));
  return {
    state: m.state,
    cancelled: m.cancelled,
    start: m.start.toISOString(),
    end: m.end?.toISOString() ?? null,
    adjournedAt: m.adjournedAt?.toISOString() ?? null,
    minutesNotes: m.minutesNotes,
    locationId: m.locationId,
    items: items.map((i) => ({ number: i.number, title: i.title, public: i.public, closedReason: i.closedReason, caseNumber: i.caseNumber, ...contents.get(i.id)! })),
    attendance: people.map((a) => ({ name: a.name, status: a.status, substituteForId: a.substituteForId, substituteForName: a.substituteForName, arrivedDuringItem: a.arrivedDuringItem, leftDuringItem: a.leftDuringItem, absentDuringItems: a.absentDuringItems })),
  };
}

/** Stores the meeting as it now stands, if it is published and differs from the last version kept. */
export type MeetingSnapshot = Awaited<ReturnType<typeof meetingSnapshot>>;

/** `known`: the snapshot when the caller has just written all of it (saves reading it back). */
export async function keepPublishedVersion(tx: Tx, actor: Actor, meetingId: string, note: string, known?: MeetingSnapshot, firstVersion = false): Promise<number | null> {
  const snapshot = known ?? (await meetingSnapshot(tx, meetingId));
  if (!agendaIsPublic(snapshot.state)) return null;
  // A meeting created in this transaction has no versions to compare with.
  // (Compared as jsonb: the stored snapshot's keys come back in jsonb's order, not in the order they were written.)
  const [last] = firstVersion ? [] : await tx
    .select({ version: recordVersions.version, same: sql<boolean>`${recordVersions.snapshot} = ${JSON.stringify(snapshot)}::jsonb` })
    .from(recordVersions)
    .where(and(eq(recordVersions.entity, 'meeting'), eq(recordVersions.entityId, meetingId)))
    .orderBy(desc(recordVersions.version))
    .limit(1);
  if (last?.same) return null;
  const version = (last?.version ?? 0) + 1;
  await tx.insert(recordVersions).values({ entity: 'meeting', entityId: meetingId, version, note, snapshot, actorName: actor.name });
  return version;
}

/** The versions kept of a released meeting, newest first, with their change notes. */
export async function publishedVersions(db: Queryable, meetingId: string) {
  return db.select({ version: recordVersions.version, note: recordVersions.note, createdAt: recordVersions.createdAt, actorName: recordVersions.actorName })
    .from(recordVersions).where(and(eq(recordVersions.entity, 'meeting'), eq(recordVersions.entityId, meetingId))).orderBy(desc(recordVersions.version));
}
