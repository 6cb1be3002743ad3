// Locking a meeting for a change, and moving it along its life cycle: the one way every
// state change is written (new version, published snapshot, search index, audit entry).
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.ts';
import type { Actor } from '../shared/actor.ts';
import { meetings } from './schema.ts';
import { transitionProblem, type MeetingState } from './state.ts';
import { conflict, notFound, ruleViolation } from '../shared/errors.ts';
import { keepPublishedVersion } from './versions.ts';
import { reindexMeeting } from '../search/indexer.ts';
import { writeAudit } from '../audit/audit.ts';

type Meeting = typeof meetings.$inferSelect;

/** The meeting row, locked for this transaction; refused when someone changed it since expectedVersion. */
export async function lockMeeting(tx: Tx, meetingId: string, expectedVersion?: number): Promise<Meeting> {
  const [m] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!m) throw notFound('meeting', meetingId);
  if (expectedVersion !== undefined && m.version !== expectedVersion) {
    throw conflict('rule.stale_version', { expected: expectedVersion, actual: m.version });
  }
  return m;
}

/** Locks the meeting and refuses unless it may move to `to` now. */
export async function lockForTransition(tx: Tx, meetingId: string, to: MeetingState, expectedVersion?: number): Promise<Meeting> {
  const m = await lockMeeting(tx, meetingId, expectedVersion);
  const problem = transitionProblem(m, to, new Date());
  if (problem) throw ruleViolation(problem, { from: `state.${m.state}`, to: `state.${to}` });
  return m;
}

export async function moveToState(tx: Tx, actor: Actor, m: Meeting, to: MeetingState, change: { command: string; note: string; set?: Partial<typeof meetings.$inferInsert>; audit?: Record<string, unknown> }): Promise<Meeting> {
  const [row] = await tx.update(meetings).set({ ...change.set, state: to, version: m.version + 1, modifiedAt: new Date() }).where(eq(meetings.id, m.id)).returning();
  await keepPublishedVersion(tx, actor, m.id, change.note);
  await reindexMeeting(tx, m.id);
  await writeAudit(tx, actor, { command: change.command, entity: 'meeting', entityId: m.id, before: { state: m.state }, after: { state: to, ...change.audit } });
  return row!;
}
